/**
 * Turn-taking: which response is active, and what a `createResponse` does while one is.
 *
 * A response is active from its `response.created` to its `response.done`. The service runs one at
 * a time: a second `response.create` either fails (`conversation_already_has_active_response`) or,
 * with Voice Live's `cancel_previous` (on by default per the spec), silently cancels the reply in
 * progress. A `TurnTaker` makes that choice explicit: it queues, refuses, or cancels the previous
 * response on purpose, and always writes `cancel_previous` so the choice is visible on the wire.
 */
import type { ResponseCreateParams, ServerEventError, ServerEventResponseCreated, ServerEventResponseDone } from "../../generated/models.js";
import type { CreateResponseOptions } from "../../generated/senders.js";
import { VoiceLiveConnectionError, VoiceLiveError } from "../errors.js";
import type { VoiceLiveSession, VoiceLiveSubscription } from "../session.js";
import { helperView, type AnyVoiceLiveSession } from "./any-session.js";

/** What `createResponse` does while a response is active. */
export type WhileActive = "queue" | "refuse" | "cancelPrevious";

/** Settings of a `TurnTaker`. */
export interface TurnTakerOptions {
  /**
   * `queue` (the default): sent once the active response is done, in call order; `refuse`: rejected
   * with `RESPONSE_IN_PROGRESS`, nothing sent; `cancelPrevious`: sent at once with `cancel_previous:
   * true`, so the service cancels the active response.
   */
  whileActive?: WhileActive;
}

/** Options of `TurnTaker.createResponse`: the session's, plus a mode for this call only. */
export interface TurnCreateOptions extends CreateResponseOptions {
  /** Overrides the taker's `whileActive` for this call. */
  whileActive?: WhileActive;
}

/**
 * The error code with which OpenAI-style services refuse a `response.create` while a response is
 * active. The spec models error codes as free strings, so there is no generated constant for it.
 */
const ACTIVE_RESPONSE_CODE = "conversation_already_has_active_response";

interface Request {
  params: ResponseCreateParams | undefined;
  options: TurnCreateOptions;
  mode: WhileActive;
  eventId: string;
  /** Whether it was already sent again after a race with another response. */
  retried: boolean;
  resolve: (done: ServerEventResponseDone) => void;
  reject: (error: unknown) => void;
}

let nextRequest = 0;

/**
 * Tracks the active response of a session and sends `response.create` according to `whileActive`.
 * It subscribes when made; `close()` ends the subscription. Responses it did not ask for (made by
 * server VAD, or sent directly on the session) count as active too.
 */
export class TurnTaker {
  private readonly mode: WhileActive;
  private readonly subscription: VoiceLiveSubscription;
  private activeId?: string;
  /** Sent, and waiting for their `response.created` (or an error), in send order. */
  private readonly awaiting: Request[] = [];
  /** Started responses of requests, waiting for their `response.done`. */
  private readonly owned = new Map<string, Request>();
  /** Waiting for the active response to be done. */
  private readonly queue: Request[] = [];
  private closed = false;

  private readonly session: VoiceLiveSession;

  constructor(session: AnyVoiceLiveSession, options: TurnTakerOptions = {}) {
    this.session = helperView(session);
    this.mode = options.whileActive ?? "queue";
    if (!["queue", "refuse", "cancelPrevious"].includes(this.mode)) {
      throw new VoiceLiveError("INVALID_ARGUMENT", `whileActive must be "queue", "refuse" or "cancelPrevious", not ${JSON.stringify(this.mode)}`);
    }
    this.subscription = this.session.subscribe({
      onResponseCreated: (e) => this.created(e),
      onResponseDone: (e) => this.done(e),
      onServerError: (e) => this.failed(e),
      // A new server session has no response in progress, and what was asked of the old one is lost.
      onReconnected: () => this.dropAll(new VoiceLiveConnectionError("CONNECTION_CLOSED", "the connection was lost before the response was done; the reconnected session is a new one")),
      onDisconnected: (info) => this.dropAll(info.error ?? new VoiceLiveConnectionError("CONNECTION_CLOSED", "the session closed before the response was done", { closeCode: info.code, closeReason: info.reason })),
    });
  }

  /** Whether a response is active, or one this taker asked for has not been answered yet. */
  get isActive(): boolean {
    return this.activeId !== undefined || this.awaiting.length > 0;
  }

  /** The id of the active response, from its `response.created` to its `response.done`. */
  get activeResponseId(): string | undefined {
    return this.activeId;
  }

