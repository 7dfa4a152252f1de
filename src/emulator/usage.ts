/** Token estimates for a response's `usage`: the emulator has no tokenizer, so it counts characters and milliseconds. */
import { durationMs, fromBase64 } from "./audio.js";
import type { StoredItem } from "./conversation.js";
import { textTokens, type Wire } from "./wire.js";

/** Token estimates: user audio 1 token per 100 ms, assistant audio 1 per 50 ms. */
const USER_AUDIO_MS_PER_TOKEN = 100;
const ASSISTANT_AUDIO_MS_PER_TOKEN = 50;

/** Text tokens of an item: its texts, transcripts, function names, arguments and outputs. */
function itemTextTokens(item: Wire): number {
  let n = 0;
  for (const key of ["name", "arguments", "output"]) if (typeof item[key] === "string") n += textTokens(item[key] as string);
  for (const p of Array.isArray(item.content) ? (item.content as Wire[]) : []) {
    if (typeof p.text === "string") n += textTokens(p.text);
    else if (p.type !== "input_audio" && typeof p.transcript === "string") n += textTokens(p.transcript);
  }
  return n;
}

/** Input token estimate of a response: the context items, the instructions and the tools. */
export function inputUsage(items: StoredItem[], instructions: string, tools: unknown[]): { text: number; audio: number } {
  let text = textTokens(instructions) + (tools.length ? textTokens(JSON.stringify(tools)) : 0);
  let audio = 0;
  for (const item of items) {
    text += itemTextTokens(item.wire);
    if (item.audioMs) audio += Math.ceil(item.audioMs / ASSISTANT_AUDIO_MS_PER_TOKEN);
    for (const p of Array.isArray(item.wire.content) ? (item.wire.content as Wire[]) : []) {
      if (p.type !== "input_audio") continue;
      const ms = item.audio && item.audioRate ? durationMs(item.audio.length, item.audioRate) : typeof p.audio === "string" ? Math.round((fromBase64(p.audio).length / 2 / 24000) * 1000) : 0;
      audio += Math.ceil(ms / USER_AUDIO_MS_PER_TOKEN);
    }
  }
  return { text, audio };
}

/** The `usage` of `response.done`: the input estimate made when the response started, and what it output. */
export function responseUsage(input: { text: number; audio: number }, output: Wire[], outputAudioMs: number): Wire {
  let outText = 0;
  for (const item of output) outText += itemTextTokens(item);
  const outAudio = Math.ceil(outputAudioMs / ASSISTANT_AUDIO_MS_PER_TOKEN);
  const inputTokens = input.text + input.audio;
  const outputTokens = outText + outAudio;
  return {
    total_tokens: inputTokens + outputTokens,
    input_tokens: inputTokens,
    output_tokens: outputTokens,
    input_token_details: {
      cached_tokens: 0,
      text_tokens: input.text,
      audio_tokens: input.audio,
      image_tokens: 0,
      cached_tokens_details: { text_tokens: 0, audio_tokens: 0, image_tokens: 0 },
    },
    output_token_details: { text_tokens: outText, audio_tokens: outAudio },
  };
}
