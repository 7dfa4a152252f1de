/**
 * The errors a session makes of what happens to it. A server's words (a refusal's body, a close
 * reason) go into messages only with control characters escaped, so that a server cannot write lines
 * or terminal escapes into the logs that print them; the raw text stays in `responseBody`.
 */
import { VoiceLiveConnectionError, VoiceLiveError, type VoiceLiveErrorCode } from "../errors.js";

/** Text from the network, made safe to print: control and line-breaking characters as `\uXXXX` escapes. */
export function printable(text: string, max = 300): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function aborted(what: string): VoiceLiveError {
  return new VoiceLiveError("ABORTED", `${what} was aborted`);
}

export function overflowError(dropped: number, where: string): VoiceLiveError & { droppedEvents: number } {
  const error = new VoiceLiveError("EVENT_BUFFER_OVERFLOW", `${dropped} event${dropped === 1 ? " was" : "s were"} dropped: the queue ${where} was full`) as VoiceLiveError & {
    droppedEvents: number;
  };
  error.droppedEvents = dropped;
  return error;
}

export function audioDropped(frames: number, bytes: number): VoiceLiveError & { droppedFrames: number; droppedBytes: number } {
  const error = new VoiceLiveError(
    "AUDIO_DROPPED",
    `${frames} audio frame${frames === 1 ? " was" : "s were"} dropped (${bytes} bytes): the connection could not take audio as fast as it came (sendBuffer mode dropOldestAudio)`,
  ) as VoiceLiveError & { droppedFrames: number; droppedBytes: number };
  error.droppedFrames = frames;
  error.droppedBytes = bytes;
  return error;
}

const HINTS: Partial<Record<VoiceLiveErrorCode, string>> = {
  HANDSHAKE_UNAUTHORIZED: "check the key or the token's scope",
  HANDSHAKE_FORBIDDEN: "the identity lacks a role on the resource (Cognitive Services User)",
  HANDSHAKE_NOT_FOUND: "check the endpoint, the api-version and the model or agent",
  HANDSHAKE_THROTTLED: "too many connections; retry later",
  HANDSHAKE_SERVER_ERROR: "the service failed; retry later",
  HANDSHAKE_FAILED: "the service refused the connection",
};

export function handshakeError(status: number, body: string, retryAfter: string | undefined): VoiceLiveConnectionError {
  if (status === 407) {
    return new VoiceLiveConnectionError("CONNECTION_FAILED", "the proxy refused the connection with HTTP 407 (it wants credentials: put them in the proxy URL)", { statusCode: status, responseBody: body });
  }
  const code: VoiceLiveErrorCode =
    status === 401 ? "HANDSHAKE_UNAUTHORIZED" : status === 403 ? "HANDSHAKE_FORBIDDEN" : status === 404 ? "HANDSHAKE_NOT_FOUND" : status === 429 ? "HANDSHAKE_THROTTLED" : status >= 500 ? "HANDSHAKE_SERVER_ERROR" : "HANDSHAKE_FAILED";
  const detail = body ? `: ${printable(body)}` : "";
  return new VoiceLiveConnectionError(code, `the handshake was refused with HTTP ${status} (${HINTS[code]})${detail}`, {
    statusCode: status,
    responseBody: body,
    retryAfterInMs: parseRetryAfter(retryAfter),
  });
}

/** `retry-after` in seconds or as an HTTP date, in milliseconds from now. */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The connection closed without this side asking: the server's close code and (printable) reason. */
export function closedUnexpectedly(code: number, reason: string): VoiceLiveConnectionError {
  return new VoiceLiveConnectionError("CONNECTION_CLOSED", `the connection closed unexpectedly (code ${code}${reason ? `: ${printable(reason, 123)}` : ""})`, { closeCode: code, closeReason: reason });
}

export function closedBeforeCreated(code: number, reason: string): VoiceLiveConnectionError {
  return new VoiceLiveConnectionError("CONNECTION_CLOSED", `the connection closed before session.created (code ${code}${reason ? `: ${printable(reason, 123)}` : ""})`, {
    closeCode: code,
    closeReason: reason,
  });
}

/** Why `close(code, reason)` cannot be sent, if it cannot: the codes and reason length the WebSocket protocol allows. */
export function badClose(code: number, reason: unknown): VoiceLiveError | undefined {
  if (!(code === 1000 || (code >= 3000 && code <= 4999)) || !Number.isInteger(code)) {
    return new VoiceLiveError("INVALID_ARGUMENT", `close code ${code} cannot be sent: use 1000 or 3000–4999`);
  }
  if (typeof reason !== "string" || new TextEncoder().encode(reason).length > 123) {
    return new VoiceLiveError("INVALID_ARGUMENT", "a close reason is a string of at most 123 bytes of UTF-8");
  }
  return undefined;
}
