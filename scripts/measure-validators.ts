/**
 * `npm run measure:validators`: throughput of the precompiled validators on a realistic mix of
 * server events (wire JSON, already parsed), and of a typical outgoing client mix, per API version.
 * Not a test: it prints numbers to quote.
 */
import type { ApiVersion } from "../generated/tables.js";
import { validators } from "../src/internal/all-validators.js";

const audio100ms = Buffer.alloc(4800, 7).toString("base64"); // 100 ms of 24 kHz PCM16
const ids = { response_id: "resp_CkZ1", item_id: "item_CkZ2", output_index: 0, content_index: 0 };

/** A response as the service streams it: mostly audio, with transcript deltas and item events around it. */
function serverMix(): unknown[] {
  const frames: unknown[] = [];
  let n = 0;
  const id = () => `event_${(n++).toString(36)}`;
  frames.push({ type: "response.created", event_id: id(), response: { id: "resp_CkZ1", object: "realtime.response", status: "in_progress", output: [] } });
  frames.push({ type: "response.output_item.added", event_id: id(), response_id: "resp_CkZ1", output_index: 0, item: { id: "item_CkZ2", object: "realtime.item", type: "message", role: "assistant", status: "in_progress", content: [] } });
  frames.push({ type: "response.content_part.added", event_id: id(), ...ids, part: { type: "audio", transcript: "" } });
  for (let i = 0; i < 60; i++) frames.push({ type: "response.audio.delta", event_id: id(), ...ids, delta: audio100ms });
  for (let i = 0; i < 30; i++) frames.push({ type: "response.audio_transcript.delta", event_id: id(), ...ids, delta: "hello " });
  frames.push({ type: "input_audio_buffer.speech_started", event_id: id(), audio_start_ms: 1200, item_id: "item_CkZ3" });
  frames.push({ type: "input_audio_buffer.speech_stopped", event_id: id(), audio_end_ms: 2400, item_id: "item_CkZ3" });
  frames.push({ type: "conversation.item.created", event_id: id(), previous_item_id: "item_CkZ2", item: { id: "item_CkZ3", object: "realtime.item", type: "message", role: "user", status: "completed", content: [{ type: "input_text", text: "What is the weather?" }] } });
  frames.push({ type: "response.audio.done", event_id: id(), ...ids });
  frames.push({ type: "response.audio_transcript.done", event_id: id(), ...ids, transcript: "hello hello" });
  frames.push({ type: "response.content_part.done", event_id: id(), ...ids, part: { type: "audio", transcript: "hello hello" } });
  frames.push({ type: "response.output_item.done", event_id: id(), response_id: "resp_CkZ1", output_index: 0, item: { id: "item_CkZ2", object: "realtime.item", type: "message", role: "assistant", status: "completed", content: [{ type: "audio", transcript: "hello hello" }] } });
  frames.push({
    type: "response.done",
    event_id: id(),
    response: {
      id: "resp_CkZ1",
      object: "realtime.response",
      status: "completed",
      output: [],
      usage: { total_tokens: 300, input_tokens: 100, output_tokens: 200, input_token_details: { cached_tokens: 0, text_tokens: 20, audio_tokens: 80, image_tokens: 0, cached_tokens_details: { text_tokens: 0, audio_tokens: 0, image_tokens: 0 } }, output_token_details: { text_tokens: 40, audio_tokens: 160 } },
    },
  });
  return frames;
}

/** What a client typically sends: mostly audio appends, some item and response events. */
function clientMix(): unknown[] {
  const frames: unknown[] = [];
  for (let i = 0; i < 90; i++) frames.push({ type: "input_audio_buffer.append", event_id: `evt_${i}`, audio: audio100ms });
  frames.push({ type: "input_audio_buffer.commit", event_id: "evt_c" });
  frames.push({ type: "response.create", event_id: "evt_r", response: { modalities: ["text", "audio"], instructions: "Be brief." } });
  frames.push({ type: "conversation.item.create", event_id: "evt_i", item: { type: "message", role: "user", content: [{ type: "input_text", text: "What is the weather?" }] } });
  frames.push({ type: "conversation.item.create", event_id: "evt_f", item: { type: "function_call_output", call_id: "call_1", output: "{\"temp\":21}" } });
  frames.push({
    type: "session.update",
    event_id: "evt_s",
    session: { instructions: "You are helpful.", voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural", temperature: 0.8 }, turn_detection: { type: "azure_semantic_vad", threshold: 0.5, silence_duration_ms: 500 }, input_audio_transcription: { model: "azure-speech", language: "en-US" } },
  });
  return frames;
}

function measure(label: string, frames: unknown[], validate: (f: unknown) => unknown): void {
  for (const f of frames) if (validate(f) !== null) throw new Error(`${label}: a frame of the mix is invalid: ${JSON.stringify(f).slice(0, 200)}`);
  const rounds: number[] = [];
  for (let r = 0; r < 7; r++) {
    const count = 200_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) validate(frames[i % frames.length]);
    const ns = Number(process.hrtime.bigint() - start);
    rounds.push(count / (ns / 1e9));
  }
  rounds.sort((a, b) => a - b);
  const median = rounds[3];
  console.log(`${label.padEnd(34)} ${(median / 1e6).toFixed(2)} M events/s  (${(1e9 / median).toFixed(0)} ns/event; min–max ${(rounds[0] / 1e6).toFixed(2)}–${(rounds[6] / 1e6).toFixed(2)} M/s)`);
}

console.log(`node ${process.version}, ${serverMix().length}-frame server mix (60 audio deltas of 100 ms), ${clientMix().length}-frame client mix`);
for (const version of Object.keys(validators) as ApiVersion[]) {
  const v = validators[version];
  measure(`${version} server events`, serverMix(), (f) => v.validateServerEvent(f));
  measure(`${version} client events`, clientMix(), (f) => v.validateClientEvent(f));
}
