/** Samples of the input audio buffer, addressed by position since the start of the session's input. */
export class SampleBuffer {
  private data = new Int16Array(0);
  private length = 0;
  /** Position of the first sample held. */
  start = 0;

  get end(): number {
    return this.start + this.length;
  }

  get size(): number {
    return this.length;
  }

  push(samples: Int16Array): void {
    if (this.length + samples.length > this.data.length) {
      const grown = new Int16Array(Math.max(this.length + samples.length, this.data.length * 2, 4096));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(samples, this.length);
    this.length += samples.length;
  }

  slice(from: number, to: number): Int16Array {
    const a = Math.max(0, from - this.start);
    const b = Math.min(this.length, to - this.start);
    return b > a ? this.data.slice(a, b) : new Int16Array(0);
  }

  dropUntil(position: number): void {
    const n = Math.min(this.length, Math.max(0, position - this.start));
    this.data.copyWithin(0, n, this.length);
    this.length -= n;
    this.start += n;
  }

  clear(): void {
    this.dropUntil(this.end);
  }
}
