import assert from "node:assert/strict";
import { VoiceLiveError, isVoiceLiveError, type VoiceLiveSession } from "../../src/index.js";
import { TestServer, describeGuarded, eventually, record, settledState, type Peer } from "./server.js";

/** One call of every send method, with valid arguments. */
const everySend: [string, (s: VoiceLiveSession) => Promise<void>][] = [
  ["updateSession", (s) => s.updateSession({ instructions: "hi" })],
  ["sendAudio", (s) => s.sendAudio(new Uint8Array([1, 2]))],
  ["commitAudio", (s) => s.commitAudio()],
  ["clearAudio", (s) => s.clearAudio()],
  ["clearAllInputAudio", (s) => s.clearAllInputAudio()],
  ["startAudioTurn", (s) => s.startAudioTurn("t1")],
  ["appendAudioTurn", (s) => s.appendAudioTurn("t1", new Uint8Array([1, 2]))],
  ["endAudioTurn", (s) => s.endAudioTurn("t1")],
  ["cancelAudioTurn", (s) => s.cancelAudioTurn("t1")],
  ["addConversationItem", (s) => s.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "hi" }] })],
  ["retrieveConversationItem", (s) => s.retrieveConversationItem("item_1")],
  ["truncateConversationItem", (s) => s.truncateConversationItem("item_1", 0, 100)],
  ["deleteConversationItem", (s) => s.deleteConversationItem("item_1")],
  ["createResponse", (s) => s.createResponse()],
  ["cancelResponse", (s) => s.cancelResponse()],
  ["clearOutputAudio", (s) => s.clearOutputAudio()],
  ["sendInputTextDelta", (s) => s.sendInputTextDelta("x", "a")],
  ["sendInputTextDone", (s) => s.sendInputTextDone("x")],
  ["connectAvatar", (s) => s.connectAvatar("v=0")],
  ["sendEvent", (s) => s.sendEvent({ type: "response.cancel" })],
  ["configure", (s) => s.configure({ instructions: "hi" }).then(() => undefined)],
];

async function expectCode(promise: Promise<unknown>, code: string, what: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(isVoiceLiveError(e), `${what}: a VoiceLiveError, got ${String(e)}`);
    assert.equal((e as VoiceLiveError).code, code, `${what}: ${(e as Error).message}`);
    return true;
  });
}

