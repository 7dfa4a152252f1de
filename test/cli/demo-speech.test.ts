/**
 * The demo's synthetic speech (`speechLike`, what `npm start` says and what the emulator replies
 * with) has no clicks: its syllables fade in and out smoothly at word gaps and at its end, so the
 * signal has no sample-to-sample step and no broadband energy where its envelope closes.
 */
import assert from "node:assert/strict";
import { speechLike } from "../../src/emulator/audio.js";

/** The largest second difference |x[i+1] − 2x[i] + x[i−1]|: small for the voiced harmonics (under 1.5 kHz), about the size of the step for a cut. */
function maxCurvature(x: Int16Array): number {
  let worst = 0;
  for (let i = 1; i < x.length - 1; i++) worst = Math.max(worst, Math.abs(x[i + 1] - 2 * x[i] + x[i - 1]));
  return worst;
}

/** Energy above about 4 kHz (a 3-point high-pass's output) in each 10 ms window, as a share of the signal's mean window energy. */
function highBandPeaks(x: Int16Array, rate: number): number {
  const window = rate / 100;
  let total = 0;
  const windows: number[] = [];
  for (let start = 0; start + window <= x.length; start += window) {
    let high = 0;
    let all = 0;
    for (let i = Math.max(1, start); i < Math.min(x.length - 1, start + window); i++) {
      const h = (-x[i - 1] + 2 * x[i] - x[i + 1]) / 4;
      high += h * h;
      all += x[i] * x[i];
    }
    windows.push(high);
    total += all;
  }
  const meanEnergy = total / windows.length;
  return Math.max(...windows) / meanEnergy;
}

describe("the demo's synthetic speech", () => {
  for (const [ms, rate] of [
    [1900, 24000],
    [2200, 24000],
    [3000, 16000],
    [1234, 24000],
    [5000, 8000],
  ]) {
    it(`${ms} ms at ${rate} Hz: no step at word gaps or at the end`, () => {
      const x = speechLike(ms, rate);
      const limit = 1500 * (24000 / rate) ** 2; // the harmonics' own curvature grows as the rate falls
      assert.ok(maxCurvature(x) < limit, `curvature ${maxCurvature(x)} ≥ ${limit}`);
      assert.ok(Math.abs(x[x.length - 1]) < 50, `the last sample is ${x[x.length - 1]}`);
      assert.ok(highBandPeaks(x, rate) < 0.02, `high band ${highBandPeaks(x, rate)}`);
    });
  }

  it("still sounds like speech: loud syllables with quiet gaps between words", () => {
    const x = speechLike(2000);
    const level = (from: number, to: number) => Math.sqrt(x.subarray(from, to).reduce((s, v) => s + v * v, 0) / (to - from));
    assert.ok(level(0, x.length) > 1638, "louder than the emulator's VAD threshold");
    // The fourth syllable (0.69 … 0.92 s) closes early for a gap between words.
    assert.ok(level(Math.round(0.86 * 24000), Math.round(0.92 * 24000)) < 50);
  });
});
