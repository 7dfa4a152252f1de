/**
 * Ordered delivery to one consumer. Items are handed to `deliver` one at a time, in arrival order;
 * when `deliver` returns a promise, the next item waits for it, so async handlers never overlap or
 * reorder. While handlers are synchronous, delivery happens right away, with no promise or array
 * traffic per item. The queue is bounded: on overflow the oldest item is dropped and counted.
 */
export class OrderedQueue<T> {
  private items: T[] = [];
  private head = 0;
  /** True while an item's delivery is in progress (synchronously, or awaiting a handler's promise). */
  private busy = false;
  private dropped = 0;

  constructor(
    private readonly deliver: (item: T) => unknown,
    private readonly limit: number,
    private readonly onOverflow: (dropped: number) => void,
  ) {}

  get size(): number {
    return this.items.length - this.head;
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
          this.onOverflow(n);
        });
      }
    }
    this.items.push(item);
  }

  /** Delivers `first`, then whatever queued up meanwhile, until a handler returns a promise. */
  private drain(first: T | undefined): void {
    this.busy = true;
    let item = first;
    for (;;) {
      if (item === undefined) {
        if (this.head === this.items.length) break;
        item = this.items[this.head++];
        if (this.head === this.items.length) {
          this.items = [];
          this.head = 0;
        } else if (this.head > 1024 && this.head * 2 > this.items.length) {
          this.items = this.items.slice(this.head);
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
