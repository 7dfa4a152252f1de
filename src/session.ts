/**
 * `VoiceLiveSession`: one WebSocket conversation with Voice Live.
 *
 * States: idle (created) → connecting → connected (after `session.created`) → closing → closed, and,
 * with reconnect on, connected → reconnecting → connected after a drop.
 * Outgoing events get an `event_id`, are serialized and validated for the session's API version,
 * and only then written, through a flow-controlled queue. Incoming frames are parsed, turned into
 * typed models, and delivered to each subscriber and iterator in wire order, through a bounded
 * queue each.
 */
import type {
  ClientEvent,
  RequestSession,
  ServerEvent,
  ServerEventError,
  ServerEventMap,
  UnknownClientEvent,
  UnknownEventType,
  UnknownServerEvent,
} from "../generated/models.js";
import { SessionSendMethods, type SendOptions } from "../generated/senders.js";
import { deserializeServerEvent, serializeClientEvent } from "../generated/serializers.js";
import { serverEventHandlerNames, sessionUpdateEvent } from "../generated/tables.js";
import { isKnownServerEventType } from "./events.js";
import { loadValidators } from "./validators.js";
import {
  VoiceLiveConnectionError,
  VoiceLiveError,
  VoiceLiveServerError,
  VoiceLiveValidationError,
  type VoiceLiveErrorCode,
} from "./errors.js";
import type { HandshakeHeaders } from "./internal/auth.js";
import { OrderedQueue } from "./internal/delivery.js";
import { isLoggerLoaded, loadLogger, logger } from "./internal/logger.js";
import { proxyAgentFor } from "./internal/proxy.js";
import { SendQueue, sendAborted, type SendBufferOptions, type SendStats } from "./internal/send-queue.js";
import { openTransport, type Transport, type TransportEvents } from "./internal/transport.js";
import type { WireObject } from "./runtime/convert.js";
import { validateWireEvent } from "./validation.js";
import { resolveApiVersion, type ApiVersion } from "./versions.js";

export type { SendBufferOptions, SendStats } from "./internal/send-queue.js";

// `await using session = ...` needs `Symbol.asyncDispose` (ES2024 explicit resource management). It is
// declared here too, so that these declarations compile for a consumer whose `lib` predates it and
// who has no @types/node (a browser app): a repeated declaration of it merges with lib's and Node's.
declare global {
  interface SymbolConstructor {
    readonly asyncDispose: unique symbol;
  }
}

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
}

/** Settings of reconnecting. */
export interface ReconnectOptions {
  /** Attempts after one drop before giving up. Default 5. */
  maxAttempts?: number;
  /** The backoff before the first attempt; it doubles with each attempt, and half of it is random (jitter). Default 500 ms. */
  initialDelayInMs?: number;
  /** The longest backoff. Default 15 s. */
  maxDelayInMs?: number;
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

type Awaitable = void | Promise<void>;
type HandlerName = (typeof serverEventHandlerNames)[keyof typeof serverEventHandlerNames];
type HandlerEvent<H extends HandlerName> = ServerEventMap[{ [K in keyof typeof serverEventHandlerNames]: (typeof serverEventHandlerNames)[K] extends H ? K : never }[keyof typeof serverEventHandlerNames]];

/** One handler per known server event type (`onResponseAudioDelta`, `onServerError`, ...), plus session-level ones. */
export type VoiceLiveSessionHandlers = {
  [H in HandlerName]?: (event: HandlerEvent<H>, context: EventContext) => Awaitable;
} & {
  /**
   * Every server event. Runs before the per-type handler. `switch (event.type)` narrows to the known
   * events; an event of a type this SDK does not know arrives too, as its wire JSON, in the `default`
   * branch (`isUnknownServerEvent(event)` tells).
   */
  onServerEvent?: (event: ServerEvent, context: EventContext) => Awaitable;
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
}

type Delivery =
  | { kind: "event"; event: ServerEvent }
  | { kind: "connected" }
  | { kind: "disconnected"; code: number; reason: string; error?: VoiceLiveError }
  | { kind: "reconnecting"; info: ReconnectingInfo }
  | { kind: "reconnected"; info: ReconnectedInfo }
  | { kind: "end"; error?: VoiceLiveError }
  | { kind: "error"; error: VoiceLiveError };

interface Consumer {
  queue: OrderedQueue<Delivery>;
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

type Timer = ReturnType<typeof setTimeout>;

/** A pending `waitFor`: hears each event, and the session's end. */
interface Waiter {
  event(event: ServerEvent): void;
  closed(error: VoiceLiveError): void;
}

const DEFAULT_QUEUE = 10_000;
const RECENT_SENT = 256;
/** The service's documented longest session, for recycling when `session.created` names no expiry. */
const SESSION_LIMIT_MS = 60 * 60_000;
const RECONNECTABLE_CODES: ReadonlySet<number> = new Set([1001, 1005, 1006, 1011, 1012, 1013, 1014]);
const FATAL_CODES: ReadonlySet<VoiceLiveErrorCode> = new Set(["HANDSHAKE_UNAUTHORIZED", "HANDSHAKE_FORBIDDEN", "VALIDATION_FAILED", "INVALID_ARGUMENT"]);

export class VoiceLiveSession extends SessionSendMethods {
  /** The api-version sent to the service. */
  readonly apiVersion: string;
  /** The modelled version whose schema validates this session's events. */
  readonly schemaVersion: ApiVersion;
  private _state: SessionState = "idle";
  private transport?: Transport;
  private _sessionId?: string;
  private readonly options: Required<Omit<VoiceLiveSessionOptions, "validateIncoming" | "sendBuffer" | "reconnect">> & { validateIncoming: boolean };
  private readonly reconnectOptions?: Required<Omit<ReconnectOptions, "recycleBeforeExpiryInMs" | "shouldReconnect">> & ReconnectOptions;
  private readonly sendQueue: SendQueue;
  /** Replaced, never mutated, on (un)subscribe: a delivery loop may run over it while a handler subscribes. */
  private consumers: readonly Consumer[] = [];
  private backlog: Delivery[] = [];
  private backlogDropped = 0;
  // Made when first needed: most sessions never wait for an event or report a mismatch, and an empty
  // Map or Set is ~150 bytes of every idle session.
  /** The pending `waitFor` calls. */
  private waiters?: Set<Waiter>;
  /** The types of recently sent client events by `event_id`, to name the cause of an `error` event. */
  private recentSent?: Map<string, string>;
  /** Schema mismatches reported already (`validateIncoming`), by event type and path. */
  private reportedMismatches?: Set<string>;
  /** The realtime URL; a `URL` object (with its parsed query) is made for each handshake rather than kept. */
  private readonly href: string;
  private readonly connection: Omit<SessionConnection, "url">;
  private readonly idPrefix = `evt_${Math.random().toString(36).slice(2, 8)}_`;
  private idCounter = 0;
  private connecting?: Promise<void>;
  private closing?: Promise<void>;
  private userClosed = false;
  private finished = false;
  /** Everything sent with `session.update`, merged as the service merges it: what a reconnect sends again. */
  private sessionConfig?: Record<string, unknown>;
  /** Why the current connection is being dropped by this side (a missed pong), if it is. */
  private dropError?: VoiceLiveError;
  private onTransportClosed?: () => void;
  private pingTimer?: Timer;
  private pongTimer?: Timer;
  private recycleTimer?: Timer;
  private recycleDue = false;
  private recycling = false;
  private activeResponses = 0;
  private reconnectAttempt = 0;
  private previousSessionId?: string;
  private reconnection?: Promise<void>;
  private stopReconnect?: () => void;

