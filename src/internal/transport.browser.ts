/**
 * The socket under a session, in a browser: the native `WebSocket`. The package's `browser` map puts
 * this file in place of `transport.ts`, so `ws` never reaches a browser bundle. Same exports.
 *
 * What a browser cannot do, and how this transport reports it:
 * - No handshake headers: an `api-key` header goes in the `api-key` query parameter when the client
 *   opted in (`credentialInUrl`), and is refused otherwise; an `Authorization` header is refused
 *   (Voice Live takes no token in the URL); other headers (`User-Agent`, `x-ms-client-request-id`)
 *   are left out.
 * - No handshake status: a refused handshake is an `error` and a `close` with 1006, like any other
 *   failed connection. `refused` is never reported.
 * - No pings (`canPing` is false, `ping` does nothing).
 * - No write callback: `send`'s `done` runs once the frame has left the socket's buffer, found by
 *   watching `bufferedAmount` on a short timer while anything is buffered.
 */
import { VoiceLiveError } from "../errors.js";

// The interface is the Node file's; a type-only import leaves nothing of it (nor of `ws`) in a bundle.
import type { Transport, TransportEvents, TransportInit } from "./transport.js";

export type { Transport, TransportEvents, TransportInit } from "./transport.js";

/** The part of the DOM `WebSocket` used here (the project's type-check has no DOM library). */
interface NativeSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  binaryType: string;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
type NativeSocketClass = new (url: string) => NativeSocket;

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

/** Opens a transport on the browser's `WebSocket`. */
export function openTransport({ url, headers, credentialInUrl }: TransportInit, events: TransportEvents): Transport {
  const target = new URL(url.href);
  const { apiKey, authorization } = credentialHeaders(headers);
  if (authorization) {
    throw new VoiceLiveError(
      "INVALID_ARGUMENT",
      "a browser cannot send the Authorization header, and Voice Live takes no token in the URL: connect through a server-side proxy that adds the token, with anonymousCredential",
    );
  }
  if (apiKey !== undefined) {
    if (!credentialInUrl) {
      throw new VoiceLiveError(
        "INVALID_ARGUMENT",
        "a browser cannot send the api-key header: pass { credentialInUrl: true } to put the key in the URL, or connect through a server-side proxy that adds it, with anonymousCredential",
      );
    }
    target.searchParams.set("api-key", apiKey);
  }
  const Native = (globalThis as { WebSocket?: NativeSocketClass }).WebSocket;
  if (typeof Native !== "function") throw new VoiceLiveError("CONNECTION_FAILED", "this environment has no WebSocket");

  let detached = false;
  let terminated = false;
  let socket: NativeSocket | undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms = 0) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
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

  const host = target.host;
  try {
    socket = new Native(target.href);
  } catch (e) {
    // A URL the browser refuses at once (a blocked port, mixed content): reported as a failed connection.
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
      if (typeof data === "string") events.text(data);
      else events.binary((data as { byteLength?: number; size?: number }).byteLength ?? (data as { size?: number }).size ?? 0);
    };
    // The browser tells nothing more, whatever the cause (a refused handshake, DNS, TLS, a dropped connection).
    s.onerror = () => events.error(new Error(`the WebSocket connection to ${host} failed`));
    s.onclose = ({ code, reason }) => {
      unhook();
      stopAll();
      failInFlight("the connection closed before the frame was sent");
      events.close(code, reason);
    };
  }

  const detach = () => {
    detached = true;
    unhook();
    stopAll();
    failInFlight("the connection was dropped before the frame was sent");
  };

  return {
    get bufferedAmount() {
      return socket?.bufferedAmount ?? 0;
    },
    canPing: false,
    send(text, done) {
      const s = socket;
      if (!s || detached || s.readyState !== OPEN) {
        queueMicrotask(() => done(new Error("the WebSocket is not open")));
        return;
      }
      // `bufferedAmount` grows by the frame's UTF-8 size at once, and shrinks only in later tasks.
      const before = s.bufferedAmount;
      try {
        s.send(text);
      } catch (e) {
        queueMicrotask(() => done(e instanceof Error ? e : new Error(String(e))));
        return;
      }
      sent += s.bufferedAmount - before;
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
        // A code or reason the browser refuses: close without them.
        socket.close();
      }
    },
    terminate() {
      // A browser cannot cut a connection: the socket is closed and forgotten, and reported closed (1006) at once.
      if (detached || terminated) return;
      terminated = true;
      const s = socket;
      unhook();
      stopAll();
      failInFlight("the connection was dropped before the frame was sent");
      s?.close();
      later(() => {
        if (!detached) events.close(1006, "");
      });
    },
    detach(terminate) {
      const s = socket;
      detach();
      if (terminate) s?.close();
    },
  };
}
