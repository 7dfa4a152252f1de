/**
 * The state of one conversation item as it streams: its content parts (text, transcripts, audio
 * received, truncation), a function call's arguments, a function output, and what the service
 * last reported of it. Kept apart from the `Conversation` so that the rules of merging an event
 * into an item are in one place.
 */
import type {
  ContentPartType,
  ContentPartUnion,
  ItemType,
  MessageRole,
  OutputAudioFormat,
  ResponseItemUnion,
  VoiceLiveErrorDetails,
} from "../../generated/models.js";

/** Where the transcription of a user audio part stands. */
export type TranscriptionStatus = "in_progress" | "completed" | "failed";

/** One content part of an item, as it stands. */
export interface ConversationContentPart {
  /** `input_text`, `input_audio`, `input_image`, `text` or `audio` (or a kind this SDK does not know). */
  type: ContentPartType;
  /** Text of a text part (`input_text`, `text`), streamed by `response.text.delta`. */
  text?: string;
  /**
   * Transcript of an audio part: the assistant's (`response.audio_transcript.*`) or the user's
   * (`conversation.item.input_audio_transcription.*`). After a truncation it is the part of the
   * transcript estimated to have been heard (see `truncated`).
   */
  transcript?: string;
  /** The user's audio, base64, when the service reported it in the item. */
  audio?: string;
  /** An image part's address or data URL. */
  imageUrl?: string;
  /** Milliseconds of assistant audio received for this part (`response.audio.delta`). */
  audioReceivedMs?: number;
  /** How the transcription of a user audio part went. */
  transcription?: TranscriptionStatus;
  /** Why the transcription failed, when it did. */
  transcriptionError?: VoiceLiveErrorDetails;
  /**
   * Set by `conversation.item.truncated`: the audio was cut at `audioEndMs`. The service drops the
   * transcript of a truncated part, so that the model does not remember words the user did not
   * hear; `fullTranscript` keeps what was generated, and `transcript` holds the share of it that
   * matches the audio kept (an estimate by duration, cut at a word boundary; empty when the audio
   * received is unknown).
   */
  truncated?: { audioEndMs: number; fullTranscript?: string };
}

/** One item of the conversation, as it stands. */
export interface ConversationItem {
  /** The item's id. */
  id: string;
  /** `message`, `function_call`, `function_call_output`, or another kind (MCP, search...). */
  type: ItemType;
  /** The author of a message. */
  role?: MessageRole;
  /** `in_progress`, `completed` or `incomplete`, as the service last reported it. */
  status?: string;
  /** The content parts of a message, by content index. */
  content: ConversationContentPart[];
  /** A function call's name. */
  name?: string;
  /** A function call's (or its output's) call id. */
  callId?: string;
  /** A function call's arguments, JSON, as they stream. */
  arguments?: string;
  /** A function call output's output. */
  output?: string;
  /** The response that produced it, for an item of the assistant. */
  responseId?: string;
  /**
   * The server session it belongs to: 0 for the first connection, one more after each reconnect.
   * An item of an earlier generation is no longer in the service's conversation (unless replayed,
   * which moves it to the current generation).
   */
  generation: number;
  /** The item as the service last reported it (`conversation.item.created`, `response.output_item.done`, `conversation.item.retrieved`). */
  item: ResponseItemUnion;
}

/** Bytes of output audio per millisecond for each output format: PCM16 is 2 bytes a sample, G.711 one, at 8 kHz. */
const bytesPerMs: Record<string, number> = {
  pcm16: 48,
  pcm16_8000hz: 16,
  pcm16_16000hz: 32,
  g711_ulaw: 8,
  g711_alaw: 8,
};

/** Bytes of audio per millisecond in a format; unknown formats count as the default, 24 kHz PCM16. */
export function audioBytesPerMs(format: OutputAudioFormat | undefined): number {
  return (format && bytesPerMs[format]) || 48;
}

/** A new item's state from the service's item. */
export function newItem(item: ResponseItemUnion, id: string, generation: number): ConversationItem {
  const state: ConversationItem = { id, type: item.type, content: [], generation, item };
  mergeItem(state, item);
  return state;
}

/**
 * Merges what the service reports of an item into its state. Text streamed so far is kept when the
 * report has none (a `response.output_item.done` of a cancelled response may carry empty parts),
 * and so are the counts and the truncation only this client knows.
 */
export function mergeItem(state: ConversationItem, item: ResponseItemUnion): void {
  state.item = item;
  const it = item as Partial<{ role: MessageRole; status: string; name: string; callId: string; arguments: string; output: string; content: ContentPartUnion[] }>;
  if (it.role !== undefined) state.role = it.role;
  if (it.status !== undefined) state.status = it.status;
  if (it.name !== undefined) state.name = it.name;
  if (it.callId !== undefined) state.callId = it.callId;
  if (it.arguments !== undefined && (it.arguments !== "" || state.arguments === undefined)) state.arguments = it.arguments;
  if (it.output !== undefined) state.output = it.output;
  if (Array.isArray(it.content)) it.content.forEach((part, i) => mergePart(partAt(state, i, part.type), part));
}

/** The part at `index`, made (of `type`) when missing. */
export function partAt(state: ConversationItem, index: number, type: ContentPartType): ConversationContentPart {
  let part = state.content[index];
  if (!part) {
    for (let i = state.content.length; i < index; i++) state.content[i] = { type };
    part = state.content[index] = { type };
  }
  return part;
}

export function mergePart(part: ConversationContentPart, reported: ContentPartUnion): void {
  part.type = reported.type;
  const r = reported as Partial<{ text: string; transcript: string | null; audio: string; imageUrl: string }>;
  if (r.text) part.text = r.text;
  else if (r.text !== undefined) part.text ??= r.text;
  // A truncated part's transcript is this client's estimate; the service's report has none.
  if (!part.truncated && typeof r.transcript === "string" && (r.transcript !== "" || part.transcript === undefined)) part.transcript = r.transcript;
  if (r.audio) part.audio = r.audio;
  if (r.imageUrl) part.imageUrl = r.imageUrl;
}

/**
 * `conversation.item.truncated`: the audio is cut at `audioEndMs`, and the transcript with it. The
 * share of the transcript kept is proportional to the audio kept, cut back to a word boundary.
 */
export function truncatePart(part: ConversationContentPart, audioEndMs: number): void {
  const full = part.truncated ? part.truncated.fullTranscript : part.transcript;
  part.truncated = { audioEndMs, fullTranscript: full };
  const received = part.audioReceivedMs;
  if (!full || !received) {
    part.transcript = "";
    return;
  }
  if (audioEndMs >= received) {
    part.transcript = full;
    return;
  }
  let end = Math.floor((full.length * Math.max(0, audioEndMs)) / received);
  while (end > 0 && !/\s/.test(full[end])) end--;
  part.transcript = full.slice(0, end).trimEnd();
}
