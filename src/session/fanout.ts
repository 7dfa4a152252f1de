/**
 * Fan-out of a session's events: to each subscriber and iterator in wire order, through a bounded
 * queue each, and to pending `waitFor` calls. Events that arrive before the first subscriber wait in
 * a backlog for it.
 */
import type { ServerEvent } from "../../generated/models.js";
import { VoiceLiveError } from "../errors.js";
import { OrderedQueue } from "../internal/delivery.js";
import { logger } from "../internal/logger.js";
import { isMarkedUnknown } from "../events.js";
import { aborted, audioDropped, overflowError } from "./failures.js";
import { Subscriber, type Delivery } from "./subscriber.js";
import { checkDelay, checkInteger } from "./options.js";
import type { AnyServerEvent, EventContext, EventIteratorOptions, VoiceLiveSessionHandlers, VoiceLiveSubscription, WaitForOptions } from "./types.js";

export type { Delivery } from "./subscriber.js";

/** A consumer of deliveries: a subscription or an iterator, each with its own ordered queue. */
type Consumer = OrderedQueue<Delivery>;

/** The queue of an `events()` iterator: it hands deliveries to the iterator's buffer. */
class IteratorQueue extends OrderedQueue<Delivery> {
  constructor(protected readonly deliver: (d: Delivery) => void) {
    super(Number.MAX_SAFE_INTEGER);
  }

  protected overflow(): void {}
}

/** A pending `waitFor`: hears each event, and the session's end. */
interface Waiter {
  event(event: ServerEvent): void;
  closed(error: VoiceLiveError): void;
}

type Timer = ReturnType<typeof setTimeout>;

export class FanOut {
  /** Replaced, never mutated, on (un)subscribe: a delivery loop may run over it while a handler subscribes. */
  private consumers: readonly Consumer[] = [];
  private backlog?: Delivery[];
  private backlogDropped = 0;
  // Made when first needed: most sessions never wait for an event, and an empty Map or Set is
  // ~150 bytes of every idle session.
  private waiters?: Set<Waiter>;
  /**
   * The latest event of each type, for `waitFor(..., { includeLatest })`; audio events are not kept.
   * A plain array of events, one per type, searched by type: a session sees a few dozen types at
   * most, and an idle one holds an array of one or two instead of a Map's table.
   */
  private latest?: ServerEvent[];
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
      const backlog = (this.backlog ??= []);
      if (backlog.length >= this.maxQueued) {
        backlog.shift();
        this.backlogDropped++;
      }
      backlog.push(delivery);
      if (delivery.kind === "event" && delivery.event.type === "error") logger.warning("the service sent an error event and nothing is subscribed yet; it is kept for the first subscriber");
      return;
    }
    for (let i = 0; i < consumers.length; i++) consumers[i].push(delivery);
  }

  /** An event arrived: pending waits hear it, and it is kept as the latest of its type unless it is `bulky`. */
  heard(event: ServerEvent, bulky: boolean): void {
    if (!bulky) {
      const latest = (this.latest ??= []);
      const type = event.type;
      let i = 0;
      while (i < latest.length && latest[i].type !== type) i++;
      latest[i] = event;
    }
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
    for (const c of this.consumers) c.push({ kind: "end", error });
  }

  /** Ends a consumer's deliveries (a subscription's `close()`, an iterator's end). */
  remove(consumer: Consumer): void {
    this.consumers = this.consumers.filter((c) => c !== consumer);
  }

  private add(consumer: Consumer): void {
    this.consumers = this.consumers.concat(consumer);
    if (this.consumers.length === 1 && (this.backlog || this.backlogDropped)) {
      const backlog = this.backlog ?? [];
      const dropped = this.backlogDropped;
      this.backlog = undefined;
      this.backlogDropped = 0;
      if (dropped) consumer.push({ kind: "error", error: overflowError(dropped, "before the first subscriber") });
      for (const d of backlog) consumer.push(d);
    }
  }

  subscribe(handlers: VoiceLiveSessionHandlers): VoiceLiveSubscription {
    const subscriber = new Subscriber(handlers, this.context, this.maxQueued, this);
    this.add(subscriber);
    return subscriber;
  }

  /** An SDK error, to every subscriber's `onError`. */
  report(error: VoiceLiveError): void {
    this.push({ kind: "error", error });
  }

  /** Audio dropped by the send queue (`dropOldestAudio`), reported once per burst. */
  audioDropped(frames: number, bytes: number): void {
    this.report(audioDropped(frames, bytes));
  }

  events(options: EventIteratorOptions): AsyncIterableIterator<ServerEvent> {
    const limit = checkInteger("maxQueuedEvents", options.maxQueuedEvents, this.maxQueued, 1, 2 ** 24);
    const buffered: ServerEvent[] = [];
    let ended = false;
    let failure: VoiceLiveError | undefined;
    let dropped = 0;
    let unreported = 0;
    let wake: (() => void) | undefined;
    const consumer: Consumer = new IteratorQueue((d) => {
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
    });
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
      const latest = this.latest?.find((e) => e.type === type);
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
