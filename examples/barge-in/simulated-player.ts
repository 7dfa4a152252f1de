/**
 * A player that plays to nowhere, at real speed: its position follows the clock while it has audio
 * queued, as a sound card's does. The demo uses it so that it runs anywhere; put `createPlayer()` of
 * `ai-voicelive/audio` in its place to hear the reply.
 */
import type { Playback } from "./barge-in.js";

export class SimulatedPlayer implements Playback {
  private readonly bytesPerMs: number;
  /** The play position at `anchorAt` (ms of audio), and the end of what was written. */
  private anchorMs = 0;
  private anchorAt = 0;
  private writtenMs = 0;

  constructor(
    sampleRate = 24_000,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.bytesPerMs = (sampleRate * 2) / 1000;
  }

  get playedMs(): number {
    return Math.min(this.writtenMs, this.anchorMs + (this.now() - this.anchorAt));
  }

  get queuedMs(): number {
    return this.writtenMs - this.playedMs;
  }

  write(pcm16: Uint8Array): void {
    // A player that ran dry waits: the time it was idle does not count as playing.
    this.anchorMs = this.playedMs;
    this.anchorAt = this.now();
    this.writtenMs += pcm16.byteLength / this.bytesPerMs;
  }

  clear(): void {
    this.anchorMs = this.playedMs;
    this.anchorAt = this.now();
    this.writtenMs = this.anchorMs;
  }
}
