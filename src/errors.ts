/**
 * Errors. One root, `VoiceLiveError`, with a stable machine-readable `code`; subclasses by cause.
 * Every class sets `name`, and the `is…` guards check `name`, so they also work across two copies
 * of the package in one process.
 */
import type { ServerEventError } from "../generated/models.js";
import type { ValidationIssue } from "./validation.js";

/** Every error code this SDK raises. */
export type VoiceLiveErrorCode =
  /** The handshake was refused with 401. */
  | "HANDSHAKE_UNAUTHORIZED"
  /** The handshake was refused with 403. */
  | "HANDSHAKE_FORBIDDEN"
  /** The handshake was refused with 404: wrong endpoint, path or deployment. */
  | "HANDSHAKE_NOT_FOUND"
  /** The handshake was refused with 429; see `retryAfterInMs`. */
  | "HANDSHAKE_THROTTLED"
  /** The handshake was refused with a 5xx status. */
  | "HANDSHAKE_SERVER_ERROR"
  /** The handshake was refused with another status. */
  | "HANDSHAKE_FAILED"
  /** The connection could not be made (DNS, TCP, TLS, proxy). */
  | "CONNECTION_FAILED"
  /** The connection closed when the session did not ask for it; see `closeCode` and `closeReason`. */
  | "CONNECTION_CLOSED"
  /** The service did not answer a ping in time (and no other frame came): the connection was dropped as dead. */
  | "PING_TIMEOUT"
  /** An incoming message was over the session's `maxFrameBytes`: the client closed the connection with 1009. */
  | "FRAME_TOO_LARGE"
  /**
   * The server broke the WebSocket protocol: a text message (or close reason) that is not UTF-8 (`closeCode`
   * 1007), a malformed frame (1002), too many fragments (1008). The client closed the connection.
   */
  | "PROTOCOL_ERROR"
  /** The server sent pings faster than any service would: the client closed the connection with 1008. */
  | "PING_FLOOD"
  /** Reconnecting gave up: too many attempts, or one failed in a way retrying cannot fix (401, 403). See `cause`. */
  | "RECONNECT_FAILED"
  /** An event waiting to be written when the connection dropped; it was not sent, and may be sent again. */
  | "NOT_SENT"
  /** Too many bytes already wait for the connection to drain (`sendBuffer.maxQueuedBytes`); nothing was sent. */
  | "SEND_BUFFER_FULL"
  /** Audio was dropped, oldest first, because the connection was too slow (`sendBuffer.mode` `dropOldestAudio`); see `droppedFrames`, `droppedBytes`. */
  | "AUDIO_DROPPED"
  /** The token credential failed or returned no token. */
  | "AUTHENTICATION_FAILED"
  /** An outgoing event broke the schema of the session's API version; nothing was sent. */
  | "VALIDATION_FAILED"
  /** The service sent an `error` event. */
  | "SERVER_ERROR"
  /** An incoming known event broke the schema (only with incoming validation on); it was still delivered. */
  | "SCHEMA_MISMATCH"
  /** An incoming frame was not JSON, or had no string `type`. It was skipped. */
  | "INVALID_FRAME"
  /** A subscriber's or iterator's queue overflowed; see `droppedEvents`. */
  | "EVENT_BUFFER_OVERFLOW"
  /** A subscriber's handler threw or rejected. */
  | "HANDLER_FAILED"
  /** An operation did not finish in time. */
  | "TIMEOUT"
  /** An operation was aborted through its `AbortSignal`. */
  | "ABORTED"
  /** The session is not in a state that allows the operation (sending before connecting, say). */
  | "INVALID_STATE"
  /** An argument is wrong (an endpoint that is not a URL, a credential over plaintext, ...). */
  | "INVALID_ARGUMENT"
  /** `createPlayer` or `createRecorder` (`ai-voicelive/audio`) found no sox or ffmpeg to run. */
  | "AUDIO_TOOL_MISSING"
  /** A `TurnTaker` in `refuse` mode (`ai-voicelive/agent`) was asked for a response while one was active; nothing was sent. */
  | "RESPONSE_IN_PROGRESS";

/** The root of every error this SDK raises. */
export class VoiceLiveError extends Error {
  /** A stable, machine-readable code. */
  readonly code: VoiceLiveErrorCode;

  constructor(code: VoiceLiveErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "VoiceLiveError";
    this.code = code;
  }
}

