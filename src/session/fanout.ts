/**
 * Fan-out of a session's events: to each subscriber and iterator in wire order, through a bounded
 * queue each, and to pending `waitFor` calls. Events that arrive before the first subscriber wait in
 * a backlog for it.
 */
import type { ServerEvent, ServerEventError } from "../../generated/models.js";
import { serverEventHandlerNames } from "../../generated/tables.js";
import { VoiceLiveError } from "../errors.js";
import { OrderedQueue } from "../internal/delivery.js";
import { logger } from "../internal/logger.js";
import { isMarkedUnknown } from "../events.js";
import { aborted, overflowError } from "./failures.js";
import { checkDelay, checkInteger } from "./options.js";
import type { AnyServerEvent, Awaitable, EventContext, EventIteratorOptions, ReconnectedInfo, ReconnectingInfo, VoiceLiveSessionHandlers, VoiceLiveSubscription, WaitForOptions } from "./types.js";

export type Delivery =
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

/** A pending `waitFor`: hears each event, and the session's end. */
interface Waiter {
  event(event: ServerEvent): void;
  closed(error: VoiceLiveError): void;
}

type Timer = ReturnType<typeof setTimeout>;
type Handler = (event: ServerEvent, context: EventContext) => Awaitable;

export class FanOut {
  /** Replaced, never mutated, on (un)subscribe: a delivery loop may run over it while a handler subscribes. */
  private consumers: readonly Consumer[] = [];
  private backlog: Delivery[] = [];
  private backlogDropped = 0;
  // Made when first needed: most sessions never wait for an event, and an empty Map or Set is
  // ~150 bytes of every idle session.
  private waiters?: Set<Waiter>;
  /** The latest event of each type, for `waitFor(..., { includeLatest })`; audio events are not kept. */
  private latest?: Map<string, ServerEvent>;
  /** Set once the session has ended: later iterators end at once, later waits reject. */
  private ended = false;

  constructor(
    private readonly context: EventContext,
    private readonly maxQueued: number,
  ) {}

  /** Hands a delivery to every consumer (or to the backlog, before the first one). */
  push(delivery: Delivery): void {
    const consumers = this.consumers;
    if (consumers.length === 0) {
      if (this.backlog.length >= this.maxQueued) {
        this.backlog.shift();
        this.backlogDropped++;
      }
      this.backlog.push(delivery);
      if (delivery.kind === "event" && delivery.event.type === "error") logger.warning("the service sent an error event and nothing is subscribed yet; it is kept for the first subscriber");
      return;
    }
    for (let i = 0; i < consumers.length; i++) consumers[i].queue.push(delivery);
  }

  /** An event arrived: pending waits hear it, and it is kept as the latest of its type unless it is `bulky`. */
  heard(event: ServerEvent, bulky: boolean): void {
    if (!bulky) (this.latest ??= new Map()).set(event.type, event);
    if (this.waiters) for (const waiter of [...this.waiters]) waiter.event(event);
  }

  /** Pending waits reject with `error` (a reconnect: the server session they waited on is gone). */
  rejectWaiters(error: VoiceLiveError): void {
    if (this.waiters) for (const w of [...this.waiters]) w.closed(error);
    this.latest = undefined;
  }

  /** The session is over: waits reject, iterators end (with the error, if any). */
  end(error: VoiceLiveError | undefined, waitError: VoiceLiveError): void {
    this.ended = true;
    this.rejectWaiters(waitError);
    for (const c of this.consumers) c.queue.push({ kind: "end", error });
  }

  private remove(consumer: Consumer): void {
    this.consumers = this.consumers.filter((c) => c !== consumer);
  }

  private add(consumer: Consumer): void {
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

  subscribe(handlers: VoiceLiveSessionHandlers): VoiceLiveSubscription {
    const context = this.context;
    const table = handlers as Record<string, Handler | undefined>;
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
    const handle = (name: string, handler: Handler, event: ServerEvent): Awaitable => {
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
          // An event that failed its shape check travels as unknown: never to a typed handler.
          const name = isMarkedUnknown(event) ? undefined : (serverEventHandlerNames as Record<string, string>)[event.type];
          const specific = name ? table[name] : undefined;
          const general = handlers.onServerEvent;
          if (event.type === "error" && !specific && !general) {
            logger.warning(`unhandled server error event: ${(event as ServerEventError).error?.message}`);
          }
          if (!general) return specific ? handle(name!, specific, event) : undefined;
          const first = handle("onServerEvent", general, event);
          if (!specific) return first;
          return first instanceof Promise ? first.then(() => handle(name!, specific, event)) : handle(name!, specific, event);
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
      queue: new OrderedQueue<Delivery>(deliver, this.maxQueued, (n) => void report(overflowError(n, "for a subscriber that was too slow"))),
    };
    this.add(consumer);
    return { close: () => this.remove(consumer) };
  }

  events(options: EventIteratorOptions): AsyncIterableIterator<ServerEvent> {
    const limit = checkInteger("maxQueuedEvents", options.maxQueuedEvents, this.maxQueued, 1, 2 ** 24);
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
                    this.push({ kind: "error", error: overflowError(unreported, "of an events() iterator (dropOldest)") });
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
    this.add(consumer);
    if (this.ended) ended = true;
    const remove = (c: Consumer) => this.remove(c);
    const iterator: AsyncIterableIterator<ServerEvent> = {
      async next(): Promise<IteratorResult<ServerEvent>> {
        for (;;) {
          if (buffered.length) return { value: buffered.shift()!, done: false };
          if (ended) {
            remove(consumer);
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
        remove(consumer);
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  waitFor(type: string, options: WaitForOptions<AnyServerEvent>, closedError: () => VoiceLiveError): Promise<AnyServerEvent> {
    if (this.ended) return Promise.reject(closedError());
    let timeoutInMs: number | undefined;
    try {
      timeoutInMs = options.timeoutInMs === undefined ? undefined : checkDelay("timeoutInMs", options.timeoutInMs, 0);
    } catch (e) {
      return Promise.reject(e);
    }
    if (options.includeLatest) {
      const latest = this.latest?.get(type);
      if (latest && !isMarkedUnknown(latest)) {
        try {
          if (!options.predicate || options.predicate(latest)) return Promise.resolve(latest);
        } catch (e) {
          return Promise.reject(e);
        }
      }
    }
    return new Promise((resolve, reject) => {
      let timer: Timer | undefined;
      const waiter: Waiter = {
        event: (event) => {
          if (event.type !== type || isMarkedUnknown(event)) return;
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
      if (timeoutInMs !== undefined) {
        timer = setTimeout(() => {
          done();
          reject(new VoiceLiveError("TIMEOUT", `no ${type} within ${timeoutInMs} ms`));
        }, timeoutInMs);
      }
      (this.waiters ??= new Set()).add(waiter);
    });
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
