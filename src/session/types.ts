/**
 * The public types of a session: its options, handlers and what they are told. Kept apart from the
 * code, so that each part of the session imports only the types, and the facade stays small.
 */
import type { OperationTracingOptions } from "@azure/core-tracing";
import type { RequestSession, ServerEvent, ServerEventMap, UnknownServerEvent } from "../../generated/models.js";
import type { ServerEventIn, ServerEventTypeIn } from "../../generated/version-types.js";
import type { serverEventHandlerNames } from "../../generated/tables.js";
import type { VoiceLiveError } from "../errors.js";
import type { HandshakeHeaders } from "../internal/auth.js";
import type { SendBufferOptions } from "../internal/send-queue.js";
import type { TransportFactory } from "../transport.js";
import type { VoiceLiveSession } from "../session.js";

/** The life cycle of a session. */
export type SessionState = "idle" | "connecting" | "connected" | "reconnecting" | "closing" | "closed";

/**
 * Any event the server may send: a known, typed one, or one of an unknown type as wire JSON. The
 * session's own APIs (`events()`, `onServerEvent`, `waitFor`) are typed with `ServerEvent`, so that a
 * `switch (event.type)` narrows; events of unknown types still arrive there, told apart by
 * `isUnknownServerEvent`.
 */
export type AnyServerEvent = ServerEvent | UnknownServerEvent;

/** Settings of one session. */
export interface VoiceLiveSessionOptions {
  /** Check each outgoing event against the schema of the API version before sending it. Default `"on"`. */
  validation?: "on" | "off";
  /** Check incoming known events against the schema too, reporting `SCHEMA_MISMATCH` through `onError`. Default false. */
  validateIncoming?: boolean;
  /** How many undelivered events a subscriber, an iterator, or the buffer before the first subscriber may hold. Default 10,000. */
  maxQueuedEvents?: number;
  /** Time allowed for the opening handshake and `session.created`, when `connect` is given none. Default 30 s. */
  connectTimeoutInMs?: number;
  /** Time allowed for the closing handshake before the socket is cut. Default 5 s. */
  closeTimeoutInMs?: number;
  /** Flow control of sends: high- and low-water marks, and whether sends wait or old audio is dropped. */
  sendBuffer?: SendBufferOptions;
  /** How often to ping the service (Node only; browsers cannot ping). 0 turns pings off. Default 30 s. */
  pingIntervalInMs?: number;
  /** How long a ping may go unanswered (with no other frame arriving) before the connection is declared dead. Default 10 s. */
  pongTimeoutInMs?: number;
  /** Reconnect after an unexpected drop. Off by default; `true` takes the defaults of `ReconnectOptions`. */
  reconnect?: boolean | ReconnectOptions;
  /**
   * Retry the first connect when the service refuses the handshake with 429 or 5xx, honouring its
   * `retry-after`, with the backoff rules of `reconnect`, all within the connect timeout. Off by
   * default; `true` takes the defaults of `ConnectRetryOptions`.
   */
  connectRetry?: boolean | ConnectRetryOptions;
  /**
   * The largest frame the service may send, in bytes. A larger one closes the connection with 1009
   * and a `FRAME_TOO_LARGE` error. Default 32 MiB: the largest legitimate frame is a retrieved item
   * with about 15 MiB of audio as base64. In Node the limit holds while the frame is read; a browser
   * can only check it after the whole frame has arrived.
   */
  maxFrameBytes?: number;
  /**
   * Opens the socket: the default is `ws` in Node and the native `WebSocket` in browsers. Pass one
   * to bring another WebSocket implementation (Deno, Bun, React Native): `webSocketTransport(TheirWebSocket)`,
   * or a `TransportFactory` of your own.
   */
  transport?: TransportFactory;
  /**
   * Tracing through `@azure/core-tracing`: `tracingContext` is the parent of the session's spans.
   * Spans are made only when an instrumenter is registered (such as
   * `@azure/opentelemetry-instrumentation-azure-sdk`); see docs/tracing.md.
   */
  tracingOptions?: OperationTracingOptions;
  /**
   * Put conversation content on spans: response transcripts and the service's error messages.
   * Off by default: spans then carry no audio, text, instructions or tool arguments.
   */
  enableContentRecording?: boolean;
}

/** The backoff shared by reconnecting and retrying a first connect. */
export interface BackoffOptions {
  /** Attempts before giving up. Default 5 for reconnecting, 3 for a first connect. */
  maxAttempts?: number;
  /** The backoff before the first attempt; it doubles with each attempt, and half of it is random (jitter). Default 500 ms. */
  initialDelayInMs?: number;
  /** The longest backoff. Default 15 s. */
  maxDelayInMs?: number;
}

/** Settings of retrying the first connect. */
export type ConnectRetryOptions = BackoffOptions;

