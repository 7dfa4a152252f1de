/** End to end: the public SDK against the emulator, as an app uses them together. */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, isVoiceLiveServerError, type AnyServerEvent, type ServerEventResponseDone } from "../../src/index.js";
import { concatPcm16, decodePcm16, scriptedResponder, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";

describe("SDK and emulator end to end", () => {
  let emulator: VoiceLiveEmulator;
  afterEach(() => emulator?.close());

  it("a full voice turn: streamed speech, VAD, transcript and audio reply", async () => {
    emulator = await startEmulator({ apiKey: "k" });
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
    const session = await client.startSession({ model: "gpt-realtime", turnDetection: { type: "server_vad", threshold: 0.5, prefixPaddingInMs: 200, silenceDurationInMs: 400 } });
    const seen: string[] = [];
    const audio: Int16Array[] = [];
    session.subscribe({
      onServerEvent: (e) => void seen.push(e.type),
      onResponseAudioDelta: (e) => void audio.push(decodePcm16(e.delta)),
    });
    const done = session.waitFor("response.done");
    const input = concatPcm16([silence(500), speechLike(1200), silence(700)]);
    for (let at = 0; at < input.length; at += 2400) await session.sendAudio(input.subarray(at, at + 2400));
    const response: ServerEventResponseDone = await done;
    await session.close();
    assert.equal(response.response.status, "completed");
    const order = ["input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped", "input_audio_buffer.committed", "response.created", "response.audio.delta", "response.done"];
    assert.deepEqual(order.map((t) => seen.indexOf(t)), [...order.map((t) => seen.indexOf(t))].sort((a, b) => a - b), "in protocol order");
    assert.ok(order.every((t) => seen.includes(t)), seen.join(" "));
    const reply = concatPcm16(audio);
    assert.ok(reply.length / 24000 > 1, `about the length of the speech (${reply.length / 24000} s)`);
  });

  it("function calling: the model calls a tool, the app answers, the model speaks the result", async () => {
    emulator = await startEmulator({ responder: scriptedResponder([{ functionCall: { name: "get_weather", arguments: '{"city":"Oslo"}' } }, (input) => ({ text: `It is ${JSON.parse(input.items.at(-1)?.type === "function_call_output" ? (input.items.at(-1) as { output: string }).output : "{}").temp} degrees.` })]) });
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
    const session = await client.startSession({ model: "gpt-realtime", tools: [{ type: "function", name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } }] });
    const transcript: string[] = [];
    session.subscribe({
      onResponseFunctionCallArgumentsDone: async (call) => {
        assert.equal(call.name, "get_weather");
        assert.deepEqual(JSON.parse(call.arguments), { city: "Oslo" });
        await session.addConversationItem({ type: "function_call_output", callId: call.callId, output: JSON.stringify({ temp: 21 }) });
        await session.createResponse();
      },
      onResponseAudioTranscriptDone: (e) => void transcript.push(e.transcript),
    });
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Weather in Oslo?" }] });
    await session.createResponse();
    await session.waitFor("response.audio_transcript.done", { timeoutInMs: 5000 });
    await session.close();
    assert.deepEqual(transcript, ["It is 21 degrees."]);
  });

  it("cancel and truncate: the app barges in, cancels, and cuts the assistant's audio where playback stopped", async () => {
    emulator = await startEmulator({ realtimePacing: true });
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
    const session = await client.startSession("gpt-realtime");
    const firstAudio = session.waitFor("response.audio.delta");
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Tell me a long story, please, with many details." }] });
    await session.createResponse();
    const delta = await firstAudio;
    await session.cancelResponse();
    const done = await session.waitFor("response.done");
    assert.equal(done.response.status, "cancelled");
    await session.truncateConversationItem(delta.itemId, 0, 50);
    const truncated = await session.waitFor("conversation.item.truncated");
    assert.deepEqual([truncated.itemId, truncated.audioEndInMs], [delta.itemId, 50]);
    const errors: AnyServerEvent[] = [];
    session.subscribe({ onServerError: (e) => void errors.push(e) });
    const refused = session.waitFor("error");
    await session.truncateConversationItem(delta.itemId, 0, 60_000);
    const error = await refused;
    assert.ok(isVoiceLiveServerError(session.toServerError(error)));
    assert.match(error.error.message, /shorter than/);
    await session.close();
  });
});
