/**
 * The assistant message of a response: its text (`response.text.*`), or its audio in 100 ms chunks
 * with the transcript running just ahead (`response.audio.*`, `response.audio_transcript.*`), and the
 * animation and word timing the session asked for.
 *
 * The message is announced `incomplete` and finished `completed`: the official SDK's live test
 * ("should handle basic hello conversation with audio", test/integration/basicConversationTests.spec.ts)
 * expects an assistant message in `response.output_item.added` with status `incomplete` (OpenAI's
 * documentation shows `in_progress` there; the Voice Live sources say nothing, so the live service wins).
 */
import type { Modality } from "../../generated/models.js";
import { Animator, type AnimationPlan } from "./animation.js";
import { durationMs, encodeAudio, outputFormatInfo, speechLike, toBase64 } from "./audio.js";
import type { SessionChannel } from "./channel.js";
import type { StoredItem } from "./conversation.js";
import { newId } from "./ids.js";
import { speechDurationMs, type ResponderReply } from "./responder.js";
import type { ResponseOutput } from "./response-output.js";
import { textPieces, type Wire } from "./wire.js";

/** Output audio is sent in chunks of this length. */
const CHUNK_MS = 100;

/** What the message needs of its response. */
export interface MessageResponse {
  readonly output: ResponseOutput;
  readonly abort: AbortController;
  readonly modalities: Modality[];
  readonly outputAudioFormat: string;
  readonly animation: AnimationPlan;
  readonly finished: boolean;
  /** `Date.now()` when the response started: the emulated latencies count from here. */
  readonly startedAt: number;
  audioCleared: boolean;
  /** Assistant audio sent so far, in ms, for the usage. */
  outputAudioMs: number;
}

/** Streams the message of a reply. Returns early when the response ends or the connection closes. */
export async function emitMessage(channel: SessionChannel, r: MessageResponse, reply: ResponderReply): Promise<void> {
  const send = channel.send.bind(channel);
  const audioOut = r.modalities.includes("audio");
  const text = typeof reply.text === "string" ? reply.text : "";
  const item = { id: newId("item"), object: "realtime.item", type: "message", role: "assistant", status: "incomplete", content: [] as Wire[] };
  const stored: StoredItem = { wire: item, audioMs: 0 };
  const outputIndex = r.output.add(item, stored);
  const ids = { response_id: r.output.responseId, item_id: item.id, output_index: outputIndex, content_index: 0 };
  const part: Wire = audioOut ? { type: "audio", transcript: "" } : { type: "text", text: "" };
  send({ type: "response.content_part.added", ...ids, part });
  item.content.push(part);
  const pieces = textPieces(text);
  const gone = () => r.finished || channel.closed;
  const latency = channel.settings.latency;
  /** Waits until `ms` after the response started (the emulated model's latency); false when the response ended meanwhile. */
  const until = async (ms: number): Promise<boolean> => {
    if (ms > 0) await channel.timers.sleep(r.startedAt + ms - Date.now(), r.abort.signal);
    return !gone();
  };
  if (!(await until(latency.firstTranscriptMs))) return;
  if (!audioOut) {
    for (const delta of pieces) {
      send({ type: "response.text.delta", ...ids, delta });
      part.text += delta;
    }
    send({ type: "response.text.done", ...ids, text });
  } else {
    const format = outputFormatInfo(r.outputAudioFormat);
    const samples = reply.audio instanceof Int16Array ? reply.audio : speechLike(speechDurationMs(text), format.sampleRate);
    const perChunk = (format.sampleRate * CHUNK_MS) / 1000;
    const count = Math.ceil(samples.length / perChunk);
    const totalMs = durationMs(samples.length, format.sampleRate);
    const animator = new Animator(r.animation, text, totalMs, format.sampleRate, ids, send);
    const pacing = channel.settings.realtimePacing;
    let t0 = Date.now();
    let said = 0;
    const say = (upTo: number) => {
      for (; said < upTo; said++) {
        send({ type: "response.audio_transcript.delta", ...ids, delta: pieces[said] });
        part.transcript += pieces[said];
      }
    };
    for (let k = 0; k < count; k++) {
      say(Math.ceil((pieces.length * (k + 1)) / count));
      if (k === 0 && latency.firstAudioMs > 0) {
        if (!(await until(latency.firstAudioMs))) return;
        t0 = Date.now(); // real time counts from the first chunk
      }
      if (pacing && k > 0) {
        await channel.timers.sleep(t0 + k * CHUNK_MS - Date.now(), r.abort.signal);
        if (gone()) return;
      }
      const end = Math.min(samples.length, (k + 1) * perChunk);
      const chunk = samples.subarray(k * perChunk, end);
      if (!r.audioCleared) {
        if (animator.active) animator.chunk(chunk, k * CHUNK_MS, durationMs(end, format.sampleRate));
        send({ type: "response.audio.delta", ...ids, delta: toBase64(encodeAudio(chunk, format.codec)) });
      }
      const before = stored.audioMs ?? 0;
      stored.audioMs = durationMs(end, format.sampleRate);
      r.outputAudioMs += stored.audioMs - before;
    }
    say(pieces.length);
    if (pacing) {
      await channel.timers.sleep(t0 + totalMs - Date.now(), r.abort.signal);
      if (gone()) return;
    }
    send({ type: "response.audio.done", ...ids });
    if (animator.active) animator.finish();
    send({ type: "response.audio_transcript.done", ...ids, transcript: text });
  }
  send({ type: "response.content_part.done", ...ids, part });
  item.status = "completed";
  r.output.done(outputIndex);
}
