/**
 * Ordered delivery to one consumer. Items are handed to `deliver` one at a time, in arrival order;
 * when `deliver` returns a promise, the next item waits for it, so async handlers never overlap or
 * reorder. While handlers are synchronous, delivery happens right away, with no promise or array
 * traffic per item. The queue is bounded: on overflow the oldest item is dropped and counted.
 *
 * A base class: a consumer is a subclass with `deliver` and `overflow` methods, so that a
 * subscription is one object rather than a queue plus closures, and its array exists only while
 * items wait.
 */
export abstract class OrderedQueue<T> {
  private items?: T[];
  private head = 0;
  /** True while an item's delivery is in progress (synchronously, or awaiting a handler's promise). */
  private busy = false;
  private dropped = 0;

  constructor(private readonly limit: number) {}

  /** Hands one item to the consumer; may return a promise that the next item waits for. Never rejects. */
  protected abstract deliver(item: T): unknown;
  /** `dropped` items were lost to the bound (told once per burst). */
  protected abstract overflow(dropped: number): void;

  get size(): number {
    return this.items ? this.items.length - this.head : 0;
  }

  push(item: T): void {
    if (!this.busy) {
      this.drain(item);
      return;
    }
    if (this.size >= this.limit) {
      this.head++;
      if (this.dropped++ === 0) {
        queueMicrotask(() => {
          const n = this.dropped;
          this.dropped = 0;
          this.overflow(n);
        });
      }
    }
    (this.items ??= []).push(item);
  }

  /** Delivers `first`, then whatever queued up meanwhile, until a handler returns a promise. */
  private drain(first: T | undefined): void {
    this.busy = true;
    let item = first;
    for (;;) {
      if (item === undefined) {
        const items = this.items;
        if (!items || this.head === items.length) break;
        item = items[this.head++];
        if (this.head === items.length) {
          this.items = undefined;
          this.head = 0;
        } else if (this.head > 1024 && this.head * 2 > items.length) {
          this.items = items.slice(this.head);
          this.head = 0;
        }
      }
      let result: unknown;
      try {
        result = this.deliver(item);
      } catch {
        // `deliver` guards handlers itself; whatever escapes must not stall the queue.
      }
      item = undefined;
      if (result && typeof (result as PromiseLike<unknown>).then === "function") {
        // An async handler: the rest waits for it. `deliver` never rejects (handlers are guarded).
        void (result as Promise<unknown>).then(
          () => this.drain(undefined),
          () => this.drain(undefined),
        );
        return;
      }
    }
    this.busy = false;
  }
}
