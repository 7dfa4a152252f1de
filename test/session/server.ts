/**
 * Test helpers for session tests: a small scriptable Voice Live server on a real `ws`
 * `WebSocketServer` (127.0.0.1, port 0) that records every frame it receives and lets a test push
 * frames, close with a code, pause reading, or destroy the TCP socket; plus a guard that fails when
 * an `unhandledRejection` or `uncaughtException` happens, or when sockets or timers are left behind.
 */
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type AnyServerEvent, type VoiceLiveClientOptions, type VoiceLiveError, type VoiceLiveSession, type VoiceLiveSessionOptions, type VoiceLiveSubscription } from "../../src/index.js";

/** A JSON frame as it is on the wire. */
export type WireFrame = Record<string, unknown>;

/** What the server sends first, unless told not to. */
export const SESSION_CREATED: WireFrame = { type: "session.created", event_id: "srv_created", session: { id: "sess_1", model: "gpt-realtime" } };

/** A small, schema-valid server event, told apart by `n`, which lands in `delta`. */
export function textDelta(n: number | string): WireFrame {
  return { type: "response.text.delta", event_id: `srv_${n}`, response_id: "resp_1", item_id: "item_1", output_index: 0, content_index: 0, delta: String(n) };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something truthy; fails after `timeoutMs`. */
export async function eventually<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 1000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(2);
  }
}

/** Settles to "pending" if `promise` has not settled after the pending I/O and microtasks have run. */
export async function settledState(promise: Promise<unknown>): Promise<"pending" | "resolved" | "rejected"> {
  let state: "pending" | "resolved" | "rejected" = "pending";
  promise.then(
    () => (state = "resolved"),
    () => (state = "rejected"),
  );
  await new Promise((r) => setImmediate(r));
  await sleep(5);
  return state;
}

/** The server side of one WebSocket connection. */
export class Peer {
  /** Every message received, in order, as it came. */
  readonly received: { data: Buffer; isBinary: boolean }[] = [];
  /** Every text message received, parsed, in order. */
  readonly frames: WireFrame[] = [];
  /** Resolves with the close code and reason this side saw. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private closeInfo?: { code: number; reason: string };

  constructor(
    readonly ws: WebSocket,
    readonly request: IncomingMessage,
    onFrame?: (frame: WireFrame, peer: Peer) => void,
  ) {
    this.closed = new Promise((resolve) => {
      ws.on("close", (code, reason) => {
        this.closeInfo = { code, reason: reason.toString("utf8") };
        resolve(this.closeInfo);
      });
    });
    ws.on("error", () => {});
    ws.on("message", (data, isBinary) => {
      const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer);
      this.received.push({ data: buffer, isBinary });
      if (isBinary) return;
      const frame = JSON.parse(buffer.toString("utf8")) as WireFrame;
      this.frames.push(frame);
      onFrame?.(frame, this);
    });
  }

  /** Sends an object as JSON, or a string as it is. */
  send(frame: WireFrame | unknown[] | string): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** Sends frames in one TCP write, so that the client reads them in one chunk. */
  sendTogether(frames: WireFrame[]): void {
    const socket = this.request.socket;
    socket.cork();
    for (const f of frames) this.send(f);
    process.nextTick(() => socket.uncork());
  }

  sendBinary(data: Uint8Array): void {
    this.ws.send(data, { binary: true });
  }

  /** Starts the closing handshake with a code and reason. */
  close(code: number, reason = ""): void {
    this.ws.close(code, reason);
  }

  /** Cuts the TCP connection: no close frame. */
  destroy(): void {
    this.request.socket.destroy();
  }

  /** Stops reading from the socket, so a close frame from the client goes unanswered, and pings too. */
  pause(): void {
    this.ws.pause();
  }

  /** Reads from the socket again. */
  resume(): void {
    this.ws.resume();
  }

  get isClosed(): boolean {
    return this.closeInfo !== undefined;
  }

  /** Resolves with the frames once at least `count` have arrived. */
  async waitForFrames(count: number, timeoutMs = 1000): Promise<WireFrame[]> {
    await eventually(() => this.frames.length >= count, `${count} frame(s) at the server (got ${this.frames.length})`, timeoutMs);
    return this.frames;
  }
}

export interface ServerOptions {
  /** Send `session.created` as soon as a connection opens. Default true. */
  sessionCreated?: boolean;
  /** Hold every HTTP upgrade (no `101`) until `releaseUpgrades()`. */
  holdUpgrade?: boolean;
  /** Called with each JSON frame a connection receives, after it is recorded. */
  onFrame?: (frame: WireFrame, peer: Peer) => void;
  /** Decides each upgrade by its index (0 first): a status refuses it. Default: accept. */
  refuse?: (index: number) => number | undefined;
  /** What `session.created` says to the `index`-th connection. Default `SESSION_CREATED`. */
  created?: (index: number) => WireFrame;
}

