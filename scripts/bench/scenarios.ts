/**
 * The wire frames of the benchmark: what the bench server sends (session.created, session.updated,
 * input_audio_buffer.committed, the inbound flood) and what a client sends (the audio chunks of the
 * outbound scenario, the outgoing mix of the validation scenario). Every frame follows the
 * 2026-07-15 schema; run.ts checks a sample of each kind with `validateWireEvent` before measuring.
 */

export const API_VERSION = "2026-07-15";
export const MODEL = "gpt-realtime";
export const API_KEY = "bench-key";

/** 100 ms of 24 kHz mono PCM16. */
export const SAMPLES_PER_CHUNK = 2400;
export const CHUNK_BYTES = SAMPLES_PER_CHUNK * 2;

/** Events of one response in the flood: 60 audio deltas, 33 transcript deltas, 7 life-cycle events. */
export const EVENTS_PER_RESPONSE = 100;
export const AUDIO_PER_RESPONSE = 60;
export const TRANSCRIPT_PER_RESPONSE = 33;

/** Deterministic speech-like PCM16: two drifting tones and a little noise, `chunks` × 100 ms. */
export function pcm16(chunks: number): Int16Array {
  const n = chunks * SAMPLES_PER_CHUNK;
  const out = new Int16Array(n);
  let seed = 0x2545f491;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const t = i / 24000;
    const envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 3 * t);
    const v = envelope * (0.45 * Math.sin(2 * Math.PI * (180 + 40 * Math.sin(t)) * t) + 0.2 * Math.sin(2 * Math.PI * 910 * t)) + ((seed >>> 16) / 65536 - 0.5) * 0.02;
    out[i] = Math.max(-32768, Math.min(32767, Math.round(v * 32767)));
  }
  return out;
}

/** `count` chunks of 100 ms PCM16, as views into one buffer (no copies), like a capture ring would hand them out. */
export function audioChunks(count: number): Int16Array[] {
  const all = pcm16(count);
  const chunks: Int16Array[] = [];
  for (let i = 0; i < count; i++) chunks.push(all.subarray(i * SAMPLES_PER_CHUNK, (i + 1) * SAMPLES_PER_CHUNK));
  return chunks;
}

/** 100 ms of audio as base64, as the service sends it in `response.audio.delta`. */
export function audioDeltaBase64(): string {
  const pcm = pcm16(1);
  return Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength).toString("base64");
}

const SESSION_CONFIG = {
  model: MODEL,
  modalities: ["text", "audio"],
  instructions: "",
  voice: { type: "openai", name: "alloy" },
  input_audio_sampling_rate: 24000,
  input_audio_format: "pcm16",
  output_audio_format: "pcm16",
  turn_detection: { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500, auto_truncate: false, create_response: true, interrupt_response: true },
  input_audio_noise_reduction: null,
  input_audio_echo_cancellation: null,
  input_audio_transcription: null,
  tools: [],
  tool_choice: "auto",
  temperature: 0.8,
  max_response_output_tokens: "inf",
};

export function sessionCreated(sessionId: string, eventId: string): Record<string, unknown> {
  return { type: "session.created", event_id: eventId, session: { id: sessionId, expires_at: 1785002400, ...SESSION_CONFIG } };
}

export function sessionUpdated(sessionId: string, eventId: string, update: Record<string, unknown>): Record<string, unknown> {
  return { type: "session.updated", event_id: eventId, session: { id: sessionId, ...SESSION_CONFIG, ...update } };
}

/**
 * `input_audio_buffer.committed`, the bench server's answer to a commit. Its item id says what the
 * server received since the previous commit: `item_a<appends>_b<audio bytes>`, so that the client
 * can check that every append arrived whole.
 */
export function committed(appends: number, audioBytes: number, eventId: string): Record<string, unknown> {
  return { type: "input_audio_buffer.committed", event_id: eventId, previous_item_id: null, item_id: committedItemId(appends, audioBytes) };
}

export function committedItemId(appends: number, audioBytes: number): string {
  return `item_a${appends}_b${audioBytes}`;
}

export function errorEvent(message: string, eventId: string): Record<string, unknown> {
  return { type: "error", event_id: eventId, error: { type: "invalid_request_error", code: "bench", message } };
}

const TRANSCRIPT_WORDS = ["It's ", "twelve ", "degrees ", "and ", "raining ", "in ", "Seattle, ", "with ", "a ", "light ", "breeze ", "from ", "the ", "south."];

/** How many events of each kind a flood of `events` events holds (a multiple of 100). */
export function floodComposition(events: number): FloodCounts {
  const responses = events / EVENTS_PER_RESPONSE;
  return {
    audio: responses * AUDIO_PER_RESPONSE,
    transcript: responses * TRANSCRIPT_PER_RESPONSE,
    responseCreated: responses,
    outputItemAdded: responses,
    itemCreated: responses,
    partAdded: responses,
    partDone: responses,
    outputItemDone: responses,
    responseDone: responses,
  };
}

export interface FloodCounts {
  audio: number;
  transcript: number;
  responseCreated: number;
  outputItemAdded: number;
  itemCreated: number;
  partAdded: number;
  partDone: number;
  outputItemDone: number;
  responseDone: number;
}

/**
 * The inbound flood: `events / 100` responses as the service streams them. Each is `response.created`,
 * `response.output_item.added`, `conversation.item.created`, `response.content_part.added`, 60 audio
 * deltas of 100 ms (4,800 bytes of PCM16 as base64) interleaved with 33 transcript deltas,
 * `response.content_part.done`, `response.output_item.done` and `response.done` with usage: 60 % audio.
 */
