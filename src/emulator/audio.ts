/**
 * Audio helpers of the emulator: PCM16 (16-bit signed little-endian mono) and G.711 codecs, base64,
 * levels, resampling, and generated test signals. Samples are `Int16Array`s throughout.
 */
import { base64ToBytes as fromBase64, bytesToBase64 as toBase64 } from "../runtime/convert.js";

export { fromBase64, toBase64 };

/** How audio of a session format travels: its codec and sample rate. */
export interface AudioFormatInfo {
  codec: "pcm16" | "g711_ulaw" | "g711_alaw";
  sampleRate: number;
}

/** The codec and rate of input audio for a session's `input_audio_format` and `input_audio_sampling_rate`. */
export function inputFormatInfo(format: unknown, samplingRate: unknown): AudioFormatInfo {
  if (format === "g711_ulaw" || format === "g711_alaw") return { codec: format, sampleRate: 8000 };
  return { codec: "pcm16", sampleRate: typeof samplingRate === "number" && samplingRate > 0 ? samplingRate : 24000 };
}

/** The codec and rate of output audio for a session's `output_audio_format` (`pcm16` is 24 kHz). */
export function outputFormatInfo(format: unknown): AudioFormatInfo {
  if (format === "g711_ulaw" || format === "g711_alaw") return { codec: format, sampleRate: 8000 };
  if (format === "pcm16_8000hz" || format === "pcm16-8000hz") return { codec: "pcm16", sampleRate: 8000 };
  if (format === "pcm16_16000hz" || format === "pcm16-16000hz") return { codec: "pcm16", sampleRate: 16000 };
  return { codec: "pcm16", sampleRate: 24000 };
}

/** Bytes of one sample in a codec. */
export function bytesPerSample(codec: AudioFormatInfo["codec"]): number {
  return codec === "pcm16" ? 2 : 1;
}

/** PCM16 little-endian bytes → samples. A trailing odd byte is ignored. */
export function decodePcm16(bytes: Uint8Array): Int16Array {
  const n = bytes.length >> 1;
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = ((bytes[2 * i] | (bytes[2 * i + 1] << 8)) << 16) >> 16;
  return out;
}

/** Samples → PCM16 little-endian bytes. */
export function encodePcm16(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    out[2 * i] = s & 0xff;
    out[2 * i + 1] = (s >> 8) & 0xff;
  }
  return out;
}

/** Bytes of a codec → PCM16 samples. */
export function decodeAudio(bytes: Uint8Array, codec: AudioFormatInfo["codec"]): Int16Array {
  if (codec === "pcm16") return decodePcm16(bytes);
  const out = new Int16Array(bytes.length);
  const decode = codec === "g711_ulaw" ? ulawToLinear : alawToLinear;
  for (let i = 0; i < bytes.length; i++) out[i] = decode(bytes[i]);
  return out;
}

/** PCM16 samples → bytes of a codec. */
export function encodeAudio(samples: Int16Array, codec: AudioFormatInfo["codec"]): Uint8Array {
  if (codec === "pcm16") return encodePcm16(samples);
  const out = new Uint8Array(samples.length);
  const encode = codec === "g711_ulaw" ? linearToUlaw : linearToAlaw;
  for (let i = 0; i < samples.length; i++) out[i] = encode(samples[i]);
  return out;
}


/** PCM16 samples → base64 of their little-endian bytes. */
export function pcm16ToBase64(samples: Int16Array): string {
  return toBase64(encodePcm16(samples));
}

/** Base64 of PCM16 little-endian bytes → samples. */
export function base64ToPcm16(text: string): Int16Array {
  return decodePcm16(fromBase64(text));
}

/** Root mean square of `samples[start, end)`, in sample units (0 … 32768). */
export function rms(samples: Int16Array, start = 0, end = samples.length): number {
  if (end <= start) return 0;
  let sum = 0;
  for (let i = start; i < end; i++) sum += samples[i] * samples[i];
  return Math.sqrt(sum / (end - start));
}

/** Duration of `sampleCount` samples at `sampleRate`, in whole milliseconds. */
export function durationMs(sampleCount: number, sampleRate: number): number {
  return Math.round((sampleCount * 1000) / sampleRate);
}

/** Linear-interpolation resampling from one rate to another (a copy when the rates are equal). */
export function resample(samples: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (fromRate === toRate || samples.length === 0) return samples.slice();
  const n = Math.max(1, Math.round((samples.length * toRate) / fromRate));
  const out = new Int16Array(n);
  const step = fromRate / toRate;
  for (let i = 0; i < n; i++) {
    const x = i * step;
    const j = Math.floor(x);
    const a = samples[Math.min(j, samples.length - 1)];
    const b = samples[Math.min(j + 1, samples.length - 1)];
    out[i] = Math.round(a + (b - a) * (x - j));
  }
  return out;
}

