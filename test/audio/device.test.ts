/**
 * ai-voicelive/audio: the player and the recorder, each with a stand-in `command` (a small Node
 * script on the other end of the pipe) and with real sox writing to or reading from its null device.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isVoiceLiveError } from "../../src/index.js";
import { createPlayer, createRecorder, findAudioTool, pcm16ToFloat32 } from "../../src/audio/index.js";
import { playerCommand, recorderCommand } from "../../src/audio/tools.js";
import { frequencyOf, hasSox } from "./helpers.js";

/** A player that appends what it reads to a file (named after its pid, so each process has its own). */
const sink = (dir: string) => [process.execPath, "-e", `const fs=require("fs");const f=require("path").join(${JSON.stringify(dir)},process.pid+".raw");fs.writeFileSync(f,"");process.stdin.on("data",d=>fs.appendFileSync(f,d));`];
/** A recorder that writes `bytes` 0, 1, 2, ... in odd-sized pieces, then exits (or goes on for ever). */
const source = (count: number | "forever") =>
  [process.execPath, "-e", `let i=0;const t=setInterval(()=>{const n=${count === "forever" ? 7 : `Math.min(7,${count}-i)`};if(n<=0){clearInterval(t);return}process.stdout.write(Buffer.from(Array.from({length:n},()=>i++&255)))},2);`];

const ms = (n: number, rate = 24000) => new Uint8Array(Math.round((n * rate) / 1000) * 2);
const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : []);

function throwsOnWrite(player: { write(b: Uint8Array): void }): boolean {
  try {
    player.write(new Uint8Array(2));
    return false;
  } catch {
    return true;
  }
}

function failsWith(code: string, pattern: RegExp) {
  return (e: unknown) => {
    assert.ok(isVoiceLiveError(e), String(e));
    assert.equal(e.code, code);
    assert.match(e.message, pattern);
    return true;
  };
}

