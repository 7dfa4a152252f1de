/**
 * Sample conversions between the forms audio takes on its way to and from a session: Float32 samples
 * in [-1, 1] (Web Audio, decoded files) and PCM16 bytes (16-bit signed little-endian, the wire format).
 * Pure functions with no Node import, so that a browser bundle can use them.
 */
import { VoiceLiveError } from "../errors.js";

/**
 * Float32 samples → PCM16 little-endian bytes. Values outside [-1, 1] are clipped (a louder-than-full-
 * scale sample would otherwise wrap around to the opposite sign, a loud click), NaN becomes 0.
 *
 * The scale is 32768 both ways, so `pcm16ToFloat32` followed by this function gives back the same
 * bytes; the one cost is that +1.0 maps to 32767, one step short of the symmetric value.
 *
 * @example
 * float32ToPcm16(new Float32Array([0, 1, -1, 2])); // bytes of [0, 32767, -32768, 32767]
 */
export function float32ToPcm16(samples: Float32Array): Uint8Array {
  const out = new Uint8Array(samples.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    const scaled = s >= 1 ? 32767 : s <= -1 ? -32768 : Math.round(s * 32768) || 0;
    view.setInt16(2 * i, scaled > 32767 ? 32767 : scaled, true);
  }
  return out;
}

/**
 * PCM16 little-endian bytes → Float32 samples in [-1, 1). Throws `INVALID_ARGUMENT` for an odd number
 * of bytes, which cannot be whole samples (a chunk cut in the middle of a sample is a caller's bug
 * that would otherwise shift every later sample by a byte and turn the audio into noise).
 */
export function pcm16ToFloat32(bytes: Uint8Array): Float32Array {
  checkPcm16(bytes, "pcm16ToFloat32");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.byteLength >> 1);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(2 * i, true) / 32768;
  return out;
}

/**
 * The average of several channels, one Float32 sample array each (a WAV file's left and right, say).
 * Averaging rather than summing keeps the level within [-1, 1] without clipping.
 */
export function mixToMono(channels: Float32Array[]): Float32Array {
  if (!Array.isArray(channels) || channels.length === 0) throw new VoiceLiveError("INVALID_ARGUMENT", "mixToMono: give at least one channel (an array of Float32Array)");
  const length = channels[0].length;
  for (const [i, c] of channels.entries()) {
    if (!(c instanceof Float32Array)) throw new VoiceLiveError("INVALID_ARGUMENT", `mixToMono: channel ${i} is not a Float32Array`);
    if (c.length !== length) throw new VoiceLiveError("INVALID_ARGUMENT", `mixToMono: channel ${i} has ${c.length} samples, channel 0 has ${length}; the channels must be of one length`);
  }
  if (channels.length === 1) return channels[0].slice();
  const out = new Float32Array(length);
  const scale = 1 / channels.length;
  for (const c of channels) for (let i = 0; i < length; i++) out[i] += c[i] * scale;
  return out;
}

/** Throws `INVALID_ARGUMENT` unless `bytes` is a Uint8Array of whole 16-bit samples. */
export function checkPcm16(bytes: Uint8Array, where: string): void {
  if (!(bytes instanceof Uint8Array)) throw new VoiceLiveError("INVALID_ARGUMENT", `${where}: the audio must be a Uint8Array of PCM16 bytes`);
  if (bytes.byteLength % 2 !== 0) throw new VoiceLiveError("INVALID_ARGUMENT", `${where}: the audio is ${bytes.byteLength} bytes, not a whole number of 16-bit samples`);
}

/** Throws `INVALID_ARGUMENT` unless `rate` is a sample rate (a positive whole number of hertz). */
export function checkSampleRate(rate: unknown, where: string): asserts rate is number {
  if (typeof rate !== "number" || !Number.isInteger(rate) || rate <= 0 || rate > 1_000_000) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `${where}: a sample rate must be a positive whole number of hertz, such as 24000 (got ${String(rate)})`);
  }
}
