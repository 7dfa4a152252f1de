/**
 * The socket under a session, as a seam. A session opens its connection through a `TransportFactory`:
 * by default the package's own (`ws` in Node; the native `WebSocket` in a browser, through the
 * package's `browser` map), or one given in the session option `transport`, for a runtime with a
 * WebSocket of its own (Deno, Bun, React Native) or a test double.
 *
 * This module imports no `ws`, so `webSocketTransport` can be used in any bundle.
 */
import { VoiceLiveError } from "./errors.js";
import { openWebSocketTransport } from "./internal/web-socket-transport.js";

/**
 * What a transport reports to its session. Each is called at most once per frame or state change,
 * and nothing is reported after `close` or after `detach`.
 */
export interface TransportEvents {
  /** The opening handshake succeeded. */
  open(): void;
  /** A text message arrived. */
  text(data: string): void;
  /** A binary message of `size` bytes arrived (Voice Live never sends one). */
  binary(size: number): void;
  /** The server refused the upgrade with an HTTP status. No `close` follows: the session ends the transport. */
  refused(status: number, body: string, retryAfter: string | undefined): void;
  /**
   * A socket error. Before `open` a `close` follows; after it, one usually does. A failure the
   * transport detected itself is not reported here but as `close`'s `cause`.
   */
  error(error: Error): void;
  /**
   * The connection is closed. Usually with the code and reason the peer sent (1006 when there was no
   * close frame). When the client itself failed the connection (a message over `maxFrameBytes`, text
   * that is not UTF-8, a ping flood), `cause` says why, with the specific error code, and `code` and
   * `reason` are the ones the client closed with (1009, 1007, 1008...).
   */
  close(code: number, reason: string, cause?: VoiceLiveError): void;
  /** A pong arrived. */
  pong(): void;
}

/** How to open a transport. */
export interface TransportInit {
  url: URL;
  /** Handshake headers (`api-key` or `Authorization`, `User-Agent`, `x-ms-client-request-id`). */
  headers: Record<string, string>;
  /** A Node agent, for a proxy (`HTTPS_PROXY`); undefined when there is none. */
  agent?: unknown;
  /**
   * The client's `credentialInUrl` opt-in: a transport that cannot send headers puts an `api-key`
   * header in the `api-key` query parameter instead, and refuses to connect with one without this.
   */
  credentialInUrl?: boolean;
  /**
   * The largest incoming message, in bytes (the session option `maxFrameBytes`). A bigger one fails
   * the connection with 1009 and `FRAME_TOO_LARGE`: refused while it is read where the socket allows
   * it (`ws`), checked once it has arrived where it does not (the WHATWG `WebSocket`).
   */
  maxFrameBytes: number;
}

/** An open or opening connection. */
export interface Transport {
  /** Bytes handed to `send` and not yet written to the network. */
  readonly bufferedAmount: number;
  /** Whether `ping` does anything (a WHATWG `WebSocket` cannot send pings). */
  readonly canPing: boolean;
  /**
   * Sends a text frame; `done`, when given, runs once it is written (with an error if it cannot be).
   * The session asks for `done` only when it needs to know (the buffer is full, or a send waits), so
   * a transport may skip its bookkeeping without one.
   */
  send(text: string, done?: (error?: Error) => void): void;
  /** Sends a ping frame. */
  ping(): void;
  /** Starts the closing handshake. */
  close(code: number, reason: string): void;
  /** Drops the connection at once, without a closing handshake; `close` (1006) is still reported. */
  terminate(): void;
  /** Stops reporting events, for good. With `terminate`, drops the connection too. */
  detach(terminate: boolean): void;
}

/**
 * Opens a session's connection. It may throw (a `VoiceLiveError` is passed on as it is; anything
 * else fails the connect with `CONNECTION_FAILED`).
 */
export type TransportFactory = (init: TransportInit, events: TransportEvents) => Transport;

/**
 * The part of a WHATWG `WebSocket` that `webSocketTransport` uses. The handlers take `never` so that
 * any implementation's own event types fit; the transport reads `data`, `code`, `reason`, and, where
 * the implementation gives one (`ws` does), `error` of an error event.
 */
export interface WebSocketLike {
  readonly readyState: number;
  readonly bufferedAmount: number;
  binaryType: string;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** A WHATWG `WebSocket` class: the browser's, Deno's, Bun's, React Native's, undici's, or `ws`'s `WebSocket`. */
export type WebSocketClass = new (url: string) => WebSocketLike;

/**
 * A transport on a WHATWG `WebSocket` class, by default the global `WebSocket` (looked up at each
 * connect). It is the browser transport, for any runtime: it sends no handshake headers (an
 * `api-key` goes in the URL with `credentialInUrl`, an `Authorization` header is refused), cannot
 * ping, and checks `maxFrameBytes` only once a message has arrived.
 *
 * @example
 * const session = client.createSession("gpt-realtime", { transport: webSocketTransport(WebSocket) });
 */
export function webSocketTransport(WebSocketClass?: WebSocketClass): TransportFactory {
  if (WebSocketClass !== undefined && typeof WebSocketClass !== "function") {
    throw new VoiceLiveError("INVALID_ARGUMENT", "webSocketTransport takes a WebSocket class (a constructor), or nothing for the global WebSocket");
  }
  return (init, events) => openWebSocketTransport(WebSocketClass ?? (globalThis as { WebSocket?: WebSocketClass }).WebSocket, init, events);
}
