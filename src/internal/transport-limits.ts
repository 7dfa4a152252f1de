/**
 * What the transports share about the failures a client detects itself (a message over the size
 * limit, a protocol violation, a ping flood): the limits, the session options that set them, and the
 * errors that report them with the close code the client sent. No `ws` here: the browser bundle
 * holds this file too.
 */
import { VoiceLiveConnectionError } from "../errors.js";

/**
 * The default `maxFrameBytes`. The protocol's largest legitimate message is a retrieved item with
 * ~15 MiB of audio, as base64 (a third larger) in JSON: about 20 MiB. 32 MiB leaves room for that, and
 * still refuses the 100 MiB that `ws` would otherwise take (a 100 MB audio delta took a client from
 * 61 to 623 MB of memory and blocked its event loop for 1.9 s). Never as low as 1 MiB: a 1.33 MiB
 * audio delta is ordinary.
 */
export const DEFAULT_MAX_FRAME_BYTES = 32 * 1024 * 1024;
/** `ws` reads its `maxPayload` as a 32-bit integer: a bigger one would silently mean no limit at all. */
export const LARGEST_MAX_FRAME_BYTES = 2 ** 31 - 1;

/**
 * A ping flood: more than this many pings within `PING_FLOOD_WINDOW_MS`. The service pings (if at all)
 * every few seconds; answering thousands a second costs the client a write each, and `ws` alone
 * either answers them all or, once 60 pongs wait unwritten, drops the connection without saying why.
 */
export const PING_FLOOD_COUNT = 100;
export const PING_FLOOD_WINDOW_MS = 1000;

/**
 * How long the closing handshake of a connection the client failed may take before the socket is
 * cut. The peer misbehaved already: a session should not wait `ws`'s 30 s to hear that it is over.
 */
export const FAILED_CLOSE_MS = 1000;

function bytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

/** A message over `maxFrameBytes`; `size` when it is known (a browser has the whole message, `ws` refuses it unread). */
export function frameTooLarge(limit: number, size?: number, cause?: unknown): VoiceLiveConnectionError {
  const what = size === undefined ? "a message" : `a message of ${size} bytes`;
  return new VoiceLiveConnectionError(
    "FRAME_TOO_LARGE",
    `the server sent ${what} over the limit of ${bytes(limit)} (the session option maxFrameBytes): the connection was closed with 1009; raise maxFrameBytes if the service's messages are really that big`,
    { closeCode: 1009, closeReason: "", cause },
  );
}

export function pingFlood(): VoiceLiveConnectionError {
  return new VoiceLiveConnectionError(
    "PING_FLOOD",
    `the server sent more than ${PING_FLOOD_COUNT} pings within ${PING_FLOOD_WINDOW_MS} ms: the connection was closed with 1008 (policy violation)`,
    { closeCode: 1008, closeReason: "ping flood" },
  );
}

/** What `ws` closes with for each of its frame errors, when its own status code cannot be read. */
function wsCloseCode(code: string): number {
  if (code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" || code === "WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH") return 1009;
  if (code === "WS_ERR_INVALID_UTF8") return 1007;
  if (code === "WS_ERR_TOO_MANY_BUFFERED_PARTS") return 1008;
  return 1002;
}

/** The close code `ws` attached to an error (under its private `kStatusCode` symbol) and closed the connection with. */
function attachedCloseCode(error: object): number | undefined {
  for (const key of Object.getOwnPropertySymbols(error)) {
    const value = (error as Record<symbol, unknown>)[key];
    if (key.description === "status-code" && typeof value === "number") return value;
  }
  return undefined;
}

/**
 * The failure a socket error means, when it is one the client detected in the server's frames (the
 * `WS_ERR_*` codes of `ws`, which then has already sent its close frame); undefined for any other error.
 */
export function frameFailure(error: unknown, limit: number): VoiceLiveConnectionError | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string" || !code.startsWith("WS_ERR_")) return undefined;
  const closeCode = attachedCloseCode(error as object) ?? wsCloseCode(code);
  if (closeCode === 1009) return frameTooLarge(limit, undefined, error);
  const what =
    code === "WS_ERR_INVALID_UTF8"
      ? "text that is not valid UTF-8"
      : `a frame that breaks the WebSocket protocol (${(error as Error).message ?? code})`;
  return new VoiceLiveConnectionError("PROTOCOL_ERROR", `the server sent ${what}: the connection was closed with ${closeCode}`, { closeCode, closeReason: "", cause: error });
}
