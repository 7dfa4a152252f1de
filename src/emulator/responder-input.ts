/**
 * What a responder is shown: typed copies of the conversation a response answers and of the session
 * config, so that a responder cannot change the session's state, and the last user input as samples.
 */
import type { Modality, ToolUnion } from "../../generated/models.js";
import { deserializeResponseItemUnion, deserializeResponseSession, deserializeToolUnion } from "../../generated/serializers.js";
import { concatPcm16, decodeAudio, durationMs, fromBase64, outputFormatInfo, type AudioFormatInfo } from "./audio.js";
import type { StoredItem } from "./conversation.js";
import type { ResponderInput, ResponderUserInput } from "./responder.js";
import { clone, type Wire } from "./wire.js";

/** The parts of a response the responder sees. */
export interface ResponseView {
  context: StoredItem[];
  instructions: string;
  tools: ToolUnion[];
  modalities: Modality[];
  outputAudioFormat: string;
}

/** The parts of the session the responder sees. */
export interface SessionView {
  id: string;
  config: Wire;
  /** The current input format, for user audio that came in an item (not through the buffer). */
  inputFormat: AudioFormatInfo;
}

export function responderInput(r: ResponseView, responseIndex: number, stepIndex: number, session: SessionView): ResponderInput {
  let lastUser: StoredItem | undefined;
  for (let i = r.context.length - 1; i >= 0 && !lastUser; i--) {
    const w = r.context[i].wire;
    if (w.type === "message" && w.role === "user") lastUser = r.context[i];
  }
  return {
    sessionId: session.id,
    responseIndex,
    stepIndex,
    items: r.context.map((i) => deserializeResponseItemUnion(clone(i.wire))),
    lastUserItem: lastUser ? userInput(lastUser, session.inputFormat) : undefined,
    session: deserializeResponseSession(clone(session.config)),
    instructions: r.instructions,
    // The response keeps its tools in wire form; the responder sees them typed, like the items.
    tools: (r.tools as unknown[]).map((t) => deserializeToolUnion(clone(t))),
    modalities: [...r.modalities],
    outputSampleRate: outputFormatInfo(r.outputAudioFormat).sampleRate,
  };
}

function userInput(item: StoredItem, inputFormat: AudioFormatInfo): ResponderUserInput {
  const parts = (Array.isArray(item.wire.content) ? item.wire.content : []) as Wire[];
  const texts = parts.filter((p) => p.type === "input_text" && typeof p.text === "string").map((p) => p.text as string);
  let audio = item.audio;
  let rate = item.audioRate;
  if (!audio) {
    const clips = parts.filter((p) => p.type === "input_audio" && typeof p.audio === "string").map((p) => decodeAudio(fromBase64(p.audio as string), inputFormat.codec));
    if (clips.length) {
      audio = concatPcm16(clips);
      rate = inputFormat.sampleRate;
    }
  }
  const out: ResponderUserInput = { itemId: item.wire.id, durationMs: audio && rate ? durationMs(audio.length, rate) : 0 };
  if (texts.length) out.text = texts.join(" ");
  if (audio) {
    out.audio = audio;
    out.sampleRate = rate;
  }
  return out;
}
