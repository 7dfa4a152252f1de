/**
 * The fault matrix: each fault the emulator can inject (or a credential can cause), and what the
 * user of the SDK sees. Every case runs under the guard: no unhandled rejection, no uncaught
 * exception, no socket or timer left behind. The last case proves a process exits by itself after
 * the faults.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { AzureKeyCredential, type TokenCredential } from "@azure/core-auth";
import { VoiceLiveClient, type VoiceLiveConnectionError, type VoiceLiveError, type VoiceLiveSession, type VoiceLiveSessionOptions } from "../../src/index.js";
import { startEmulator, type EmulatorFaults, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import type { ServerEventResponseAudioDelta } from "../../src/models.js";
import { withoutNock } from "../client/entra.js";
import { describeGuarded, eventually, record } from "./server.js";

describeGuarded("fault matrix against the emulator", () => {
  // nock's interception wraps sockets and hides what they buffer; these tests need the real socket.
  withoutNock();
  let emulator: VoiceLiveEmulator;
  const sessions: VoiceLiveSession[] = [];
  beforeEach(async () => (emulator = await startEmulator({ apiKey: "k" })));
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => {})));
    await emulator.close();
  });

  const client = (credential: TokenCredential | AzureKeyCredential = new AzureKeyCredential("k")) => new VoiceLiveClient(emulator.url, credential);
  function session(options?: VoiceLiveSessionOptions, credential?: TokenCredential | AzureKeyCredential): VoiceLiveSession {
    const s = client(credential).createSession("gpt-realtime", options);
    sessions.push(s);
    return s;
  }
  async function connectWith(faults: EmulatorFaults, options?: VoiceLiveSessionOptions) {
    emulator.setFaults(faults);
    const s = session(options);
    const seen = record(s);
    await s.connect();
    return { session: s, seen };
  }
  const disconnect = (seen: ReturnType<typeof record>) =>
    eventually(() => {
      const d = seen.log.find((s) => s.kind === "disconnected");
      return d?.kind === "disconnected" ? d : undefined;
    }, "onDisconnected", 3000);

  const statuses: [number, string][] = [
    [400, "HANDSHAKE_FAILED"],
    [401, "HANDSHAKE_UNAUTHORIZED"],
    [403, "HANDSHAKE_FORBIDDEN"],
    [404, "HANDSHAKE_NOT_FOUND"],
    [408, "HANDSHAKE_FAILED"],
    [429, "HANDSHAKE_THROTTLED"],
    [500, "HANDSHAKE_SERVER_ERROR"],
    [502, "HANDSHAKE_SERVER_ERROR"],
    [503, "HANDSHAKE_SERVER_ERROR"],
    [504, "HANDSHAKE_SERVER_ERROR"],
  ];
  for (const [status, code] of statuses) {
    it(`handshake ${status} → ${code}, with statusCode and body; the session is closed`, async () => {
      emulator.setFaults({ refuseHandshake: { status, body: { error: { message: `refused ${status}` } }, headers: status === 429 ? { "retry-after": "3" } : {} } });
      const s = session();
      const error = (await s.connect().catch((e: unknown) => e)) as VoiceLiveConnectionError;
      assert.equal(error.code, code);
      assert.equal(error.statusCode, status);
      assert.match(error.responseBody ?? "", new RegExp(`refused ${status}`));
      if (status === 429) assert.equal(error.retryAfterInMs, 3000);
      assert.equal(s.state, "closed");
    });
  }

  it("a TCP drop mid-response → CONNECTION_CLOSED 1006 to onError and onDisconnected; the waiter of response.done rejects", async () => {
    // session.created, then the response's events: drop after the fourth event of the response.
    const { session: s, seen } = await connectWith({ dropAfterEvents: 5 });
    const done = s.waitFor("response.done");
    await s.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hello" }] });
    await s.createResponse();
    await assert.rejects(done, (e: VoiceLiveConnectionError) => e.code === "CONNECTION_CLOSED" && e.closeCode === 1006);
    const d = await disconnect(seen);
    assert.equal(d.code, 1006);
    assert.equal(d.error?.code, "CONNECTION_CLOSED");
    assert.ok(seen.events().some((e) => e.type.startsWith("response.")), "the events before the drop were delivered");
    assert.equal(s.state, "closed");
  });

  for (const code of [1000, 1001, 1008, 1011, 4000, 4001, 4999]) {
    it(`the server closes with ${code} → onDisconnected(${code}, reason) and a CONNECTION_CLOSED error carrying it`, async () => {
      const { session: s, seen } = await connectWith({ closeAfterEvents: { count: 1, code, reason: `bye ${code}` } });
      const d = await disconnect(seen);
      assert.deepEqual([d.code, d.reason], [code, `bye ${code}`]);
      const error = d.error as VoiceLiveConnectionError;
      assert.equal(error.code, "CONNECTION_CLOSED");
      assert.deepEqual([error.closeCode, error.closeReason], [code, `bye ${code}`]);
      assert.deepEqual(seen.errors(), [error]);
      assert.equal(s.state, "closed");
    });
  }

  it("an abrupt drop (no close frame) → 1006", async () => {
    const { seen } = await connectWith({ dropAfterEvents: 1 });
    const d = await disconnect(seen);
    assert.equal(d.code, 1006);
    assert.equal((d.error as VoiceLiveConnectionError).closeCode, 1006);
  });

  it("a slow handshake → TIMEOUT after timeoutInMs; the held socket is cut", async () => {
    emulator.setFaults({ handshakeDelayMs: 2_000 });
    const s = session();
    const started = Date.now();
    await assert.rejects(s.connect({ timeoutInMs: 100 }), (e: VoiceLiveError) => e.code === "TIMEOUT" && /100 ms/.test(e.message));
    assert.ok(Date.now() - started < 1000);
    assert.equal(s.state, "closed");
  });

  it("a slow handshake within the timeout still connects", async () => {
    emulator.setFaults({ handshakeDelayMs: 50 });
    const s = session();
    await s.connect({ timeoutInMs: 2_000 });
    assert.equal(s.state, "connected");
  });

  it("a token provider that fails → AUTHENTICATION_FAILED, and no connection is tried", async () => {
    const before = emulator.stats().sessionsOpened;
    const failing: TokenCredential = { getToken: async () => Promise.reject(new Error("AADSTS7000215: Invalid client secret provided.")) };
    const s = session({}, failing);
    await assert.rejects(s.connect(), (e: VoiceLiveError) => e.code === "AUTHENTICATION_FAILED" && /Invalid client secret/.test(e.message));
    assert.equal(emulator.stats().sessionsOpened, before);
    assert.equal(s.state, "closed");
  });

  it("a token provider that returns nothing → AUTHENTICATION_FAILED", async () => {
    const empty: TokenCredential = { getToken: async () => null };
    await assert.rejects(session({}, empty).connect(), (e: VoiceLiveError) => e.code === "AUTHENTICATION_FAILED");
  });

  it("a token provider that hangs → TIMEOUT (or ABORTED through the signal), nothing left pending", async () => {
    const hanging: TokenCredential = { getToken: (_scopes, options) => new Promise((_, reject) => options?.abortSignal?.addEventListener("abort", () => reject(new Error("aborted")))) };
    await assert.rejects(session({}, hanging).connect({ timeoutInMs: 80 }), (e: VoiceLiveError) => e.code === "TIMEOUT");
    const controller = new AbortController();
    const connecting = session({}, hanging).connect({ abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(connecting, (e: VoiceLiveError) => e.code === "ABORTED");
  });

  it("a garbage (non-JSON) frame → INVALID_FRAME to onError; the session carries on", async () => {
    const { session: s, seen } = await connectWith({ malformedFrameAfterEvents: 1 });
    const error = await eventually(() => seen.errors()[0], "an error");
    assert.equal(error.code, "INVALID_FRAME");
    assert.match(error.message, /not JSON/);
    const updated = s.waitFor("session.updated", { timeoutInMs: 2000 });
    await s.updateSession({ instructions: "still here" });
    assert.equal((await updated).session.instructions, "still here");
    assert.equal(s.state, "connected");
  });

  it("a binary frame → INVALID_FRAME with its size; the session carries on", async () => {
    const { session: s, seen } = await connectWith({ binaryFrameAfterEvents: 1 });
    const error = await eventually(() => seen.errors()[0], "an error");
    assert.equal(error.code, "INVALID_FRAME");
    assert.match(error.message, /binary frame of 4 bytes/);
    assert.equal(s.state, "connected");
  });

  it("an oversize frame (8 MiB of audio, 11 MB of JSON: the official SDK drops anything over 1 MiB) is delivered whole", async () => {
    const bytes = 8 * 1024 * 1024;
    const { session: s, seen } = await connectWith({ oversizeFrameAfterEvents: { count: 1, bytes } });
    const event = (await eventually(() => seen.events().find((e) => e.type === "response.audio.delta"), "the big audio delta", 10_000)) as ServerEventResponseAudioDelta;
    assert.ok(event.delta instanceof Uint8Array);
    assert.equal(event.delta.byteLength, bytes);
    assert.deepEqual(seen.errors(), []);
    assert.equal(s.state, "connected");
  });

  it("a server that stops reading: sends wait (bounded), then the missing pong drops the connection with PING_TIMEOUT and the waiting sends are handed back", async () => {
    const { session: s, seen } = await connectWith(
      { stopReadingAfterEvents: 1 },
      { pingIntervalInMs: 100, pongTimeoutInMs: 200, sendBuffer: { highWaterMark: 64 * 1024, lowWaterMark: 16 * 1024, maxQueuedBytes: 8 * 1024 * 1024 } },
    );
    const audio = new Uint8Array(96_000);
    const sends: Promise<void>[] = [];
    // Until the kernel's socket buffers are full and the SDK holds sends back.
    for (let i = 0; i < 1000 && s.sendStats.queuedFrames < 20; i++) sends.push(s.sendAudio(audio));
    assert.ok(s.sendStats.queuedFrames > 0, "sends wait in the SDK");
    const results = await Promise.allSettled(sends);
    const codes = new Set(results.filter((r) => r.status === "rejected").map((r) => ((r as PromiseRejectedResult).reason as VoiceLiveError).code));
    assert.ok(codes.has("NOT_SENT"), [...codes].join());
    assert.ok([...codes].every((c) => c === "NOT_SENT" || c === "SEND_BUFFER_FULL"), [...codes].join());
    const d = await disconnect(seen);
    assert.equal(d.code, 1006);
    assert.equal(d.error?.code, "PING_TIMEOUT");
  });

  it("with reconnect on, a drop is recovered; when the service then refuses with 401, reconnecting stops at once with RECONNECT_FAILED", async () => {
    const { session: s, seen } = await connectWith({ dropAfterEvents: 2 }, { reconnect: { initialDelayInMs: 10, maxAttempts: 4 } });
    const attempts: number[] = [];
    s.subscribe({ onReconnecting: (info) => void attempts.push(info.attempt) });
    const firstId = s.sessionId;
    // Faults are read when a connection starts. The reconnection's events: session.created, the
    // session.updated that answers the config sent again, then the one that answers "Be briefer."
    // (the third): the second drop comes only once the test has set the 401.
    emulator.setFaults({ dropAfterEvents: 3 });
    // The first drop comes after the session.updated that answers this.
    await s.updateSession({ instructions: "Be brief." });
    await eventually(() => s.state === "connected" && s.sessionId !== firstId, "reconnected to a new server session", 3000);
    emulator.setFaults({ refuseHandshake: { status: 401 } });
    await s.updateSession({ instructions: "Be briefer." });
    const d = await disconnect(seen);
    assert.equal(d.error?.code, "RECONNECT_FAILED");
    assert.equal((d.error?.cause as VoiceLiveError).code, "HANDSHAKE_UNAUTHORIZED");
    assert.deepEqual(attempts, [1, 1], "one attempt per drop: the 401 is not retried");
    assert.equal(s.state, "closed");
  });

  it("a process exits by itself after faults: drops, reconnects, refusals, a dead peer and an emulator shutdown", async function () {
    this.timeout(20_000);
    const script = fileURLToPath(new URL("./fault-exit.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.stderr.on("data", (c: Buffer) => (out += c));
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    assert.equal(code, 0, out);
    assert.match(out, /scenario done/);
    // The script does not call process.exit: it ends because nothing keeps the event loop alive.
    assert.ok(Date.now() - started < 15_000);
  });
});