  constructor(connection: SessionConnection, options: VoiceLiveSessionOptions = {}) {
    super();
    const { url, ...rest } = connection;
    this.href = url.href;
    this.connection = rest;
    this.apiVersion = connection.apiVersion;
    this.schemaVersion = resolveApiVersion(connection.apiVersion);
    this.options = {
      validation: options.validation ?? "on",
      validateIncoming: options.validateIncoming ?? false,
      maxQueuedEvents: options.maxQueuedEvents ?? DEFAULT_QUEUE,
      connectTimeoutInMs: options.connectTimeoutInMs ?? 30_000,
      closeTimeoutInMs: options.closeTimeoutInMs ?? 5_000,
      pingIntervalInMs: options.pingIntervalInMs ?? 30_000,
      pongTimeoutInMs: options.pongTimeoutInMs ?? 10_000,
    };
    const reconnect = options.reconnect === true ? {} : options.reconnect || undefined;
    if (reconnect) {
      this.reconnectOptions = { ...reconnect, maxAttempts: reconnect.maxAttempts ?? 5, initialDelayInMs: reconnect.initialDelayInMs ?? 500, maxDelayInMs: reconnect.maxDelayInMs ?? 15_000 };
    }
    this.sendQueue = new SendQueue(options.sendBuffer ?? {}, (frames, bytes) => this.enqueue({ kind: "error", error: audioDropped(frames, bytes) }));
  }

  /** Where the session is in its life cycle. */
  get state(): SessionState {
    return this._state;
  }

  /** The service's id of this session, from `session.created` (a new one after each reconnect). */
  get sessionId(): string | undefined {
    return this._sessionId;
  }

  /** Counters of the send path: what waits for the connection to drain, and the audio dropped. */
  get sendStats(): SendStats {
    return this.sendQueue.stats;
  }

  // ---------------------------------------------------------------- connection

  /**
   * Opens the WebSocket and resolves when `session.created` has arrived. A session created with a
   * config sends it then, and resolves when the service confirms it with `session.updated` (or
   * rejects with the service's `error`, and closes). Calling it again while it runs returns the same
   * promise.
   */
  connect(options: ConnectOptions = {}): Promise<void> {
    if ((this._state === "connecting" || this._state === "connected" || this._state === "reconnecting") && this.connecting) return this.connecting;
    if (this._state !== "idle") return Promise.reject(this.stateError("connect"));
    this.connecting = this.open(options);
    return this.connecting;
  }

