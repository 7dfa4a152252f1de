/** Test helpers for the audio tests: signals, frequency estimates, and WAV files built by hand in every format. */
import { spawnSync } from "node:child_process";

/** A sine at `frequency` Hz, `seconds` long, at `rate`, peak `amplitude`. */
export function sine(frequency: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  const out = new Float32Array(Math.round(rate * seconds));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / rate);
  return out;
}

/** The frequency of a sine, from its rising zero crossings (interpolated), away from the edges. */
export function frequencyOf(samples: Float32Array, rate: number): number {
  const skip = Math.floor(samples.length / 10);
  const crossings: number[] = [];
  for (let i = skip; i < samples.length - skip - 1; i++) {
    if (samples[i] <= 0 && samples[i + 1] > 0) crossings.push(i + samples[i] / (samples[i] - samples[i + 1]));
  }
  return ((crossings.length - 1) * rate) / (crossings[crossings.length - 1] - crossings[0]);
}

/** Energy of `samples` at `frequency` relative to its total energy (a single-bin DFT). */
export function shareAt(samples: Float32Array, rate: number, frequency: number): number {
  let re = 0;
  let im = 0;
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    re += samples[i] * Math.cos((2 * Math.PI * frequency * i) / rate);
    im += samples[i] * Math.sin((2 * Math.PI * frequency * i) / rate);
    total += samples[i] * samples[i];
  }
  return (2 * (re * re + im * im)) / samples.length / total;
}

export interface WavSpec {
  format: 1 | 3 | 6 | 7;
  bits: number;
  extensible?: boolean;
  rate: number;
  channels: number;
}

/** A WAV file in `spec`'s format, written by hand (with an odd-sized chunk before the samples, as some tools write). */
export function buildWav(spec: WavSpec, channels: Float32Array[], encodeByte?: (sample16: number) => number): Uint8Array {
  const width = spec.bits / 8;
  const frames = channels[0].length;
  const data = new Uint8Array(frames * spec.channels * width);
  const view = new DataView(data.buffer);
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < spec.channels; c++) {
      const s = channels[c][i];
      const at = (i * spec.channels + c) * width;
      if (spec.format === 3) {
        if (spec.bits === 32) view.setFloat32(at, s, true);
        else view.setFloat64(at, s, true);
      } else if (spec.format === 6 || spec.format === 7) {
        view.setUint8(at, encodeByte!(Math.round(s * 32767)));
      } else if (spec.bits === 8) view.setUint8(at, Math.round(s * 127) + 128);
      else if (spec.bits === 16) view.setInt16(at, Math.round(s * 32767), true);
      else if (spec.bits === 24) {
        const v = Math.round(s * 8388607);
        view.setUint8(at, v & 0xff);
        view.setUint8(at + 1, (v >> 8) & 0xff);
        view.setInt8(at + 2, v >> 16);
      } else view.setInt32(at, Math.round(s * 2147483647), true);
    }
  }
  const fmtSize = spec.extensible ? 40 : 16;
  const junk = 3; // an odd chunk, padded to 4
  const out = new Uint8Array(12 + 8 + junk + 1 + 8 + fmtSize + 8 + data.length);
  const v = new DataView(out.buffer);
  const text = (at: number, s: string) => [...s].forEach((ch, i) => v.setUint8(at + i, ch.charCodeAt(0)));
  text(0, "RIFF");
  v.setUint32(4, out.length - 8, true);
  text(8, "WAVE");
  let at = 12;
  text(at, "LIST");
  v.setUint32(at + 4, junk, true);
  at += 8 + junk + 1;
  text(at, "fmt ");
  v.setUint32(at + 4, fmtSize, true);
  v.setUint16(at + 8, spec.extensible ? 0xfffe : spec.format, true);
  v.setUint16(at + 10, spec.channels, true);
  v.setUint32(at + 12, spec.rate, true);
  v.setUint32(at + 16, spec.rate * spec.channels * width, true);
  v.setUint16(at + 20, spec.channels * width, true);
  v.setUint16(at + 22, spec.bits, true);
  if (spec.extensible) {
    v.setUint16(at + 24, 22, true);
    v.setUint16(at + 26, spec.bits, true);
    v.setUint32(at + 28, spec.channels === 2 ? 3 : 4, true);
    v.setUint16(at + 32, spec.format, true); // the GUID's first two bytes; the rest is the fixed suffix
    out.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], at + 34);
  }
  at += 8 + fmtSize;
  text(at, "data");
  v.setUint32(at + 4, data.length, true);
  out.set(data, at + 8);
  return out;
}

/** Whether sox is installed (the tests that run it are skipped, saying so, when it is not). */
export const hasSox = spawnSync("sox", ["--version"], { stdio: "ignore" }).status === 0;
