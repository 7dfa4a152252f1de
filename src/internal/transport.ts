/**
 * The socket under a session. This is the Node transport, on `ws`: it can set handshake headers,
 * read a refused handshake's status and body, and ping. Browsers get `transport.browser.ts` instead
 * (the package's `browser` map swaps the file), so `ws` never reaches a browser bundle.
 *
 * A transport reports everything through the `TransportEvents` it is given and never throws out of
 * a socket callback.
 */
import type { Agent } from "node:http";
import { WebSocket } from "ws";

/** What a transport reports. Each is called at most once per frame or state change. */
export interface TransportEvents {
  /** The opening handshake succeeded. */
  open(): void;
  /** A text frame arrived. */
  text(data: string): void;
  /** A binary frame of `size` bytes arrived (Voice Live never sends one). */
  binary(size: number): void;
  /** The server refused the upgrade with an HTTP status. No `close` follows: the session ends the transport. */
  refused(status: number, body: string, retryAfter: string | undefined): void;
  /** A socket error. Before `open` a `close` follows; after it, one usually does. */
  error(error: Error): void;
  /** The connection is closed, with the code and reason the peer sent (1006 when there was no close frame). */
  close(code: number, reason: string): void;
  /** A pong arrived. */
  pong(): void;
}

/** How to open a transport. */
export interface TransportInit {
  url: URL;
  /** Handshake headers (a browser transport cannot send them). */
  headers: Record<string, string>;
  /** A Node agent, for a proxy. */
  agent?: unknown;
  /**
   * The client's `credentialInUrl` opt-in: a transport that cannot send headers (the browser's) puts
   * an `api-key` header in the `api-key` query parameter instead, and refuses to connect with one
   * without this. The Node transport always sends the header and ignores it.
   */
  credentialInUrl?: boolean;
}

/** An open or opening connection. */
export interface Transport {
  /** Bytes handed to `send` and not yet written to the network. */
  readonly bufferedAmount: number;
  /** Whether `ping` does anything (WebSocket pings cannot be sent from a browser). */
  readonly canPing: boolean;
  /** Sends a text frame; `done` runs once it is written (with an error if it cannot be). */
  send(text: string, done: (error?: Error) => void): void;
  /** Sends a ping frame. */
  ping(): void;
  /** Starts the closing handshake. */
  close(code: number, reason: string): void;
  /** Drops the connection at once, without a closing handshake. */
  terminate(): void;
  /** Stops reporting events, for good. With `terminate`, drops the connection too. */
  detach(terminate: boolean): void;
}

const noop = () => {};

/** Opens a transport on `ws`. */
export function openTransport({ url, headers, agent }: TransportInit, events: TransportEvents): Transport {
  const socket = new WebSocket(url, { headers, agent: agent as Agent | undefined, perMessageDeflate: false });
  socket.on("unexpected-response", (_req, res) => {
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
  });
  socket.on("open", () => events.open());
  socket.on("message", (data, isBinary) => {
    if (isBinary) events.binary(Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength);
    else events.text(data.toString());
  });
  socket.on("pong", () => events.pong());
  socket.on("error", (error) => events.error(error));
  socket.on("close", (code, reason) => events.close(code, reason.toString("utf8")));
  return new WsTransport(socket);
}

/** A class rather than an object literal of closures: it is kept for as long as a session is connected. */
class WsTransport implements Transport {
  readonly canPing = true;

  constructor(private readonly socket: WebSocket) {}

  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  send(text: string, done: (error?: Error) => void): void {
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
    if (terminate) this.socket.terminate();
    this.socket.removeAllListeners();
    // ws may still report errors of a dying socket.
    this.socket.on("error", noop);
  }
}