export class TestServer {
  /** Each WebSocket connection, in the order they opened. */
  readonly peers: Peer[] = [];
  /** TCP connections accepted, upgraded or not. */
  tcpConnections = 0;
  /** HTTP upgrade requests seen (held or not). */
  upgradeRequests = 0;
  private readonly sockets = new Set<Socket>();
  private readonly sessions = new Set<VoiceLiveSession>();
  private held: (() => void)[] = [];

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
  ) {}

  static async start(options: ServerOptions = {}): Promise<TestServer> {
    const http = createServer((_req, res) => res.writeHead(426).end());
    const wss = new WebSocketServer({
      server: http,
      perMessageDeflate: false,
      verifyClient: (_info, callback) => {
        const status = options.refuse?.(server.upgradeRequests);
        server.upgradeRequests++;
        if (status) callback(false, status, `refused with ${status}`);
        else if (options.holdUpgrade) server.held.push(() => callback(true));
        else callback(true);
      },
    });
    const server = new TestServer(http, wss);
    http.on("connection", (socket) => {
      server.tcpConnections++;
      server.sockets.add(socket);
      socket.once("close", () => server.sockets.delete(socket));
    });
    wss.on("connection", (ws, req) => {
      const peer = new Peer(ws, req, options.onFrame);
      server.peers.push(peer);
      if (options.sessionCreated !== false) peer.send(options.created?.(server.peers.length - 1) ?? SESSION_CREATED);
    });
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(0, "127.0.0.1", () => resolve());
    });
    return server;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The `index`-th connection, once it is open. */
  peer(index = 0): Promise<Peer> {
    return eventually(() => this.peers[index], `connection #${index} at the server`);
  }

  /** Lets every held upgrade through. */
  releaseUpgrades(): void {
    const held = this.held;
    this.held = [];
    for (const release of held) release();
  }

  client(options?: VoiceLiveClientOptions): VoiceLiveClient {
    return new VoiceLiveClient(this.endpoint, new AzureKeyCredential("test-key"), options);
  }

  /** A session of a client of this server; closed by `close()`. */
  session(options?: VoiceLiveSessionOptions, clientOptions?: VoiceLiveClientOptions): VoiceLiveSession {
    const session = this.client(clientOptions).createSession("gpt-realtime", options);
    this.sessions.add(session);
    return session;
  }

  /** A connected session and its server side. */
  async connected(options?: VoiceLiveSessionOptions, clientOptions?: VoiceLiveClientOptions): Promise<{ session: VoiceLiveSession; peer: Peer }> {
    const session = this.session(options, clientOptions);
    await session.connect();
    return { session, peer: this.peers[this.peers.length - 1] };
  }

  /** Closes the sessions made here, cuts every socket, and stops listening. */
  async close(): Promise<void> {
    const closing = [...this.sessions].map((s) => s.close().catch(() => {}));
    this.held = [];
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(closing);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

/** One entry of what a subscriber saw. */
export type Seen =
  | { kind: "event"; type: string; event: AnyServerEvent }
  | { kind: "error"; error: VoiceLiveError }
  | { kind: "connected" }
  | { kind: "disconnected"; code: number; reason: string; error?: VoiceLiveError };

/** Subscribes a recorder of everything the session hands out, in order. */
export function record(session: VoiceLiveSession): { log: Seen[]; events: () => AnyServerEvent[]; errors: () => VoiceLiveError[]; subscription: VoiceLiveSubscription } {
  const log: Seen[] = [];
  const subscription = session.subscribe({
    onServerEvent: (event) => void log.push({ kind: "event", type: event.type, event }),
    onError: (error) => void log.push({ kind: "error", error }),
    onConnected: () => void log.push({ kind: "connected" }),
    onDisconnected: (info) => void log.push({ kind: "disconnected", ...info }),
  });
  return {
    log,
    subscription,
    events: () => log.flatMap((s) => (s.kind === "event" ? [s.event] : [])),
    errors: () => log.flatMap((s) => (s.kind === "error" ? [s.error] : [])),
  };
}

const WATCHED = ["TCPSocketWrap", "TCPServerWrap", "Timeout"];

function handleCounts(): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(WATCHED.map((k) => [k, 0]));
  for (const r of process.getActiveResourcesInfo()) if (r in counts) counts[r]++;
  return counts;
}

/**
 * A `describe` whose tests must not cause an `unhandledRejection` or `uncaughtException` (each test
 * fails if one fired during it) and must not leave sockets, servers or timers behind (checked after
 * every other hook of the block has run).
 */
export function describeGuarded(title: string, body: (this: Mocha.Suite) => void): Mocha.Suite {
  return describe(title, function () {
    const fired: string[] = [];
    const onRejection = (reason: unknown) => void fired.push(`unhandledRejection: ${String((reason as Error)?.stack ?? reason)}`);
    const onException = (error: unknown) => void fired.push(`uncaughtException: ${String((error as Error)?.stack ?? error)}`);
    let baseline: Record<string, number>;
    before(() => {
      baseline = handleCounts();
      process.on("unhandledRejection", onRejection);
      process.on("uncaughtException", onException);
    });
    body.call(this);
    afterEach(async () => {
      // Rejections are reported after the microtask queue drains; give them that chance.
      await new Promise((r) => setImmediate(r));
      const now = fired.splice(0);
      assert.deepEqual(now, [], "no unhandled rejection or uncaught exception");
    });
    after(async () => {
      process.off("unhandledRejection", onRejection);
      process.off("uncaughtException", onException);
      let counts = handleCounts();
      const within = () => WATCHED.every((k) => counts[k] <= baseline[k]);
      const deadline = Date.now() + 1000;
      while (!within() && Date.now() < deadline) {
        await new Promise((r) => setImmediate(r));
        counts = handleCounts();
      }
      assert.ok(within(), `sockets or timers left behind: ${JSON.stringify(counts)} (before: ${JSON.stringify(baseline)})`);
    });
  });
}
