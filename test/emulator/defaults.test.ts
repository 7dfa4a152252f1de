/**
 * The service's defaults and event order around a committed turn and a response, each test citing
 * the source it follows. "The official live tests" are the integration tests of the official
 * `@azure/ai-voicelive` package (Azure/azure-sdk-for-js, sdk/ai/ai-voicelive/test/integration), run
 * against the live service.
 */
import assert from "node:assert/strict";
import { startEmulator, tone, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { open, pcm16ToBase64, type WireClient } from "./helpers.js";

type Item = { id: string; type: string; role?: string; status?: string; content?: { type: string; transcript?: string }[] };

describe("emulator: the service's defaults and order", () => {
  let emulator: VoiceLiveEmulator;
  const clients: WireClient[] = [];
  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  async function session(query: string, config: object = { turn_detection: null }): Promise<WireClient> {
    const c = await open(emulator, { query });
    clients.push(c);
    c.send({ type: "session.update", session: config });
    await c.nextWire("session.updated");
    return c;
  }
  /** Commits 300 ms of audio and returns the types of the frames up to the user's item. */
  async function commitTurn(c: WireClient): Promise<string[]> {
    c.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(tone({ durationMs: 300 })) });
    c.send({ type: "input_audio_buffer.commit" });
    return (await c.sync()).map((f) => f.type);
  }

  // Source: the official live test "should handle basic hello conversation with audio"
  // (basicConversationTests.spec.ts) opens a gpt-4o session without input_audio_transcription and reads, in
  // order, input_audio_buffer.committed, conversation.item.input_audio_transcription.completed, then
  // conversation.item.created whose input_audio part carries the same transcript. Microsoft Learn (Voice Live
  // language support) says why: models that are not multimodal hear through Azure speech to text.
  it("a cascaded model (gpt-4o) transcribes every turn unasked, and the transcript comes before the user item", async () => {
    const c = await session("api-version=2026-07-15&model=gpt-4o");
    assert.deepEqual(await commitTurn(c), ["input_audio_buffer.committed", "conversation.item.input_audio_transcription.completed", "conversation.item.created"]);
    const frames = c.frames.slice(-4, -1); // the last frame answers the sync probe
    const item = frames[2].item as Item;
    assert.equal(frames[1].item_id, item.id);
    assert.equal(item.content?.[0].transcript, frames[1].transcript);
    assert.equal(frames[2].previous_item_id, null);
  });

  // Source: Microsoft Learn (Voice Live language support): gpt-realtime is multimodal and takes the audio
  // itself; OpenAI's Realtime reference: input transcription is off until the session asks for it.
  it("a speech-native model (gpt-realtime) transcribes only when asked, after the user item", async () => {
    const c = await session("api-version=2026-07-15&model=gpt-realtime");
    assert.deepEqual(await commitTurn(c), ["input_audio_buffer.committed", "conversation.item.created"]);
    c.send({ type: "session.update", session: { input_audio_transcription: { model: "gpt-4o-transcribe" } } });
    await c.nextWire("session.updated");
    // spec/server-events.tsp (ServerEventConversationItemInputAudioTranscriptionCompleted): transcription
    // runs beside the model, so it follows the item.
    assert.deepEqual(await commitTurn(c), ["input_audio_buffer.committed", "conversation.item.created", "conversation.item.input_audio_transcription.completed"]);
  });

  // An agent answers through its own (text) model, so the session is cascaded like gpt-4o.
  it("an agent session transcribes every turn unasked", async () => {
    const c = await session("api-version=2026-07-15&agent-name=helper&agent-project-name=proj");
    assert.deepEqual(await commitTurn(c), ["input_audio_buffer.committed", "conversation.item.input_audio_transcription.completed", "conversation.item.created"]);
  });

  // Source: the official live test "should handle basic hello conversation with audio": in
  // response.output_item.added an assistant message has status "incomplete" and a function call
  // "in_progress"; in response.output_item.done both are "completed". (OpenAI's reference shows
  // "in_progress" for the message; no Voice Live source says otherwise, so the live service wins.)
  it("announces the assistant message incomplete and finishes it completed", async () => {
    const c = await session("api-version=2026-07-15&model=gpt-4o", { turn_detection: null, modalities: ["text"] });
    c.send({ type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: "Hi" }] } });
    c.send({ type: "response.create" });
    const frames = await c.until("response.done");
    const added = frames.find((f) => f.type === "response.output_item.added")!.item as Item;
    const created = frames.find((f) => f.type === "conversation.item.created" && (f.item as Item).role === "assistant")!.item as Item;
    const done = frames.find((f) => f.type === "response.output_item.done")!.item as Item;
    assert.deepEqual([added.role, added.status, created.status, done.status], ["assistant", "incomplete", "incomplete", "completed"]);
    assert.equal(frames.find((f) => f.type === "response.output_item.added")!.output_index, 0);
  });
});
