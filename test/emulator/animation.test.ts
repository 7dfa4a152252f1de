/**
 * Animation (visemes, blendshapes) and word timestamps alongside the assistant's audio, when the
 * session asks for them (spec/session.tsp `animation`, `output_audio_timestamp_types`; event shapes in
 * spec/server-events.tsp; timing facts in src/emulator/animation.ts).
 */
import assert from "node:assert/strict";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { open, type WireClient, type WireFrame } from "./helpers.js";

const TEXT = "Hello big world";

describe("emulator: animation and word timing", () => {
  let emulator: VoiceLiveEmulator;
  const clients: WireClient[] = [];
  before(async () => {
    emulator = await startEmulator({ responder: () => ({ text: TEXT }) });
  });
  after(() => emulator.close());
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  async function respond(config: object): Promise<WireFrame[]> {
    const c = await open(emulator);
    clients.push(c);
    c.send({ type: "session.update", session: { turn_detection: null, ...config } });
    await c.nextWire("session.updated");
    c.send({ type: "response.create" });
    return c.until("response.done");
  }
  const audioMs = (frames: WireFrame[]) => (frames.filter((f) => f.type === "response.audio.delta").reduce((n, f) => n + Buffer.from(String(f.delta), "base64").length, 0) / 2 / 24000) * 1000;

  it("sends nothing of the kind unless the session asks", async () => {
    const frames = await respond({});
    assert.equal(frames.some((f) => /animation|timestamp/.test(f.type)), false);
  });

  it("streams viseme ids ahead of the audio they shape, spread over the audio, then .done", async () => {
    const frames = await respond({ animation: { outputs: ["viseme_id"] } });
    const visemes = frames.filter((f) => f.type === "response.animation_viseme.delta");
    const total = audioMs(frames);
    assert.ok(visemes.length >= 8, `${visemes.length} visemes`);
    const offsets = visemes.map((f) => Number(f.audio_offset_ms));
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b), "in time order");
    assert.equal(offsets[0], 0);
    assert.ok(offsets[offsets.length - 1] > total / 2 && offsets[offsets.length - 1] < total, "spread over the audio");
    for (const f of visemes) assert.ok(Number.isInteger(f.viseme_id) && Number(f.viseme_id) >= 0 && Number(f.viseme_id) <= 21);
    // Before each audio chunk come the visemes that fall in it: none is later than the audio sent so far + 100 ms.
    let sentMs = 0;
    for (const f of frames) {
      if (f.type === "response.audio.delta") sentMs += (Buffer.from(String(f.delta), "base64").length / 2 / 24000) * 1000;
      if (f.type === "response.animation_viseme.delta") assert.ok(Number(f.audio_offset_ms) < sentMs + 100 + 1e-6);
    }
    const types = frames.map((f) => f.type);
    assert.ok(types.indexOf("response.animation_viseme.done") > types.indexOf("response.audio.done"));
    assert.equal(types.includes("response.animation_blendshapes.delta"), false);
  });

  it("defaults to blendshapes: 55 values per frame at 60 frames per second, numbered without gaps", async () => {
    const frames = await respond({ animation: {} });
    const batches = frames.filter((f) => f.type === "response.animation_blendshapes.delta");
    const all = batches.flatMap((f) => f.frames as number[][]);
    let next = 0;
    for (const b of batches) {
      assert.equal(b.frame_index, next);
      next += (b.frames as number[][]).length;
    }
    assert.ok(Math.abs(all.length - (audioMs(frames) * 60) / 1000) <= 1, `${all.length} frames for ${audioMs(frames)} ms`);
    for (const frame of all) {
      assert.equal(frame.length, 55);
      for (const v of frame) assert.ok(v >= 0 && v <= 1);
    }
    assert.ok(all.some((frame) => frame[17] > 0.1), "the jaw moves with the speech");
    const done = frames.find((f) => f.type === "response.animation_blendshapes.done")!;
    assert.equal("content_index" in done, false);
  });

  it("reports each word of the transcript with its place in the audio", async () => {
    const frames = await respond({ output_audio_timestamp_types: ["word"] });
    const words = frames.filter((f) => f.type === "response.audio_timestamp.delta");
    assert.deepEqual(words.map((f) => f.text), ["Hello", "big", "world"]);
    const total = audioMs(frames);
    for (const [i, f] of words.entries()) {
      assert.equal(f.timestamp_type, "word");
      assert.ok(Number(f.audio_duration_ms) > 0);
      if (i > 0) assert.ok(Number(f.audio_offset_ms) >= Number(words[i - 1].audio_offset_ms) + Number(words[i - 1].audio_duration_ms));
    }
    assert.ok(Number(words[2].audio_offset_ms) + Number(words[2].audio_duration_ms) <= total + 1);
    assert.ok(frames.some((f) => f.type === "response.audio_timestamp.done"));
  });
});