export function floodFrames(events: number): Record<string, unknown>[] {
  if (events <= 0 || events % EVENTS_PER_RESPONSE !== 0) throw new Error(`the flood size must be a positive multiple of ${EVENTS_PER_RESPONSE}, not ${events}`);
  const audio = audioDeltaBase64();
  const frames: Record<string, unknown>[] = [];
  let n = 0;
  const id = () => `event_${(1_000_000 + n++).toString(36)}`;
  for (let r = 0; r < events / EVENTS_PER_RESPONSE; r++) {
    const responseId = `resp_B${r.toString(36).padStart(6, "0")}`;
    const itemId = `item_B${r.toString(36).padStart(6, "0")}`;
    const ids = { response_id: responseId, item_id: itemId, output_index: 0, content_index: 0 };
    const words: string[] = [];
    frames.push({
      type: "response.created",
      event_id: id(),
      response: { id: responseId, object: "realtime.response", status: "in_progress", status_details: null, output: [], usage: null, conversation_id: "conv_bench", voice: { type: "openai", name: "alloy" }, modalities: ["text", "audio"], output_audio_format: "pcm16", temperature: 0.8, max_output_tokens: "inf" },
    });
    frames.push({ type: "response.output_item.added", event_id: id(), response_id: responseId, output_index: 0, item: { id: itemId, object: "realtime.item", type: "message", status: "in_progress", role: "assistant", content: [] } });
    frames.push({ type: "conversation.item.created", event_id: id(), previous_item_id: r === 0 ? null : `item_B${(r - 1).toString(36).padStart(6, "0")}`, item: { id: itemId, object: "realtime.item", type: "message", status: "in_progress", role: "assistant", content: [] } });
    frames.push({ type: "response.content_part.added", event_id: id(), ...ids, part: { type: "audio", transcript: "" } });
    // Interleave: the transcript runs a little ahead of the audio, as it does in the service.
    let a = 0;
    let t = 0;
    while (a < AUDIO_PER_RESPONSE || t < TRANSCRIPT_PER_RESPONSE) {
      if (t < TRANSCRIPT_PER_RESPONSE && (a >= AUDIO_PER_RESPONSE || t * AUDIO_PER_RESPONSE <= a * TRANSCRIPT_PER_RESPONSE)) {
        const word = TRANSCRIPT_WORDS[t % TRANSCRIPT_WORDS.length];
        words.push(word);
        frames.push({ type: "response.audio_transcript.delta", event_id: id(), ...ids, delta: word });
        t++;
      } else {
        frames.push({ type: "response.audio.delta", event_id: id(), ...ids, delta: audio });
        a++;
      }
    }
    const transcript = words.join("");
    const doneItem = { id: itemId, object: "realtime.item", type: "message", status: "completed", role: "assistant", content: [{ type: "audio", transcript }] };
    frames.push({ type: "response.content_part.done", event_id: id(), ...ids, part: { type: "audio", transcript } });
    frames.push({ type: "response.output_item.done", event_id: id(), response_id: responseId, output_index: 0, item: doneItem });
    frames.push({
      type: "response.done",
      event_id: id(),
      response: {
        id: responseId,
        object: "realtime.response",
        status: "completed",
        status_details: null,
        conversation_id: "conv_bench",
        output: [doneItem],
        usage: {
          total_tokens: 669,
          input_tokens: 460,
          output_tokens: 209,
          input_token_details: { cached_tokens: 256, text_tokens: 312, audio_tokens: 148, image_tokens: 0, cached_tokens_details: { text_tokens: 192, audio_tokens: 64, image_tokens: 0 } },
          output_token_details: { text_tokens: 38, audio_tokens: 171, reasoning_tokens: 0 },
        },
        modalities: ["text", "audio"],
        output_audio_format: "pcm16",
        temperature: 0.8,
        max_output_tokens: "inf",
        voice: { type: "openai", name: "alloy" },
      },
    });
  }
  return frames;
}

/**
 * A typical outgoing client mix, as wire JSON with event ids: per 100 events, 95 appends of 100 ms
 * audio, 2 `response.create`, 2 `conversation.item.create` (a user message, a function result) and
 * 1 `session.update`.
 */
export function clientMix(): { type: string; frame: Record<string, unknown> }[] {
  const audio = audioDeltaBase64();
  const out: Record<string, unknown>[] = [];
  let n = 0;
  const id = () => `evt_k3m9q2_${(n++).toString(36)}`;
  out.push({
    type: "session.update",
    event_id: id(),
    session: {
      instructions: "You are a friendly voice assistant for Contoso Travel. Keep answers under three sentences.",
      voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural", temperature: 0.8 },
      input_audio_sampling_rate: 24000,
      turn_detection: { type: "azure_semantic_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500 },
      input_audio_noise_reduction: { type: "azure_deep_noise_suppression" },
      input_audio_transcription: { model: "azure-speech", language: "en-US" },
      tools: [{ type: "function", name: "get_weather", description: "Get the current weather for a city.", parameters: { type: "object", properties: { location: { type: "string" } }, required: ["location"] } }],
    },
  });
  for (let i = 0; i < 95; i++) {
    out.push({ type: "input_audio_buffer.append", event_id: id(), audio });
    if (i === 30) out.push({ type: "conversation.item.create", event_id: id(), item: { type: "message", role: "user", content: [{ type: "input_text", text: "What's the weather in Seattle?" }] } });
    if (i === 31) out.push({ type: "response.create", event_id: id(), response: { modalities: ["text", "audio"], instructions: "Answer as a concise travel agent." } });
    if (i === 70) out.push({ type: "conversation.item.create", event_id: id(), item: { type: "function_call_output", call_id: "call_Q7d2", output: '{"temperature":12,"unit":"celsius"}' } });
    if (i === 71) out.push({ type: "response.create", event_id: id() });
  }
  return out.map((frame) => ({ type: String(frame.type), frame }));
}
