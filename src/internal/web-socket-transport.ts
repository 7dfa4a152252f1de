/**
 * A transport on a WHATWG `WebSocket` class: the browser's (this is the browser transport), or any
 * other given to `webSocketTransport` (Deno, Bun, React Native, undici, `ws`'s). No `ws` here.
 *
 * What the WebSocket API cannot do, and how this transport reports it:
 * - No handshake headers: an `api-key` header goes in the `api-key` query parameter when the client
 *   opted in (`credentialInUrl`), and is refused otherwise; an `Authorization` header is refused
 *   (Voice Live takes no token in the URL); other headers (`User-Agent`, `x-ms-client-request-id`)
 *   are left out.
 * - No handshake status: a refused handshake is an `error` and a `close` with 1006, like any other
 *   failed connection. `refused` is never reported.
 * - No pings (`canPing` is false, `ping` does nothing), and no sight of the server's pings.
 * - No size limit while a message is read: `maxFrameBytes` is checked once a message has arrived
 *   whole. A bigger one is not delivered, and fails the connection (`FRAME_TOO_LARGE`, 1009). A
 *   browser refuses to send 1009 (only 1000 and 3000–4999): it then closes without a code.
 * - No cause of a failure: a browser fails a connection on text that is not UTF-8 without saying so
 *   (`close` 1006). Where the error event carries the error (`ws`'s does), its cause is reported.
 * - No write callback: `send`'s `done` runs once the frame has left the socket's buffer, found by
 *   watching `bufferedAmount` on a short timer while anything is buffered.
 */
import { VoiceLiveError, type VoiceLiveConnectionError } from "../errors.js";
import type { Transport, TransportEvents, TransportInit, WebSocketClass } from "../transport.js";
import { FAILED_CLOSE_MS, frameFailure, frameTooLarge } from "./transport-limits.js";

/** `WebSocketLike` with the handlers' events as this transport reads them. */
interface NativeSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  binaryType: string;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { error?: unknown } | undefined) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

const OPEN = 1;
/** How often `bufferedAmount` is looked at while a sent frame is still buffered. */
const POLL_MS = 2;

/** A sent frame whose `done` has not run: it is written once `written` reaches `end`. */
interface InFlight {
  end: number;
  done: (error?: Error) => void;
}

/** The credential headers of a handshake, by lower-case name. */
function credentialHeaders(headers: Record<string, string>): { apiKey?: string; authorization: boolean } {
  let apiKey: string | undefined;
  let authorization = false;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === "api-key") apiKey = value;
    else if (lower === "authorization") authorization = true;
  }
  return { apiKey, authorization };
}

/**
 * The size of a received message when it is over `limit`, else undefined. A string's UTF-8 size is
 * at least its length and at most three times it, so it is counted only when that cannot tell.
 */
function oversize(data: unknown, limit: number): number | undefined {
  if (typeof data !== "string") {
    const size = (data as { byteLength?: number }).byteLength ?? (data as { size?: number }).size ?? 0;
    return size > limit ? size : undefined;
  }
  if (data.length * 3 <= limit) return undefined;
  let size = data.length;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    // 2 bytes from U+0080, 3 from U+0800; a surrogate pair (2 code units) is 4.
    if (c >= 0x80) size += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return size > limit ? size : undefined;
}

