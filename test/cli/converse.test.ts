/**
 * `ai-voicelive` (converse), as a newcomer runs it: any WAV as input, files checked before anything
 * starts, every failure a quick exit with one line, and a timeline with a hint when no reply comes.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { float32ToPcm16, readWav, resample, writeWav } from "../../src/audio/index.js";
import { speechLike } from "../../src/emulator/audio.js";
import { bin, lastLine, runCli } from "./run-cli.js";

/** The demo's speech-like signal as a WAV at `rate` with `channels` channels, ending right where the speech ends. */
function speechWav(rate: number, channels: number, ms = 1600): Uint8Array {
  const at24k = Float32Array.from(speechLike(ms), (s) => s / 32768);
  const mono = resample(at24k, 24000, rate);
  const interleaved = new Float32Array(mono.length * channels);
  mono.forEach((s, i) => interleaved.fill(s, i * channels, (i + 1) * channels));
  return writeWav(float32ToPcm16(interleaved), { sampleRate: rate, channels });
}

describe("ai-voicelive converse", function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "voicelive-converse-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("answers a 44.1 kHz stereo recording that ends without silence, quickly", async () => {
    const input = join(dir, "speech-44k-stereo.wav");
    writeFileSync(input, speechWav(44100, 2));
    const output = join(dir, "reply.wav");
    const run = await runCli(["--input", input, "--output", output, "--fast"], { timeoutMs: 20_000 });
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.ok(run.ms < 15_000, `took ${run.ms} ms`);
    assert.match(run.stdout, /speech stopped/);
    assert.match(run.stdout, /assistant said +"I heard \d+ ms of audio\."/);
    const reply = readWav(readFileSync(output));
    assert.equal(reply.sampleRate, 24000);
    assert.ok(reply.channels[0].length > 12000);
  });

  for (const [rate, channels] of [
    [8000, 1],
    [22050, 2],
    [48000, 1],
  ]) {
    it(`takes a ${rate} Hz ${channels === 1 ? "mono" : "stereo"} WAV`, async () => {
      const input = join(dir, `speech-${rate}-${channels}.wav`);
      writeFileSync(input, speechWav(rate, channels));
      const run = await runCli(["--input", input, "--output", join(dir, `reply-${rate}.wav`), "--fast"], { timeoutMs: 20_000 });
      assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
      assert.match(run.stdout, /response done +completed/);
    });
  }

  it("fails at once, in one line, for a missing input, an input that is not WAV, and an output it cannot write", async () => {
    const notWav = join(dir, "notes.txt");
    writeFileSync(notWav, "these are not samples\n");
    const cases: [string[], RegExp][] = [
      [["--input", join(dir, "missing.wav")], /--input .*missing\.wav.*(no such file|does not exist)/],
      [["--input", notWav], /--input .*notes\.txt.*not a WAV file/],
      [["--output", "/nonexistent/x.wav"], /--output \/nonexistent\/x\.wav.*\/nonexistent/],
      [["--output", dir], /--output .* is a folder/],
    ];
    for (const [args, pattern] of cases) {
      const run = await runCli(args, { timeoutMs: 10_000 });
      assert.notEqual(run.code, null, `${args.join(" ")}: still running after 10 s`);
      assert.notEqual(run.code, 0, args.join(" "));
      assert.ok(run.ms < 8000, `${args.join(" ")}: took ${run.ms} ms`);
      assert.match(lastLine(run.stderr), pattern);
      assert.equal(run.stderr.trim().split("\n").length, 1, `one line: ${run.stderr}`);
      assert.doesNotMatch(run.stdout, /streaming|session ready/, "nothing was started");
    }
  });

  it("refuses unknown options, options of other commands and extra arguments, in one line", async () => {
    for (const [args, pattern] of [
      [["--port", "8080"], /unknown option --port/],
      [["converse", "--quiet"], /unknown option --quiet/],
      [["converse", "extra.wav"], /unexpected argument "extra\.wav"/],
      [["--timeout", "soon"], /--timeout must be a number of seconds/],
      [["--input"], /--input needs a value/],
      [["--endpoint", "not a url"], /--endpoint/],
      [["--api-version", "banana"], /banana.*2025-10-01/],
    ] as const) {
      const run = await runCli([...args], { timeoutMs: 10_000 });
      assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
      assert.match(lastLine(run.stderr), pattern);
      assert.ok(run.stderr.trim().split("\n").length <= 2, run.stderr);
    }
  });

  it("on a timeout prints the timeline so far and what was missing, with rounded times, and exits 1", async () => {
    const silent = join(dir, "silence.wav");
    writeFileSync(silent, writeWav(new Uint8Array(16000 * 2), { sampleRate: 16000 }));
    const run = await runCli(["--input", silent, "--output", join(dir, "none.wav"), "--fast", "--timeout", "2.5"], { timeoutMs: 15_000 });
    assert.equal(run.code, 1, run.stderr);
    assert.ok(run.ms < 10_000, `took ${run.ms} ms`);
    const all = run.stdout + run.stderr;
    assert.match(all, /\+\d+\.\d{3} s +session\.created/, "the events received, with relative times");
    assert.match(all, /\+\d+\.\d{3} s +input_audio_buffer\.append|session\.updated/);
    assert.match(lastLine(run.stderr), /no reply within 2\.5 s: no speech detected: input_audio_buffer\.speech_started never arrived; is the input silent or too short\?/);
    assert.doesNotMatch(all, /\d+\.\d{4,}/, "no unrounded durations");
  });

  it("stops on Ctrl+C mid-conversation: closes the session and the emulator, and exits at once", async () => {
    const child = spawn(process.execPath, [bin, "--output", join(dir, "interrupted.wav")], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => void (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => void (err += d.toString()));
    try {
      while (!/streaming/.test(out)) await new Promise((r) => setTimeout(r, 50));
      const sent = performance.now();
      child.kill("SIGINT");
      const [code] = await once(child, "exit");
      assert.equal(code, 1, err);
      assert.ok(performance.now() - sent < 3000, "exits within 3 s");
      assert.match(lastLine(err), /^ai-voicelive: interrupted$/);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