describeGuarded("session life cycle", function () {
  let server: TestServer;
  afterEach(async () => server?.close());

  it("is idle when created, connecting during the handshake, connected only after session.created", async () => {
    server = await TestServer.start({ sessionCreated: false });
    const session = server.session();
    assert.equal(session.state, "idle");
    assert.equal(session.sessionId, undefined);
    const connecting = session.connect();
    assert.equal(session.state, "connecting");
    const peer = await server.peer();
    // The socket is open, but the server has not sent session.created yet.
    assert.equal(await settledState(connecting), "pending");
    assert.equal(session.state, "connecting");
    assert.equal(session.sessionId, undefined);
    peer.send({ type: "session.created", event_id: "e0", session: { id: "sess_42" } });
    await connecting;
    assert.equal(session.state, "connected");
    assert.equal(session.sessionId, "sess_42");
    assert.equal(server.peers.length, 1);
    assert.equal(peer.request.headers["api-key"], "test-key");
  });

  it("returns the same promise when connect() is called again, and never opens a second connection", async () => {
    server = await TestServer.start();
    const session = server.session();
    const first = session.connect();
    assert.equal(session.connect(), first);
    await first;
    await session.connect();
    assert.equal(session.state, "connected");
    assert.equal(server.tcpConnections, 1);
    assert.equal(server.peers.length, 1);
  });

  it("goes closing → closed on close(); close() twice and dispose() are fine", async () => {
    server = await TestServer.start();
    const { session, peer } = await server.connected();
    const closing = session.close();
    assert.equal(session.state, "closing");
    assert.equal(session.close(), closing, "a second close() returns the same promise");
    await closing;
    assert.equal(session.state, "closed");
    await session.close();
    await session.dispose();
    await session[Symbol.asyncDispose]();
    assert.equal(session.state, "closed");
    assert.deepEqual(await peer.closed, { code: 1000, reason: "" });
    assert.equal(server.tcpConnections, 1);
  });

  it("refuses connect() after close() with INVALID_STATE", async () => {
    server = await TestServer.start();
    const { session } = await server.connected();
    await session.close();
    await expectCode(session.connect(), "INVALID_STATE", "connect() after close()");
    assert.equal(session.state, "closed");
  });

  it("closes an idle session without connecting", async () => {
    server = await TestServer.start();
    const session = server.session();
    await session.close();
    assert.equal(session.state, "closed");
    await expectCode(session.connect(), "INVALID_STATE", "connect() after close()");
    assert.equal(server.tcpConnections, 0);
  });

  for (const when of ["idle", "closed"] as const) {
    it(`rejects every send with INVALID_STATE when ${when}, and sends nothing`, async () => {
      server = await TestServer.start();
      const session = server.session();
      let peer: Peer | undefined;
      if (when === "closed") {
        await session.connect();
        peer = server.peers[0];
        await session.close();
      }
      for (const [name, send] of everySend) await expectCode(send(session), "INVALID_STATE", `${name} when ${when}`);
      assert.equal(session.state, "closed" === when ? "closed" : "idle");
      if (peer) {
        await peer.closed;
        assert.deepEqual(peer.received, []);
      } else {
        assert.equal(server.tcpConnections, 0);
      }
    });
  }

  it("hands out a session.created that arrives before anyone subscribed, followed by onConnected", async () => {
    server = await TestServer.start();
    const { session } = await server.connected();
    const { log } = record(session);
    assert.deepEqual(
      log.map((s) => (s.kind === "event" ? s.type : s.kind)),
      ["session.created", "connected"],
    );
  });

  it("lets an onSessionCreated handler send", async () => {
    server = await TestServer.start();
    const session = server.session();
    const { errors } = record(session);
    let stateSeen = "";
    session.subscribe({
      onSessionCreated: async (_event, context) => {
        stateSeen = context.session.state;
        await context.session.updateSession({ instructions: "hi" });
      },
    });
    await session.connect();
    const peer = await server.peer();
    const [frame] = await peer.waitForFrames(1, 300);
    assert.equal(frame.type, "session.update");
    assert.equal(stateSeen, "connected");
    assert.deepEqual(errors(), []);
  });

  describe("connect timeout and abort", () => {
    it("rejects with TIMEOUT when session.created never comes, ends closed, and closes the socket", async () => {
      server = await TestServer.start({ sessionCreated: false });
      const session = server.session();
      const { log } = record(session);
      await expectCode(session.connect({ timeoutInMs: 100 }), "TIMEOUT", "connect");
      assert.equal(session.state, "closed");
      const peer = await server.peer();
      assert.equal((await peer.closed).code, 1006);
      assert.deepEqual(peer.received, []);
      assert.deepEqual(log, [], "nothing is delivered for a connection that never got connected");
    });

    it("uses the session's connectTimeoutInMs when connect() is given none", async () => {
      server = await TestServer.start({ sessionCreated: false });
      const session = server.session({ connectTimeoutInMs: 100 });
      await expectCode(session.connect(), "TIMEOUT", "connect");
      assert.equal(session.state, "closed");
      assert.equal((await (await server.peer()).closed).code, 1006);
    });

    it("rejects with ABORTED when aborted while waiting for session.created", async () => {
      server = await TestServer.start({ sessionCreated: false });
      const session = server.session();
      const controller = new AbortController();
      const connecting = session.connect({ abortSignal: controller.signal });
      const peer = await server.peer();
      controller.abort();
      await expectCode(connecting, "ABORTED", "connect");
      assert.equal(session.state, "closed");
      assert.equal((await peer.closed).code, 1006);
    });

    // ws's terminate() on a socket still in the HTTP upgrade emits "error" on the next tick; the
    // session must keep a listener for it (describeGuarded fails the test on an uncaught exception).
    it("rejects with ABORTED when aborted during the HTTP upgrade, without an uncaught exception", async () => {
      server = await TestServer.start({ holdUpgrade: true });
      const session = server.session();
      const controller = new AbortController();
      const connecting = session.connect({ abortSignal: controller.signal });
      await eventually(() => server.upgradeRequests === 1, "the upgrade request");
      controller.abort();
      await expectCode(connecting, "ABORTED", "connect");
      assert.equal(session.state, "closed");
    });

    it("rejects with TIMEOUT when the HTTP upgrade does not finish in time, without an uncaught exception", async () => {
      server = await TestServer.start({ holdUpgrade: true });
      const session = server.session();
      await expectCode(session.connect({ timeoutInMs: 100 }), "TIMEOUT", "connect");
      assert.equal(session.state, "closed");
      assert.equal(server.upgradeRequests, 1);
    });

    it("rejects with ABORTED for an already aborted signal without connecting", async () => {
      server = await TestServer.start();
      const session = server.session();
      await expectCode(session.connect({ abortSignal: AbortSignal.abort() }), "ABORTED", "connect");
      assert.equal(session.state, "closed");
      // A second session connects; the server has seen exactly that one connection.
      const { session: other } = await server.connected();
      assert.equal(other.state, "connected");
      assert.equal(server.tcpConnections, 1);
      assert.equal(server.peers.length, 1);
    });

    it("stops connecting when close() is called during the HTTP upgrade", async () => {
      server = await TestServer.start({ holdUpgrade: true });
      const session = server.session();
      const connecting = session.connect();
      await eventually(() => server.upgradeRequests === 1, "the upgrade request");
      const closing = session.close();
      await expectCode(connecting, "ABORTED", "connect");
      await closing;
      assert.equal(session.state, "closed");
      assert.equal(server.peers.length, 0);
    });

    it("stops connecting when close() is called while waiting for session.created", async () => {
      server = await TestServer.start({ sessionCreated: false });
      const session = server.session();
      const connecting = session.connect();
      const peer = await server.peer();
      const closing = session.close();
      await expectCode(connecting, "ABORTED", "connect");
      await closing;
      assert.equal(session.state, "closed");
      assert.equal((await peer.closed).code, 1006);
      assert.deepEqual(peer.received, []);
    });
  });
});
