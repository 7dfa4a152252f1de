/**
 * Every frame the emulator sends across a rich conversation validates against the wire schema of
 * the session's API version. The emulator's own self-check is off here, so this check stands alone.
 */
import assert from "node:assert/strict";
import { validateWireEvent } from "../../src/validation.js";
import { serverEventTypeRenames } from "../../generated/tables.js";
import { toVersionShape } from "../../src/emulator/version-shape.js";
import { isInApiVersion } from "../../src/version-names.js";
import { apiVersions, type ApiVersion } from "../../src/versions.js";
import type { Wire } from "../../src/emulator/wire.js";
import { concatPcm16, echoResponder, pcm16ToBase64, silence, startEmulator, tone, type Responder, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { EmulatorSelfCheckError } from "../../src/emulator/index.js";
import { Outbox } from "../../src/emulator/outbox.js";
import { Timers } from "../../src/emulator/timers.js";
import { open, type WireClient } from "./helpers.js";

const speech = () => pcm16ToBase64(concatPcm16([silence(400), tone({ durationMs: 500 }), silence(700)]));
const user = (text: string) => ({ type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text }] } });

/** Answers by what the user said: "tool" calls a function, "wait" waits for the gate, "fail" throws. */
function conversationalResponder(gate: Promise<void>): Responder {
  return async (input) => {
    const last = input.items[input.items.length - 1];
    if (last?.type === "function_call_output") return { text: "It is sunny." };
    const text = input.lastUserItem?.text;
    if (text === "tool") return { text: "Let me check.", functionCall: { name: "get_weather", arguments: '{"city":"Oslo"}' } };
    if (text === "wait") {
      await gate;
      return { text: "late" };
    }
    if (text === "fail") throw new Error("no model today");
    return echoResponder(input);
  };
}

/** A frame written in the dated shape, in the shape of `version` (v1 nests the audio settings). */
function shaped(frame: Wire, version: ApiVersion): Wire {
  if (frame.type === "session.update") return { ...frame, session: toVersionShape("RequestSession", frame.session as Wire, version) };
  if (frame.type === "response.create" && frame.response) return { ...frame, response: toVersionShape("ResponseCreateParams", frame.response as Wire, version) };
  return frame;
}

async function richConversation(client: WireClient, release: () => void, version: ApiVersion): Promise<void> {
  const step = async (frames: Wire[], until: string) => {
    for (const f of frames) client.send(shaped(f, version));
    try {
      await client.nextWire(until);
    } catch (e) {
      throw new Error(`${JSON.stringify(frames).slice(0, 200)} → ${until}: ${(e as Error).message}`, { cause: e });
    }
  };
  await step(
    [
      {
        type: "session.update",
        session: {
          instructions: "Be brief.",
          voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural", temperature: 0.7 },
          input_audio_transcription: { model: "azure-speech", language: "en-US" },
          input_audio_noise_reduction: { type: "azure_deep_noise_suppression" },
          tools: [{ type: "function", name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } }],
          tool_choice: "auto",
        },
      },
    ],
    "session.updated",
  );
  await step([{ type: "session.avatar.connect", client_sdp: "v=0\r\n" }], "session.avatar.connecting");
  // Speech through server VAD: speech events, commit, transcription, an audio response.
  await step([{ type: "input_audio_buffer.append", audio: speech() }], "response.done");
  // Items: create, retrieve, truncate the assistant's audio, delete; and their errors.
  await step([user("hello")], "conversation.item.created");
  const assistant = [...client.frames].reverse().find((f) => f.type === "response.done")!.response as { output: { id: string }[] };
  await step([{ type: "conversation.item.retrieve", item_id: assistant.output[0].id }], "conversation.item.retrieved");
  await step([{ type: "conversation.item.truncate", item_id: assistant.output[0].id, content_index: 0, audio_end_ms: 100 }], "conversation.item.truncated");
  await step([{ type: "conversation.item.truncate", item_id: assistant.output[0].id, content_index: 0, audio_end_ms: 99999 }], "error");
  await step([{ type: "conversation.item.delete", item_id: assistant.output[0].id }], "conversation.item.deleted");
  await step([{ type: "conversation.item.delete", item_id: "item_gone" }], "error");
  // A text response, then a function call with text, its output, and the answer.
  await step([{ type: "response.create", response: { modalities: ["text"], metadata: { case: "text" } } }], "response.done");
  await step([user("tool"), { type: "response.create" }], "response.done");
  const call = [...client.frames].reverse().find((f) => f.type === "response.function_call_arguments.done")!;
  await step([{ type: "conversation.item.create", item: { type: "function_call_output", call_id: call.call_id, output: '{"sky":"clear"}' } }, { type: "response.create" }], "response.done");
  // The active-response error, a client cancel, and a barge-in.
  await step([user("wait"), { type: "response.create" }], "response.created");
  await step([{ type: "response.create" }], "error");
  await step([{ type: "response.cancel" }], "response.done");
  await step([{ type: "response.create" }], "response.created");
  await step([{ type: "input_audio_buffer.append", audio: speech() }], "input_audio_buffer.speech_started");
  await client.nextWire("response.done"); // cancelled: turn_detected
  await client.nextWire("response.done"); // the answer to the speech
  release();
  await step([{ type: "response.cancel" }], "error");
  // A failing responder, G.711 output, pre-generated and replaced context.
  await step([user("fail"), { type: "response.create" }], "response.done");
  await step([{ type: "response.create", response: { output_audio_format: "g711_ulaw", pre_generated_assistant_message: { type: "message", role: "assistant", content: [{ type: "text", text: "Scripted." }] } } }], "response.done");
  await step([{ type: "response.create", response: { input_items: [{ type: "message", role: "user", content: [{ type: "input_text", text: "Only" }] }], modalities: ["text"] } }], "response.done");
  // Buffers and turns, manual commit and its error.
  await step([{ type: "session.update", session: { turn_detection: null } }], "session.updated");
  // (The silence after the last turn's end is still in the buffer.)
  await step([{ type: "input_audio_buffer.clear" }], "input_audio_buffer.cleared");
  await step([{ type: "input_audio_buffer.commit" }], "error");
  await step([{ type: "input_audio_buffer.append", audio: speech() }, { type: "input_audio_buffer.commit" }], "conversation.item.input_audio_transcription.completed");
  await step([{ type: "input_audio.clear" }], "input_audio_buffer.cleared");
  await step(
    [
      { type: "input_audio.turn.start", turn_id: "t1" },
      { type: "input_audio.turn.append", turn_id: "t1", audio: speech() },
      { type: "input_audio.turn.end", turn_id: "t1" },
    ],
    "response.done",
  );
  await step([{ type: "input_audio.turn.append", turn_id: "nope", audio: "AAAA" }], "error");
  // Not in every version: where one is not, it is answered with an error.
  client.send({ type: "input_text.delta", id: "txt_1", delta: "typed" });
  client.send({ type: "input_text.done", id: "txt_1" });
  client.send({ type: "output_audio_buffer.clear" });
  // Bad frames.
  client.send("{oops");
  client.send(shaped({ type: "session.update", session: { temperature: "hot" } }, version));
  client.send({ type: "session.update", session: { model: "another-model" } });
  client.send({ type: "made.up" });
  await client.sync();
}

