/**
 * Stand-ins for the microphone and the speakers, on the same interfaces: recorded audio that arrives
 * as a microphone's would (chunk by chunk, at real time), and a player that keeps what it is given
 * (at real time too, so that barge-in sees a playing reply), keeping what it played. `main.ts` uses them for `--input` and
 * `--output`; the test uses them in place of the devices.
 */
import { SimulatedPlayer } from "../barge-in/simulated-player.js";
import type { AudioSource } from "./conversation.js";

/** `pcm16` (24 kHz mono) in chunks of `chunkMs`, each one `chunkMs` after the last unless `realtime` is false. */
export async function* recordedSource(pcm16: Uint8Array, options: { chunkMs?: number; realtime?: boolean } = {}): AudioSource {
  const chunkBytes = (options.chunkMs ?? 100) * 48;
  const start = performance.now();
  for (let at = 0, n = 0; at < pcm16.byteLength; at += chunkBytes, n++) {
    if (options.realtime !== false) {
      // Paced by the clock, not by the sends: a slow send does not stretch the recording.
      const due = start + n * (options.chunkMs ?? 100);
      if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
    }
    yield pcm16.subarray(at, at + chunkBytes);
  }
}

/**
 * A player that plays to nowhere at real time (see `SimulatedPlayer`) and keeps what it played: what
 * a recording of the speakers would hold. Audio dropped by `clear()` (a barge-in) is not in it.
 */
export class CollectingPlayer extends SimulatedPlayer {
  private chunks: Uint8Array[] = [];
  private bytes = 0;

  override write(pcm16: Uint8Array): void {
    this.chunks.push(pcm16.slice());
    this.bytes += pcm16.byteLength;
    super.write(pcm16);
  }

  override clear(): void {
    // The unplayed tail goes, in whole samples.
    const keep = this.bytes - 2 * Math.floor((this.queuedMs * 48) / 2);
    this.chunks = [this.played().subarray(0, keep)];
    this.bytes = keep;
    super.clear();
  }

  /** The audio played, and still queued to play: PCM16, 24 kHz mono. */
  played(): Uint8Array {
    const out = new Uint8Array(this.bytes);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}
