/** ai-voicelive/audio: WAV files in every format a recorder writes, read back; 16-bit PCM written. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isVoiceLiveError } from "../../src/index.js";
import { encodeAlaw, encodeMulaw, float32ToPcm16, pcm16ToFloat32, readWav, wavToPcm16, writeWav } from "../../src/audio/index.js";
import { buildWav, frequencyOf, hasSox, sine, type WavSpec } from "./helpers.js";

const pcm16Of = (samples: number[]) => new Uint8Array(new Int16Array(samples).buffer);
const byte = (encode: (pcm: Uint8Array) => Uint8Array) => (s: number) => encode(pcm16Of([s]))[0];

function refused(f: () => unknown, pattern: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(isVoiceLiveError(e), String(e));
    assert.equal(e.code, "INVALID_ARGUMENT");
    assert.match(e.message, pattern);
    return true;
  });
}

describe("audio: WAV", () => {
  const left = sine(440, 16000, 0.25, 0.6);
  const right = sine(1000, 16000, 0.25, -0.3);

  const formats: [string, WavSpec, number, ((s: number) => number)?][] = [
    ["8-bit PCM", { format: 1, bits: 8, rate: 16000, channels: 2 }, 1 / 100],
    ["16-bit PCM", { format: 1, bits: 16, rate: 16000, channels: 2 }, 1e-4],
    ["24-bit PCM", { format: 1, bits: 24, rate: 16000, channels: 2 }, 1e-6],
    ["32-bit PCM", { format: 1, bits: 32, rate: 16000, channels: 2 }, 1e-8],
    ["32-bit float", { format: 3, bits: 32, rate: 16000, channels: 2 }, 1e-7],
    ["64-bit float", { format: 3, bits: 64, rate: 16000, channels: 2 }, 1e-7],
    ["μ-law", { format: 7, bits: 8, rate: 16000, channels: 2 }, 0.02, byte(encodeMulaw)],
    ["A-law", { format: 6, bits: 8, rate: 16000, channels: 2 }, 0.02, byte(encodeAlaw)],
    ["extensible 24-bit PCM", { format: 1, bits: 24, rate: 16000, channels: 2, extensible: true }, 1e-6],
    ["extensible 32-bit float", { format: 3, bits: 32, rate: 16000, channels: 2, extensible: true }, 1e-7],
  ];
  for (const [name, spec, tolerance, encodeByte] of formats) {
    it(`reads ${name}, stereo: the rate, both channels, every sample`, () => {
      const wav = readWav(buildWav(spec, [left, right], encodeByte));
      assert.equal(wav.sampleRate, 16000);
      assert.equal(wav.channels.length, 2);
      for (const [c, expected] of [left, right].entries()) {
        assert.equal(wav.channels[c].length, expected.length);
        let worst = 0;
        for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(wav.channels[c][i] - expected[i]));
        assert.ok(worst <= tolerance, `channel ${c}: off by ${worst}`);
      }
    });
  }

  it("writes 16-bit PCM that reads back bit for bit, mono and stereo", () => {
    const samples = pcm16Of([0, 1, -1, 32767, -32768, 1234, -4321, 7]);
    for (const channels of [1, 2]) {
      const file = writeWav(samples, { sampleRate: 22050, channels });
      assert.equal(file.length, 44 + samples.length);
      const wav = readWav(file);
      assert.equal(wav.sampleRate, 22050);
      assert.equal(wav.channels.length, channels);
      const interleaved = new Float32Array(samples.length / 2);
      wav.channels.forEach((ch, c) => ch.forEach((s, i) => (interleaved[i * channels + c] = s)));
      assert.deepEqual(float32ToPcm16(interleaved), samples);
    }
  });

  it("turns any WAV into the session's mono PCM16: 44.1 kHz stereo to 24 kHz", () => {
    const rate = 44100;
    const file = buildWav({ format: 1, bits: 16, rate, channels: 2 }, [sine(300, rate, 1, 0.4), sine(300, rate, 1, 0.4)]);
    const pcm = wavToPcm16(file);
    assert.equal(pcm.length, 2 * 24000);
    const samples = pcm16ToFloat32(pcm);
    assert.ok(Math.abs(frequencyOf(samples, 24000) - 300) < 0.5);
    assert.ok(Math.abs(Math.max(...samples) - 0.4) < 0.01, "the level is kept");
    assert.equal(wavToPcm16(file, { sampleRate: 8000 }).length, 2 * 8000);
  });

  it("reads a data chunk whose size runs past the end (a recording streamed to a pipe)", () => {
    const file = writeWav(pcm16Of([1, 2, 3, 4]), { sampleRate: 8000 });
    new DataView(file.buffer).setUint32(40, 0xffffffff, true);
    assert.equal(readWav(file).channels[0].length, 4);
  });

  it("refuses what it cannot read, saying what and how to convert", () => {
    refused(() => readWav(new TextEncoder().encode("ID3 this is an mp3")), /not a WAV file/);
    refused(() => readWav(new Uint8Array(0)), /not a WAV file/);
    const adpcm = buildWav({ format: 1, bits: 16, rate: 8000, channels: 1 }, [new Float32Array(4)]);
    new DataView(adpcm.buffer).setUint16(32, 2, true); // the fmt chunk's format code: MS ADPCM
    refused(() => readWav(adpcm), /0x0002 \(MS ADPCM\).*not supported.*sox/);
    const noData = writeWav(pcm16Of([1]), { sampleRate: 8000 }).subarray(0, 36);
    refused(() => readWav(noData), /no "data" chunk/);
    refused(() => writeWav(new Uint8Array(3), { sampleRate: 8000 }), /3 bytes/);
    refused(() => writeWav(new Uint8Array(2), { sampleRate: 0 }), /sample rate/);
    refused(() => wavToPcm16(writeWav(new Uint8Array(2), { sampleRate: 8000 }), { sampleRate: 44.1 }), /sample rate/);
  });

  it("reads the files sox writes, in each format", function () {
    if (!hasSox) return this.skip(); // sox is not installed: apt-get install sox
    const dir = mkdtempSync(join(tmpdir(), "voicelive-wav-"));
    try {
      for (const [args, rate] of [
        [["-e", "signed-integer", "-b", "16"], 48000],
        [["-e", "unsigned-integer", "-b", "8"], 8000],
        [["-e", "signed-integer", "-b", "24"], 22050],
        [["-e", "floating-point", "-b", "32"], 44100],
        [["-e", "mu-law"], 8000],
        [["-e", "a-law"], 8000],
      ] as const) {
        const file = join(dir, `${args.join("")}.wav`);
        const made = spawnSync("sox", ["-n", "-r", String(rate), "-c", "2", ...args, file, "synth", "0.5", "sine", "500", "vol", "0.5"]);
        assert.equal(made.status, 0, made.stderr.toString());
        const wav = readWav(readFileSync(file));
        assert.equal(wav.sampleRate, rate, file);
        assert.equal(wav.channels.length, 2);
        assert.equal(wav.channels[0].length, rate / 2);
        assert.ok(Math.abs(frequencyOf(wav.channels[1], rate) - 500) < 1, `${args.join(" ")}: a 500 Hz sine`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
