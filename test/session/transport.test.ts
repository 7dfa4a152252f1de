/**
 * The session option `transport`: a session works through any `TransportFactory`. First through a
 * test double (no socket at all: the endpoint's port has nothing listening), then through
 * `webSocketTransport` on `ws`'s WHATWG-style `WebSocket` class against a real server on 127.0.0.1.
 * (test/browser/browser.test.ts passes the browser's own `WebSocket` in Chromium.)
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { WebSocket } from "ws";
import {
  VoiceLiveClient,
  VoiceLiveConnectionError,
  webSocketTransport,
  type Transport,
  type TransportEvents,
  type TransportFactory,
  type TransportInit,
  type VoiceLiveError,
  type VoiceLiveSessionOptions,
  type WebSocketClass,
} from "../../src/index.js";
import { SESSION_CREATED, TestServer, describeGuarded, eventually, record, textDelta, type WireFrame } from "./server.js";

/** A transport with a scripted server behind it, in memory. */
class DoubleTransport implements Transport {
  readonly canPing = false;
  readonly bufferedAmount = 0;
  readonly sent: WireFrame[] = [];
  closedWith?: [number, string];
  detached = false;

  constructor(
    readonly init: TransportInit,
    readonly events: TransportEvents,
  ) {}

  send(text: string, done?: (error?: Error) => void): void {
    this.sent.push(JSON.parse(text) as WireFrame);
    if (done) queueMicrotask(() => done());
  }
  ping(): void {}
  close(code: number, reason: string): void {
    this.closedWith = [code, reason];
    setTimeout(() => this.report("close", code, reason)); // the peer answers the closing handshake
  }
  terminate(): void {
    setTimeout(() => this.report("close", 1006, ""));
  }
  detach(): void {
    this.detached = true;
  }

  /** The server's side. */
  report<K extends keyof TransportEvents>(name: K, ...args: Parameters<TransportEvents[K]>): void {
    if (!this.detached) (this.events[name] as (...a: unknown[]) => void)(...args);
  }
  serverSends(frame: WireFrame): void {
    this.report("text", JSON.stringify(frame));
  }
}

/** A factory of doubles that open and send `session.created` unless told otherwise. */
function doubles(script: (t: DoubleTransport) => void = (t) => (t.report("open"), t.serverSends(SESSION_CREATED))): { transport: TransportFactory; opened: DoubleTransport[] } {
  const opened: DoubleTransport[] = [];
  const transport: TransportFactory = (init, events) => {
    const t = new DoubleTransport(init, events);
    opened.push(t);
    setTimeout(() => script(t));
    return t;
  };
  return { transport, opened };
}

/** Nothing listens on port 9 of 127.0.0.1: a session that opened a real socket there would fail. */
const nowhere = (options?: VoiceLiveSessionOptions) => new VoiceLiveClient("http://127.0.0.1:9", new AzureKeyCredential("k")).createSession("gpt-realtime", options);

describeGuarded("the session option transport", () => {
  it("a session works through the transport it is given: connect, send, receive, close", async () => {
    const { transport, opened } = doubles();
    const session = nowhere({ transport });
    const seen = record(session);
    await session.connect();
    assert.equal(session.state, "connected");
    assert.equal(opened.length, 1);
    const t = opened[0];
    assert.equal(t.init.url.pathname, "/voice-live/realtime");
    assert.equal(t.init.url.searchParams.get("model"), "gpt-realtime");
    assert.equal(t.init.headers["api-key"], "k");
    assert.equal(t.init.maxFrameBytes, 32 * 1024 * 1024, "the default limit");

    await session.updateSession({ instructions: "Be brief." });
    assert.equal(t.sent[0].type, "session.update");
    assert.deepEqual(t.sent[0].session, { instructions: "Be brief." });

    t.serverSends(textDelta(1));
    await eventually(() => seen.events().find((e) => e.type === "response.text.delta"), "the delta");

    await session.close(4000, "bye");
    assert.deepEqual(t.closedWith, [4000, "bye"]);
    assert.equal(session.state, "closed");
    assert.deepEqual(seen.log.at(-1), { kind: "disconnected", code: 4000, reason: "bye", error: undefined });
    assert.deepEqual(seen.errors(), []);
  });

  it("a cause reported with close is the session's error (onError, onDisconnected, the rejected connect) in place of CONNECTION_CLOSED", async () => {
    const flood = new VoiceLiveConnectionError("PING_FLOOD", "too many pings", { closeCode: 1008, closeReason: "ping flood" });
    const { transport, opened } = doubles();
    const session = nowhere({ transport });
    const seen = record(session);
    await session.connect();
    opened[0].report("close", 1008, "ping flood", flood);
    await eventually(() => session.state === "closed", "the session to close");
    assert.deepEqual(seen.errors(), [flood]);
    assert.deepEqual(seen.log.at(-1), { kind: "disconnected", code: 1008, reason: "ping flood", error: flood });

    // Before session.created, connect rejects with it.
    const tooLarge = new VoiceLiveConnectionError("FRAME_TOO_LARGE", "too big", { closeCode: 1009 });
    const early = doubles((t) => (t.report("open"), t.report("close", 1009, "", tooLarge)));
    await assert.rejects(nowhere({ transport: early.transport }).connect(), (e) => e === tooLarge);
  });

  it("maxFrameBytes reaches the transport; a wrong maxFrameBytes or transport is refused when the session is made, naming the option", async () => {
    const { transport, opened } = doubles();
    const session = nowhere({ transport, maxFrameBytes: 5000 });
    await session.connect();
    assert.equal(opened[0].init.maxFrameBytes, 5000);
    await session.close();
    for (const bad of [0, -1, 1.5, Number.NaN, Infinity, 2 ** 31, "1000" as unknown as number]) {
      assert.throws(() => nowhere({ maxFrameBytes: bad }), (e: VoiceLiveError) => e.code === "INVALID_ARGUMENT" && /^maxFrameBytes must be an integer from 1 to 2147483647/.test(e.message), String(bad));
    }
    assert.throws(() => nowhere({ transport: 42 as unknown as TransportFactory }), (e: VoiceLiveError) => e.code === "INVALID_ARGUMENT" && /^transport must be a function/.test(e.message));
    assert.throws(() => webSocketTransport("WebSocket" as unknown as WebSocketClass), (e: VoiceLiveError) => e.code === "INVALID_ARGUMENT");
  });

  it("a factory that throws fails the connect: a VoiceLiveError as it is, anything else as CONNECTION_FAILED", async () => {
    const refusal = new VoiceLiveConnectionError("INVALID_ARGUMENT", "no");
    await assert.rejects(
      nowhere({
        transport: () => {
          throw refusal;
        },
      }).connect(),
      (e) => e === refusal,
    );
    const boom = new Error("boom");
    await assert.rejects(
      nowhere({
        transport: () => {
          throw boom;
        },
      }).connect(),
      (e: VoiceLiveError) => e.code === "CONNECTION_FAILED" && e.cause === boom,
    );
  });
});