/** Opens a transport on `Native`, a WHATWG `WebSocket` class. */
export function openWebSocketTransport(Native: WebSocketClass | undefined, { url, headers, credentialInUrl, maxFrameBytes }: TransportInit, events: TransportEvents): Transport {
  const target = new URL(url.href);
  const { apiKey, authorization } = credentialHeaders(headers);
  if (authorization) {
    throw new VoiceLiveError(
      "INVALID_ARGUMENT",
      "a WebSocket in a browser (or any WHATWG WebSocket) cannot send the Authorization header, and Voice Live takes no token in the URL: connect through a server-side proxy that adds the token, with anonymousCredential",
    );
  }
  if (apiKey !== undefined) {
    if (!credentialInUrl) {
      throw new VoiceLiveError(
        "INVALID_ARGUMENT",
        "a WebSocket in a browser (or any WHATWG WebSocket) cannot send the api-key header: pass { credentialInUrl: true } to put the key in the URL, or connect through a server-side proxy that adds it, with anonymousCredential",
      );
    }
    target.searchParams.set("api-key", apiKey);
  }
  if (typeof Native !== "function") throw new VoiceLiveError("CONNECTION_FAILED", "this environment has no WebSocket: pass a WebSocket class to webSocketTransport()");

  let detached = false;
  let terminated = false;
  let socket: NativeSocket | undefined;
  /** Why the client failed the connection, once it has. */
  let failure: VoiceLiveConnectionError | undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms = 0) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const reportClose = (code: number, reason: string) => {
    if (failure) events.close(failure.closeCode!, failure.closeReason ?? "", failure);
    else events.close(code, reason);
  };

  // Bytes handed to the socket, and frames whose `done` waits for them to be written.
  let sent = 0;
  let inFlight: InFlight[] = [];
  let polling = false;
  const written = () => sent - (socket?.bufferedAmount ?? 0);
  const settle = () => {
    const w = written();
    let i = 0;
    while (i < inFlight.length && inFlight[i].end <= w) i++;
    if (i === 0) return;
    const done = inFlight.slice(0, i);
    inFlight = inFlight.slice(i);
    for (const f of done) f.done();
  };
  const poll = () => {
    polling = false;
    if (detached) return;
    settle();
    if (inFlight.length > 0) {
      polling = true;
      later(poll, POLL_MS);
    }
  };
  const failInFlight = (why: string) => {
    const failed = inFlight;
    inFlight = [];
    for (const f of failed) f.done(new Error(why));
  };
  const stopAll = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    polling = false;
  };
  const unhook = () => {
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
  };
  // A WebSocket cannot be cut: the socket is closed and forgotten, and reported closed (1006) at once.
  const terminate = () => {
    if (detached || terminated) return;
    terminated = true;
    const s = socket;
    unhook();
    stopAll();
    failInFlight("the connection was dropped before the frame was sent");
    s?.close();
    later(() => {
      if (!detached) reportClose(1006, "");
    });
  };
  /** The client fails the connection: closes with the failure's code, and gives the peer a moment to answer. */
  const fail = (f: VoiceLiveConnectionError) => {
    if (failure || !socket) return;
    failure = f;
    try {
      socket.close(f.closeCode, f.closeReason);
    } catch {
      socket.close();
    }
    later(terminate, FAILED_CLOSE_MS);
  };

  const host = target.host;
  try {
    socket = new (Native as unknown as new (url: string) => NativeSocket)(target.href);
  } catch (e) {
    // A URL the implementation refuses at once (a blocked port, mixed content): reported as a failed connection.
    const message = (e as Error)?.message ?? String(e);
    later(() => {
      if (detached) return;
      events.error(new Error(`the WebSocket to ${host} could not be opened: ${message}`));
      if (!detached) events.close(1006, "");
    });
  }
  if (socket) {
    const s = socket;
    s.binaryType = "arraybuffer";
    s.onopen = () => events.open();
    s.onmessage = ({ data }) => {
      if (failure) return;
      const size = oversize(data, maxFrameBytes);
      if (size !== undefined) fail(frameTooLarge(maxFrameBytes, size));
      else if (typeof data === "string") events.text(data);
      else events.binary((data as { byteLength?: number }).byteLength ?? (data as { size?: number }).size ?? 0);
    };
    s.onerror = (event) => {
      // A browser tells nothing more, whatever the cause (a refused handshake, DNS, TLS, a dropped connection, bad UTF-8).
      const f = frameFailure(event?.error, maxFrameBytes);
      if (f) fail(f);
      else events.error(new Error(`the WebSocket connection to ${host} failed`));
    };
    s.onclose = ({ code, reason }) => {
      unhook();
      stopAll();
      failInFlight("the connection closed before the frame was sent");
      reportClose(code, reason);
    };
  }

  return {
    get bufferedAmount() {
      return socket?.bufferedAmount ?? 0;
    },
    canPing: false,
    send(text, done) {
      const s = socket;
      if (!s || detached || s.readyState !== OPEN) {
        if (done) queueMicrotask(() => done(new Error("the WebSocket is not open")));
        return;
      }
      // `bufferedAmount` grows by the frame's UTF-8 size at once, and shrinks only in later tasks.
      const before = s.bufferedAmount;
      try {
        s.send(text);
      } catch (e) {
        if (done) queueMicrotask(() => done(e instanceof Error ? e : new Error(String(e))));
        return;
      }
      sent += s.bufferedAmount - before;
      // Nobody to tell: the frame counts toward `sent`, and nothing is watched for it.
      if (!done) return;
      inFlight.push({ end: sent, done });
      if (!polling) {
        polling = true;
        later(poll, 0);
      }
    },
    ping() {},
    close(code, reason) {
      if (!socket) return;
      try {
        socket.close(code, reason);
      } catch {
        // A code or reason the implementation refuses: close without them.
        socket.close();
      }
    },
    terminate,
    detach(cut) {
      const s = socket;
      detached = true;
      unhook();
      stopAll();
      failInFlight("the connection was dropped before the frame was sent");
      if (cut) s?.close();
    },
  };
}
