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
import { WebSocket, type RawData } from "ws";
import type { VoiceLiveConnectionError } from "../errors.js";
import type { Transport, TransportEvents, TransportInit } from "../transport.js";
import { FAILED_CLOSE_MS, PING_FLOOD_COUNT, PING_FLOOD_WINDOW_MS, frameFailure, pingFlood } from "./transport-limits.js";

export type { Transport, TransportEvents, TransportFactory, TransportInit } from "../transport.js";

const noop = () => {};

/**
 * The transport of a socket, kept on the socket itself. The listeners below are plain functions,
 * shared by every socket, that find their transport here: a connection costs no closure per event
 * kind, which counts when a process holds hundreds of idle sessions.
 */
const kTransport = Symbol("ai-voicelive transport");

/** `ws`'s socket with a slot for its transport, declared so that it is part of the object from the start. */
class Socket extends WebSocket {
  [kTransport]!: WsTransport;
}

const of = (socket: WebSocket): WsTransport => (socket as Socket)[kTransport];

/** Opens a transport on `ws`. */
export function openTransport({ url, headers, agent, maxFrameBytes }: TransportInit, events: TransportEvents): Transport {
  // Pongs are sent here rather than by `ws` (autoPong), so that a flood is seen and reported.
  const socket = new Socket(url, { headers, agent: agent as Agent | undefined, perMessageDeflate: false, maxPayload: maxFrameBytes, autoPong: false });
  const transport = new WsTransport(socket, events, maxFrameBytes);
  socket[kTransport] = transport;
  socket.on("unexpected-response", onUnexpectedResponse);
  socket.on("open", onOpen);
  socket.on("message", onMessage);
  socket.on("ping", onPing);
  socket.on("pong", onPong);
  socket.on("error", onError);
  socket.on("close", onClose);
  return transport;
}

function onUnexpectedResponse(this: WebSocket, _req: unknown, res: IncomingMessage): void {
  const events = of(this).events;
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

function onOpen(this: WebSocket): void {
  // The handshake is over: its listeners are not needed for the rest of the connection.
  this.off("unexpected-response", onUnexpectedResponse);
  this.off("open", onOpen);
  of(this).events.open();
}

function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  const transport = of(this);
  // The client has failed the connection: what still comes is not heard.
  if (transport.failure) return;
  if (isBinary) transport.events.binary(Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength);
  else transport.events.text(data.toString());
}

function onPing(this: WebSocket, data: Buffer): void {
  of(this).pinged(data);
}

function onPong(this: WebSocket): void {
  of(this).events.pong();
}

function onError(this: WebSocket, error: Error): void {
  const transport = of(this);
  // `ws` has already closed with the failure's code; its error is the cause, not a separate report.
  const failure = frameFailure(error, transport.maxFrameBytes);
  if (failure) transport.fail(failure);
  else transport.events.error(error);
}

function onClose(this: WebSocket, code: number, reason: Buffer): void {
  const transport = of(this);
  const failure = transport.closed();
  if (failure) transport.events.close(failure.closeCode!, failure.closeReason ?? "", failure);
  else transport.events.close(code, reason.toString("utf8"));
}

/** A class rather than an object literal of closures: it is kept for as long as a session is connected. */
class WsTransport implements Transport {
  readonly canPing = true;
  /** Why the client failed the connection, once it has. */
  failure?: VoiceLiveConnectionError;
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
    if (this.socket.readyState === WebSocket.OPEN) this.socket.ping();
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  terminate(): void {
    this.socket.terminate();
  }

  detach(terminate: boolean): void {
    clearTimeout(this.failTimer);
    if (terminate) this.socket.terminate();
    this.socket.removeAllListeners();
    // ws may still report errors of a dying socket.
    this.socket.on("error", noop);
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
    if (this.socket.readyState === WebSocket.OPEN) this.socket.pong(data);
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