describe("emulator: every frame follows the schema", () => {
  let emulator: VoiceLiveEmulator | undefined;
  afterEach(() => emulator?.close());

  for (const version of apiVersions) {
    it(`across a rich conversation, api-version ${version}`, async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      emulator = await startEmulator({ selfCheck: false, responder: conversationalResponder(gate) });
      const client = await open(emulator, { query: `api-version=${version}&model=gpt-realtime` });
      try {
        await richConversation(client, release, version);
      } finally {
        release();
        await client.close();
      }
      assert.equal(client.rawText.length, client.frames.length, "every frame is JSON");
      const failures = client.frames.flatMap((frame) => validateWireEvent(frame, "server", version).map((i) => `${frame.type}: ${i.message}`));
      assert.deepEqual(failures, []);
      const seen = new Set(client.types);
      const expected = [
        "session.created",
        "session.updated",
        "session.avatar.connecting",
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
        "input_audio_buffer.cleared",
        "conversation.item.created",
        "conversation.item.input_audio_transcription.completed",
        "conversation.item.retrieved",
        "conversation.item.truncated",
        "conversation.item.deleted",
        "response.created",
        "response.output_item.added",
        "response.output_item.done",
        "response.content_part.added",
        "response.content_part.done",
        "response.text.delta",
        "response.text.done",
        "response.audio_transcript.delta",
        "response.audio_transcript.done",
        "response.audio.delta",
        "response.audio.done",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.done",
        "error",
      ];
      if (isInApiVersion("ServerEventOutputAudioBufferCleared", version)) expected.push("output_audio_buffer.cleared");
      const named = expected.map((t) => serverEventTypeRenames[version][t] ?? t);
      assert.deepEqual(named.filter((t) => !seen.has(t)), [], "event types not seen");
      const statuses = client.frames.filter((f) => f.type === "response.done").map((f) => (f.response as { status: string }).status);
      assert.deepEqual([...new Set(statuses)].sort(), ["cancelled", "completed", "failed"]);
      assert.ok(client.frames.length > 150, `${client.frames.length} frames`);
    });
  }

  it("with self-check on, an event that breaks the schema is thrown, not sent", async () => {
    // Nothing a client sends makes the emulator break the schema (the tests above show it), so the
    // check is exercised on the outbox directly.
    const sent: string[] = [];
    const ws = { readyState: 1, send: (t: string) => void sent.push(t), close() {}, terminate() {} };
    const outbox = new Outbox(ws as never, { version: "2026-07-15", selfCheck: true, faults: {}, timers: new Timers() });
    assert.throws(() => outbox.send({ type: "response.audio.delta", response_id: "r", item_id: "i", output_index: 0 }), (e: unknown) => {
      assert.ok(e instanceof EmulatorSelfCheckError);
      assert.equal(e.eventType, "response.audio.delta");
      assert.match(e.message, /content_?[iI]ndex is required/);
      return true;
    });
    assert.deepEqual(sent, []);
    outbox.send({ type: "output_audio_buffer.cleared" });
    assert.equal(sent.length, 1);
  });
});
