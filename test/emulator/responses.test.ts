import assert from "node:assert/strict";
import type { ResponseFunctionCallItem, ResponseMessageItem, ResponseTextContentPart } from "../../generated/models.js";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, isVoiceLiveServerError } from "../../src/index.js";
import { lastFunctionOutput, scriptedResponder, startEmulator, tone, type Responder, type ResponderInput, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { fromBase64 } from "../../src/emulator/audio.js";
import { open, type WireClient } from "./helpers.js";

const hello = { type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: "Hi" }] } };
const weatherTool = { type: "function", name: "get_weather", description: "Weather of a city", parameters: { type: "object", properties: { city: { type: "string" } } } };

/** Types in order, with runs of the same delta type shown once. */
function skeleton(types: string[]): string[] {
  return types.filter((t, i) => !(t.endsWith(".delta") && types[i - 1] === t));
}

describe("emulator: responses", () => {
  const emulators: VoiceLiveEmulator[] = [];
  const clients: WireClient[] = [];
  async function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<VoiceLiveEmulator> {
    const e = await startEmulator(options);
    emulators.push(e);
    return e;
  }
  async function session(emulator: VoiceLiveEmulator, config: object = { turn_detection: null }): Promise<WireClient> {
    const c = await open(emulator);
    clients.push(c);
    c.send({ type: "session.update", session: config });
    await c.nextWire("session.updated");
    return c;
  }
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(emulators.splice(0).map((e) => e.close()));
  });

  it("sends the full audio response sequence, with 100 ms PCM16 chunks and usage", async () => {
    const client = await session(await start());
    client.send(hello);
    await client.nextWire("conversation.item.created");
    client.send({ type: "response.create" });
    const frames = await client.until("response.done");
    const types = frames.map((f) => f.type);
    assert.deepEqual(
      types.filter((t) => !t.endsWith(".delta")),
      [
        "response.created",
        "response.output_item.added",
        "conversation.item.created",
        "response.content_part.added",
        "response.audio.done",
        "response.audio_transcript.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.done",
      ],
    );
    // The deltas come between content_part.added and audio.done, the transcript running ahead of the audio.
    const deltas = types.slice(types.indexOf("response.content_part.added") + 1, types.indexOf("response.audio.done"));
    assert.deepEqual([...new Set(deltas)], ["response.audio_transcript.delta", "response.audio.delta"]);
    assert.equal(deltas.length, types.filter((t) => t.endsWith(".delta")).length);
    const created = frames[0].response as Record<string, unknown>;
    assert.deepEqual([created.object, created.status, created.status_details, created.output, created.usage], ["realtime.response", "in_progress", null, [], null]);
    const audio = frames.filter((f) => f.type === "response.audio.delta").map((f) => fromBase64(String(f.delta)).length);
    assert.deepEqual(audio, [4800, 4800, 4800, 4800, 4800], "500 ms of 24 kHz PCM16 in 100 ms chunks");
    const transcript = frames.filter((f) => f.type === "response.audio_transcript.delta").map((f) => f.delta).join("");
    assert.equal(transcript, "You said: Hi");
    const done = frames[frames.length - 1].response as { id: string; status: string; output: ResponseMessageItem[]; usage: Record<string, number & Record<string, number>> };
    assert.equal(done.id, created.id);
    assert.equal(done.status, "completed");
    assert.deepEqual(done.output[0].content, [{ type: "audio", transcript: "You said: Hi" }]);
    assert.equal(done.output[0].status, "completed");
    const u = done.usage;
    assert.equal(u.total_tokens, u.input_tokens + u.output_tokens);
    assert.equal(u.output_tokens, u.output_token_details.text_tokens + u.output_token_details.audio_tokens);
    assert.equal(u.input_tokens, u.input_token_details.text_tokens + u.input_token_details.audio_tokens);
    assert.deepEqual(u.output_token_details, { text_tokens: 3, audio_tokens: 10 });
    assert.ok(u.input_token_details.text_tokens >= 1);
    // Every frame of the response names the same response, item, output and content index.
    const item = done.output[0].id;
    for (const f of frames.filter((f) => "item_id" in f)) assert.deepEqual([f.response_id, f.item_id, f.output_index], [done.id, item, 0], f.type);
  });

  it("answers in text when the modalities have no audio, and honours response settings", async () => {
    const client = await session(await start(), { turn_detection: null, modalities: ["text"], instructions: "Be nice." });
    client.send(hello);
    client.send({ type: "response.create", response: { metadata: { run: "7" }, temperature: 0.6 } });
    const frames = await client.until("response.done");
    assert.deepEqual(skeleton(frames.map((f) => f.type)).slice(1), [
      "response.created",
      "response.output_item.added",
      "conversation.item.created",
      "response.content_part.added",
      "response.text.delta",
      "response.text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.done",
    ]);
    const done = frames[frames.length - 1].response as Record<string, unknown>;
    assert.deepEqual([done.metadata, done.temperature, done.modalities], [{ run: "7" }, 0.6, ["text"]]);
    assert.equal(frames.find((f) => f.type === "response.text.done")?.text, "You said: Hi");
    // Per response: audio, and a different output format (8 kHz).
    client.send({ type: "response.create", response: { modalities: ["text", "audio"], output_audio_format: "pcm16_8000hz" } });
    const second = await client.until("response.done");
    const bytes = second.filter((f) => f.type === "response.audio.delta").reduce((n, f) => n + fromBase64(String(f.delta)).length, 0);
    assert.equal(bytes, 8000 * 2 * 0.5);
  });

  it("refuses a second response while one is active, and cancels on request", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Responder = async () => {
      await gate;
      return { text: "too late" };
    };
    const client = await session(await start({ responder: slow }));
    client.send({ type: "response.cancel", event_id: "c0" });
    const none = (await client.nextWire("error")).error as Record<string, unknown>;
    assert.deepEqual([none.type, none.code, none.event_id], ["invalid_request_error", "response_cancel_not_active", "c0"]);

    client.send({ type: "response.create" });
    const created = await client.nextWire("response.created");
    client.send({ type: "response.create", event_id: "r2" });
    const busy = (await client.nextWire("error")).error as Record<string, unknown>;
    assert.deepEqual([busy.type, busy.code, busy.event_id], ["invalid_request_error", "conversation_already_has_active_response", "r2"]);
    client.send({ type: "response.cancel", event_id: "c1", response_id: "resp_other" });
    assert.equal(((await client.nextWire("error")).error as Record<string, unknown>).param, "response_id");
    client.send({ type: "response.cancel" });
    const done = (await client.nextWire("response.done")).response as Record<string, unknown>;
    assert.equal(done.id, (created.response as { id: string }).id);
    assert.equal(done.status, "cancelled");
    assert.deepEqual(done.status_details, { type: "cancelled", reason: "client_cancelled" });
    release();
    assert.deepEqual((await client.sync()).map((f) => f.type), [], "nothing more of the cancelled response");
  });

  it("cancels mid-audio: the item ends incomplete with the audio sent so far", async () => {
    const client = await session(await start({ realtimePacing: true, responder: () => ({ text: "one two three four", audio: tone({ durationMs: 2000 }) }) }));
    client.send({ type: "response.create" });
    const first = await client.nextWire("response.audio.delta");
    client.send({ type: "response.cancel" });
    const frames = await client.until("response.done");
    assert.deepEqual(frames.slice(-2).map((f) => f.type), ["response.output_item.done", "response.done"]);
    const item = frames[frames.length - 2].item as { id: string; status: string };
    assert.deepEqual([item.id, item.status], [first.item_id, "incomplete"]);
    client.send({ type: "conversation.item.truncate", item_id: item.id, content_index: 0, audio_end_ms: 1900 });
    assert.match(String(((await client.nextWire("error")).error as Record<string, unknown>).message), /^Audio content of \d+ ms is already shorter than 1900 ms$/);
    // cancel_previous: true replaces the active response instead of refusing.
    client.send({ type: "response.create" });
    const a = (await client.nextWire("response.created")).response as { id: string };
    client.send({ type: "response.create", response: { cancel_previous: true } });
    const cancelled = (await client.nextWire("response.done")).response as { id: string; status: string };
    assert.deepEqual([cancelled.id, cancelled.status], [a.id, "cancelled"]);
    const b = (await client.nextWire("response.created")).response as { id: string };
    assert.notEqual(b.id, a.id);
  });

  it("calls functions through scriptedResponder, and continues the script after the function output", async () => {
    const inputs: ResponderInput[] = [];
    const responder = scriptedResponder([
      { functionCall: { name: "get_weather", arguments: '{"city":"Oslo","unit":"celsius"}' } },
      (input) => {
        inputs.push(input);
        return { text: `It is ${lastFunctionOutput(input)} in Oslo.` };
      },
      "That is all.",
    ]);
    const emulator = await start({ responder });
    const client = await session(emulator, { turn_detection: null, tools: [weatherTool] });
    client.send({ type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: "Weather in Oslo?" }] } });
    client.send({ type: "response.create" });
    const frames = await client.until("response.done");
    assert.deepEqual(skeleton(frames.map((f) => f.type)).slice(1), [
      "response.created",
      "response.output_item.added",
      "conversation.item.created",
      "response.function_call_arguments.delta",
      "response.function_call_arguments.done",
      "response.output_item.done",
      "response.done",
    ]);
    const added = frames.find((f) => f.type === "response.output_item.added")!.item as Record<string, unknown>;
    assert.deepEqual([added.type, added.name, added.arguments, added.status], ["function_call", "get_weather", "", "in_progress"]);
    const argsDone = frames.find((f) => f.type === "response.function_call_arguments.done")!;
    assert.equal(argsDone.arguments, '{"city":"Oslo","unit":"celsius"}');
    assert.equal(frames.filter((f) => f.type === "response.function_call_arguments.delta").map((f) => f.delta).join(""), argsDone.arguments);
    const call = ((frames[frames.length - 1].response as { output: Record<string, unknown>[] }).output)[0];
    assert.deepEqual([call.type, call.status, call.call_id, call.arguments], ["function_call", "completed", argsDone.call_id, argsDone.arguments]);

    client.send({ type: "conversation.item.create", item: { type: "function_call_output", call_id: call.call_id, output: "sunny" } });
    client.send({ type: "response.create" });
    assert.equal((await client.nextWire("response.audio_transcript.done")).transcript, "It is sunny in Oslo.");
    assert.equal(inputs[0].responseIndex, 1);
    assert.deepEqual(inputs[0].items.map((i) => i.type), ["message", "function_call", "function_call_output"]);
    assert.equal(inputs[0].tools.length, 1);
    client.send({ type: "response.create" });
    assert.equal((await client.nextWire("response.audio_transcript.done")).transcript, "That is all.");
    // Another session plays the script from the start; without the tool, the step answers in words.
    const other = await session(emulator, { turn_detection: null, modalities: ["text"] });
    other.send({ type: "response.create" });
    assert.match(String((await other.nextWire("response.text.done")).text), /I would call get_weather, but it is not among the tools/);
  });

  it("works through the SDK: text in, audio out, function calls", async () => {
    const emulator = await start({ apiKey: "secret", responder: scriptedResponder([{ functionCall: { name: "get_weather", arguments: '{"city":"Paris"}' } }, { text: "Sunny in Paris." }]) });
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("secret"));
    const session = await client.startSession({ model: "gpt-realtime", tools: [{ type: "function", name: "get_weather", parameters: { type: "object" } }], turnDetection: null });
    let audioBytes = 0;
    let transcript = "";
    const calls: ResponseFunctionCallItem[] = [];
    session.subscribe({
      onResponseAudioDelta: (e) => void (audioBytes += e.delta.byteLength),
      onResponseAudioTranscriptDelta: (e) => void (transcript += e.delta),
      onResponseOutputItemDone: (e) => void (e.item?.type === "function_call" && calls.push(e.item as ResponseFunctionCallItem)),
    });
    let done = session.waitFor("response.done", { timeoutInMs: 3000 });
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Weather?" }] });
    await session.createResponse();
    await done;
    assert.equal(calls.length, 1);
    assert.equal(calls[0].arguments, '{"city":"Paris"}');
    done = session.waitFor("response.done", { timeoutInMs: 3000 });
    await session.addConversationItem({ type: "function_call_output", callId: calls[0].callId, output: '{"sky":"clear"}' });
    await session.createResponse();
    const final = await done;
    assert.equal(final.response.status, "completed");
    assert.equal(transcript, "Sunny in Paris.");
    assert.ok(audioBytes > 0);
    assert.ok((final.response.usage?.totalTokens ?? 0) > 0);
    const error = session.waitFor("error", { timeoutInMs: 3000 });
    await session.commitAudio();
    const e = session.toServerError(await error);
    assert.ok(isVoiceLiveServerError(e));
    assert.equal(e.serverCode, "input_audio_buffer_commit_empty");
    assert.equal(e.causedByEventType, "input_audio_buffer.commit");
    await session.close();
  });

  it("uses response.input_items, append_input_items and pre_generated_assistant_message", async () => {
    const client = await session(await start(), { turn_detection: null, modalities: ["text"] });
    client.send(hello);
    client.send({ type: "response.create", response: { input_items: [{ type: "message", role: "user", content: [{ type: "input_text", text: "Only this" }] }] } });
    assert.equal((await client.nextWire("response.text.done")).text, "You said: Only this");
    client.send({ type: "response.create", response: { append_input_items: [{ type: "message", role: "user", content: [{ type: "input_text", text: "Appended" }] }] } });
    assert.equal(((await client.nextWire("conversation.item.created", { predicate: (f) => (f.item as { role?: string }).role === "user" })).item as ResponseMessageItem).role, "user");
    assert.equal((await client.nextWire("response.text.done")).text, "You said: Appended");
    await client.nextWire("response.done");
    // A bad item refuses the whole response.create: nothing is added, no response starts.
    client.send({ type: "response.create", event_id: "bad", response: { append_input_items: [{ type: "function_call_output", call_id: "call_x", output: "{}" }] } });
    const error = (await client.nextWire("error")).error as Record<string, unknown>;
    assert.deepEqual([error.param, error.event_id], ["response.append_input_items[0].call_id", "bad"]);
    assert.deepEqual((await client.sync()).map((f) => f.type), []);
    client.send({ type: "response.create", response: { pre_generated_assistant_message: { type: "message", role: "assistant", content: [{ type: "text", text: "Scripted line." }] } } });
    const done = await client.next("response.done");
    assert.equal(((done.response.output?.[0] as ResponseMessageItem).content[0] as ResponseTextContentPart).text, "Scripted line.");
  });

  it("a failing responder ends the response as failed, with an error event", async () => {
    const client = await session(await start({ responder: () => Promise.reject(new Error("model unavailable")) }));
    client.send({ type: "response.create" });
    const error = (await client.nextWire("error")).error as Record<string, unknown>;
    assert.deepEqual([error.type, error.code], ["server_error", "server_error"]);
    assert.match(String(error.message), /model unavailable/);
    const done = (await client.nextWire("response.done")).response as Record<string, unknown>;
    assert.equal(done.status, "failed");
    assert.equal((done.status_details as { type: string }).type, "failed");
    client.send({ type: "response.create", response: { modalities: ["text"] } });
    await client.nextWire("response.created");
  });

  it("paces output audio at real time only when asked", async function () {
    this.timeout(5000);
    const oneSecond: Responder = (input) => ({ text: "A one second reply.", audio: tone({ durationMs: 1000, sampleRate: input.outputSampleRate }) });
    const timeOne = async (realtimePacing: boolean) => {
      const client = await session(await start({ realtimePacing, responder: oneSecond }));
      client.send({ type: "response.create" });
      await client.nextWire("response.created");
      const t0 = Date.now();
      const frames = await client.until("response.done");
      assert.equal(frames.filter((f) => f.type === "response.audio.delta").length, 10);
      return Date.now() - t0;
    };
    const paced = await timeOne(true);
    const fast = await timeOne(false);
    assert.ok(paced >= 900, `paced: ${paced} ms`);
    assert.ok(fast < 400, `unpaced: ${fast} ms`);
  });
});
