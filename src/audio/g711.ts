/**
 * G.711 (ITU-T Recommendation G.711, 1988), the telephone codecs a session takes as `g711_ulaw` and
 * `g711_alaw`: one byte per sample at 8 kHz, 16-bit linear samples compressed on a logarithmic scale
 * of 8 segments of 16 steps each. Pure, no Node import.
 *
 * The rules, from the Recommendation's tables:
 * - μ-law works on 14-bit magnitudes: the magnitude plus a bias of 33 falls in one of 8 segments,
 *   segment s spanning [2^(s+5), 2^(s+6)) of the biased value; the code is sign, segment and the 4 bits
 *   after the segment's leading 1, all inverted (so that silence, 0, is 0xFF, a line with many ones).
 * - A-law works on 13-bit magnitudes: segments 0 and 1 share one step size (linear near zero), segment
 *   s ≥ 1 spans [2^(s+4), 2^(s+5)); the code is sign (1 for positive), segment and 4 step bits, with
 *   the even bits inverted (XOR 0x55).
 * - Decoding gives the middle of the step's interval.
 * Negative samples take their one's complement (~x) before the shift, as the ITU's reference code
 * (G.191, the Software Tools Library's `ulaw_compress` and `alaw_compress`) does; the widespread Sun
 * code negates (-x) for μ-law instead, which puts a few negative samples one step higher.
 * Here the 16-bit samples are scaled to those widths by dropping 2 (μ-law) or 3 (A-law) low bits, and
 * decoded values are scaled back.
 */
import { checkPcm16 } from "./pcm.js";

const ULAW_BIAS = 33;
const ULAW_MAX = 8191; // largest 14-bit magnitude that still fits the top segment once biased

function ulawByte(sample: number): number {
  const sign = sample < 0 ? 0x80 : 0;
  // Magnitude of the 14-bit sample; -1 becomes 0 rather than 1, as the Recommendation's 14-bit input has both zeros.
  let magnitude = (sample < 0 ? ~sample : sample) >> 2;
  if (magnitude > ULAW_MAX - ULAW_BIAS) magnitude = ULAW_MAX - ULAW_BIAS;
  const biased = magnitude + ULAW_BIAS;
  let segment = 0;
  while (segment < 7 && biased >= 1 << (segment + 6)) segment++;
  const step = (biased >> (segment + 1)) & 0x0f;
  return ~(sign | (segment << 4) | step) & 0xff;
}

function ulawSample(byte: number): number {
  const code = ~byte & 0xff;
  const segment = (code >> 4) & 0x07;
  const step = code & 0x0f;
  // The interval's middle in biased 14-bit units: (2 × step + 33) × 2^segment, less the bias; × 4 to 16 bits.
  const magnitude = (((2 * step + 33) << segment) - ULAW_BIAS) << 2;
  return code & 0x80 ? -magnitude : magnitude;
}

function alawByte(sample: number): number {
  const positive = sample >= 0;
  // 13-bit magnitude; negative samples use one's complement so the ranges of both signs are equal.
  const magnitude = (positive ? sample : ~sample) >> 3;
  let segment = 0;
  while (segment < 7 && magnitude >= 1 << (segment + 5)) segment++;
  const step = (segment === 0 ? magnitude >> 1 : magnitude >> segment) & 0x0f;
  return ((positive ? 0x80 : 0) | (segment << 4) | step) ^ 0x55;
}

function alawSample(byte: number): number {
  const code = byte ^ 0x55;
  const segment = (code >> 4) & 0x07;
  const step = code & 0x0f;
  // The interval's middle in 13-bit units: segment 0 has steps of 2 from 0, segment s ≥ 1 steps of 2^s from 2^(s+4).
  const magnitude = (segment === 0 ? 2 * step + 1 : (2 * step + 33) << (segment - 1)) << 3;
  return code & 0x80 ? magnitude : -magnitude;
}

function encode(pcm16: Uint8Array, where: string, f: (sample: number) => number): Uint8Array {
  checkPcm16(pcm16, where);
  const view = new DataView(pcm16.buffer, pcm16.byteOffset, pcm16.byteLength);
  const out = new Uint8Array(pcm16.byteLength >> 1);
  for (let i = 0; i < out.length; i++) out[i] = f(view.getInt16(2 * i, true));
  return out;
}

function decode(bytes: Uint8Array, f: (byte: number) => number): Uint8Array {
  const out = new Uint8Array(bytes.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < bytes.length; i++) view.setInt16(2 * i, f(bytes[i]), true);
  return out;
}

/** PCM16 little-endian bytes → G.711 μ-law bytes (one per sample). The rate is unchanged: resample to 8 kHz first. */
export function encodeMulaw(pcm16: Uint8Array): Uint8Array {
  return encode(pcm16, "encodeMulaw", ulawByte);
}

/** G.711 μ-law bytes → PCM16 little-endian bytes. */
export function decodeMulaw(bytes: Uint8Array): Uint8Array {
  return decode(bytes, ulawSample);
}

/** PCM16 little-endian bytes → G.711 A-law bytes (one per sample). The rate is unchanged: resample to 8 kHz first. */
export function encodeAlaw(pcm16: Uint8Array): Uint8Array {
  return encode(pcm16, "encodeAlaw", alawByte);
}

/** G.711 A-law bytes → PCM16 little-endian bytes. */
export function decodeAlaw(bytes: Uint8Array): Uint8Array {
  return decode(bytes, alawSample);
}

/** One μ-law byte → a 16-bit sample (for WAV files, which store one code per sample). */
export const mulawToSample = ulawSample;
/** One A-law byte → a 16-bit sample. */
export const alawToSample = alawSample;
