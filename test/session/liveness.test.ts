import assert from "node:assert/strict";
import type { VoiceLiveConnectionError, VoiceLiveError } from "../../src/index.js";
import { TestServer, describeGuarded, eventually, record, sleep, textDelta } from "./server.js";

describeGuarded("session liveness (ping/pong)", () => {
  let server: TestServer;
  beforeEach(async () => (server = await TestServer.start()));
  afterEach(() => server.close());

  it("pings on the interval, and a peer that answers keeps the session up", async () => {
    const { session, peer } = await server.connected({ pingIntervalInMs: 20, pongTimeoutInMs: 40 });
    let pings = 0;
    peer.ws.on("ping", () => pings++);
    await sleep(200);
    assert.ok(pings >= 5, `${pings} pings in 200 ms at a 20 ms interval`);
    assert.equal(session.state, "connected");
  });

  it("a peer that stops answering is declared dead: PING_TIMEOUT, onDisconnected with 1006, the session closes", async () => {
    const { session, peer } = await server.connected({ pingIntervalInMs: 20, pongTimeoutInMs: 50 });
    const seen = record(session);
    peer.pause(); // reads nothing, so answers no ping
    await eventually(() => session.state === "closed", "the session to close", 2000);
    const error = seen.errors()[0] as VoiceLiveConnectionError;
    assert.equal(error.code, "PING_TIMEOUT");
    assert.match(error.message, /did not answer a ping within 50 ms/);
    const disconnected = seen.log.find((s) => s.kind === "disconnected");
    assert.ok(disconnected?.kind === "disconnected");
    assert.equal(disconnected.code, 1006);
    assert.equal(disconnected.error, error);
  });

  it("frames count as signs of life: a busy peer whose pong is late is not dropped", async () => {
    const { session, peer } = await server.connected({ pingIntervalInMs: 20, pongTimeoutInMs: 30 });
    // The server does not answer pings (it stops reading) but keeps sending events.
    peer.pause();
    const seen = record(session);
    for (let i = 0; i < 20; i++) {
      peer.send(textDelta(i));
      await sleep(10);
    }
    assert.equal(session.state, "connected");
    assert.equal(seen.events().filter((e) => e.type === "response.text.delta").length, 20);
    assert.deepEqual(seen.errors(), []);
  });

  it("a starved event loop does not mistake a pong it has not read yet for a missing one", async () => {
    const { session, peer } = await server.connected({ pingIntervalInMs: 20, pongTimeoutInMs: 30 });
    const seen = record(session);
    for (let round = 0; round < 5; round++) {
      await new Promise<void>((resolve) => peer.ws.once("ping", () => resolve()));
      // Block the loop well past the pong timeout: the pong arrives meanwhile, unread.
      const until = Date.now() + 120;
      while (Date.now() < until);
      await sleep(5);
    }
    assert.equal(session.state, "connected");
    assert.deepEqual(seen.errors(), []);
  });

  it("with reconnect on, a dead connection is replaced", async () => {
    const { session, peer } = await server.connected({ pingIntervalInMs: 20, pongTimeoutInMs: 40, reconnect: { initialDelayInMs: 5 } });
    const errors: VoiceLiveError[] = [];
    const attempts: string[] = [];
    session.subscribe({ onError: (e) => void errors.push(e), onReconnecting: (info) => void attempts.push(info.error?.code ?? "") });
    peer.pause();
    await server.peer(1);
    await eventually(() => session.state === "connected" && session.sessionId !== undefined && attempts.length === 1, "reconnected");
    assert.deepEqual(attempts, ["PING_TIMEOUT"]);
    assert.deepEqual(errors, [], "a drop that is recovered is news (onReconnecting), not an error");
  });

  it("pingIntervalInMs 0 sends no pings", async () => {
    const { peer } = await server.connected({ pingIntervalInMs: 0 });
    let pings = 0;
    peer.ws.on("ping", () => pings++);
    await sleep(60);
    assert.equal(pings, 0);
  });
});
