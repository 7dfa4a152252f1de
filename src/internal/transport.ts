/**
 * The socket under a session. This is the Node transport, on `ws`: it can set handshake headers,
 * read a refused handshake's status and body, and ping. Browsers get `transport.browser.ts` instead
 * (the package's `browser` map swaps the file), so `ws` never reaches a browser bundle.
 *
 * A transport reports everything through the `TransportEvents` it is given and never throws out of
 * a socket callback. The interfaces are public, in `src/transport.ts`.
 *
 * Failures the client detects in the server's frames close the connection with their own code and
 * come to the session as `close`'s `cause`: a message over `maxFrameBytes` (1009, refused by `ws`
 * as soon as its length is read, before any of it is buffered), text that is not UTF-8 (1007) and
 * other protocol violations (1002), and a ping flood (1008).
 */
import type { Agent, IncomingMessage } from "node:http";
import type { ClientOptions, RawData, WebSocket } from "ws";
import type { VoiceLiveConnectionError } from "../errors.js";
import type { Transport, TransportEvents, TransportInit } from "../transport.js";
import { FAILED_CLOSE_MS, PING_FLOOD_COUNT, PING_FLOOD_WINDOW_MS, frameFailure, pingFlood } from "./transport-limits.js";

export type { Transport, TransportEvents, TransportFactory, TransportInit } from "../transport.js";

/** `ws`'s socket class with its `emit` replaced (below); made once `ws` is loaded. */
type SocketClass = new (url: URL, options: ClientOptions) => WebSocket & { transport: WsTransport };
let Socket: SocketClass | undefined;

/**
 * Loads `ws` (once): a session does when it first connects, with no `transport` of its own. Importing
 * the SDK loads no `ws`, and neither does `ai-voicelive/models`, which shares the SDK's modules in the
 * Node build.
 */
export async function loadTransport(): Promise<void> {
  Socket ??= socketClass((await import("ws")).WebSocket);
}

/**
 * `ws`'s socket, which reports to its transport directly. `ws` tells everything through `emit`;
 * overriding it here means no listener is registered at all. Listeners would live in a
 * null-prototype table that V8 keeps as a dictionary, ~400 bytes per connection for the seven
 * events a session needs, and every frame would go through the emitter's lookup.
 */
function socketClass(Base: typeof WebSocket): SocketClass {
  return class Socket extends Base {
    transport!: WsTransport;

    // `ws` passes at most two arguments with the events read here; the others (`upgrade`,
    // `redirect`) have no listener and are not needed.
    override emit(event: string | symbol, a?: unknown, b?: unknown): boolean {
      const transport = this.transport;
      if (transport.detached) return true;
      switch (event) {
        case "message":
          onMessage(transport, a as RawData, b as boolean);
          return true;
        case "ping":
          transport.pinged(a as Buffer);
          return true;
        case "pong":
          transport.events.pong();
          return true;
        case "open":
          transport.events.open();
          return true;
        case "error":
          onError(transport, a as Error);
          return true;
        case "close":
          onClose(transport, a as number, b as Buffer);
          return true;
        case "unexpected-response":
          onUnexpectedResponse(transport, b as IncomingMessage);
          return true;
        default:
          return super.emit(event, a, b);
      }
    }
  };
}

/** Opens a transport on `ws`; `loadTransport()` has finished (every connection attempt waits for it). */
export function openTransport({ url, headers, agent, maxFrameBytes }: TransportInit, events: TransportEvents): Transport {
  if (!Socket) throw new Error("ws is not loaded yet: await loadTransport() first");
  // Pongs are sent here rather than by `ws` (autoPong), so that a flood is seen and reported.
  const socket = new Socket(url, { headers, agent: agent as Agent | undefined, perMessageDeflate: false, maxPayload: maxFrameBytes, autoPong: false });
  const transport = new WsTransport(socket, events, maxFrameBytes);
  socket.transport = transport;
  return transport;
}

function onUnexpectedResponse(transport: WsTransport, res: IncomingMessage): void {
  const events = transport.events;
  const chunks: Buffer[] = [];
  let size = 0;
  const retryAfter = res.headers["retry-after"];
  const report = () => events.refused(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8").slice(0, 4096), Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
  res.on("data", (c: Buffer) => {
    if (size < 4096) chunks.push(c);
    size += c.length;
  });
  res.on("end", report);
  res.on("error", report);
}

function onMessage(transport: WsTransport, data: RawData, isBinary: boolean): void {
  // The client has failed the connection: what still comes is not heard.
  if (transport.failure) return;
  if (isBinary) transport.events.binary(Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength);
  else transport.events.text(data.toString());
}

function onError(transport: WsTransport, error: Error): void {
  // `ws` has already closed with the failure's code; its error is the cause, not a separate report.
  const failure = frameFailure(error, transport.maxFrameBytes);
  if (failure) transport.fail(failure);
  else transport.events.error(error);
}

function onClose(transport: WsTransport, code: number, reason: Buffer): void {
  const failure = transport.closed();
  if (failure) transport.events.close(failure.closeCode!, failure.closeReason ?? "", failure);
  else transport.events.close(code, reason.toString("utf8"));
}

/** A class rather than an object literal of closures: it is kept for as long as a session is connected. */
class WsTransport implements Transport {
  readonly canPing = true;
  /** Why the client failed the connection, once it has. */
  failure?: VoiceLiveConnectionError;
  /** The session let go of this socket: nothing it reports is passed on. */
  detached = false;
  private failTimer?: ReturnType<typeof setTimeout>;
  private pings = 0;
  private pingWindowStart = 0;

  constructor(
    private readonly socket: WebSocket,
    readonly events: TransportEvents,
    readonly maxFrameBytes: number,
  ) {}

  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  send(text: string, done?: (error?: Error) => void): void {
    this.socket.send(text, done);
  }

  ping(): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.ping();
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  terminate(): void {
    this.socket.terminate();
  }

  detach(terminate: boolean): void {
    clearTimeout(this.failTimer);
    // Set first: what a dying socket still reports, its errors included, is not heard.
    this.detached = true;
    if (terminate) this.socket.terminate();
  }

  /** A ping from the server: answered, unless it is one too many. */
  pinged(data: Buffer): void {
    if (this.failure) return;
    const now = Date.now();
    if (now - this.pingWindowStart >= PING_FLOOD_WINDOW_MS) {
      this.pingWindowStart = now;
      this.pings = 0;
    }
    if (++this.pings > PING_FLOOD_COUNT) {
      const failure = pingFlood();
      this.fail(failure);
      this.socket.close(failure.closeCode, failure.closeReason);
      return;
    }
    if (this.socket.readyState === this.socket.OPEN) this.socket.pong(data);
  }

  /** The client fails the connection (its close frame is sent, or about to be); a peer that does not finish the closing handshake soon is cut off. */
  fail(failure: VoiceLiveConnectionError): void {
    if (this.failure) return;
    this.failure = failure;
    this.failTimer = setTimeout(() => this.socket.terminate(), FAILED_CLOSE_MS);
    (this.failTimer as { unref?: () => void }).unref?.();
  }

  /** The socket closed: the failure that closed it, if the client failed it. */
  closed(): VoiceLiveConnectionError | undefined {
    clearTimeout(this.failTimer);
    return this.failure;
  }
}
