/**
 * The agent helpers with a session of the label version v1, over a real socket to the emulator:
 * v1 sends the reply's audio and transcript as `response.output_audio.*` and
 * `response.output_audio_transcript.*`, and keeps the output format at `audio.output.format`.
 * A `VoiceLiveSession<"v1">` is accepted where the helpers take a session (this file compiles).
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { settingsAsDated } from "../../src/agent/any-session.js";
import { trackBargeIn, trackConversation, trackTurnMetrics, TurnTaker, type TurnMetrics } from "../../src/agent/index.js";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";

describe("agent: the helpers with a v1 session", () => {
  let emulator: VoiceLiveEmulator;
  let session: VoiceLiveSession<"v1"> | undefined;
  afterEach(async () => {
    await session?.close();
    await emulator?.close();
    session = undefined;
  });

  it("follows the reply's transcript and audio, and measures the turn, under v1's event names", async () => {
    emulator = await startEmulator();
    session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: "v1" }).startSession("gpt-realtime");
    const conversation = trackConversation(session);
    const turns: TurnMetrics[] = [];
    const metrics = trackTurnMetrics(session, { onTurn: (t) => void turns.push(t) });
    const bargeIn = trackBargeIn(session);
    const taker = new TurnTaker(session);
    const done = session.waitFor("response.done");
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hello" }] });
    await taker.createResponse();
    await done;
    const reply = conversation.items.find((i) => i.role === "assistant");
    const part = reply?.content?.find((p) => p.type === "audio");
    assert.match(part?.transcript ?? "", /\S/, "the transcript streamed as response.output_audio_transcript.delta");
    assert.ok((part?.audioReceivedMs ?? 0) > 0, "the audio streamed as response.output_audio.delta");
    assert.equal(turns.length, 1);
    assert.equal(typeof turns[0].firstAudioMs, "number");
    assert.equal(typeof turns[0].firstTranscriptMs, "number");
    assert.ok(turns[0].audioMs > 0);
    for (const helper of [conversation, metrics, bargeIn, taker]) helper.close();
  });

  it("reads v1's grouped settings at their dated places, and leaves a dated version's as they are", () => {
    const v1 = settingsAsDated({ audio: { output: { format: "g711_ulaw", voice: { type: "openai", name: "alloy" } }, input: { turnDetection: { type: "server_vad" } } } } as never, "v1");
    assert.equal(v1.outputAudioFormat, "g711_ulaw");
    assert.deepEqual(v1.turnDetection, { type: "server_vad" });
    assert.deepEqual(v1.voice, { type: "openai", name: "alloy" });
    const dated = { outputAudioFormat: "pcm16" } as const;
    assert.equal(settingsAsDated(dated, "2026-07-15"), dated);
  });
});
