/**
 * How the emulated service hears the user: a speech-native (multimodal) model takes the audio as
 * it is, while every other model — and every Foundry agent — is fed by Azure speech-to-text first.
 *
 * Microsoft Learn's page on Voice Live language support says so: speech input is processed by a
 * multimodal model (`gpt-realtime`, `gpt-realtime-mini`, `phi4-mm-realtime`), and Azure speech to text
 * serves every session whose model is not multimodal. Two things follow that a client can see:
 *
 * - transcription: a cascaded session transcribes every committed turn, with or without
 *   `input_audio_transcription` (the official SDK's live test "should handle basic hello
 *   conversation with audio" expects the transcript from a `gpt-4o` session that never configured
 *   it); a speech-native model transcribes only when the session asks, as in the OpenAI protocol;
 * - order: the cascaded transcript exists before the user item, so it is sent first (the same live
 *   test reads `input_audio_buffer.committed`, then the transcript, then `conversation.item.created`);
 *   an asked-for transcript of a speech-native model runs beside the model and follows the item.
 */
import type { Wire } from "./wire.js";
import { isObject } from "./wire.js";

/**
 * Whether a model takes speech itself. The speech-native deployments all carry `realtime` in their
 * name (`gpt-realtime`, `gpt-4o-realtime-preview`, `phi4-mm-realtime`, `azure-realtime`); the
 * cascaded ones do not (`gpt-4o`, `gpt-4.1`, `gpt-5`, `phi4-mini`).
 */
export function isSpeechNative(model: string): boolean {
  return /realtime/i.test(model);
}

/** When a committed user turn's transcript is sent, if at all. */
export type TranscriptTiming = "before-item" | "after-item" | "none";

/** The transcript timing of a session: its target (a model, or an agent, which is cascaded) and its config. */
export function transcriptTiming(target: { model: string } | { agent: unknown }, config: Wire): TranscriptTiming {
  if (!("model" in target) || !isSpeechNative(target.model)) return "before-item";
  return isObject(config.input_audio_transcription) ? "after-item" : "none";
}