/** Joins sample arrays. */
export function concatPcm16(parts: readonly Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Options of `tone`. */
export interface ToneOptions {
  /** Frequency in Hz. Default 440. */
  frequency?: number;
  /** Length in milliseconds. */
  durationMs: number;
  /** Sample rate in Hz. Default 24000. */
  sampleRate?: number;
  /** Peak amplitude in sample units (0 … 32767). Default 8000 (RMS ≈ 5657). */
  amplitude?: number;
}

/** A sine tone as PCM16 samples. */
export function tone({ frequency = 440, durationMs: ms, sampleRate = 24000, amplitude = 8000 }: ToneOptions): Int16Array {
  const n = Math.round((ms * sampleRate) / 1000);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate));
  return out;
}

/** Silence (zeros) as PCM16 samples. */
export function silence(ms: number, sampleRate = 24000): Int16Array {
  return new Int16Array(Math.round((ms * sampleRate) / 1000));
}

/**
 * About `ms` of a speech-like signal: voiced syllables (a gliding fundamental with formant-weighted
 * harmonics) about four per second, with short gaps between words. Deterministic, loud enough for
 * voice activity detection, and it sounds like mumbled speech.
 *
 * Every syllable's envelope, the shortened ones before a word gap included, rises from and falls to 0
 * with zero slope (sin²), and the signal's last 20 ms fade out: an envelope cut while the voice sounds
 * is a step in the waveform, which is heard as a click and carries energy across the whole band.
 */
export function speechLike(ms: number, sampleRate = 24000): Int16Array {
  const n = Math.round((ms * sampleRate) / 1000);
  const out = new Int16Array(n);
  const syllable = 0.23; // seconds per syllable
  const fadeOut = Math.max(1, Math.min(Math.round(0.02 * sampleRate), n >> 1));
  const vowels = [
    [1, 0.6, 0.45, 0.2, 0.1, 0.3, 0.15],
    [1, 0.3, 0.2, 0.5, 0.4, 0.15, 0.1],
    [1, 0.8, 0.3, 0.15, 0.3, 0.25, 0.2],
  ];
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / sampleRate;
    const k = Math.floor(t / syllable);
    const within = (t % syllable) / syllable;
    // Every fourth syllable closes early, leaving a short pause between words.
    const closes = k % 4 === 3 ? 0.55 : 0.85;
    const fade = Math.min(1, (n - 1 - i) / fadeOut);
    const envelope = Math.sin(Math.PI * Math.min(1, within / closes)) ** 2 * Math.sin((Math.PI / 2) * fade) ** 2;
    const f0 = 115 + 25 * Math.sin(2 * Math.PI * 0.7 * t) + 12 * ((k * 7) % 5);
    phase += (2 * Math.PI * f0) / sampleRate;
    const weights = vowels[k % 3];
    let v = 0;
    for (let h = 0; h < weights.length; h++) v += weights[h] * Math.sin((h + 1) * phase);
    out[i] = Math.round(envelope * 5200 * v);
  }
  return out;
}

// ---------------------------------------------------------------- G.711 (ITU-T), after the classic Sun reference code

const SEG_U_END = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff];
const SEG_A_END = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];

function segment(value: number, ends: number[]): number {
  for (let i = 0; i < ends.length; i++) if (value <= ends[i]) return i;
  return ends.length;
}

function linearToUlaw(sample: number): number {
  let v = sample >> 2;
  let mask = 0xff;
  if (v < 0) {
    v = -v;
    mask = 0x7f;
  }
  if (v > 8159) v = 8159;
  v += 0x21;
  const seg = segment(v, SEG_U_END);
  if (seg >= 8) return 0x7f ^ mask;
  return (((seg << 4) | ((v >> (seg + 1)) & 0x0f)) ^ mask) & 0xff;
}

function ulawToLinear(byte: number): number {
  const u = ~byte & 0xff;
  const t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
  return u & 0x80 ? 0x84 - t : t - 0x84;
}

function linearToAlaw(sample: number): number {
  let v = sample >> 3;
  let mask: number;
  if (v >= 0) {
    mask = 0xd5;
  } else {
    mask = 0x55;
    v = -v - 1;
  }
  const seg = segment(v, SEG_A_END);
  if (seg >= 8) return 0x7f ^ mask;
  let a = seg << 4;
  a |= seg < 2 ? (v >> 1) & 0x0f : (v >> seg) & 0x0f;
  return (a ^ mask) & 0xff;
}

function alawToLinear(byte: number): number {
  const a = byte ^ 0x55;
  let t = (a & 0x0f) << 4;
  const seg = (a & 0x70) >> 4;
  if (seg === 0) t += 8;
  else if (seg === 1) t += 0x108;
  else t = (t + 0x108) << (seg - 1);
  return a & 0x80 ? t : -t;
}
