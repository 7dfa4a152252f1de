import assert from "node:assert/strict";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { VoiceLiveClient, type ReconnectedInfo, type ReconnectingInfo, type VoiceLiveError, type VoiceLiveSession } from "../../src/index.js";
import { TestServer, describeGuarded, eventually, record, sleep, textDelta, type WireFrame } from "./server.js";

const created = (index: number): WireFrame => ({ type: "session.created", event_id: `srv_created_${index}`, session: { id: `sess_${index + 1}`, model: "gpt-realtime" } });

/** Subscribes a recorder of the reconnect news, besides `record`'s log. */
function watch(session: VoiceLiveSession) {
  const reconnecting: ReconnectingInfo[] = [];
  const reconnected: ReconnectedInfo[] = [];
  session.subscribe({ onReconnecting: (info) => void reconnecting.push(info), onReconnected: (info) => void reconnected.push(info) });
  return { reconnecting, reconnected, seen: record(session) };
}

const fast = { initialDelayInMs: 5, maxDelayInMs: 40 };

describeGuarded("session reconnect", () => {
  let server: TestServer;
  afterEach(() => server.close());

  it("after a dropped connection (1006): reconnects, sends the merged session config again, and reports the new server session", async () => {
    server = await TestServer.start({ created });
    const { session, peer } = await server.connected({ reconnect: fast });
    const { reconnecting, reconnected, seen } = watch(session);
    await session.updateSession({ instructions: "Be brief.", voice: { type: "openai", name: "alloy" } });
    await session.updateSession({ instructions: "Be very brief.", temperature: 0.7 });
    await peer.waitForFrames(2);
    peer.destroy();

    const second = await server.peer(1);
    await eventually(() => reconnected.length === 1, "onReconnected");
    assert.equal(session.state, "connected");
    assert.equal(session.sessionId, "sess_2");
    assert.deepEqual(reconnected[0], { attempts: 1, sessionId: "sess_2", previousSessionId: "sess_1", configResent: true });
    assert.equal(reconnecting.length, 1);
    assert.equal(reconnecting[0].attempt, 1);
    assert.equal(reconnecting[0].reason, "dropped");
    assert.equal(reconnecting[0].error?.code, "CONNECTION_CLOSED");
    assert.ok(reconnecting[0].delayInMs >= 2 && reconnecting[0].delayInMs <= 5, `delay ${reconnecting[0].delayInMs} is within [base/2, base]`);
    // The config, as the service had merged it, is the first thing the new connection hears.
    const [first] = await second.waitForFrames(1);
    assert.equal(first.type, "session.update");
    assert.deepEqual(first.session, { instructions: "Be very brief.", voice: { type: "openai", name: "alloy" }, temperature: 0.7 });
    // Sending works on the new connection, and events of the new server session arrive.
    await session.commitAudio();
    await second.waitForFrames(2);
    second.send(textDelta(7));
    await eventually(() => seen.events().some((e) => e.type === "response.text.delta"), "an event of the new connection");
    // No onDisconnected, no error beyond the news: the session lives on.
    assert.ok(!seen.log.some((s) => s.kind === "disconnected"));
    assert.deepEqual(
      seen.log.filter((s) => s.kind === "event" && s.type === "session.created").map((s) => (s.kind === "event" ? (s.event as { session: { id: string } }).session.id : "")),
      ["sess_2"],
      "the new session.created is delivered (the first came before subscribing)",
    );
  });

  it("retries with growing, jittered delays, and gives up after maxAttempts with RECONNECT_FAILED", async () => {
    server = await TestServer.start({ created, refuse: (i) => (i === 0 ? undefined : 503) });
    const { session, peer } = await server.connected({ reconnect: { maxAttempts: 3, initialDelayInMs: 10, maxDelayInMs: 15 } });
    const { reconnecting, reconnected, seen } = watch(session);
    peer.destroy();
    await eventually(() => session.state === "closed", "the session to close", 3000);
    assert.deepEqual(
      reconnecting.map((r) => r.attempt),
      [1, 2, 3],
    );
    assert.deepEqual(
      reconnecting.map((r) => r.error?.code),
      ["CONNECTION_CLOSED", "HANDSHAKE_SERVER_ERROR", "HANDSHAKE_SERVER_ERROR"],
    );
    for (const [i, r] of reconnecting.entries()) {
      const base = Math.min(15, 10 * 2 ** i);
      assert.ok(r.delayInMs >= base / 2 && r.delayInMs <= base, `attempt ${r.attempt}: ${r.delayInMs} ms within [${base / 2}, ${base}]`);
    }
    assert.equal(server.upgradeRequests, 4, "one connection, then three attempts");
    assert.equal(reconnected.length, 0);
    const failure = seen.errors().find((e) => e.code === "RECONNECT_FAILED") as (VoiceLiveError & { statusCode?: number; cause?: VoiceLiveError }) | undefined;
    assert.ok(failure, "RECONNECT_FAILED reported");
    assert.match(failure.message, /could not reconnect after 3 attempts: the handshake was refused with HTTP 503/);
    assert.equal(failure.statusCode, 503);
    assert.equal(failure.cause?.code, "HANDSHAKE_SERVER_ERROR");
    const disconnected = seen.log.find((s) => s.kind === "disconnected");
    assert.ok(disconnected && disconnected.kind === "disconnected");
    assert.equal(disconnected.code, 1006);
    assert.equal(disconnected.error, failure);
  });

  for (const status of [401, 403]) {
    it(`never retries after a ${status} handshake: gives up at once`, async () => {
      server = await TestServer.start({ created, refuse: (i) => (i === 0 ? undefined : status) });
      const { session, peer } = await server.connected({ reconnect: { ...fast, maxAttempts: 5 } });
      const { reconnecting, seen } = watch(session);
      peer.destroy();
      await eventually(() => session.state === "closed", "the session to close");
      assert.equal(reconnecting.length, 1);
      assert.equal(server.upgradeRequests, 2);
      const failure = seen.errors().find((e) => e.code === "RECONNECT_FAILED");
      assert.equal((failure?.cause as VoiceLiveError).code, status === 401 ? "HANDSHAKE_UNAUTHORIZED" : "HANDSHAKE_FORBIDDEN");
    });
  }

  for (const code of [1000, 1008, 4001]) {
    it(`does not reconnect after the server closes with ${code}: the session ends as without reconnect`, async () => {
      server = await TestServer.start({ created });
      const { session, peer } = await server.connected({ reconnect: fast });
      const { reconnecting, seen } = watch(session);
      peer.close(code, "done");
      await eventually(() => session.state === "closed", "the session to close");
      await sleep(30);
      assert.equal(reconnecting.length, 0);
      assert.equal(server.upgradeRequests, 1);
      const disconnected = seen.log.find((s) => s.kind === "disconnected");
      assert.equal(disconnected?.kind === "disconnected" && disconnected.code, code);
    });
  }

  it("shouldReconnect decides, and is told the code and the error", async () => {
    server = await TestServer.start({ created });
    const asked: { code: number; reason: string; error: string }[] = [];
    const { session, peer } = await server.connected({
      reconnect: { ...fast, shouldReconnect: ({ code, reason, error }) => (asked.push({ code, reason, error: error.code }), code === 4001) },
    });
    const { reconnected } = watch(session);
    peer.close(4001, "go again");
    await eventually(() => reconnected.length === 1, "onReconnected");
    assert.deepEqual(asked, [{ code: 4001, reason: "go again", error: "CONNECTION_CLOSED" }]);
  });

  it("close() during the backoff stops reconnecting: no attempt, onDisconnected, the session closes", async () => {
    server = await TestServer.start({ created });
    const { session, peer } = await server.connected({ reconnect: { initialDelayInMs: 5_000, maxDelayInMs: 5_000 } });
    const { reconnecting, seen } = watch(session);
    peer.destroy();
    await eventually(() => reconnecting.length === 1, "onReconnecting");
    assert.equal(session.state, "reconnecting");
    await assert.rejects(session.commitAudio(), (e: VoiceLiveError) => e.code === "INVALID_STATE" && /reconnecting/.test(e.message));
    const started = Date.now();
    await session.close();
    assert.ok(Date.now() - started < 1000, "close does not wait for the backoff");
    assert.equal(session.state, "closed");
    await sleep(20);
    assert.equal(server.upgradeRequests, 1);
    const disconnected = seen.log.filter((s) => s.kind === "disconnected");
    assert.equal(disconnected.length, 1);
    assert.equal(disconnected[0].kind === "disconnected" && disconnected[0].error, undefined, "a user close is no error");
  });

  it("close() during an attempt whose handshake hangs ends it at once", async () => {
    server = await TestServer.start({ created, holdUpgrade: true });
    const session = server.session({ reconnect: fast });
    const connecting = session.connect();
    await eventually(() => server.upgradeRequests === 1, "the first upgrade");
    server.releaseUpgrades();
    await connecting;
    const { reconnecting, seen } = watch(session);
    (await server.peer(0)).destroy();
    await eventually(() => reconnecting.length === 1 && server.upgradeRequests === 2, "an attempt, held by the server");
    const started = Date.now();
    await session.close();
    assert.ok(Date.now() - started < 1000, "close does not wait for the handshake");
    assert.equal(session.state, "closed");
    assert.equal(seen.log.filter((s) => s.kind === "disconnected").length, 1);
  });

  it("close() during an attempt whose token request hangs ends it at once, and the request is aborted", async () => {
    server = await TestServer.start({ created });
    let calls = 0;
    let aborted = false;
    const credential: TokenCredential = {
      getToken: (_scopes, options) => {
        // An expired token: the reconnect must ask again (and the token cycler has no valid one to retry around).
        if (++calls === 1) return Promise.resolve({ token: "t1", expiresOnTimestamp: Date.now() - 1 });
        return new Promise((_, reject) => options?.abortSignal?.addEventListener("abort", () => ((aborted = true), reject(new Error("aborted")))));
      },
    };
    const session = new VoiceLiveClient(server.endpoint, credential).createSession("gpt-realtime", { reconnect: fast, connectTimeoutInMs: 20_000 });
    await session.connect();
    const { reconnecting } = watch(session);
    (await server.peer(0)).destroy();
    await eventually(() => reconnecting.length === 1 && calls === 2, "an attempt waiting for its token");
    const started = Date.now();
    await session.close();
    assert.ok(Date.now() - started < 1000, `close took ${Date.now() - started} ms`);
    assert.equal(session.state, "closed");
    assert.ok(aborted, "the token request was aborted");
  });

  it("a waiter of the lost server session is rejected on the drop; sends during the outage are refused, in dropOldestAudio mode audio is counted as dropped", async () => {
    server = await TestServer.start({ created, holdUpgrade: false });
    const { session, peer } = await server.connected({ reconnect: { initialDelayInMs: 200, maxDelayInMs: 200 }, sendBuffer: { mode: "dropOldestAudio" } });
    const { reconnected } = watch(session);
    const waiting = session.waitFor("response.done");
    peer.destroy();
    await assert.rejects(waiting, (e: VoiceLiveError) => e.code === "CONNECTION_CLOSED");
    assert.equal(session.state, "reconnecting");
    await session.sendAudio(new Uint8Array(4800)); // resolves: counted, not sent
    assert.equal(session.sendStats.droppedAudioFrames, 1);
    await assert.rejects(session.commitAudio(), (e: VoiceLiveError) => e.code === "INVALID_STATE");
    await eventually(() => reconnected.length === 1, "onReconnected", 2000);
    const second = await server.peer(1);
    await session.commitAudio();
    const frames = await second.waitForFrames(1);
    assert.deepEqual(
      frames.map((f) => f.type),
      ["input_audio_buffer.commit"],
      "no config was ever sent, so none is sent again; the dropped audio never arrives",
    );
    assert.equal(reconnected[0].configResent, false);
  });

  it("asks the token credential for a valid token on every attempt", async () => {
    server = await TestServer.start({ created });
    let issued = 0;
    const credential: TokenCredential = {
      // Tokens that expire at once, so each handshake needs a new one.
      getToken: async (): Promise<AccessToken> => ({ token: `token-${++issued}`, expiresOnTimestamp: Date.now() + 1000 }),
    };
    const client = new VoiceLiveClient(server.endpoint, credential);
    const session = client.createSession("gpt-realtime", { reconnect: fast });
    try {
      await session.connect();
      const { reconnected } = watch(session);
      (await server.peer(0)).destroy();
      await eventually(() => reconnected.length === 1, "onReconnected");
      const second = await server.peer(1);
      assert.equal(server.peers[0].request.headers.authorization, "Bearer token-1");
      assert.equal(second.request.headers.authorization, "Bearer token-2");
    } finally {
      await session.close();
    }
  });

  it("recycles the connection before the session expires, waiting for the response in progress to finish", async () => {
    const expiresAt = () => Math.floor(Date.now() / 1000) + 3;
    server = await TestServer.start({ created: (i) => ({ ...created(i), session: { id: `sess_${i + 1}`, model: "gpt-realtime", expires_at: expiresAt() } }) });
    // Recycle 1.5 s before an expiry 2–3 s away: after 0.5–1.5 s.
    const { session, peer } = await server.connected({ reconnect: { ...fast, recycleBeforeExpiryInMs: 1_500 } });
    const { reconnecting, reconnected } = watch(session);
    peer.send({ type: "response.created", event_id: "srv_r", response: { id: "resp_1", object: "realtime.response", status: "in_progress", output: [] } });
    await sleep(1_700);
    assert.equal(reconnecting.length, 0, "no recycling while a response is in progress");
    assert.equal(peer.isClosed, false);
    peer.send({ type: "response.done", event_id: "srv_d", response: { id: "resp_1", object: "realtime.response", status: "completed", output: [] } });
    const closed = await peer.closed;
    assert.deepEqual(closed, { code: 1000, reason: "recycling before the session length limit" });
    await eventually(() => reconnected.length === 1, "onReconnected");
    assert.equal(reconnecting[0].reason, "recycle");
    assert.equal(reconnecting[0].delayInMs, 0);
    assert.equal(reconnecting[0].error, undefined);
    assert.equal(session.sessionId, "sess_2");
    await session.close();
  });
});
