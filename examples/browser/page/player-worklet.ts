/**
 * The speaker side: plays the 24 kHz mono audio the page posts (Float32 chunks), resampled to the
 * AudioContext's rate by linear interpolation, and tells the page how much it has played and how
 * much a `clear` dropped, in 24 kHz samples, about every 25 ms and after each clear. The page
 * needs the played position for barge-in: the reply is truncated where the user stopped hearing it.
 */
const SOURCE_RATE = 24_000;

/** What the page posts. */
export type PlayerCommand = { type: "audio"; samples: Float32Array } | { type: "clear" };
/** What the player reports: totals since it started, in 24 kHz samples. */
export interface PlayerReport {
  played: number;
  dropped: number;
}

class Pcm16Player extends AudioWorkletProcessor {
  /** Source samples per output frame (0.5 at 48 kHz). */
  private readonly step = SOURCE_RATE / sampleRate;
  private readonly queue: Float32Array[] = [];
  /** The read position in `queue[0]`, and how far between it and the next sample the output is. */
  private index = 0;
  private frac = 0;
  private available = 0;
  private played = 0;
  private dropped = 0;
  private quanta = 0;
  private readonly reportEvery = Math.max(1, Math.round((0.025 * sampleRate) / 128));

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<PlayerCommand>) => {
      const command = event.data;
      if (command.type === "audio") {
        this.queue.push(command.samples);
        this.available += command.samples.length;
      } else {
        this.dropped += this.available;
        this.queue.length = 0;
        this.index = this.frac = this.available = 0;
        this.report();
      }
    };
  }

  /** The source sample `ahead` places after the read position (0 or 1). */
  private peek(ahead: number): number {
    let at = this.index + ahead;
    for (const chunk of this.queue) {
      if (at < chunk.length) return chunk[at];
      at -= chunk.length;
    }
    return 0;
  }

  private advance(): void {
    this.index++;
    this.available--;
    this.played++;
    if (this.index === this.queue[0].length) {
      this.queue.shift();
      this.index = 0;
    }
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    const out = outputs[0][0];
    for (let i = 0; i < out.length; i++) {
      if (this.available === 0) {
        out[i] = 0; // ran dry: silence, and the position waits
        continue;
      }
      const a = this.peek(0);
      const b = this.available > 1 ? this.peek(1) : a;
      out[i] = a + (b - a) * this.frac;
      this.frac += this.step;
      while (this.frac >= 1 && this.available > 0) {
        this.frac -= 1;
        this.advance();
      }
    }
    for (let c = 1; c < outputs[0].length; c++) outputs[0][c].set(out);
    if (++this.quanta % this.reportEvery === 0) this.report();
    return true;
  }

  private report(): void {
    this.port.postMessage({ played: this.played, dropped: this.dropped } satisfies PlayerReport);
  }
}

registerProcessor("pcm16-player", Pcm16Player);
