/** ai-voicelive/audio: resampling, channel mixing, Float32 ↔ PCM16, and G.711 against the Recommendation's values. */
import assert from "node:assert/strict";
import { isVoiceLiveError } from "../../src/index.js";
import { decodeAlaw, decodeMulaw, encodeAlaw, encodeMulaw, float32ToPcm16, mixToMono, pcm16ToFloat32, resample } from "../../src/audio/index.js";
import { frequencyOf, shareAt, sine } from "./helpers.js";

const pcm16Of = (samples: number[]) => new Uint8Array(new Int16Array(samples).buffer);
const samplesOf = (bytes: Uint8Array) => [...new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))];

describe("audio: resample", () => {
  const rates = [8000, 16000, 22050, 24000, 44100, 48000];
  for (const from of rates) {
    for (const to of [8000, 16000, 24000]) {
      if (from === to) continue;
      it(`${from} Hz → ${to} Hz keeps the length and a sine's frequency and level`, () => {
        const input = sine(700, from, 1.5, 0.5);
        const out = resample(input, from, to);
        assert.equal(out.length, Math.round((input.length * to) / from));
        assert.ok(Math.abs(frequencyOf(out, to) - 700) < 0.2, `frequency ${frequencyOf(out, to)}`);
        const middle = out.subarray(out.length / 4, (out.length * 3) / 4);
        const peak = Math.max(...middle.map(Math.abs));
        assert.ok(Math.abs(peak - 0.5) < 0.01, `peak ${peak}`);
      });
    }
  }

  it("removes what lies above the new Nyquist frequency instead of folding it down", () => {
    // 7 kHz at 48 kHz would alias to 1 kHz at 8 kHz if it were only interpolated.
    const out = resample(sine(7000, 48000, 1, 0.5), 48000, 8000);
    const middle = out.subarray(1000, 7000);
    const rms = Math.sqrt(middle.reduce((s, x) => s + x * x, 0) / middle.length);
    assert.ok(rms < 0.005, `rms ${rms}`);
    // What is below it passes.
    const kept = resample(sine(3000, 48000, 1, 0.5), 48000, 8000).subarray(1000, 7000);
    assert.ok(shareAt(kept, 8000, 3000) > 0.98);
  });

  it("copies at equal rates and refuses rates that are not whole positive numbers", () => {
    const x = new Float32Array([0.1, 0.2]);
    const y = resample(x, 16000, 16000);
    assert.deepEqual(y, x);
    assert.notEqual(y, x);
    for (const bad of [0, -8000, 44.1, NaN]) assert.throws(() => resample(x, bad, 16000), (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT");
  });
});

describe("audio: channels and sample formats", () => {
  it("mixes stereo to mono by averaging, and refuses channels of different lengths", () => {
    assert.deepEqual(mixToMono([new Float32Array([1, 0.5, -1]), new Float32Array([0, 0.5, -1])]), new Float32Array([0.5, 0.5, -1]));
    assert.deepEqual(mixToMono([new Float32Array([0.25])]), new Float32Array([0.25]));
    assert.throws(() => mixToMono([new Float32Array(2), new Float32Array(3)]), /channel 1 has 3 samples/);
    assert.throws(() => mixToMono([]), /at least one channel/);
  });

  it("clips Float32 outside [-1, 1] to full scale instead of wrapping around", () => {
    assert.deepEqual(samplesOf(float32ToPcm16(new Float32Array([0, 0.5, -0.5, 1, -1, 1.5, -7, 0.99999, NaN, Infinity, -Infinity]))), [
      0, 16384, -16384, 32767, -32768, 32767, -32768, 32767, 0, 32767, -32768,
    ]);
  });

  it("round-trips every PCM16 value through Float32 exactly", () => {
    const all = new Int16Array(65536);
    for (let i = 0; i < all.length; i++) all[i] = i - 32768;
    const bytes = new Uint8Array(all.buffer);
    const floats = pcm16ToFloat32(bytes);
    assert.equal(floats[0], -1);
    assert.ok(floats.every((f) => f >= -1 && f < 1));
    assert.deepEqual(float32ToPcm16(floats), bytes);
    assert.throws(() => pcm16ToFloat32(new Uint8Array(3)), /3 bytes, not a whole number of 16-bit samples/);
  });
});

describe("audio: G.711", () => {
  // Reference values worked out by hand from the Recommendation's rules (ITU-T G.711, tables 1 and 2;
  // summarised in src/audio/g711.ts), a 16-bit sample taken as 14-bit (μ-law) or 13-bit (A-law) by its
  // top bits, a negative one by its one's complement as in the ITU's reference code (G.191):
  // μ-law, code = ~(sign | segment << 4 | step), segment s holding biased magnitudes [2^(s+5), 2^(s+6)):
  //   0 → 0 + 33 = 33: segment 0, step (33 >> 1) & 15 = 0 → 0xFF;   -1 → ~-1 = 0, the same with the sign: 0x7F
  //   100 → 25 + 33 = 58: segment 0, step 29 & 15 = 13 → ~0x0D = 0xF2
  //   1000 → 250 + 33 = 283: segment 3, step (283 >> 4) & 15 = 1 → ~0x31 = 0xCE;   -1000 → 999 >> 2 = 249 → 282 → ~0xB1 = 0x4E
  //   8000 → 2000 + 33 = 2033: segment 5, step (2033 >> 6) & 15 = 15 → ~0x5F = 0xA0
  //   full scale → segment 7, step 15: 0x80 and 0x00
  // A-law, code = (sign, 1 for positive | segment << 4 | step) ^ 0x55, segment 0 [0, 32), segment s ≥ 1 [2^(s+4), 2^(s+5)):
  //   0 → 0x80 ^ 0x55 = 0xD5;   -1 → ~-1 = 0 → 0x00 ^ 0x55 = 0x55
  //   100 → 12: segment 0, step 12 >> 1 = 6 → 0x86 ^ 0x55 = 0xD3
  //   1000 → 125: segment 2, step (125 >> 2) & 15 = 15 → 0xAF ^ 0x55 = 0xFA;   -1000 → 999 >> 3 = 124 → 0x2F ^ 0x55 = 0x7A
  //   8000 → 1000: segment 5, step (1000 >> 5) & 15 = 15 → 0xDF ^ 0x55 = 0x8A
  //   full scale → segment 7, step 15: 0xFF ^ 0x55 = 0xAA and 0x7F ^ 0x55 = 0x2A
  // Decoding gives the step's middle: μ-law 0xCE → ((2·1 + 33) << 3) − 33 = 247 → × 4 = 988; 0x80 → (63 << 7) − 33 = 8031 → 32124;
  // A-law 0xD5 → (2·0 + 1) × 8 = 8; 0xFA → ((2·15 + 33) << 1) × 8 = 1008; 0xAA → (63 << 6) × 8 = 32256.
  it("encodes μ-law as the Recommendation's table", () => {
    const cases: [number, number][] = [
      [0, 0xff],
      [-1, 0x7f], // one's complement: -1 is the negative zero
      [32767, 0x80],
      [-32768, 0x00],
      [1000, 0xce],
      [-1000, 0x4e],
      [100, 0xf2],
      [8000, 0xa0],
    ];
    assert.deepEqual([...encodeMulaw(pcm16Of(cases.map((c) => c[0])))], cases.map((c) => c[1]));
  });

  it("encodes A-law as the Recommendation's table", () => {
    const cases: [number, number][] = [
      [0, 0xd5],
      [-1, 0x55],
      [32767, 0xaa],
      [-32768, 0x2a],
      [1000, 0xfa],
      [-1000, 0x7a],
      [100, 0xd3],
      [8000, 0x8a],
    ];
    assert.deepEqual([...encodeAlaw(pcm16Of(cases.map((c) => c[0])))], cases.map((c) => c[1]));
  });

  it("decodes to the middle of each step, and encoding a decoded value gives the code back", () => {
    assert.deepEqual(samplesOf(decodeMulaw(new Uint8Array([0xff, 0x7f, 0x80, 0x00, 0xce]))), [0, 0, 32124, -32124, 988]);
    assert.deepEqual(samplesOf(decodeAlaw(new Uint8Array([0xd5, 0x55, 0xaa, 0x2a, 0xfa]))), [8, -8, 32256, -32256, 1008]);
    const codes = new Uint8Array(256).map((_, i) => i);
    for (const [decode, encode] of [
      [decodeMulaw, encodeMulaw],
      [decodeAlaw, encodeAlaw],
    ] as const) {
      const back = encode(decode(codes));
      // μ-law has two zeros (0xFF and 0x7F); both decode to 0, which encodes as 0xFF.
      assert.deepEqual([...back].map((c, i) => (c === i ? i : `${i}→${c}`)).filter((c) => typeof c === "string"), decode === decodeMulaw ? ["127→255"] : []);
    }
  });

  it("keeps a voice-level sine within the codec's error (about 3% of the level)", () => {
    const pcm = float32ToPcm16(sine(400, 8000, 0.5, 0.3));
    for (const [encode, decode] of [
      [encodeMulaw, decodeMulaw],
      [encodeAlaw, decodeAlaw],
    ] as const) {
      const a = samplesOf(pcm);
      const b = samplesOf(decode(encode(pcm)));
      const error = Math.sqrt(a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0) / a.length);
      assert.ok(error < 0.03 * 0.3 * 32768 * 0.7071, `rms error ${error}`);
    }
  });
});