describeGuarded("webSocketTransport on ws's WHATWG WebSocket class, against a real server", () => {
  let server: TestServer;
  beforeEach(async () => (server = await TestServer.start()));
  afterEach(() => server.close());
  const transport = webSocketTransport(WebSocket);

  it("holds a session: the key in the URL (no headers), connect, send, receive, close", async () => {
    const session = server.session({ transport }, { credentialInUrl: true });
    const seen = record(session);
    await session.connect();
    const peer = await server.peer();
    assert.equal(new URL(peer.request.url!, "http://x").searchParams.get("api-key"), "test-key");
    assert.equal(peer.request.headers["api-key"], undefined);
    await session.updateSession({ instructions: "hi" });
    assert.equal((await peer.waitForFrames(1))[0].type, "session.update");
    peer.send(textDelta(7));
    await eventually(() => seen.events().find((e) => e.type === "response.text.delta"), "the delta");
    await session.close(4000, "bye");
    assert.deepEqual(await peer.closed, { code: 4000, reason: "bye" });
    assert.deepEqual(seen.log.at(-1), { kind: "disconnected", code: 4000, reason: "bye", error: undefined });
  });

  it("refuses a key without credentialInUrl (it cannot send headers), before connecting", async () => {
    const session = server.session({ transport });
    await assert.rejects(session.connect(), (e: VoiceLiveError) => e.code === "INVALID_ARGUMENT" && /credentialInUrl: true/.test(e.message));
    assert.equal(server.upgradeRequests, 0);
  });

  it("checks maxFrameBytes once a message has arrived, counting UTF-8 bytes: FRAME_TOO_LARGE with the size, 1009 to the server", async () => {
    const session = server.session({ transport, maxFrameBytes: 1000 }, { credentialInUrl: true });
    const seen = record(session);
    await session.connect();
    const peer = await server.peer();
    const padded = (chars: string) => JSON.stringify({ type: "test.padding", pad: chars });
    const base = padded("").length;
    peer.send(padded("é".repeat((1000 - base) / 2))); // 1000 bytes
    await eventually(() => seen.events().find((e) => (e.type as string) === "test.padding"), "the message at the limit");
    const over = padded("é".repeat((1000 - base) / 2 + 1)); // 1002 bytes, fewer than 1000 characters
    assert.ok(over.length < 1000);
    peer.send(over);
    await eventually(() => session.state === "closed", "the session to close");
    const d = seen.log.at(-1)!;
    assert.ok(d.kind === "disconnected");
    assert.equal(d.code, 1009);
    const error = d.error as VoiceLiveConnectionError;
    assert.equal(error.code, "FRAME_TOO_LARGE");
    assert.match(error.message, /a message of 1002 bytes over the limit of 1000 bytes/);
    assert.equal(seen.events().filter((e) => (e.type as string) === "test.padding").length, 1);
    assert.equal((await peer.closed).code, 1009, "ws's class can send 1009 (a browser's cannot)");
  });

  it("reports the cause the implementation gives with its error event: text that is not UTF-8 is PROTOCOL_ERROR, 1007", async () => {
    const session = server.session({ transport }, { credentialInUrl: true });
    const seen = record(session);
    await session.connect();
    const peer = await server.peer();
    peer.request.socket.write(Buffer.from([0x81, 0x01, 0xff]));
    await eventually(() => session.state === "closed", "the session to close");
    const d = seen.log.at(-1)!;
    assert.ok(d.kind === "disconnected");
    assert.equal(d.code, 1007);
    assert.equal(d.error?.code, "PROTOCOL_ERROR");
    assert.deepEqual(seen.errors(), [d.error]);
  });

  it("with no class, uses the global WebSocket at each connect, and fails the connect where there is none", async () => {
    const global = globalThis as { WebSocket?: unknown };
    const original = global.WebSocket;
    const byDefault = webSocketTransport();
    try {
      global.WebSocket = undefined;
      await assert.rejects(server.session({ transport: byDefault }, { credentialInUrl: true }).connect(), (e: VoiceLiveError) => e.code === "CONNECTION_FAILED" && /no WebSocket/.test(e.message));
      global.WebSocket = WebSocket;
      const session = server.session({ transport: byDefault }, { credentialInUrl: true });
      await session.connect();
      assert.equal(session.state, "connected");
      await session.close();
    } finally {
      global.WebSocket = original;
    }
  });
});
