/** `npm start`, the main job: a whole voice conversation against the local emulator, as a newcomer runs it. */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readWav } from "../../src/audio/index.js";

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
      const bytes = readFileSync(output);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      // The format chunk of a plain 16-bit PCM file: format 1, mono, 24 kHz, 16 bits.
      assert.deepEqual([view.getUint16(20, true), view.getUint16(22, true), view.getUint32(24, true), view.getUint16(34, true)], [1, 1, 24000, 16]);
      const samples = readWav(bytes).channels[0];
      assert.ok(samples.length > 24000, "over a second of reply audio");
      assert.ok(samples.some((s) => Math.abs(s) > 1000 / 32768), "the reply is not silence");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers a real speech recording (espeak-ng, 22.05 kHz, no trailing silence) with HTTPS_PROXY and HTTP_PROXY set", async function () {
    this.timeout(60_000);
    // test/fixtures/speech-22k.wav: espeak-ng saying "What is the weather like in Seattle today?", its
    // trailing silence cut with sox. The proxy variables name a port nothing listens on: the emulator is
    // on loopback, which never goes through a proxy, so the conversation must not notice them.
    const input = fileURLToPath(new URL("../fixtures/speech-22k.wav", import.meta.url));
    const env = { ...process.env, HTTPS_PROXY: "http://127.0.0.1:9", HTTP_PROXY: "http://127.0.0.1:9", ALL_PROXY: "http://127.0.0.1:9" };
    const { stdout } = await promisify(execFile)("npm", ["start", "--silent", "--", "--input", input], { cwd: root, env });
    for (const step of ["speech started", "speech stopped", "input committed", "first audio", "response done"]) {
      assert.match(stdout, new RegExp(`\\+\\d+\\.\\d{3} s  ${step}`), step);
    }
    assert.match(stdout, /assistant said +"I heard \d+ ms of audio\."/);
  });
});