/** The handshake failed, the connection could not be made, or it closed unexpectedly. */
export class VoiceLiveConnectionError extends VoiceLiveError {
  /** The HTTP status of a refused handshake. */
  readonly statusCode?: number;
  /** The body of a refused handshake (at most 4 KiB of it). */
  readonly responseBody?: string;
  /** `retry-after` of a refused handshake, in milliseconds. */
  readonly retryAfterInMs?: number;
  /** The WebSocket close code of an unexpected close (1006 when the connection dropped without one). */
  readonly closeCode?: number;
  /** The WebSocket close reason of an unexpected close. */
  readonly closeReason?: string;

  constructor(
    code: VoiceLiveErrorCode,
    message: string,
    details: { statusCode?: number; responseBody?: string; retryAfterInMs?: number; closeCode?: number; closeReason?: string; cause?: unknown } = {},
  ) {
    super(code, message, { cause: details.cause });
    this.name = "VoiceLiveConnectionError";
    this.statusCode = details.statusCode;
    this.responseBody = details.responseBody;
    this.retryAfterInMs = details.retryAfterInMs;
    this.closeCode = details.closeCode;
    this.closeReason = details.closeReason;
  }
}

/** The credential could not give a token. */
export class VoiceLiveAuthenticationError extends VoiceLiveError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("AUTHENTICATION_FAILED", message, options);
    this.name = "VoiceLiveAuthenticationError";
  }
}

/** An outgoing event broke the schema of the session's API version. Nothing was sent. */
export class VoiceLiveValidationError extends VoiceLiveError {
  /** The `type` of the rejected event. */
  readonly eventType: string;
  /** What is wrong, with paths in the models' camelCase names. */
  readonly issues: readonly ValidationIssue[];
  /** The API version whose schema was applied. */
  readonly apiVersion: string;

  constructor(eventType: string, issues: readonly ValidationIssue[], apiVersion: string) {
    super("VALIDATION_FAILED", `${eventType} was not sent: ${issues.map((i) => i.message).join("; ")} (api-version ${apiVersion})`);
    this.name = "VoiceLiveValidationError";
    this.eventType = eventType;
    this.issues = issues;
    this.apiVersion = apiVersion;
  }
}

/** The service answered with an `error` event. */
export class VoiceLiveServerError extends VoiceLiveError {
  /** The error's `type`, such as `invalid_request_error`. */
  readonly errorType: string;
  /** The service's error code, when it gave one. */
  readonly serverCode?: string;
  /** The parameter the service blames, when it named one. */
  readonly param?: string;
  /** The `event_id` of the client event that caused the error, when the service named it. */
  readonly causedByEventId?: string;
  /** The `type` of that client event, when this session sent it. */
  readonly causedByEventType?: string;
  /** The whole `error` event. */
  readonly event: ServerEventError;

  constructor(event: ServerEventError, causedByEventType?: string) {
    const e = event.error;
    const cause = e.eventId ? ` (caused by ${causedByEventType ?? "event"} ${e.eventId})` : "";
    super("SERVER_ERROR", `the service reported ${e.code ?? e.type}: ${e.message}${cause}`);
    this.name = "VoiceLiveServerError";
    this.errorType = e.type;
    this.serverCode = e.code ?? undefined;
    this.param = e.param ?? undefined;
    this.causedByEventId = e.eventId ?? undefined;
    this.causedByEventType = causedByEventType;
    this.event = event;
  }
}

function hasName(e: unknown, ...names: string[]): boolean {
  return e instanceof Error && names.includes(e.name) && typeof (e as { code?: unknown }).code === "string";
}

/** True for every error this SDK raises (checked by `name`, so it works across package copies). */
export function isVoiceLiveError(e: unknown): e is VoiceLiveError {
  return hasName(e, "VoiceLiveError", "VoiceLiveConnectionError", "VoiceLiveAuthenticationError", "VoiceLiveValidationError", "VoiceLiveServerError");
}

/** True for handshake, network and unexpected-close errors. */
export function isVoiceLiveConnectionError(e: unknown): e is VoiceLiveConnectionError {
  return hasName(e, "VoiceLiveConnectionError");
}

/** True when the credential failed. */
export function isVoiceLiveAuthenticationError(e: unknown): e is VoiceLiveAuthenticationError {
  return hasName(e, "VoiceLiveAuthenticationError");
}

/** True when an outgoing event was rejected by validation. */
export function isVoiceLiveValidationError(e: unknown): e is VoiceLiveValidationError {
  return hasName(e, "VoiceLiveValidationError");
}

/** True for an `error` event of the service. */
export function isVoiceLiveServerError(e: unknown): e is VoiceLiveServerError {
  return hasName(e, "VoiceLiveServerError");
}