describe("audio: player and recorder", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "voicelive-device-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("pipes what is written to the player process, in order, and close() waits for it to end", async () => {
    const player = createPlayer({ command: sink(dir) });
    const a = new Uint8Array([1, 2, 3, 4]);
    const b = new Uint8Array([5, 6]);
    player.write(a);
    player.write(b);
    await player.close();
    const files = filesIn(dir);
    assert.equal(files.length, 1);
    assert.deepEqual([...readFileSync(join(dir, files[0]))], [1, 2, 3, 4, 5, 6]);
    assert.throws(() => player.write(a), failsWith("INVALID_STATE", /closed/));
  });

  it("counts playedMs by the clock, never past what was written, and restarts the clock after running dry", async () => {
    const player = createPlayer({ command: sink(dir) });
    // Each reading is compared with the time measured around it, so a slow machine does not fail the test.
    const near = (actual: number, from: number, to: number, what: string) => assert.ok(actual >= from - 5 && actual <= to + 5, `${what}: ${actual} not in [${from}, ${to}]`);
    try {
      assert.equal(player.playedMs, 0);
      const t0 = performance.now();
      player.write(ms(300));
      await sleep(150);
      let read = player.playedMs;
      let after = performance.now();
      near(read, 150, Math.min(300, after - t0), "after 150 ms");
      assert.ok(player.queuedMs <= 300 - read);
      await sleep(Math.max(0, 320 - (performance.now() - t0)));
      assert.equal(player.playedMs, 300, "bounded by what was written");
      assert.equal(player.queuedMs, 0);
      const t1 = performance.now();
      player.write(ms(200)); // after a pause: this starts now, not when the first audio ran out
      await sleep(100);
      read = player.playedMs;
      after = performance.now();
      near(read, 400, 300 + Math.min(200, after - t1), "after the pause");
    } finally {
      await player.close();
    }
  });

  it("clear() drops the queue with its process, counts from 0, and plays what comes next in a new process", async () => {
    const player = createPlayer({ command: sink(dir) });
    const t0 = performance.now();
    player.write(ms(1000));
    await sleep(120);
    while (filesIn(dir).length === 0) await sleep(20); // the first process is running (so there is one to end)
    const before = player.playedMs;
    assert.ok(before >= 110 && before <= performance.now() - t0 + 5, `${before}`);
    player.clear();
    assert.equal(player.playedMs, 0);
    assert.equal(player.queuedMs, 0);
    player.write(ms(200).fill(9));
    assert.ok(player.queuedMs > 150);
    await player.close();
    const contents = filesIn(dir).map((f: string) => [...readFileSync(join(dir, f))]);
    assert.equal(contents.length, 2, "two processes");
    assert.ok(contents.some((c: number[]) => c.length === ms(200).length && c.every((b) => b === 9)), "the new process got only what was written after clear()");
  });

  it("reports a player process that fails: not found, or exiting with an error, with what it said", async () => {
    const missing = createPlayer({ command: ["voicelive-no-such-player"] });
    await assert.rejects(missing.close(), /was not found/);
    assert.throws(() => missing.write(new Uint8Array(2)), failsWith("INVALID_STATE", /closed/));
    const later = createPlayer({ command: ["voicelive-no-such-player"] });
    while (!(await sleep(20).then(() => throwsOnWrite(later))));
    assert.throws(() => later.write(new Uint8Array(2)), failsWith("INVALID_ARGUMENT", /"voicelive-no-such-player" was not found/));
    const failing = createPlayer({ command: [process.execPath, "-e", "process.stderr.write('no such audio device\\n'); process.exit(3)"] });
    await assert.rejects(failing.close(), failsWith("INVALID_STATE", /exited with code 3: no such audio device/));
  });

  it("refuses odd bytes, a bad rate and a bad command", () => {
    assert.throws(() => createPlayer({ sampleRate: 0, command: sink(dir) }), failsWith("INVALID_ARGUMENT", /sample rate/));
    assert.throws(() => createPlayer({ command: [] }), failsWith("INVALID_ARGUMENT", /non-empty array/));
    const player = createPlayer({ command: sink(dir) });
    assert.throws(() => player.write(new Uint8Array(3)), failsWith("INVALID_ARGUMENT", /3 bytes/));
    return player.close();
  });

  it("says how to install a tool when none is on PATH", () => {
    const path = process.env.PATH;
    process.env.PATH = dir;
    try {
      assert.equal(findAudioTool(), undefined);
      assert.throws(() => createPlayer(), failsWith("AUDIO_TOOL_MISSING", /no audio player found.*apt-get install sox.*brew install sox/));
      assert.throws(() => createRecorder(), failsWith("AUDIO_TOOL_MISSING", /no audio recorder found.*apt-get install sox/));
    } finally {
      process.env.PATH = path;
    }
  });

  it("iterates the recorder's output in whole 16-bit samples until the process ends", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of createRecorder({ command: source(1001) })) {
      assert.equal(chunk.length % 2, 0);
      chunks.push(chunk);
    }
    const all = chunks.flatMap((c) => [...c]);
    assert.equal(all.length, 1000, "the odd last byte is not half a sample");
    assert.ok(all.every((b, i) => b === (i & 255)));
  });

  it("keeps what a recorder wrote before anyone read it, even once its process has ended", async () => {
    const burst = [process.execPath, "-e", "process.stdout.write(Buffer.alloc(20000, 7))"];
    const recorder = createRecorder({ command: burst });
    // The process writes and exits long before the iteration starts.
    await sleep(500);
    let bytes = 0;
    for await (const chunk of recorder) bytes += chunk.length;
    assert.equal(bytes, 20000);
  });

  it("stop() ends a recording that would go on for ever, and the iteration ends", async () => {
    const recorder = createRecorder({ command: source("forever") });
    let bytes = 0;
    const reading = (async () => {
      for await (const chunk of recorder) bytes += chunk.length;
    })();
    while (bytes === 0) await sleep(20); // the recorder is recording (its start may be slow on a busy machine)
    await recorder.stop();
    await reading;
    assert.throws(() => recorder[Symbol.asyncIterator](), failsWith("INVALID_STATE", /once/));
  });

  it("throws from the iteration when the recorder process fails", async () => {
    const recorder = createRecorder({ command: [process.execPath, "-e", "process.stderr.write('no microphone'); process.exit(2)"] });
    await assert.rejects(
      (async () => {
        for await (const _ of recorder);
      })(),
      failsWith("INVALID_STATE", /exited with code 2: no microphone/),
    );
  });

  describe("with sox", () => {
    before(function () {
      if (!hasSox) this.skip(); // sox is not installed: apt-get install sox
    });

    it("finds sox, and its default arguments are ones sox takes (the device swapped for its null output)", async () => {
      assert.equal(findAudioTool(), "sox");
      const play = playerCommand(16000);
      assert.equal(play.at(-1), "-d");
      const player = createPlayer({ sampleRate: 16000, command: [...play.slice(0, -1), "-n"] });
      player.write(ms(500, 16000));
      await player.close();
      const rec = recorderCommand(16000);
      assert.equal(rec[2], "-d");
      // The default device replaced by sox's synthesizer, 0.3 s of 440 Hz.
      const command = [rec[0], rec[1], "-n", ...rec.slice(3), "synth", "0.3", "sine", "440"];
      const chunks: Uint8Array[] = [];
      for await (const chunk of createRecorder({ sampleRate: 16000, command })) chunks.push(chunk);
      const pcm = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      chunks.reduce((at, c) => (pcm.set(c, at), at + c.length), 0);
      assert.equal(pcm.length, 0.3 * 16000 * 2);
      assert.ok(Math.abs(frequencyOf(pcm16ToFloat32(pcm), 16000) - 440) < 1);
    });
  });
});
