/** `npm start`, the main job: a whole voice conversation against the local emulator, as a newcomer runs it. */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { WaveFile } from "../../src/cli/audio.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("npm start", () => {
  it("holds a voice conversation with the emulator, prints a timeline, writes a playable WAV and exits 0", async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), "voicelive-start-"));
    const output = join(dir, "reply.wav");
    try {
      const { stdout } = await promisify(execFile)("npm", ["start", "--silent", "--", "--output", output], { cwd: root });
      for (const step of ["session ready", "speech started", "speech stopped", "input committed", "response started", "first audio", "assistant said", "response done"]) {
        assert.match(stdout, new RegExp(`\\+\\d+\\.\\d{3} s  ${step}`), step);
      }
      assert.match(stdout, /assistant said +"I heard \d+ ms of audio\."/);
      const wav = new WaveFile(readFileSync(output));
      const fmt = wav.fmt as { numChannels: number; sampleRate: number; bitsPerSample: number; audioFormat: number };
      assert.deepEqual([fmt.audioFormat, fmt.numChannels, fmt.sampleRate, fmt.bitsPerSample], [1, 1, 24000, 16]);
      const samples = wav.getSamples(false, Int16Array) as unknown as Int16Array;
      assert.ok(samples.length > 24000, "over a second of reply audio");
      assert.ok(samples.some((s) => Math.abs(s) > 1000), "the reply is not silence");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