/** Settings of reconnecting. */
export interface ReconnectOptions extends BackoffOptions {
  /**
   * Reconnect ahead of the service's session length limit: this long before the `expiresAt` of
   * `session.created` (or before 60 minutes, when the service sends none), once no response is in
   * progress. Off by default.
   */
  recycleBeforeExpiryInMs?: number;
  /**
   * Whether to reconnect after a drop. By default: after close codes 1001, 1005, 1006 (a dropped
   * connection or a missed pong), 1011, 1012, 1013 and 1014; never after 1000, 1008 (policy), other
   * 1xxx codes or 4xxx codes, which the service uses on purpose.
   */
  shouldReconnect?: (drop: { code: number; reason: string; error: VoiceLiveError }) => boolean;
}

/** What `onReconnecting` gets: an attempt is about to be made, after `delayInMs`. */
export interface ReconnectingInfo {
  /** 1 for the first attempt after a drop. */
  attempt: number;
  maxAttempts: number;
  delayInMs: number;
  /** `dropped`: the connection was lost; `recycle`: the session length limit is near. */
  reason: "dropped" | "recycle";
  /** Why the connection was lost, or why the previous attempt failed. */
  error?: VoiceLiveError;
}

/**
 * What `onReconnected` gets. The server session is a NEW one: the conversation, its items and any
 * response in progress are gone; only the session config was sent again.
 */
export interface ReconnectedInfo {
  /** Attempts it took. 1 means the first one succeeded. */
  attempts: number;
  /** The new server session's id. */
  sessionId?: string;
  /** The id of the server session that was lost. */
  previousSessionId?: string;
  /** Whether a session config was sent again (`session.update` with everything this session had sent). */
  configResent: boolean;
}

/** Options of `connect`. */
export interface ConnectOptions {
  abortSignal?: AbortSignal;
  /** Time allowed until `session.created`. Defaults to the session's `connectTimeoutInMs`. */
  timeoutInMs?: number;
}

/** What a handler gets besides the event. */
export interface EventContext {
  session: VoiceLiveSession;
}

export type Awaitable = void | Promise<void>;
type Names = typeof serverEventHandlerNames;
type HandlerName = Names[keyof Names];
type HandlerEvent<H extends HandlerName> = ServerEventMap[{ [K in keyof Names]: Names[K] extends H ? K : never }[keyof Names]];
/** The handlers of the server event types of api-version `V` (of every version unless `V` is a label such as `v1`). */
type HandlerNameIn<V extends string> = Names[ServerEventTypeIn<V> & keyof Names];

/**
 * One handler per known server event type (`onResponseAudioDelta`, `onServerError`, ...), plus
 * session-level ones. Under a label api-version (`V` = `"v1"`) only that version's event handlers exist
 * (`onResponseOutputAudioDelta`, not `onResponseAudioDelta`).
 */
export type VoiceLiveSessionHandlers<V extends string = string> = {
  [H in HandlerNameIn<V>]?: (event: HandlerEvent<H>, context: EventContext) => Awaitable;
} & {
  /**
   * Every server event. Runs before the per-type handler. `switch (event.type)` narrows to the known
   * events; an event of a type this SDK does not know arrives too, as its wire JSON, in the `default`
   * branch (`isUnknownServerEvent(event)` tells).
   */
  onServerEvent?: (event: ServerEventIn<V>, context: EventContext) => Awaitable;
  /** The session is connected (`session.created` arrived). */
  onConnected?: (context: EventContext) => Awaitable;
  /** The connection closed for good, with the real close code and reason. */
  onDisconnected?: (info: { code: number; reason: string; error?: VoiceLiveError }, context: EventContext) => Awaitable;
  /** The connection was lost (or is being recycled) and an attempt to reconnect follows. */
  onReconnecting?: (info: ReconnectingInfo, context: EventContext) => Awaitable;
  /** Connected again, to a NEW server session. */
  onReconnected?: (info: ReconnectedInfo, context: EventContext) => Awaitable;
  /** The SDK's own errors: bad frames, throwing handlers, overflow, dropped audio, schema mismatches, unexpected closes. */
  onError?: (error: VoiceLiveError, context: EventContext) => Awaitable;
};

/** A subscription; `close()` stops its deliveries. */
export interface VoiceLiveSubscription {
  close(): void;
}

/** Options of `events()`. */
export interface EventIteratorOptions {
  /** Queue bound of this iterator. Defaults to the session's `maxQueuedEvents`. */
  maxQueuedEvents?: number;
  /** On overflow, drop the oldest events (reported as an `EVENT_BUFFER_OVERFLOW` error to `onError`) instead of ending the iterator. */
  dropOldest?: boolean;
}

/** Options of `waitFor`. */
export interface WaitForOptions<E> {
  predicate?: (event: E) => boolean;
  timeoutInMs?: number;
  abortSignal?: AbortSignal;
  /**
   * Also match the latest event of that type that arrived before the call (if it matches the
   * predicate), resolving at once. Without it only events after the call count, so an event that
   * came while the caller was busy is missed. Events that carry audio are not kept for this.
   */
  includeLatest?: boolean;
}

/** Everything the client prepares for a session. */
export interface SessionConnection {
  url: URL;
  headers: HandshakeHeaders;
  apiVersion: string;
  /** A config to send with `session.update` right after connecting (`startSession` with a `RequestSession`). */
  initialSession?: RequestSession;
  /** Browsers: the caller allowed the credential in the URL's query (browsers cannot send headers). */
  credentialInUrl?: boolean;
}
