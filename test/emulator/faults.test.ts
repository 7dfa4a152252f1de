import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, isVoiceLiveError, type VoiceLiveError } from "../../src/index.js";
import { startEmulator, type EmulatorFaults, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { connect, open, refusal, wsUrl, type WireClient } from "./helpers.js";

describe("emulator: fault injection", () => {
  let emulator: VoiceLiveEmulator;
  const clients: WireClient[] = [];
  const sdk = () => new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
  before(async () => {
    emulator = await startEmulator();
  });
  afterEach(async () => {
    emulator.setFaults(undefined);
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  after(() => emulator.close());

  async function withFaults(faults: EmulatorFaults): Promise<WireClient> {
    emulator.setFaults(faults);
    const client = await connect(emulator);
    clients.push(client);
    return client;
  }

  it("refuseHandshake: the handshake gets that HTTP response", async () => {
    emulator.setFaults({ refuseHandshake: { status: 429, headers: { "retry-after": "2" } } });
    const res = await refusal(wsUrl(emulator));
    assert.equal(res.status, 429);
    assert.equal(res.headers["retry-after"], "2");
    assert.equal(JSON.parse(res.body).error.code, "429");
    await assert.rejects(sdk().startSession("gpt-realtime"), (e: VoiceLiveError & { retryAfterInMs?: number; statusCode?: number }) => {
      assert.equal(e.code, "HANDSHAKE_THROTTLED");
      assert.equal(e.statusCode, 429);
      assert.equal(e.retryAfterInMs, 2000);
      return true;
    });
    emulator.setFaults({ refuseHandshake: { status: 503, body: "maintenance" } });
    const text = await refusal(wsUrl(emulator));
    assert.deepEqual([text.status, text.body], [503, "maintenance"]);
    await assert.rejects(sdk().startSession("gpt-realtime"), (e: VoiceLiveError) => e.code === "HANDSHAKE_SERVER_ERROR");
  });

  it("closeAfterEvents: the server closes with that code after N events", async () => {
    const client = await withFaults({ closeAfterEvents: { count: 2, code: 4001, reason: "fault injected" } });
    client.send({ type: "session.update", session: { instructions: "one" } });
    client.send({ type: "session.update", session: { instructions: "two" } });
    assert.deepEqual(await client.closed, { code: 4001, reason: "fault injected" });
    assert.deepEqual(client.types, ["session.created", "session.updated"]);

    emulator.setFaults({ closeAfterEvents: { count: 1, code: 1011 } });
    const session = await sdk().startSession("gpt-realtime");
    const disconnected = new Promise<{ code: number; error?: VoiceLiveError }>((resolve) => session.subscribe({ onDisconnected: (info) => resolve(info) }));
    const info = await disconnected;
    assert.equal(info.code, 1011);
    assert.equal(info.error?.code, "CONNECTION_CLOSED");
    assert.equal(session.state, "closed");
  });

  it("dropAfterEvents: the TCP connection is cut without a close frame (1006)", async () => {
    const client = await withFaults({ dropAfterEvents: 2 });
    client.send({ type: "session.update", session: { instructions: "one" } });
    client.send({ type: "session.update", session: { instructions: "two" } });
    assert.equal((await client.closed).code, 1006);
    assert.deepEqual(client.types, ["session.created", "session.updated"]);

    emulator.setFaults({ dropAfterEvents: 0 });
    await assert.rejects(sdk().startSession("gpt-realtime"), (e: unknown) => isVoiceLiveError(e) && e.code === "CONNECTION_CLOSED" && (e as { closeCode?: number }).closeCode === 1006);
    emulator.setFaults({ dropAfterEvents: 1 });
    const session = await sdk().startSession("gpt-realtime");
    const info = await new Promise<{ code: number }>((resolve) => session.subscribe({ onDisconnected: (i) => resolve(i) }));
    assert.equal(info.code, 1006);
  });

  it("delayFramesMs: every frame comes late, in order", async () => {
    const t0 = Date.now();
    const client = await withFaults({ delayFramesMs: 120 });
    await client.nextWire("session.created");
    assert.ok(Date.now() - t0 >= 110, `session.created after ${Date.now() - t0} ms`);
    const t1 = Date.now();
    client.send({ type: "session.update", session: { instructions: "a" } });
    client.send({ type: "session.update", session: { instructions: "b" } });
    await client.nextWire("session.updated");
    await client.nextWire("session.updated");
    assert.ok(Date.now() - t1 >= 110);
    assert.deepEqual(client.frames.slice(1).map((f) => (f.session as { instructions: string }).instructions), ["a", "b"]);
  });

  it("malformedFrameAfterEvents: one non-JSON frame, then business as usual", async () => {
    const client = await withFaults({ malformedFrameAfterEvents: 1 });
    client.send({ type: "session.update", session: { instructions: "still fine" } });
    await client.nextWire("session.updated");
    assert.equal(client.rawText.length, 3);
    assert.throws(() => JSON.parse(client.rawText[1]));
    assert.deepEqual(client.types, ["session.created", "session.updated"]);

    emulator.setFaults({ malformedFrameAfterEvents: 0 });
    const session = sdk().createSession("gpt-realtime");
    const errors: string[] = [];
    session.subscribe({ onError: (e) => void errors.push(e.code) });
    await session.connect();
    const updated = session.waitFor("session.updated", { timeoutInMs: 2000 });
    await session.updateSession({ instructions: "ok" });
    await updated;
    assert.deepEqual(errors, ["INVALID_FRAME"]);
    await session.close();
  });

  it("setFaults applies to the connections that start afterwards only; bad faults are refused", async () => {
    const before = await open(emulator);
    clients.push(before);
    const dropped = await withFaults({ dropAfterEvents: 1 });
    assert.equal((await dropped.closed).code, 1006);
    before.send({ type: "session.update", session: { instructions: "unaffected" } });
    await before.nextWire("session.updated");
    emulator.setFaults(undefined);
    const after = await open(emulator);
    clients.push(after);

    assert.throws(() => emulator.setFaults({ closeAfterEvents: { count: 1, code: 1006 } }), /dropAfterEvents for 1006/);
    assert.throws(() => emulator.setFaults({ dropAfterEvents: -1 }), TypeError);
    assert.throws(() => emulator.setFaults({ refuseHandshake: { status: 101 } }), TypeError);
    await assert.rejects(startEmulator({ faults: { delayFramesMs: Number.NaN } }), TypeError);
  });

  it("faults given to startEmulator apply from the first connection", async () => {
    const faulty = await startEmulator({ faults: { closeAfterEvents: { count: 1, code: 4000 } } });
    try {
      const client = await connect(faulty);
      assert.equal((await client.closed).code, 4000);
    } finally {
      await faulty.close();
    }
  });
});
