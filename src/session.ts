/**
 * `VoiceLiveSession`: one WebSocket conversation with Voice Live. A facade over its parts, each with
 * one job (`src/session/`):
 *
 * - `connection.ts`: the state machine (idle → connecting → connected ⇄ reconnecting → closing →
 *   closed), handshakes, first-connect retry, reconnects, closing; `link.ts`: one socket and what it
 *   reports; `liveness.ts`: pings and recycling;
 * - `inbound.ts`: frame → typed event; `outbound.ts`: event → id, validation, JSON → send queue;
 * - `fanout.ts`: subscribers, iterators and `waitFor`, each in wire order;
 * - `options.ts`: the options, checked; `failures.ts`: the errors it makes; `types.ts`: public types.
 */
import type { ClientEvent, RequestSession, ServerEventError, ServerEventMap, UnknownClientEvent, UnknownEventType, UnknownServerEvent } from "../generated/models.js";
import { SessionSendMethods, type SendOptions } from "../generated/senders.js";
import type { ModelIn, ServerEventIn, ServerEventTypeIn } from "../generated/version-types.js";
import { serializeClientEvent } from "../generated/serializers.js";
import { VoiceLiveError, VoiceLiveServerError } from "./errors.js";
import { SendQueue, type SendStats } from "./internal/send-queue.js";
import type { WireObject } from "./runtime/convert.js";
import { Connection } from "./session/connection.js";
import { FanOut } from "./session/fanout.js";
import { Inbound } from "./session/inbound.js";
import { resolveOptions } from "./session/options.js";
import { Outbound } from "./session/outbound.js";
import type {
  AnyServerEvent,
  ConnectOptions,
  EventIteratorOptions,
  SessionConnection,
  SessionState,
  VoiceLiveSessionHandlers,
  VoiceLiveSessionOptions,
  VoiceLiveSubscription,
  WaitForOptions,
} from "./session/types.js";
import { placeApiVersion, type ApiVersion } from "./versions.js";

export type { SendBufferOptions, SendStats } from "./internal/send-queue.js";
export type * from "./session/types.js";

// `await using session = ...` needs `Symbol.asyncDispose` (ES2024 explicit resource management). It is
// declared here too, so that these declarations compile for a consumer whose `lib` predates it and
// who has no @types/node (a browser app): a repeated declaration of it merges with lib's and Node's.
declare global {
  interface SymbolConstructor {
    readonly asyncDispose: unique symbol;
  }
}

/**
 * One conversation. `V` is its api-version as the client was given it: with a label version
 * (`apiVersion: "v1"`) the handlers, `events()`, `waitFor` and the send methods take that version's
 * events and settings; with a dated version, or a version only known at run time, every version's.
 */
export class VoiceLiveSession<V extends string = string> extends SessionSendMethods<V> {
  /** The api-version sent to the service. */
  readonly apiVersion: string;
  /** The modelled version whose schema validates this session's events. */
  readonly schemaVersion: ApiVersion;
  private readonly sendQueue: SendQueue;
  private readonly outbound: Outbound;
  private readonly fanout: FanOut;
  private readonly connection: Connection;
  private readonly defaultTimeoutInMs: number;

  constructor(connection: SessionConnection, options: VoiceLiveSessionOptions = {}) {
    super();
    const resolved = resolveOptions(options);
    this.apiVersion = connection.apiVersion;
    const placed = placeApiVersion(connection.apiVersion);
    this.schemaVersion = placed.schemaVersion;
    this.defaultTimeoutInMs = resolved.connectTimeoutInMs;
    this.fanout = new FanOut({ session: this.untyped }, resolved.maxQueuedEvents);
    this.sendQueue = new SendQueue(resolved.sendBuffer, this.fanout);
    this.outbound = new Outbound(this.sendQueue, this.schemaVersion, resolved.validation);
    const initial = connection.initialSession;
    this.connection = new Connection(
      {
        href: connection.url.href,
        headers: connection.headers,
        credentialInUrl: connection.credentialInUrl,
        schemaVersion: this.schemaVersion,
        configure: initial ? (abortSignal) => this.untyped.configure(initial, { abortSignal }) : undefined,
      },
      resolved,
      new Inbound(this.schemaVersion, resolved.validateIncoming, this.fanout, placed.kind === "dated"),
      this.fanout,
      this.sendQueue,
      this.outbound,
    );
  }

  /** Where the session is in its life cycle. */
  get state(): SessionState {
    return this.connection.name;
  }

  /** The service's id of this session, from `session.created` (a new one after each reconnect). */
  get sessionId(): string | undefined {
    return this.connection.sessionId;
  }

  /** Counters of the send path: what waits for the connection to drain, and the audio dropped. */
  get sendStats(): SendStats {
    return this.sendQueue.stats;
  }

  /**
   * Opens the WebSocket and resolves when `session.created` has arrived. A session created with a
   * config sends it then, and resolves when the service confirms it with `session.updated` (or
   * rejects with the service's `error`, and closes). Calling it again while it runs returns the same
   * promise.
   */
  connect(options: ConnectOptions = {}): Promise<void> {
    return this.connection.connect(options);
  }

  /**
   * Closes the session with a close code (default 1000) and reason. Safe to call more than once and
   * in any state; resolves when the socket is closed. Stops a reconnect in progress.
   */
  close(code = 1000, reason = ""): Promise<void> {
    const closing = this.connection.close(code, reason);
    void closing.then(() => this.outbound.release(), () => {});
    return closing;
  }

