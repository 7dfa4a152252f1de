/**
 * The microphone side: mixes the input to mono, downsamples it from the AudioContext's rate
 * (usually 48 or 44.1 kHz) to the session's 24 kHz, and posts PCM16 chunks of 100 ms to the page
 * (their buffers transferred, not copied). It runs on the audio thread, so it allocates only once
 * per chunk.
 *
 * Downsampling averages the input over each output sample's span ("area" resampling, fractional
 * spans weighted): a box filter that also keeps most of what is above 12 kHz from folding back
 * into the speech band, without a filter design for each rate.
 */
const TARGET_RATE = 24_000;
const CHUNK_SAMPLES = TARGET_RATE / 10;

class Pcm16Capture extends AudioWorkletProcessor {
  /** Input samples per output sample (2 from 48 kHz, 1.8375 from 44.1 kHz). */
  private readonly span = sampleRate / TARGET_RATE;
  private sum = 0;
  private covered = 0;
  private chunk = new Int16Array(CHUNK_SAMPLES);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0];
    if (!channels || channels.length === 0) return true; // no input connected (yet)
    const frames = channels[0].length;
    for (let i = 0; i < frames; i++) {
      let x = 0;
      for (const channel of channels) x += channel[i];
      x /= channels.length;
      // This input sample covers one unit of input time; spread it over the output samples it overlaps.
      let left = 1;
      while (left > 0) {
        const take = Math.min(left, this.span - this.covered);
        this.sum += x * take;
        this.covered += take;
        left -= take;
        if (this.covered >= this.span - 1e-9) {
          this.emit(this.sum / this.covered);
          this.sum = 0;
          this.covered = 0;
        }
      }
    }
    return true;
  }

  private emit(sample: number): void {
    const s = Math.max(-1, Math.min(1, sample));
    this.chunk[this.filled++] = s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff);
    if (this.filled === CHUNK_SAMPLES) {
      this.port.postMessage(this.chunk.buffer, [this.chunk.buffer]);
      this.chunk = new Int16Array(CHUNK_SAMPLES);
      this.filled = 0;
    }
  }
}

registerProcessor("pcm16-capture", Pcm16Capture);
