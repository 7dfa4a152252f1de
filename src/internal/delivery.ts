/**
 * Ordered delivery to one consumer. Items are handed to `deliver` one at a time, in arrival order;
 * when `deliver` returns a promise, the next item waits for it, so async handlers never overlap or
 * reorder. The queue is bounded: on overflow the oldest item is dropped and counted.
 */
export class OrderedQueue<T> {
  private readonly items: T[] = [];
  private head = 0;
  private running = false;
  /** Items dropped since the last `takeDropped()`. */
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
    if (this.size >= this.limit) {
      this.head++;
      if (this.dropped++ === 0) queueMicrotask(() => this.onOverflow(this.takeDropped()));
    }
    this.items.push(item);
    if (!this.running) void this.run();
  }

  private takeDropped(): number {
    const n = this.dropped;
    this.dropped = 0;
    return n;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.head < this.items.length) {
        const item = this.items[this.head++];
        if (this.head > 1024 && this.head * 2 > this.items.length) {
          this.items.splice(0, this.head);
          this.head = 0;
        }
        const result = this.deliver(item);
        if (result && typeof (result as PromiseLike<unknown>).then === "function") await result;
      }
      this.items.length = 0;
      this.head = 0;
    } finally {
      this.running = false;
    }
  }

  /** Resolves when everything queued so far has been delivered. */
  async idle(): Promise<void> {
    while (this.running || this.size > 0) await new Promise((r) => setTimeout(r, 1));
  }
}