  /** Closes the session (1000). */
  dispose(): Promise<void> {
    return this.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // ---------------------------------------------------------------- sending

  /**
   * Sends any client event. It gets an `event_id` if it has none, is validated for the session's
   * API version (unless validation is off), and only then written. An invalid event rejects with
   * `VoiceLiveValidationError` and nothing is sent; the session stays usable.
   */
  sendEvent(event: ClientEvent | UnknownClientEvent, options?: SendOptions): Promise<void> {
    let wire: WireObject;
    try {
      wire = serializeClientEvent(event);
      // An event of an unknown type comes back as it was given: copy it before adding an event_id.
      if (wire === (event as object)) wire = { ...wire };
    } catch (e) {
      return Promise.reject(new VoiceLiveError("INVALID_ARGUMENT", `the event could not be serialized: ${(e as Error).message}`, { cause: e }));
    }
    return this.sendWireEvent(wire, options);
  }

  /** Gives a client event in wire form its id, validates it for the session's API version, and writes it. */
  protected sendWireEvent(wire: WireObject, options?: SendOptions): Promise<void> {
    if (!this.connection.live?.transport) {
      // Live capture in dropOldestAudio mode keeps going through a reconnect: its audio is counted as dropped.
      if (this.connection.name === "reconnecting" && this.sendQueue.dropWhileDisconnected(wire)) return Promise.resolve();
      return Promise.reject(this.connection.stateError(`send ${String(wire.type)}`));
    }
    const sent = this.outbound.send(wire, options);
    const trace = this.connection.trace;
    return trace ? trace.sending(sent, String(wire.type)) : sent;
  }

  /** The session config sent so far (wire form, merged as the service merges it): the send helpers check audio against it. */
  protected override sentSessionConfig(): WireObject | undefined {
    return this.outbound.config;
  }

  /**
   * Sends a session config and resolves when the service confirms it with `session.updated`. If the
   * service answers with an `error` instead, rejects with that error.
   */
  async configure(session: ModelIn<V, "RequestSession", RequestSession>, options: { timeoutInMs?: number; abortSignal?: AbortSignal } = {}): Promise<ServerEventMap["session.updated"]> {
    const eventId = this.outbound.nextId();
    const stop = new AbortController();
    const unlink = () => stop.abort();
    options.abortSignal?.addEventListener("abort", unlink, { once: true });
    const waitOptions = { timeoutInMs: options.timeoutInMs ?? this.defaultTimeoutInMs, abortSignal: stop.signal };
    const updated = this.untyped.waitFor("session.updated", waitOptions);
    const failed = this.untyped.waitFor("error", { ...waitOptions, predicate: (e) => !e.error.eventId || e.error.eventId === eventId }).then((e) => {
      throw this.toServerError(e);
    });
    // Whichever loses the race is rejected when `stop` aborts it; that rejection is expected.
    updated.catch(() => {});
    failed.catch(() => {});
    try {
      await this.untyped.updateSession(session as RequestSession, { eventId });
      return await Promise.race([updated, failed]);
    } finally {
      options.abortSignal?.removeEventListener("abort", unlink);
      stop.abort();
    }
  }

  /** This session with the types of every version, for its own use: the internals are not version-specific. */
  private get untyped(): VoiceLiveSession {
    return this as unknown as VoiceLiveSession;
  }

  // ---------------------------------------------------------------- receiving

  /**
   * Subscribes handlers. Each subscriber gets every event in wire order; an async handler is awaited
   * before the next event is handed to the same subscriber. A handler that throws is reported to
   * `onError` (or logged) and never crashes the process. Events that arrived before the first
   * subscriber are delivered to it first.
   */
  subscribe(handlers: VoiceLiveSessionHandlers<V>): VoiceLiveSubscription {
    return this.fanout.subscribe(handlers as VoiceLiveSessionHandlers);
  }

  /**
   * The events as an async iterator, in wire order, with its own bounded queue. It ends when the
   * session closes. On overflow it ends with an `EVENT_BUFFER_OVERFLOW` error that counts the dropped
   * events, unless `dropOldest` is set.
   */
  events(options: EventIteratorOptions = {}): AsyncIterableIterator<ServerEventIn<V>> {
    return this.fanout.events(options) as AsyncIterableIterator<ServerEventIn<V>>;
  }

  /**
   * Resolves with the next event of a type (that matches `predicate`, if given) that arrives after
   * the call, or, with `includeLatest`, the latest one that already arrived. Rejects on timeout,
   * abort, or when the session closes first. To never miss an event, start waiting before the action
   * that causes it: `const done = session.waitFor("response.done"); await session.createResponse(); await done;`.
   */
  waitFor<K extends ServerEventTypeIn<V>>(type: K, options?: WaitForOptions<ServerEventMap[K]>): Promise<ServerEventMap[K]>;
  /** The same for a type this SDK does not know, marked with `unknownEventType("...")`. */
  waitFor(type: UnknownEventType, options?: WaitForOptions<UnknownServerEvent>): Promise<UnknownServerEvent>;
  waitFor(type: string, options: WaitForOptions<AnyServerEvent> = {}): Promise<AnyServerEvent> {
    return this.fanout.waitFor(type, options, () => this.connection.stateError(`wait for ${type}`));
  }

  /** The type of a client event this session sent recently, by its `event_id`. */
  sentEventType(eventId: string): string | undefined {
    return this.outbound.sentType(eventId);
  }

  /** A `VoiceLiveServerError` for an `error` event, linked to the client event that caused it when known. */
  toServerError(event: ServerEventError): VoiceLiveServerError {
    return new VoiceLiveServerError(event, event.error.eventId ? this.outbound.sentType(event.error.eventId) : undefined);
  }
}
