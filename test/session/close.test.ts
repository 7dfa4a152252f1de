import assert from "node:assert/strict";
import { VoiceLiveConnectionError, isVoiceLiveConnectionError, isVoiceLiveError, type VoiceLiveError } from "../../src/index.js";
import { TestServer, describeGuarded, eventually, record, sleep, textDelta } from "./server.js";

describeGuarded("session closing", () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await TestServer.start();
  });
  afterEach(async () => server.close());

  for (const [code, reason] of [
    [1000, "normal end"],
    [1001, "going away"],
    [1008, "policy violation"],
    [1011, "internal error"],
    [4001, "session expired"],
  ] as const) {
    it(`reports a close by the server with ${code} to onError and onDisconnected, with that code and reason`, async () => {
      const { session, peer } = await server.connected();
      const { log, errors } = record(session);
      peer.close(code, reason);
      await eventually(() => log.some((s) => s.kind === "disconnected"), "onDisconnected");
      assert.equal(session.state, "closed");
      assert.deepEqual(
        log.map((s) => s.kind),
        ["event", "connected", "error", "disconnected"],
      );
      const [error] = errors();
      assert.ok(error instanceof VoiceLiveConnectionError);
      assert.ok(isVoiceLiveConnectionError(error));
      assert.equal(error.code, "CONNECTION_CLOSED");
      assert.equal(error.closeCode, code);
      assert.equal(error.closeReason, reason);
      const disconnected = log[3];
      assert.ok(disconnected.kind === "disconnected");
      assert.equal(disconnected.code, code);
      assert.equal(disconnected.reason, reason);
      assert.equal(disconnected.error, error);
      // The client answered the closing handshake with the same code.
      assert.deepEqual(await peer.closed, { code, reason });
      await assert.rejects(session.commitAudio(), (e: VoiceLiveError) => e.code === "INVALID_STATE");
      await session.close();
    });
  }

  it("reports a dropped TCP connection as code 1006", async () => {
    const { session, peer } = await server.connected();
    const { log, errors } = record(session);
    peer.destroy();
    await eventually(() => log.some((s) => s.kind === "disconnected"), "onDisconnected");
    assert.equal(session.state, "closed");
    const [error] = errors();
    assert.ok(error instanceof VoiceLiveConnectionError);
    assert.equal(error.code, "CONNECTION_CLOSED");
    assert.equal(error.closeCode, 1006);
    assert.equal(error.closeReason, "");
    const last = log[log.length - 1];
    assert.deepEqual(last.kind === "disconnected" && [last.code, last.reason], [1006, ""]);
  });

  it("delivers the events that came before a close, then the error, then onDisconnected, to a slow subscriber", async () => {
    const { session, peer } = await server.connected();
    const seen: string[] = [];
    session.subscribe({
      onResponseTextDelta: async (e) => {
        await sleep(5);
        seen.push(`delta:${e.delta}`);
      },
      onError: (e) => void seen.push(`error:${e.code}`),
      onDisconnected: (info) => void seen.push(`disconnected:${info.code}:${info.reason}`),
    });
    for (const f of [textDelta(0), textDelta(1), textDelta(2)]) peer.send(f);
    peer.close(4001, "bye now");
    await eventually(() => seen.length === 5, "all deliveries");
    assert.deepEqual(seen, ["delta:0", "delta:1", "delta:2", "error:CONNECTION_CLOSED", "disconnected:4001:bye now"]);
  });

  it("sends the code and reason of close(4000, 'bye'), and reports no error", async () => {
    const { session, peer } = await server.connected();
    const { log, errors } = record(session);
    await session.close(4000, "bye");
    assert.equal(session.state, "closed");
    assert.deepEqual(await peer.closed, { code: 4000, reason: "bye" });
    await eventually(() => log.some((s) => s.kind === "disconnected"), "onDisconnected");
    assert.deepEqual(errors(), []);
    const last = log[log.length - 1];
    assert.ok(last.kind === "disconnected");
    assert.deepEqual([last.code, last.reason, last.error], [4000, "bye", undefined]);
  });

  it("closes with 1000 and no reason by default", async () => {
    const { session, peer } = await server.connected();
    await session.close();
    assert.deepEqual(await peer.closed, { code: 1000, reason: "" });
  });

  it("cuts the socket after closeTimeoutInMs when the server never answers the closing handshake", async () => {
    // The default closeTimeoutInMs is 5 s; this test's 2 s limit fails unless the option is used.
    const { session, peer } = await server.connected({ closeTimeoutInMs: 200 });
    const { log, errors } = record(session);
    peer.pause();
    const started = Date.now();
    const closing = session.close(4000, "bye");
    assert.equal(session.state, "closing");
    await sleep(100);
    assert.equal(session.state, "closing", "still waiting for the server's close frame");
    await closing;
    assert.ok(Date.now() - started >= 190, "it waited for the closing handshake first");
    assert.equal(session.state, "closed");
    await eventually(() => log.some((s) => s.kind === "disconnected"), "onDisconnected");
    const last = log[log.length - 1];
    assert.deepEqual(last.kind === "disconnected" && last.code, 1006);
    assert.deepEqual(errors(), [], "the user asked for the close");
  });

  it("refuses a close code or reason that WebSocket does not allow with INVALID_ARGUMENT, and stays connected", async () => {
    const { session, peer } = await server.connected({ closeTimeoutInMs: 200 });
    for (const [code, reason] of [
      [1005, ""],
      [999, ""],
      [1000, "x".repeat(124)],
    ] as const) {
      await assert.rejects(session.close(code, reason), (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT");
      assert.equal(session.state, "connected");
    }
    await session.close(4000, "ok");
    assert.deepEqual(await peer.closed, { code: 4000, reason: "ok" });
  });
});