  private async open({ abortSignal, timeoutInMs = this.options.connectTimeoutInMs }: ConnectOptions): Promise<void> {
    const logReady = isLoggerLoaded();
    this.setState("connecting");
    let timer: Timer | undefined;
    let onAbort: (() => void) | undefined;
    try {
      if (abortSignal?.aborted) throw aborted("connect");
      if (!logReady) {
        await loadLogger();
        logger.info("session state idle → connecting");
      }
      if (this.options.validation === "on" || this.options.validateIncoming) await loadValidators(this.schemaVersion);
      const stop = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new VoiceLiveError("TIMEOUT", `connecting took longer than ${timeoutInMs} ms`)), timeoutInMs);
        onAbort = () => reject(aborted("connect"));
        abortSignal?.addEventListener("abort", onAbort, { once: true });
      });
      await Promise.race([this.handshake(abortSignal), stop]);
      const initial = this.connection.initialSession;
      if (initial) await Promise.race([this.configure(initial, { abortSignal }), stop]);
    } catch (e) {
      const error =
        this.userClosed
          ? new VoiceLiveError("ABORTED", "connect was aborted: the session was closed", { cause: e })
          : e instanceof VoiceLiveError
            ? e
            : new VoiceLiveError("CONNECTION_FAILED", String(e), { cause: e });
      // Connected, but the config was refused or its confirmation did not come: close properly.
      if (this._state === "connected") await this.closeTransport(1000, "the session config was not applied");
      this.detachTransport(true);
      this.finish(error);
      throw error;
    } finally {
      clearTimeout(timer);
      if (onAbort) abortSignal?.removeEventListener("abort", onAbort);
    }
  }

  /** Headers, handshake, and the wait for `session.created` (of a first connection or a reconnection). */
  private async handshake(abortSignal?: AbortSignal): Promise<void> {
    const url = new URL(this.href);
    const state = this._state;
    const [headers, agent] = await Promise.all([this.connection.headers.forUrl(url, abortSignal), proxyAgentFor(url)]);
    if (this._state !== state || this.userClosed) throw aborted("connect");
    const { established, events } = this.connectionEvents(url.host);
    const transport = openTransport({ url, headers, agent, credentialInUrl: this.connection.credentialInUrl }, events);
    this.transport = transport;
    this.sendQueue.attach(transport);
    return established;
  }

  /**
   * What a new transport reports to this session. `established` settles with the handshake: it
   * resolves on `session.created`, or rejects with why the connection failed before it. (A method
   * of its own, so that the connection's callbacks keep only the host, not the URL and the headers.)
   */
  private connectionEvents(host: string): { established: Promise<void>; events: TransportEvents } {
    let created = false;
    let refused: VoiceLiveError | undefined;
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const established = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const events: TransportEvents = {
      open: () => logger.info(`socket open to ${host}`),
      text: (data) => {
        const event = this.receive(data);
        if (!created && event?.type === "session.created") {
          created = true;
          resolve();
        }
      },
      binary: (size) => this.enqueue({ kind: "error", error: new VoiceLiveError("INVALID_FRAME", `the server sent a binary frame of ${size} bytes; Voice Live speaks JSON text`) }),
      refused: (status, body, retryAfter) => {
        refused = handshakeError(status, body, retryAfter);
        reject(refused);
      },
      error: (err) => {
        if (!created) reject(new VoiceLiveConnectionError("CONNECTION_FAILED", `could not connect to ${host}: ${err.message}`, { cause: err }));
        else logger.warning(`socket error: ${err.message}`);
      },
      pong: () => this.alive(),
      close: (code, reason) => {
        if (!created) {
          reject(
            refused ??
              new VoiceLiveConnectionError("CONNECTION_CLOSED", `the connection closed before session.created (code ${code}${reason ? `: ${reason}` : ""})`, { closeCode: code, closeReason: reason }),
          );
          return;
        }
        this.onSocketClosed(code, reason);
      },
    };
    return { established, events };
  }

  /** Forgets the transport (dropping the connection too, with `terminate`). */
  private detachTransport(terminate: boolean): void {
    const transport = this.transport;
    if (!transport) return;
    transport.detach(terminate);
    this.transport = undefined;
    this.stopTimers();
  }

  private onSocketClosed(code: number, reason: string): void {
    const state = this._state;
    this.detachTransport(false);
    this.onTransportClosed?.();
    const recycle = this.recycling;
    this.recycling = false;
    const error =
      this.userClosed || recycle
        ? undefined
        : (this.dropError ??
        new VoiceLiveConnectionError("CONNECTION_CLOSED", `the connection closed unexpectedly (code ${code}${reason ? `: ${reason}` : ""})`, { closeCode: code, closeReason: reason }));
    this.dropError = undefined;
    // Handed back: every send still waiting rejects, and its caller may send it again.
    this.sendQueue.failAll(
      (type) => new VoiceLiveConnectionError("NOT_SENT", `${type} was not sent: the connection closed (code ${code}) before it could be written`, { closeCode: code, closeReason: reason }),
    );
    if (state === "connected" && !this.userClosed && this.reconnectOptions && (recycle || (error && this.wantsReconnect(code, reason, error)))) {
      this.previousSessionId = this._sessionId;
      this.rejectWaiters(error ?? new VoiceLiveError("INVALID_STATE", "the connection was recycled: the server session it had is gone"));
      this.reconnection = this.reconnect(recycle ? "recycle" : "dropped", error, code, reason);
      return;
    }
    if (error) this.enqueue({ kind: "error", error });
    this.enqueue({ kind: "disconnected", code, reason, error });
    this.finish(error);
  }

  private wantsReconnect(code: number, reason: string, error: VoiceLiveError): boolean {
    const decide = this.reconnectOptions?.shouldReconnect;
    if (!decide) return RECONNECTABLE_CODES.has(code);
    try {
      return decide({ code, reason, error });
    } catch (e) {
      this.enqueue({ kind: "error", error: new VoiceLiveError("HANDLER_FAILED", `shouldReconnect threw: ${String(e)}`, { cause: e }) });
      return false;
    }
  }

  /** The reconnect loop: backoff with jitter, a fresh handshake (and token) per attempt, the config sent again. */
  private async reconnect(reason: "dropped" | "recycle", cause: VoiceLiveError | undefined, code: number, closeReason: string): Promise<void> {
    const { maxAttempts, initialDelayInMs, maxDelayInMs } = this.reconnectOptions!;
    this.setState("reconnecting");
    let last = cause;
    let retryAfter = 0;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const base = Math.min(maxDelayInMs, initialDelayInMs * 2 ** (attempt - 1));
      const delayInMs = reason === "recycle" && attempt === 1 ? 0 : Math.max(retryAfter, Math.round(base / 2 + Math.random() * (base / 2)));
      this.enqueue({ kind: "reconnecting", info: { attempt, maxAttempts, delayInMs, reason, error: last } });
      logger.info(`reconnecting: attempt ${attempt} of ${maxAttempts} in ${delayInMs} ms`);
      // close() aborts the backoff and the attempt alike, a token request included.
      const abort = new AbortController();
      this.stopReconnect = () => abort.abort();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delayInMs);
        abort.signal.addEventListener("abort", () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (this.userClosed) break;
      this.reconnectAttempt = attempt;
      let timer: Timer | undefined;
      try {
        const stop = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new VoiceLiveError("TIMEOUT", `reconnecting took longer than ${this.options.connectTimeoutInMs} ms`)), this.options.connectTimeoutInMs);
          abort.signal.addEventListener("abort", () => reject(aborted("reconnect")));
        });
        await Promise.race([this.handshake(abort.signal), stop]);
        return; // receive() made the session connected, sent the config again and reported onReconnected.
      } catch (e) {
        this.detachTransport(true);
        last = e instanceof VoiceLiveError ? e : new VoiceLiveError("CONNECTION_FAILED", String(e), { cause: e });
        retryAfter = (last as VoiceLiveConnectionError).retryAfterInMs ?? 0;
        if (this.userClosed || FATAL_CODES.has(last.code)) break;
      } finally {
        clearTimeout(timer);
        this.stopReconnect = undefined;
      }
    }
    if (this.userClosed) {
      this.enqueue({ kind: "disconnected", code, reason: closeReason });
      this.finish();
      return;
    }
    const error = new VoiceLiveConnectionError(
      "RECONNECT_FAILED",
      `could not reconnect after ${this.reconnectAttempt} attempt${this.reconnectAttempt === 1 ? "" : "s"}: ${last?.message ?? "unknown error"}`,
      { cause: last, statusCode: (last as VoiceLiveConnectionError | undefined)?.statusCode, closeCode: code, closeReason },
    );
    this.enqueue({ kind: "error", error });
    this.enqueue({ kind: "disconnected", code, reason: closeReason, error });
    this.finish(error);
  }

  /** Connected again (`session.created` of the new connection): the config goes out first, then the news. */
  private reconnected(): ReconnectedInfo {
    const config = this.sessionConfig;
    if (config) {
      this.sendWireEvent({ type: sessionUpdateEvent.type, [sessionUpdateEvent.field]: config }).catch((e: unknown) => {
        this.enqueue({ kind: "error", error: e instanceof VoiceLiveError ? e : new VoiceLiveError("NOT_SENT", `the session config could not be sent again: ${String(e)}`, { cause: e }) });
      });
    }
    return { attempts: this.reconnectAttempt, sessionId: this._sessionId, previousSessionId: this.previousSessionId, configResent: config !== undefined };
  }

  // ------------------------------------------------ liveness and recycling

  /** Starts pinging, and the recycle timer, on a new connection. */
  private startTimers(created: ServerEventMap["session.created"]): void {
    const interval = this.options.pingIntervalInMs;
    if (interval > 0 && this.transport?.canPing) {
      this.pingTimer = setInterval(() => this.ping(), interval);
      unref(this.pingTimer);
    }
    const margin = this.reconnectOptions?.recycleBeforeExpiryInMs;
    if (margin !== undefined) {
      const expires = created.session?.expiresAt?.getTime() ?? Date.now() + SESSION_LIMIT_MS;
      this.activeResponses = 0;
      this.recycleTimer = setTimeout(() => this.recycle(), Math.max(0, expires - margin - Date.now()));
      unref(this.recycleTimer);
    }
  }

  private stopTimers(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    clearTimeout(this.recycleTimer);
    this.pingTimer = this.pongTimer = this.recycleTimer = undefined;
    this.recycleDue = false;
  }

  private ping(): void {
    if (this.pongTimer || !this.transport) return;
    this.transport.ping();
    const timer = setTimeout(() => {
      // Timers run before I/O: a starved event loop may hold a pong that has arrived but not been
      // read. Look again once pending I/O has been read.
      afterIo(() => {
        if (this.pongTimer === timer) this.dead();
      });
    }, this.options.pongTimeoutInMs);
    this.pongTimer = timer;
    unref(timer);
  }

  /** A pong, or any frame: the peer is alive. */
  private alive(): void {
    if (this.pongTimer) {
      clearTimeout(this.pongTimer);
      this.pongTimer = undefined;
    }
  }

  private dead(): void {
    this.pongTimer = undefined;
    const transport = this.transport;
    if (!transport || this._state !== "connected") return;
    this.dropError = new VoiceLiveConnectionError("PING_TIMEOUT", `the service did not answer a ping within ${this.options.pongTimeoutInMs} ms: the connection is dead, and was dropped`, {
      closeCode: 1006,
    });
    logger.warning(this.dropError.message);
    transport.terminate();
  }

  private recycle(): void {
    this.recycleTimer = undefined;
    if (this._state !== "connected" || !this.transport) return;
    if (this.activeResponses > 0) {
      this.recycleDue = true; // once the responses in progress are done
      return;
    }
    this.recycleDue = false;
    this.recycling = true;
    logger.info("recycling the connection before the session length limit");
    const transport = this.transport;
    const timer = setTimeout(() => transport.terminate(), this.options.closeTimeoutInMs);
    unref(timer);
    this.onTransportClosed = () => {
      clearTimeout(timer);
      this.onTransportClosed = undefined;
    };
    transport.close(1000, "recycling before the session length limit");
  }

  /** The session is over: state `closed`, waiters rejected, iterators ended (with the error, if any). */
  private finish(error?: VoiceLiveError): void {
    if (this._state === "closed" && this.finished) return;
    this.finished = true;
    this.stopTimers();
    this.setState("closed");
    this.rejectWaiters(error ?? new VoiceLiveError("INVALID_STATE", "the session closed"));
    for (const c of this.consumers) c.queue.push({ kind: "end", error });
  }

  /**
   * Closes the session with a close code (default 1000) and reason. Safe to call more than once and
   * in any state; resolves when the socket is closed. Stops a reconnect in progress.
   */
  close(code = 1000, reason = ""): Promise<void> {
    if (this.closing) return this.closing;
    // Refuse what the WebSocket protocol refuses, before anything changes.
    if (!(code === 1000 || (code >= 3000 && code <= 4999)) || !Number.isInteger(code)) {
      return Promise.reject(new VoiceLiveError("INVALID_ARGUMENT", `close code ${code} cannot be sent: use 1000 or 3000–4999`));
    }
    if (new TextEncoder().encode(reason).length > 123) {
      return Promise.reject(new VoiceLiveError("INVALID_ARGUMENT", "a close reason is at most 123 bytes of UTF-8"));
    }
    this.userClosed = true;
    this.closing = this.shutdown(code, reason);
    return this.closing;
  }

  private async shutdown(code: number, reason: string): Promise<void> {
    const transport = this.transport;
    if (this._state === "reconnecting") {
      this.stopReconnect?.();
      transport?.terminate();
      await this.reconnection;
      return;
    }
    if (this._state === "idle" || this._state === "closed" || !transport) {
      if (this._state !== "connecting") this.finish();
      await this.connecting?.catch(() => {});
      return;
    }
    if (this._state === "connecting") {
      transport.terminate();
      await this.connecting?.catch(() => {});
      return;
    }
    await this.closeTransport(code, reason);
  }

  /** The closing handshake, cut short after `closeTimeoutInMs`. */
  private async closeTransport(code: number, reason: string): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    this.setState("closing");
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => transport.terminate(), this.options.closeTimeoutInMs);
      this.onTransportClosed = () => {
        clearTimeout(timer);
        this.onTransportClosed = undefined;
        resolve();
      };
      transport.close(code, reason);
    });
  }

  /** Closes the session (1000). */
  dispose(): Promise<void> {
    return this.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private setState(state: SessionState): void {
    if (this._state === state) return;
    logger.info(`session state ${this._state} → ${state}`);
    this._state = state;
  }

  private stateError(what: string): VoiceLiveError {
    return new VoiceLiveError("INVALID_STATE", `cannot ${what}: the session is ${this._state}${this._state === "idle" ? " (call connect() first)" : ""}`);
  }

  // ---------------------------------------------------------------- sending

  /**
   * Sends any client event. It gets an `event_id` if it has none, is validated for the session's
   * API version (unless validation is off), and only then written. An invalid event rejects with
   * `VoiceLiveValidationError` and nothing is sent; the session stays usable.
   */
  sendEvent(event: ClientEvent | UnknownClientEvent): Promise<void> {
    let wire: Record<string, unknown>;
    try {
      wire = serializeClientEvent(event);
      // An event of an unknown type comes back as it was given: copy it before adding an event_id.
      if (wire === (event as object)) wire = { ...wire };
    } catch (e) {
      return Promise.reject(new VoiceLiveError("INVALID_ARGUMENT", `the event could not be serialized: ${(e as Error).message}`, { cause: e }));
    }
    return this.sendWireEvent(wire);
  }

  /** Gives a client event in wire form its id, validates it for the session's API version, and writes it. */
  protected sendWireEvent(wire: WireObject, options?: SendOptions): Promise<void> {
    if (options?.abortSignal?.aborted) return Promise.reject(sendAborted(String(wire.type), options.abortSignal));
    if (this._state !== "connected" || !this.transport) {
      // Live capture in dropOldestAudio mode keeps going through a reconnect: its audio is counted as dropped.
      if (this._state === "reconnecting" && this.sendQueue.dropWhileDisconnected(wire)) return Promise.resolve();
      return Promise.reject(this.stateError(`send ${String(wire.type)}`));
    }
    if (wire.event_id === undefined) wire.event_id = this.idPrefix + (this.idCounter++).toString(36);
    if (this.options.validation === "on") {
      const issues = validateWireEvent(wire, "client", this.schemaVersion);
      if (issues.length) return Promise.reject(new VoiceLiveValidationError(String(wire.type), issues, this.schemaVersion));
    }
    const type = String(wire.type);
    let text: string;
    try {
      text = JSON.stringify(wire);
    } catch (e) {
      return Promise.reject(new VoiceLiveError("INVALID_ARGUMENT", `${type} could not be encoded as JSON: ${(e as Error).message}`, { cause: e }));
    }
    this.remember(String(wire.event_id), type);
    // What a reconnect sends again: every session config sent, merged as the service merges it.
    const config = type === sessionUpdateEvent.type ? wire[sessionUpdateEvent.field] : undefined;
    if (config && typeof config === "object") this.sessionConfig = { ...this.sessionConfig, ...(config as WireObject) };
    if (logger.verbose.enabled) logger.verbose(`send ${type}`);
    return this.sendQueue.send(text, type, options?.abortSignal);
  }

  protected override sentSessionConfig(): WireObject | undefined {
    return this.sessionConfig;
  }

  private remember(eventId: string, type: string): void {
    const recent = (this.recentSent ??= new Map());
    recent.set(eventId, type);
    if (recent.size > RECENT_SENT) recent.delete(recent.keys().next().value as string);
  }

  // ---------------------------------------------------------------- receiving

  /** Parses one text frame and hands the event out. Never throws. */
  private receive(data: string): ServerEvent | undefined {
    if (this.pongTimer) this.alive();
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch (e) {
      this.enqueue({ kind: "error", error: new VoiceLiveError("INVALID_FRAME", `the server sent a frame that is not JSON (${data.length} characters)`, { cause: e }) });
      return undefined;
    }
    if (typeof frame !== "object" || frame === null || Array.isArray(frame) || typeof (frame as { type?: unknown }).type !== "string") {
      this.enqueue({ kind: "error", error: new VoiceLiveError("INVALID_FRAME", "the server sent a JSON frame without a string `type`") });
      return undefined;
    }
    const type = (frame as { type: string }).type;
    if (this.options.validateIncoming && isKnownServerEventType(type)) this.checkIncoming(frame, type);
    // An event of an unknown type is its wire JSON; it travels as a ServerEvent (see AnyServerEvent).
    let event: ServerEvent;
    try {
      event = deserializeServerEvent(frame);
    } catch (e) {
      this.enqueue({ kind: "error", error: new VoiceLiveError("INVALID_FRAME", `the ${type} event could not be read: ${(e as Error).message}`, { cause: e }) });
      event = frame as ServerEvent;
    }
    if (logger.verbose.enabled) logger.verbose(`receive ${type}`);
    if (type === "session.created" && (this._state === "connecting" || this._state === "reconnecting")) {
      this.created(event as ServerEventMap["session.created"]);
    } else {
      this.enqueue({ kind: "event", event });
      if (this.recycleTimer || this.recycleDue) this.trackResponses(type);
    }
    if (this.waiters) for (const waiter of [...this.waiters]) waiter.event(event);
    return event;
  }

  /** `session.created` of a new connection: connected from here on, so that its handlers may already send. */
  private created(event: ServerEventMap["session.created"]): void {
    const again = this._state === "reconnecting";
    this._sessionId = event.session?.id;
    this.setState("connected");
    this.startTimers(event);
    const info = again ? this.reconnected() : undefined;
    this.enqueue({ kind: "event", event });
    // onConnected (or onReconnected) comes right after session.created, before any later event.
    this.enqueue(info ? { kind: "reconnected", info } : { kind: "connected" });
  }

  /** Recycling waits for responses in progress. */
  private trackResponses(type: string): void {
    if (type === "response.created") this.activeResponses++;
    else if (type === "response.done" && this.activeResponses > 0 && --this.activeResponses === 0 && this.recycleDue) queueMicrotask(() => this.recycle());
  }

  private checkIncoming(frame: unknown, type: string): void {
    for (const issue of validateWireEvent(frame, "server", this.schemaVersion)) {
      const key = `${type} ${issue.wirePath}`;
      this.reportedMismatches ??= new Set();
      if (this.reportedMismatches.has(key)) continue;
      this.reportedMismatches.add(key);
      this.enqueue({ kind: "error", error: new VoiceLiveError("SCHEMA_MISMATCH", `${type} does not match the ${this.schemaVersion} schema: ${issue.message}; it was delivered anyway`) });
    }
  }

  private enqueue(delivery: Delivery): void {
    if (this.consumers.length === 0) {
      if (this.backlog.length >= this.options.maxQueuedEvents) {
        this.backlog.shift();
        this.backlogDropped++;
      }
      this.backlog.push(delivery);
      if (delivery.kind === "event" && delivery.event.type === "error") logger.warning("the service sent an error event and nothing is subscribed yet; it is kept for the first subscriber");
      return;
    }
    const consumers = this.consumers;
    for (let i = 0; i < consumers.length; i++) consumers[i].queue.push(delivery);
  }

  private removeConsumer(consumer: Consumer): void {
    this.consumers = this.consumers.filter((c) => c !== consumer);
  }

  private addConsumer(consumer: Consumer): void {
    this.consumers = this.consumers.concat(consumer);
    if (this.consumers.length === 1 && (this.backlog.length || this.backlogDropped)) {
      const backlog = this.backlog;
      const dropped = this.backlogDropped;
      this.backlog = [];
      this.backlogDropped = 0;
      if (dropped) consumer.queue.push({ kind: "error", error: overflowError(dropped, "before the first subscriber") });
      for (const d of backlog) consumer.queue.push(d);
    }
  }

  /**
   * Subscribes handlers. Each subscriber gets every event in wire order; an async handler is awaited
   * before the next event is handed to the same subscriber. A handler that throws is reported to
   * `onError` (or logged) and never crashes the process. Events that arrived before the first
   * subscriber are delivered to it first.
   */
  subscribe(handlers: VoiceLiveSessionHandlers): VoiceLiveSubscription {
    const context: EventContext = { session: this };
    const table = handlers as Record<string, ((event: ServerEvent, context: EventContext) => Awaitable) | undefined>;
    const report = (error: VoiceLiveError) => {
      if (!handlers.onError) {
        logger.error(`${error.code}: ${error.message} (subscribe with onError to handle it)`);
        return undefined;
      }
      return guard(() => handlers.onError!(error, context), (e) => logger.error(`onError threw: ${String(e)}`));
    };
    const failed = (name: string, e: unknown) => report(new VoiceLiveError("HANDLER_FAILED", `${name} threw: ${(e as Error)?.message ?? String(e)}`, { cause: e }));
    const run = (name: string, call: () => Awaitable): Awaitable => guard(call, (e) => failed(name, e));
    // The per-event path: no closure per event, one try per handler.
    const handle = (name: string, handler: (event: ServerEvent, context: EventContext) => Awaitable, event: ServerEvent): Awaitable => {
      try {
        const result = handler(event, context);
        if (result instanceof Promise) return result.catch((e: unknown) => failed(name, e));
      } catch (e) {
        return failed(name, e);
      }
      return undefined;
    };
    const deliver = (d: Delivery): Awaitable => {
      switch (d.kind) {
        case "event": {
          const event = d.event;
          const name = (serverEventHandlerNames as Record<string, string>)[event.type];
          const specific = name ? table[name] : undefined;
          const general = handlers.onServerEvent;
          if (event.type === "error" && !specific && !general) {
            logger.warning(`unhandled server error event: ${(event as ServerEventError).error?.message}`);
          }
          if (!general) return specific ? handle(name, specific, event) : undefined;
          const first = handle("onServerEvent", general, event);
          if (!specific) return first;
          return first instanceof Promise ? first.then(() => handle(name, specific, event)) : handle(name, specific, event);
        }
        case "connected":
          return handlers.onConnected ? run("onConnected", () => handlers.onConnected!(context)) : undefined;
        case "disconnected":
          return handlers.onDisconnected ? run("onDisconnected", () => handlers.onDisconnected!({ code: d.code, reason: d.reason, error: d.error }, context)) : undefined;
        case "reconnecting":
          return handlers.onReconnecting ? run("onReconnecting", () => handlers.onReconnecting!(d.info, context)) : undefined;
        case "reconnected":
          return handlers.onReconnected ? run("onReconnected", () => handlers.onReconnected!(d.info, context)) : undefined;
        case "error":
          return report(d.error);
        case "end":
          return undefined;
      }
    };
    const consumer: Consumer = {
      queue: new OrderedQueue<Delivery>(deliver, this.options.maxQueuedEvents, (n) => void report(overflowError(n, "for a subscriber that was too slow"))),
    };
    this.addConsumer(consumer);
    return { close: () => this.removeConsumer(consumer) };
  }

  /**
   * The events as an async iterator, in wire order, with its own bounded queue. It ends when the
   * session closes. On overflow it ends with an `EVENT_BUFFER_OVERFLOW` error that counts the dropped
   * events, unless `dropOldest` is set.
   */
  events(options: EventIteratorOptions = {}): AsyncIterableIterator<ServerEvent> {
    const limit = options.maxQueuedEvents ?? this.options.maxQueuedEvents;
    const buffered: ServerEvent[] = [];
    let ended = false;
    let failure: VoiceLiveError | undefined;
    let dropped = 0;
    let unreported = 0;
    let wake: (() => void) | undefined;
    const consumer: Consumer = {
      queue: new OrderedQueue<Delivery>(
        (d) => {
          if (ended) return;
          if (d.kind === "event") {
            if (buffered.length >= limit) {
              dropped++;
              if (options.dropOldest) {
                buffered.shift();
                // Not silent: subscribers' onError hears of it (once per burst).
                if (unreported++ === 0) {
                  queueMicrotask(() => {
                    this.enqueue({ kind: "error", error: overflowError(unreported, "of an events() iterator (dropOldest)") });
                    unreported = 0;
                  });
                }
              } else {
                failure = overflowError(dropped, "for an events() iterator");
                ended = true;
              }
            }
            if (!ended) buffered.push(d.event);
          } else if (d.kind === "disconnected" || d.kind === "end") {
            ended = true;
            failure ??= d.error;
          }
          wake?.();
        },
        Number.MAX_SAFE_INTEGER,
        () => {},
      ),
    };
    this.addConsumer(consumer);
    if (this._state === "closed") ended = true;
    const removeConsumer = (c: Consumer) => this.removeConsumer(c);
    const iterator: AsyncIterableIterator<ServerEvent> = {
      async next(): Promise<IteratorResult<ServerEvent>> {
        for (;;) {
          if (buffered.length) return { value: buffered.shift()!, done: false };
          if (ended) {
            removeConsumer(consumer);
            if (failure) {
              const f = failure;
              failure = undefined;
              throw f;
            }
            return { value: undefined, done: true };
          }
          await new Promise<void>((r) => (wake = r));
          wake = undefined;
        }
      },
      async return(): Promise<IteratorResult<ServerEvent>> {
        ended = true;
        buffered.length = 0;
        removeConsumer(consumer);
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /**
   * Resolves with the next event of a type (that matches `predicate`, if given) that arrives after
   * the call. Rejects on timeout, abort, or when the session closes first.
   */
  waitFor<K extends keyof ServerEventMap>(type: K, options?: WaitForOptions<ServerEventMap[K]>): Promise<ServerEventMap[K]>;
  /** The same for a type this SDK does not know, marked with `unknownEventType("...")`. */
  waitFor(type: UnknownEventType, options?: WaitForOptions<UnknownServerEvent>): Promise<UnknownServerEvent>;
  waitFor(type: string, options: WaitForOptions<AnyServerEvent> = {}): Promise<AnyServerEvent> {
    if (this._state === "closed") return Promise.reject(this.stateError(`wait for ${type}`));
    return new Promise((resolve, reject) => {
      let timer: Timer | undefined;
      const waiter: Waiter = {
        event: (event) => {
          if (event.type !== type) return;
          try {
            if (options.predicate && !options.predicate(event)) return;
          } catch (e) {
            done();
            reject(e);
            return;
          }
          done();
          resolve(event);
        },
        closed: (error) => {
          done();
          reject(error);
        },
      };
      const done = () => {
        if (this.waiters?.delete(waiter) && this.waiters.size === 0) this.waiters = undefined;
        clearTimeout(timer);
        options.abortSignal?.removeEventListener("abort", onAbort);
      };
      const onAbort = () => {
        done();
        reject(aborted(`wait for ${type}`));
      };
      if (options.abortSignal?.aborted) return onAbort();
      options.abortSignal?.addEventListener("abort", onAbort, { once: true });
      if (options.timeoutInMs !== undefined) {
        timer = setTimeout(() => {
          done();
          reject(new VoiceLiveError("TIMEOUT", `no ${type} within ${options.timeoutInMs} ms`));
        }, options.timeoutInMs);
      }
      (this.waiters ??= new Set()).add(waiter);
    });
  }

  private rejectWaiters(error: VoiceLiveError): void {
    if (this.waiters) for (const w of [...this.waiters]) w.closed(error);
  }

  /**
   * Sends a session config and resolves when the service confirms it with `session.updated`. If the
   * service answers with an `error` instead, rejects with that error.
   */
  async configure(session: RequestSession, options: { timeoutInMs?: number; abortSignal?: AbortSignal } = {}): Promise<ServerEventMap["session.updated"]> {
    const eventId = this.idPrefix + (this.idCounter++).toString(36);
    const stop = new AbortController();
    const unlink = () => stop.abort();
    options.abortSignal?.addEventListener("abort", unlink, { once: true });
    const waitOptions = { timeoutInMs: options.timeoutInMs ?? this.options.connectTimeoutInMs, abortSignal: stop.signal };
    const updated = this.waitFor("session.updated", waitOptions);
    const failed = this.waitFor("error", { ...waitOptions, predicate: (e) => !e.error.eventId || e.error.eventId === eventId }).then((e) => {
      throw this.toServerError(e);
    });
    // Whichever loses the race is rejected when `stop` aborts it; that rejection is expected.
    updated.catch(() => {});
    failed.catch(() => {});
    try {
      await this.updateSession(session, { eventId });
      return await Promise.race([updated, failed]);
    } finally {
      options.abortSignal?.removeEventListener("abort", unlink);
      stop.abort();
    }
  }

  /** The type of a client event this session sent recently, by its `event_id`. */
  sentEventType(eventId: string): string | undefined {
    return this.recentSent?.get(eventId);
  }

  /** A `VoiceLiveServerError` for an `error` event, linked to the client event that caused it when known. */
  toServerError(event: ServerEventError): VoiceLiveServerError {
    return new VoiceLiveServerError(event, event.error.eventId ? this.recentSent?.get(event.error.eventId) : undefined);
  }
}

function guard(call: () => Awaitable, onFailure: (e: unknown) => Awaitable): Awaitable {
  try {
    const result = call();
    if (result instanceof Promise) return result.catch(onFailure);
  } catch (e) {
    return onFailure(e);
  }
  return undefined;
}

function aborted(what: string): VoiceLiveError {
  return new VoiceLiveError("ABORTED", `${what} was aborted`);
}

function overflowError(dropped: number, where: string): VoiceLiveError & { droppedEvents: number } {
  const error = new VoiceLiveError("EVENT_BUFFER_OVERFLOW", `${dropped} event${dropped === 1 ? " was" : "s were"} dropped: the queue ${where} was full`) as VoiceLiveError & {
    droppedEvents: number;
  };
  error.droppedEvents = dropped;
  return error;
}

function handshakeError(status: number, body: string, retryAfter: string | string[] | undefined): VoiceLiveConnectionError {
  if (status === 407) {
    return new VoiceLiveConnectionError("CONNECTION_FAILED", "the proxy refused the connection with HTTP 407 (it wants credentials: put them in the proxy URL)", { statusCode: status, responseBody: body });
  }
  const code: VoiceLiveErrorCode =
    status === 401 ? "HANDSHAKE_UNAUTHORIZED" : status === 403 ? "HANDSHAKE_FORBIDDEN" : status === 404 ? "HANDSHAKE_NOT_FOUND" : status === 429 ? "HANDSHAKE_THROTTLED" : status >= 500 ? "HANDSHAKE_SERVER_ERROR" : "HANDSHAKE_FAILED";
  const hint: Record<string, string> = {
    HANDSHAKE_UNAUTHORIZED: "check the key or the token's scope",
    HANDSHAKE_FORBIDDEN: "the identity lacks a role on the resource (Cognitive Services User)",
    HANDSHAKE_NOT_FOUND: "check the endpoint, the api-version and the model or agent",
    HANDSHAKE_THROTTLED: "too many connections; retry later",
    HANDSHAKE_SERVER_ERROR: "the service failed; retry later",
    HANDSHAKE_FAILED: "the service refused the connection",
  };
  const retryAfterInMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
  const detail = body ? `: ${body.slice(0, 300)}` : "";
  return new VoiceLiveConnectionError(code, `the handshake was refused with HTTP ${status} (${hint[code]})${detail}`, { statusCode: status, responseBody: body, retryAfterInMs });
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function audioDropped(frames: number, bytes: number): VoiceLiveError & { droppedFrames: number; droppedBytes: number } {
  const error = new VoiceLiveError(
    "AUDIO_DROPPED",
    `${frames} audio frame${frames === 1 ? " was" : "s were"} dropped (${bytes} bytes): the connection could not take audio as fast as it came (sendBuffer mode dropOldestAudio)`,
  ) as VoiceLiveError & { droppedFrames: number; droppedBytes: number };
  error.droppedFrames = frames;
  error.droppedBytes = bytes;
  return error;
}

/** Timers of a session never keep a process alive by themselves (the socket does while it is open). */
function unref(timer: Timer): void {
  (timer as { unref?: () => void }).unref?.();
}

/** Runs `f` after the I/O that is pending now has been read (`setImmediate` where there is one). */
const afterIo: (f: () => void) => void =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === "function" ? (f) => void setImmediate(f) : (f) => void setTimeout(f, 0);
