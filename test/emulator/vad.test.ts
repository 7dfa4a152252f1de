import assert from "node:assert/strict";
import { concatPcm16, durationMs, pcm16ToBase64, scriptedResponder, silence, speechLevel, startEmulator, tone, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { decodeAudio, encodeAudio, fromBase64, resample, rms } from "../../src/emulator/audio.js";
import { EnergyVad } from "../../src/emulator/vad.js";
import { open, type WireClient, type WireFrame } from "./helpers.js";

/** silence, a 440 Hz tone, silence: the utterance of these tests. */
function utterance({ before = 500, speech = 600, after = 1000, rate = 24000, amplitude = 8000 } = {}): Int16Array {
  return concatPcm16([silence(before, rate), tone({ frequency: 440, durationMs: speech, sampleRate: rate, amplitude }), silence(after, rate)]);
}

function near(actual: unknown, expected: number, what: string): void {
  assert.ok(typeof actual === "number" && Math.abs(actual - expected) <= 20, `${what}: expected ${expected} ± 20 ms, got ${String(actual)}`);
}

describe("emulator: VAD and input audio", () => {
  describe("energy detector", () => {
    it("maps threshold × 0.1 × 32768 to the RMS level of speech", () => {
      assert.equal(speechLevel(1), 3276.8);
      assert.equal(speechLevel(0.5), 1638.4);
      assert.ok(rms(tone({ durationMs: 100, amplitude: 3000 })) > speechLevel(0.5));
      assert.ok(rms(tone({ durationMs: 100, amplitude: 3000 })) < speechLevel(0.9));
    });

    it("finds the first speech frame and the end of the turn in 10 ms frames, across chunk borders", () => {
      const vad = new EnergyVad({ threshold: 0.5, silenceDurationMs: 500, sampleRate: 24000 });
      const audio = utterance();
      const events = [];
      for (let i = 0; i < audio.length; i += 333) events.push(...vad.push(audio.subarray(i, i + 333)));
      assert.deepEqual(events, [
        { type: "speech_started", sample: 12000 },
        { type: "speech_stopped", speechEnd: 26400, sample: 38400 },
      ]);
    });

    it("G.711 and resampling keep the signal", () => {
      const x = tone({ durationMs: 50, amplitude: 8000 });
      for (const codec of ["g711_ulaw", "g711_alaw"] as const) {
        const back = decodeAudio(encodeAudio(x, codec), codec);
        assert.ok(Math.abs(rms(back) - rms(x)) / rms(x) < 0.02, codec);
      }
      assert.equal(resample(x, 24000, 16000).length, 800);
      assert.equal(durationMs(resample(x, 24000, 8000).length, 8000), 50);
    });
  });

  describe("server VAD", () => {
    let emulator: VoiceLiveEmulator;
    let client: WireClient | undefined;
    before(async () => {
      emulator = await startEmulator();
    });
    afterEach(async () => {
      await client?.close();
      client = undefined;
    });
    after(() => emulator.close());

    async function session(turnDetection: object | null, extra: object = {}): Promise<WireClient> {
      const c = await open(emulator);
      c.send({ type: "session.update", session: { turn_detection: turnDetection, ...extra } });
      await c.nextWire("session.updated");
      return c;
    }

    it("detects a 600 ms tone: speech_started / speech_stopped with real offsets, auto-commit and a response", async () => {
      client = await open(emulator);
      client.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(utterance()) });
      const started = await client.nextWire("input_audio_buffer.speech_started");
      near(started.audio_start_ms, 500 - 300, "audio_start_ms = first speech − prefix_padding_ms");
      const stopped = await client.nextWire("input_audio_buffer.speech_stopped");
      near(stopped.audio_end_ms, 1100 + 500, "audio_end_ms = end of speech + silence_duration_ms");
      assert.equal(stopped.item_id, started.item_id);
      const committed = await client.nextWire("input_audio_buffer.committed");
      assert.deepEqual([committed.item_id, committed.previous_item_id], [started.item_id, null]);
      const created = await client.nextWire("conversation.item.created");
      const item = created.item as { id: string; role: string; content: { type: string; audio: string; transcript: string }[] };
      assert.equal(item.id, started.item_id);
      assert.equal(item.role, "user");
      assert.equal(item.content[0].type, "input_audio");
      assert.equal(fromBase64(item.content[0].audio).length, 1400 * 48, "the item holds audio_start_ms … audio_end_ms");
      assert.equal(item.content[0].transcript, "[1400 ms of audio]");
      await client.nextWire("response.created");
      const done = await client.next("response.done");
      assert.equal(done.response.status, "completed");
      const transcript = client.frames.find((f) => f.type === "response.audio_transcript.done")?.transcript;
      assert.equal(transcript, "I heard 1400 ms of audio.");
      const echoed = client.frames.filter((f) => f.type === "response.audio.delta").reduce((n, f) => n + fromBase64(String(f.delta)).length, 0);
      assert.equal(echoed, 1400 * 48, "the echo responder speaks the input back");
    });

    it("honours threshold, prefix padding and silence duration", async () => {
      const quiet = pcm16ToBase64(utterance({ amplitude: 3000 }));
      client = await session({ type: "server_vad", threshold: 0.9, create_response: false });
      client.send({ type: "input_audio_buffer.append", audio: quiet });
      const heard = await client.sync();
      assert.deepEqual(heard.map((f) => f.type), [], "a quiet tone is not speech at threshold 0.9");
      await client.close();

      client = await session({ type: "server_vad", threshold: 0.5, prefix_padding_ms: 100, silence_duration_ms: 200, create_response: false });
      client.send({ type: "input_audio_buffer.append", audio: quiet });
      near((await client.nextWire("input_audio_buffer.speech_started")).audio_start_ms, 400, "audio_start_ms");
      near((await client.nextWire("input_audio_buffer.speech_stopped")).audio_end_ms, 1300, "audio_end_ms");
      const after = await client.sync();
      assert.deepEqual(after.map((f) => f.type), ["input_audio_buffer.committed", "conversation.item.created"], "create_response: false makes no response");
    });

    it("works on small appends at 16 kHz, counts offsets across turns, and never pads before the buffer", async () => {
      client = await session({ type: "azure_semantic_vad", silence_duration_ms: 300 }, { input_audio_sampling_rate: 16000, modalities: ["text"] });
      const appendInSmallChunks = (audio: Int16Array) => {
        for (let i = 0; i < audio.length; i += 320) client!.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(audio.subarray(i, i + 320)) });
      };
      appendInSmallChunks(utterance({ before: 100, speech: 400, after: 400, rate: 16000 }));
      near((await client.nextWire("input_audio_buffer.speech_started")).audio_start_ms, 0, "first start (padding clipped at 0)");
      near((await client.nextWire("input_audio_buffer.speech_stopped")).audio_end_ms, 800, "first end");
      assert.equal((await client.nextWire("response.text.done")).text, "I heard 800 ms of audio.");
      await client.nextWire("response.done");
      // The buffer now starts at 800 ms (the end of the first turn); the 100 ms of silence after it are still there.
      appendInSmallChunks(utterance({ before: 100, speech: 300, after: 500, rate: 16000 }));
      near((await client.nextWire("input_audio_buffer.speech_started")).audio_start_ms, 800, "second start (padding clipped at the buffer start)");
      near((await client.nextWire("input_audio_buffer.speech_stopped")).audio_end_ms, 1300 + 300, "second end");
      assert.equal((await client.nextWire("response.text.done")).text, "I heard 800 ms of audio.");
    });

    it("decodes G.711 input for VAD", async () => {
      client = await session({ type: "server_vad", create_response: false }, { input_audio_format: "g711_ulaw" });
      const audio = encodeAudio(utterance({ rate: 8000 }), "g711_ulaw");
      client.send({ type: "input_audio_buffer.append", audio: Buffer.from(audio).toString("base64") });
      near((await client.nextWire("input_audio_buffer.speech_started")).audio_start_ms, 200, "audio_start_ms");
      near((await client.nextWire("input_audio_buffer.speech_stopped")).audio_end_ms, 1600, "audio_end_ms");
    });

    it("without turn detection, nothing happens until a manual commit, which makes no response", async () => {
      client = await session(null);
      client.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(utterance()) });
      assert.deepEqual((await client.sync()).map((f) => f.type), []);
      client.send({ type: "input_audio_buffer.commit" });
      const frames = await client.sync();
      assert.deepEqual(frames.map((f) => f.type), ["input_audio_buffer.committed", "conversation.item.created"]);
      assert.equal(((frames[1].item as WireFrame).content as { transcript: string }[])[0].transcript, "[2100 ms of audio]");
    });

    it("speech during a response interrupts it (turn_detected)", async () => {
      const paced = await startEmulator({ realtimePacing: true, responder: scriptedResponder([{ text: "A long answer.", audio: tone({ durationMs: 3000, amplitude: 2000 }) }]) });
      try {
        client = await open(paced);
        client.send({ type: "session.update", session: { turn_detection: { type: "server_vad", create_response: false } } });
        await client.nextWire("session.updated");
        client.send({ type: "response.create" });
        const response = await client.nextWire("response.created");
        await client.nextWire("response.audio.delta");
        client.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(utterance({ before: 0, after: 0 })) });
        await client.nextWire("input_audio_buffer.speech_started");
        const done = await client.nextWire("response.done");
        const r = done.response as { id: string; status: string; status_details: unknown; output: { status: string }[] };
        assert.equal(r.id, (response.response as { id: string }).id);
        assert.equal(r.status, "cancelled");
        assert.deepEqual(r.status_details, { type: "cancelled", reason: "turn_detected" });
        assert.equal(r.output[0].status, "incomplete");
        await client.close();
      } finally {
        await paced.close();
      }
    });
  });
});
