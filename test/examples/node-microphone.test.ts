/**
 * examples/node-microphone: the conversation loop against the emulator, with recorded audio in
 * place of the microphone (paced as a microphone's) and a collecting player in place of the speakers.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "ai-voicelive";
import { createPlayer, readWav, writeWav } from "ai-voicelive/audio";
import { concatPcm16, encodePcm16, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "ai-voicelive/emulator";
import { converse } from "../../examples/node-microphone/conversation.js";
import { microphone } from "../../examples/node-microphone/devices.js";
import { CollectingPlayer, recordedSource } from "../../examples/node-microphone/stand-ins.js";
import { runRecipe, startWireTap, waitUntil, type WireTap } from "./helpers.js";

const hasSox = spawnSync("sox", ["--version"], { stdio: "ignore" }).status === 0;
/** The raw format of the player's and recorder's pipes: 16-bit signed mono at 24 kHz. */
const RAW = ["-t", "raw", "-r", "24000", "-e", "signed-integer", "-b", "16", "-c", "1"];

/** The turn length the emulator reports in its placeholder transcript (`[1234 ms of audio]`). */
const turnMs = (transcript: string | undefined) => Number(/^\[(\d+) ms of audio\]$/.exec(transcript ?? "")?.[1]);

describe("examples/node-microphone", function () {
  this.timeout(30_000);
  let emulator: VoiceLiveEmulator | undefined;
  let tap: WireTap | undefined;
  afterEach(async () => {
    await tap?.close();
    await emulator?.close();
    tap = emulator = undefined;
  });

  async function client(): Promise<VoiceLiveClient> {
    emulator = await startEmulator({ apiKey: "k" });
    tap = await startWireTap(emulator.url);
    return new VoiceLiveClient(tap.url, new AzureKeyCredential("k"));
  }

  it("a turn: the audio goes up, the answer comes back and plays, the session closes once it has played", async () => {
    const lines: string[] = [];
    const input = encodePcm16(concatPcm16([silence(200), speechLike(900)])); // ends mid-turn: the recipe's closing pause ends it
    const player = new CollectingPlayer();
    const result = await converse(await client(), recordedSource(input), player, { log: (l) => lines.push(l) });

    assert.match(result.sessionId, /^sess_/);
    assert.equal(result.heard.length, 1, JSON.stringify(result));
    const turn = turnMs(result.heard[0]);
    assert.ok(turn >= 900 && turn <= 1700, `${turn} ms`);
    assert.deepEqual(result.answers, [`I heard ${turn} ms of audio.`]);
    assert.deepEqual(lines, [`you: [${turn} ms of audio]`, `assistant: I heard ${turn} ms of audio.`]);
    // The reply (the emulator speaks the turn back) was played whole before the session closed.
    assert.equal(player.played().byteLength, turn * 48);
    assert.equal(Math.round(player.playedMs), turn);
    assert.equal(result.sentMs, 1100 + 800, "the input, then the closing pause");
    await waitUntil(() => emulator!.sessions === 0, "the session closed");
  });

  it("asks the service for echo cancellation and noise reduction, and turns echo cancellation off for headphones", async () => {
    const input = encodePcm16(silence(300));
    await converse(await client(), recordedSource(input, { realtime: false }), new CollectingPlayer(), { log: () => {} });
    const session = tap!.sent("session.update")[0].session as Record<string, unknown>;
    assert.deepEqual(session.input_audio_echo_cancellation, { type: "server_echo_cancellation" });
    assert.deepEqual(session.input_audio_noise_reduction, { type: "azure_deep_noise_suppression" });
    assert.deepEqual(session.turn_detection, { type: "server_vad", interrupt_response: false, auto_truncate: false });
    assert.deepEqual(tap!.frames.filter((f) => f.direction === "in" && f.event.type === "error"), []);

    await tap!.close();
    tap = await startWireTap(emulator!.url);
    await converse(new VoiceLiveClient(tap.url, new AzureKeyCredential("k")), recordedSource(input, { realtime: false }), new CollectingPlayer(), { echoCancellation: false, log: () => {} });
    assert.equal((tap.sent("session.update")[0].session as Record<string, unknown>).input_audio_echo_cancellation, null);
  });

  it("two turns, the second over the first answer: barge-in cuts the answer where the player was", async () => {
    const lines: string[] = [];
    // Turn 1 ends 500 ms into the pause; its answer (as long as the turn) is playing when turn 2 starts.
    const input = encodePcm16(concatPcm16([speechLike(1000), silence(800), speechLike(800)]));
    const player = new CollectingPlayer();
    const result = await converse(await client(), recordedSource(input), player, { log: (l) => lines.push(l) });

    assert.equal(result.heard.length, 2, JSON.stringify(result));
    assert.equal(result.answers.length, 2);
    assert.equal(result.bargeIns.length, 1, lines.join("\n"));
    const [bargeIn] = result.bargeIns;
    assert.equal(bargeIn.cancelled, false, "the emulator's answer had all arrived");
    assert.ok(bargeIn.truncated && bargeIn.truncated.audioEndMs > 0 && bargeIn.truncated.audioEndMs < bargeIn.truncated.receivedMs, JSON.stringify(bargeIn));
    const cut = tap!.sent("conversation.item.truncate");
    assert.deepEqual(cut.map((e) => e.audio_end_ms), [bargeIn.truncated.audioEndMs]);
    // The speakers' recording: the first answer up to the cut, then the whole second answer.
    const secondMs = turnMs(result.heard[1]);
    // (the cut is in whole ms, rounded down: up to 1 ms less than was played)
    assert.ok(Math.abs(player.played().byteLength / 48 - (bargeIn.truncated.audioEndMs + secondMs)) < 2, `${player.played().byteLength / 48} ms played`);
    assert.ok(lines.some((l) => l.startsWith(`(interrupted: the answer was cut at ${bargeIn.truncated!.audioEndMs} ms`)), lines.join("\n"));
  });

  it("ends with the player's error when the player fails (no sound device, say), and closes the session", async () => {
    const broken = new CollectingPlayer();
    broken.write = () => {
      throw new Error("no default audio device");
    };
    const input = encodePcm16(concatPcm16([speechLike(900), silence(800)]));
    const started = Date.now();
    await assert.rejects(converse(await client(), recordedSource(input), broken, { log: () => {} }), /no default audio device/);
    assert.ok(Date.now() - started < 10_000);
    await waitUntil(() => emulator!.sessions === 0, "the session closed");
  });

  describe("with the devices of ai-voicelive/audio, and the command", () => {
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), "voicelive-node-microphone-"));
    });
    after(() => rm(dir, { recursive: true, force: true }));

    /** A 48 kHz stereo recording: a pause, 1.5 s of speech-like sound on both channels, a pause. */
    async function recording(): Promise<string> {
      const mono = concatPcm16([silence(300, 48_000), speechLike(1500, 48_000), silence(300, 48_000)]);
      const stereo = new Int16Array(mono.length * 2);
      for (let i = 0; i < mono.length; i++) stereo[2 * i] = stereo[2 * i + 1] = mono[i];
      const file = join(dir, "question.wav");
      await writeFile(file, writeWav(encodePcm16(stereo), { sampleRate: 48_000, channels: 2 }));
      return file;
    }

    it("the loop on the devices (createRecorder() and createPlayer()), sox reading and writing WAV files in place of the sound card", async function () {
      if (!hasSox) {
        console.log("\n      !!! SKIPPED: sox is missing; install it: apt-get install -y sox\n");
        return this.skip();
      }
      const answerFile = join(dir, "answer-sox.wav");
      // The microphone: sox converts the recording to the raw 24 kHz mono stream a `rec` would give.
      const mic = microphone({ command: ["sox", "-q", await recording(), ...RAW, "-"] });
      // The speakers: sox writes the raw stream it is given to a WAV file.
      const speakers = createPlayer({ command: ["sox", "-q", ...RAW, "-", answerFile] });
      let result;
      try {
        result = await converse(await client(), mic.source, speakers, { log: () => {} });
      } finally {
        await mic.stop();
        await speakers.close();
      }
      const turn = turnMs(result.heard[0]);
      assert.ok(turn >= 1400 && turn <= 2400, JSON.stringify(result));
      assert.deepEqual(result.answers, [`I heard ${turn} ms of audio.`]);
      const answer = readWav(await readFile(answerFile));
      assert.equal(answer.sampleRate, 24_000);
      assert.equal(answer.channels[0].length, turn * 24, "the whole answer reached the speakers");
    });

    it("runs from the command line with --input (a 48 kHz stereo WAV) and --output", async () => {
      const answerFile = join(dir, "answer.wav");
      const run = await runRecipe("examples/node-microphone/main.ts", ["--input", await recording(), "--output", answerFile]);
      assert.equal(run.code, 0, run.stderr);
      const turn = turnMs(/^you: (.*)$/m.exec(run.stdout)?.[1]);
      assert.ok(turn >= 1400 && turn <= 2400, run.stdout);
      assert.match(run.stdout, new RegExp(`^assistant: I heard ${turn} ms of audio\\.$`, "m"));
      assert.match(run.stdout, new RegExp(`^wrote .*answer\\.wav \\(${turn} ms\\)$`, "m"));
      const answer = readWav(await readFile(answerFile));
      assert.deepEqual([answer.sampleRate, answer.channels.length, answer.channels[0].length], [24_000, 1, turn * 24]);
    });

    it("answers a real speech recording (22.05 kHz, no pause at the end) given as --input", async () => {
      const run = await runRecipe("examples/node-microphone/main.ts", ["--input", "test/fixtures/speech-22k.wav", "--output", join(dir, "speech-answer.wav")]);
      assert.equal(run.code, 0, run.stderr);
      // 2.03 s of speech that ends without a pause: the recipe's closing pause ends the turn.
      const turn = turnMs(/^you: (.*)$/m.exec(run.stdout)?.[1]);
      assert.ok(turn >= 1800 && turn <= 3000, run.stdout);
      assert.match(run.stdout, new RegExp(`^assistant: I heard ${turn} ms of audio\\.$`, "m"));
    });

    it("fails at once, before anything starts, on an input that is not a WAV", async () => {
      const bad = join(dir, "not-a.wav");
      await writeFile(bad, "hello");
      const started = Date.now();
      const run = await runRecipe("examples/node-microphone/main.ts", ["--input", bad]);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /not a WAV file/);
      assert.doesNotMatch(run.stderr, /local emulator/, "no emulator was started");
      assert.ok(Date.now() - started < 15_000);
    });
  });
});
