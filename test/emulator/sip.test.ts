/**
 * The scripted SIP call (`EmulatorOptions.sipCall`, src/emulator/sip.ts): the SDK's session of the
 * 2026-07-31-preview receives the call's lifecycle through its typed handlers, over a real socket;
 * the transfer and failure scripts send their events in order, each valid for the preview; a
 * session of a version without call events gets none.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import type { ServerEventRealtimeCallConnected, ServerEventRealtimeCallDisconnected, ServerEventRealtimeCallIncoming } from "../../src/models.js";
import { validateWireEvent } from "../../src/validation.js";
import { startEmulator, type EmulatorSipCall, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { open, type WireClient } from "./helpers.js";

const PREVIEW = "2026-07-31-preview";

describe("emulator: a scripted SIP call", () => {
  const emulators: VoiceLiveEmulator[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((c) => c()));
    await Promise.all(emulators.splice(0).map((e) => e.close()));
  });
  async function start(sipCall: EmulatorSipCall, log?: (line: string) => void): Promise<VoiceLiveEmulator> {
    const emulator = await startEmulator({ sipCall, log });
    emulators.push(emulator);
    return emulator;
  }
  async function wire(emulator: VoiceLiveEmulator, apiVersion: string): Promise<WireClient> {
    const c = await open(emulator, { query: `api-version=${apiVersion}&model=gpt-realtime` });
    closers.push(() => c.close());
    return c;
  }

  it("reaches the SDK's session of the preview through its typed handlers: incoming, connected, disconnected", async () => {
    const emulator = await start({ callId: "rtc_call_1", chainId: "chain_1", stepMs: 5, hangUp: "SipProxyTerminate" });
    const incoming: ServerEventRealtimeCallIncoming[] = [];
    const connected: ServerEventRealtimeCallConnected[] = [];
    let ended!: (e: ServerEventRealtimeCallDisconnected) => void;
    const disconnected = new Promise<ServerEventRealtimeCallDisconnected>((resolve) => (ended = resolve));
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("key"), { apiVersion: PREVIEW });
    const session: VoiceLiveSession = await client.startSession("gpt-realtime", {
      sessionHandlers: {
        onRealtimeCallIncoming: (e) => void incoming.push(e),
        onRealtimeCallConnected: (e) => void connected.push(e),
        onRealtimeCallDisconnected: (e) => ended(e),
      },
    });
    closers.push(() => session.close());
    const end = await disconnected;
    assert.deepEqual(
      incoming.map((e) => [e.callId, e.chainId, e.state]),
      [["rtc_call_1", "chain_1", "WaitingForCustomer"]],
    );
    assert.deepEqual(
      connected.map((e) => [e.callId, e.state]),
      [["rtc_call_1", "Connected"]],
    );
    assert.equal(end.state, "Disconnected");
    assert.equal(end.terminalReason, "SipProxyTerminate");
  });

  it("plays a failed and a successful transfer, and a failed setup, in order, each frame valid for the preview", async () => {
    const cases: [EmulatorSipCall, string[]][] = [
      [{ transfer: "failed", hangUp: "CustomerHangup" }, ["realtime.call.incoming", "realtime.call.connected", "realtime.call.transfer.failed", "realtime.call.disconnected"]],
      [{ transfer: "succeeded" }, ["realtime.call.incoming", "realtime.call.connected", "realtime.call.transfer.succeeded", "realtime.call.disconnected"]],
      [{ outcome: "failed" }, ["realtime.call.incoming", "realtime.call.failed"]],
      [{}, ["realtime.call.incoming", "realtime.call.connected"]],
    ];
    for (const [script, expected] of cases) {
      const emulator = await start(script);
      const c = await wire(emulator, PREVIEW);
      const frames = [];
      for (const type of expected) frames.push(await c.nextWire(type));
      const calls = (await c.sync()).filter((f) => f.type.startsWith("realtime.call."));
      assert.deepEqual(calls, [], `${JSON.stringify(script)}: nothing after the script`);
      for (const f of frames) assert.deepEqual(validateWireEvent(f, "server", PREVIEW), [], JSON.stringify(f));
      assert.equal(new Set(frames.map((f) => f.call_id)).size, 1, "one call id throughout");
      const last = frames.at(-1)!;
      if (script.transfer === "succeeded") assert.equal(last.terminal_reason, "TransferSucceeded");
      if (script.outcome === "failed") assert.equal(last.terminal_reason, "SetupFailure");
    }
  });

  it("places no call in a session whose api-version has no call events, and says so in its log", async () => {
    const lines: string[] = [];
    const emulator = await start({ hangUp: "CustomerHangup" }, (line) => lines.push(line));
    for (const version of ["2026-07-15", "2025-10-01", "2026-06-01-preview"]) {
      const c = await wire(emulator, version);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const frames = await c.sync();
      assert.deepEqual(frames.filter((f) => f.type.startsWith("realtime.call.")), [], version);
    }
    assert.equal(lines.filter((l) => l.includes("no SIP call")).length, 3);
  });

  it("refuses a script it cannot play", async () => {
    for (const bad of [{ outcome: "rejected" }, { transfer: true }, { stepMs: -1 }, { callId: "" }, "call"]) {
      await assert.rejects(startEmulator({ sipCall: bad as EmulatorSipCall }), TypeError, JSON.stringify(bad));
    }
  });
});
