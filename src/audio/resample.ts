/**
 * Sample-rate conversion by band-limited (windowed sinc) interpolation. Linear interpolation, the
 * cheap alternative, folds everything above the new Nyquist frequency back into the audible band when
 * a 44.1 or 48 kHz recording goes down to 16 or 8 kHz: sibilants turn into hiss that voice activity
 * detection and recognition both hear. A windowed sinc low-pass at the lower of the two Nyquist
 * frequencies removes that band first.
 *
 * The kernel is tabulated once (sinc × Blackman window, `ZERO_CROSSINGS` lobes each side) and read
 * with linear interpolation, so no trigonometry runs per sample. Pure, no Node import.
 */
import { VoiceLiveError } from "../errors.js";
import { checkSampleRate } from "./pcm.js";

/** Lobes of the sinc on each side: the filter's length, and how steep its cut-off is. */
const ZERO_CROSSINGS = 16;
/** Table entries per lobe. */
const STEPS = 512;
/** When going down, the cut-off sits a little below the new Nyquist frequency, so the transition band stays under it. */
const DOWN_CUTOFF = 0.94;

let kernel: Float32Array | undefined;

/** sinc(u) × Blackman window, for u = 0 … ZERO_CROSSINGS in 1/STEPS steps (one extra entry to interpolate the last step). */
function kernelTable(): Float32Array {
  if (kernel) return kernel;
  const n = ZERO_CROSSINGS * STEPS;
  kernel = new Float32Array(n + 2);
  kernel[0] = 1;
  for (let i = 1; i <= n; i++) {
    const u = i / STEPS;
    const w = 0.42 + 0.5 * Math.cos((Math.PI * u) / ZERO_CROSSINGS) + 0.08 * Math.cos((2 * Math.PI * u) / ZERO_CROSSINGS);
    kernel[i] = (Math.sin(Math.PI * u) / (Math.PI * u)) * w;
  }
  return kernel;
}

/**
 * Converts Float32 samples from one sample rate to another. The result lasts as long as the input:
 * `round(samples.length × toRate / fromRate)` samples. Equal rates give a copy.
 *
 * @param samples - one channel (see `mixToMono` for several)
 * @param fromRate - the rate of `samples`, in Hz
 * @param toRate - the rate wanted, in Hz (a session takes 8000, 16000 or 24000)
 * @example
 * const at24k = resample(samplesAt44k, 44100, 24000);
 */
export function resample(samples: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (!(samples instanceof Float32Array)) throw new VoiceLiveError("INVALID_ARGUMENT", "resample: the samples must be a Float32Array (see pcm16ToFloat32)");
  checkSampleRate(fromRate, "resample: fromRate");
  checkSampleRate(toRate, "resample: toRate");
  if (fromRate === toRate || samples.length === 0) return samples.slice();
  const table = kernelTable();
  const out = new Float32Array(Math.round((samples.length * toRate) / fromRate));
  // Cut-off as a fraction of the input's Nyquist frequency; below 1 only when going down.
  const cutoff = toRate < fromRate ? (DOWN_CUTOFF * toRate) / fromRate : 1;
  const reach = ZERO_CROSSINGS / cutoff; // input samples on each side that the kernel touches
  const last = samples.length - 1;
  const limit = ZERO_CROSSINGS * STEPS;
  for (let i = 0; i < out.length; i++) {
    // The exact input position of output sample i; computed from i each time, so no error accumulates.
    const x = (i * fromRate) / toRate;
    const first = Math.max(0, Math.ceil(x - reach));
    const end = Math.min(last, Math.floor(x + reach));
    let sum = 0;
    for (let j = first; j <= end; j++) {
      const at = Math.abs(x - j) * cutoff * STEPS;
      const k = at | 0;
      if (k >= limit) continue; // the window's end, where the kernel is 0
      const w = table[k] + (table[k + 1] - table[k]) * (at - k);
      sum += samples[j] * w;
    }
    out[i] = sum * cutoff;
  }
  return out;
}
