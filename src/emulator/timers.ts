/** Timers that can all be stopped at once, so that a closed session or emulator leaves none behind. */

export class Timers {
  private readonly handles = new Set<NodeJS.Timeout>();
  private readonly wakers = new Set<() => void>();
  private stopped = false;

  /** Runs `fn` after `ms`, unless the timers are cleared first. */
  set(fn: () => void, ms: number): NodeJS.Timeout | undefined {
    if (this.stopped) return undefined;
    const handle = setTimeout(() => {
      this.handles.delete(handle);
      fn();
    }, Math.max(0, ms));
    this.handles.add(handle);
    return handle;
  }

  /** Cancels one timer. */
  cancel(handle: NodeJS.Timeout | undefined): void {
    if (!handle) return;
    clearTimeout(handle);
    this.handles.delete(handle);
  }

  /**
   * Resolves after `ms`, or earlier when `signal` aborts or the timers are cleared; never rejects.
   * Callers check their own state after waking.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.stopped || signal?.aborted) return Promise.resolve();
    if (ms <= 0) return new Promise((resolve) => setImmediate(resolve));
    return new Promise((resolve) => {
      const wake = () => {
        this.cancel(handle);
        this.wakers.delete(wake);
        signal?.removeEventListener("abort", wake);
        resolve();
      };
      const handle = this.set(wake, ms);
      this.wakers.add(wake);
      signal?.addEventListener("abort", wake, { once: true });
    });
  }

  /** Stops every timer and wakes every sleeper; later calls do nothing. */
  clearAll(): void {
    this.stopped = true;
    for (const h of this.handles) clearTimeout(h);
    this.handles.clear();
    for (const wake of [...this.wakers]) wake();
  }
}