  /** How many `createResponse` calls wait in the queue. */
  get queued(): number {
    return this.queue.length;
  }

  /**
   * Asks for a response. `cancel_previous` is set by the mode (`true` only for `cancelPrevious`),
   * whatever `response.cancelPrevious` says. Resolves with the `response.done` of the response it
   * started; rejects with `RESPONSE_IN_PROGRESS` (refuse mode), with the service's error
   * (`VoiceLiveServerError`), or when the session closes or reconnects first. A race with a response
   * the service made on its own (server VAD) is retried once after that response is done.
   */
  createResponse(response?: ResponseCreateParams, options: TurnCreateOptions = {}): Promise<ServerEventResponseDone> {
    if (this.closed) return Promise.reject(new VoiceLiveError("INVALID_STATE", "this TurnTaker is closed"));
    const mode = options.whileActive ?? this.mode;
    return new Promise((resolve, reject) => {
      const request: Request = { params: response, options, mode, eventId: options.eventId ?? `turn_${Date.now().toString(36)}_${nextRequest++}`, retried: false, resolve, reject };
      if (!this.isActive && this.queue.length === 0) return this.send(request);
      if (mode === "refuse") return reject(new VoiceLiveError("RESPONSE_IN_PROGRESS", `a response is active (${this.activeId ?? "asked for, not yet created"}); nothing was sent`));
      if (mode === "cancelPrevious") return this.send(request);
      this.queue.push(request);
    });
  }

  /** The same as `close()`. */
  dispose(): void {
    this.close();
  }

  /** Stops tracking; queued calls reject with `ABORTED`. Sent ones are left to the service. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.subscription.close();
    for (const r of this.queue.splice(0)) r.reject(new VoiceLiveError("ABORTED", "the TurnTaker was closed before the response was sent"));
  }

  private send(request: Request): void {
    const { whileActive: _mode, ...sendOptions } = request.options;
    this.awaiting.push(request);
    const params: ResponseCreateParams = { ...request.params, cancelPrevious: request.mode === "cancelPrevious" };
    this.session.createResponse(params, { ...sendOptions, eventId: request.eventId }).catch((e: unknown) => {
      this.forget(request);
      request.reject(e);
      this.pump();
    });
  }

  private created(e: ServerEventResponseCreated): void {
    const id = e.response.id;
    if (id === undefined) return;
    this.activeId = id;
    // The service answers client events in order, so the oldest unanswered request owns the next
    // response.created. A response server VAD made just before may take that place; its request
    // then gets an error naming its event_id (see `failed`), which undoes this.
    const request = this.awaiting.shift();
    if (request) this.owned.set(id, request);
  }

  private done(e: ServerEventResponseDone): void {
    const id = e.response.id;
    if (id !== undefined && this.activeId === id) this.activeId = undefined;
    const request = id === undefined ? undefined : this.owned.get(id);
    if (request) {
      this.owned.delete(id!);
      request.resolve(e);
    }
    this.pump();
  }

  private failed(e: ServerEventError): void {
    const eventId = e.error.eventId;
    if (!eventId) return;
    const request = this.awaiting.find((r) => r.eventId === eventId) ?? [...this.owned.values()].find((r) => r.eventId === eventId);
    if (!request) return;
    this.forget(request);
    if (e.error.code === ACTIVE_RESPONSE_CODE && !request.retried) {
      // Another response (server VAD's) started first: ask again, first in line, once it is done.
      request.retried = true;
      request.eventId = `${request.eventId}_retry`;
      this.queue.unshift(request);
    } else {
      request.reject(this.session.toServerError(e));
    }
    this.pump();
  }

  /** Sends the next queued request when nothing is active or awaited. */
  private pump(): void {
    if (this.closed || this.isActive) return;
    const next = this.queue.shift();
    if (next) this.send(next);
  }

  private forget(request: Request): void {
    const i = this.awaiting.indexOf(request);
    if (i >= 0) this.awaiting.splice(i, 1);
    for (const [id, r] of this.owned) if (r === request) this.owned.delete(id);
  }

  private dropAll(error: VoiceLiveError): void {
    this.activeId = undefined;
    const lost = [...this.awaiting.splice(0), ...this.owned.values()];
    this.owned.clear();
    for (const r of lost) r.reject(error);
    if (this.session.state !== "connected") for (const r of this.queue.splice(0)) r.reject(error);
    else this.pump();
  }
}
