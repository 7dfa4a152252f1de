// Generated from spec/ by npm run generate. Do not edit.
import { table, type Table, type WireObject } from "../src/runtime/convert.js";
import { audioToBase64, type AudioInput } from "../src/runtime/audio.js";
import { stringSettingAt } from "../src/runtime/settings.js";
import type {
  ConversationRequestItemUnion,
  RequestSession,
  ResponseCreateParams,
} from "./models.js";
import {
  serializeConversationRequestItemUnion,
  serializeRequestSession,
  serializeResponseCreateParams,
} from "./serializers.js";
import type { ModelIn } from "./version-types.js";

/** What every send method takes last. */
export interface SendOptions {
  /** The event's `event_id`; one is made when it is omitted. The service names it in an `error` the event causes. */
  eventId?: string;
  /**
   * Gives up the send while it waits in the SDK for the connection to drain: it rejects with
   * `ABORTED` and nothing is sent. Once the event is handed to the socket, aborting has no effect.
   */
  abortSignal?: AbortSignal;
}

/** Bytes per sample of each known input audio format (`@audioFormatSetting` in spec/sdk.tsp). */
const inputSampleBytes: Table<number> = table({"pcm16":2,"g711_ulaw":1,"g711_alaw":1});

/** Where the session config names the input audio format: its field, and where a version moved it (`@movedTo`). */
const inputFormatPaths = [["input_audio_format"],["audio","input","format"]] as const;

/**
 * Binary audio → base64, refused unless it is whole samples of the input audio format that the
 * session config sent so far names (`input_audio_format` or `audio.input.format`, or "pcm16", the service's default).
 */
function encodeAudio(audio: AudioInput, method: string, config: WireObject | undefined): string {
  const format = stringSettingAt(config, inputFormatPaths) ?? "pcm16";
  return audioToBase64(audio, method, format, inputSampleBytes[format]);
}

/** Options of `sendInputTextDelta`. */
export interface SendInputTextDeltaOptions extends SendOptions {
  /** Index of the content part the text belongs to. */
  contentIndex?: number;
}

/** Options of `sendInputTextDone`. */
export interface SendInputTextDoneOptions extends SendOptions {
  /** Index of the content part the text belongs to. */
  contentIndex?: number;
}

/** Options of `addConversationItem`. */
export interface AddConversationItemOptions extends SendOptions {
  /** Id of the item after which to insert the new one; `root` inserts at the start, omitting it appends at the end. */
  previousItemId?: string;
}

/** Options of `createResponse`. */
export interface CreateResponseOptions extends SendOptions {
  /** Text appended to the session instructions for this response only. */
  additionalInstructions?: string;
}

/**
 * A session's send methods: one per client event, each with typed parameters, generated from the
 * spec. `VoiceLiveSession` implements `sendWireEvent`: it gives the event an id, validates it for
 * the session's API version, and writes it. `V` is the session's api-version: under a label version
 * (`v1`) the parameters leave out the fields that version does not have.
 */
export abstract class SessionSendMethods<V extends string = string> {
  /** Sends one client event in wire form; `options` are what the caller gave the send method. */
  protected abstract sendWireEvent(event: WireObject, options?: SendOptions): Promise<void>;

  /**
   * The session config sent so far, in wire form, each update merged over the ones before it
   * (undefined before the first). Send methods read the input audio format from it.
   */
  protected sentSessionConfig(): WireObject | undefined {
    return undefined;
  }

  /**
   * `session.update`: Updates the session configuration. Only the fields present change; the model cannot be changed after connecting.
   * The service answers with `session.updated`, or with `error` if the update is rejected.
   *
   * @param session - Session fields to change.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  updateSession(session: ModelIn<V, "RequestSession", RequestSession>, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "session.update", event_id: options?.eventId, session: serializeRequestSession(session) }, options);
  }

  /**
   * `session.avatar.connect`: Starts the WebRTC connection for avatar video by sending the client's SDP offer.
   *
   * @param clientSdp - The client's WebRTC SDP offer; the answer arrives in `session.avatar.connecting`.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  connectAvatar(clientSdp: string, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "session.avatar.connect", event_id: options?.eventId, client_sdp: clientSdp }, options);
  }

  /**
   * `input_audio.turn.start`: Opens an audio turn that the client delimits itself, as an alternative to the input audio buffer.
   *
   * @param turnId - Client-chosen id that the following append, end or cancel events refer to.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  startAudioTurn(turnId: string, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_audio.turn.start", event_id: options?.eventId, turn_id: turnId }, options);
  }

  /**
   * `input_audio.turn.append`: Adds a chunk of audio to an open audio turn.
   *
   * @param turnId - Id of the turn opened with `input_audio.turn.start`.
   * @param audio - Base64-encoded audio in the session's input audio format.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  appendAudioTurn(turnId: string, audio: AudioInput, options?: SendOptions): Promise<void> {
    let audioBase64: string;
    try {
      audioBase64 = encodeAudio(audio, "appendAudioTurn", this.sentSessionConfig());
    } catch (e) {
      return Promise.reject(e);
    }
    return this.sendWireEvent({ type: "input_audio.turn.append", event_id: options?.eventId, turn_id: turnId, audio: audioBase64 }, options);
  }

  /**
   * `input_audio.turn.end`: Closes an audio turn, handing its audio to the service for processing.
   *
   * @param turnId - Id of the turn to close.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  endAudioTurn(turnId: string, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_audio.turn.end", event_id: options?.eventId, turn_id: turnId }, options);
  }

  /**
   * `input_audio.turn.cancel`: Abandons an audio turn; its audio is discarded.
   *
   * @param turnId - Id of the turn to abandon.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  cancelAudioTurn(turnId: string, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_audio.turn.cancel", event_id: options?.eventId, turn_id: turnId }, options);
  }

  /**
   * `input_audio.clear`: Discards all input audio the service holds that has not yet been processed.
   *
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  clearAllInputAudio(options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_audio.clear", event_id: options?.eventId }, options);
  }

  /**
   * `input_text.delta`: Streams part of a user text input, so that processing can begin before the whole text is known.
   * Since api-version 2026-07-15.
   * @param id - Client-chosen id shared by all chunks of the same text input.
   * @param delta - The next chunk of text.
   * @param options - `contentIndex`, the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  sendInputTextDelta(id: string, delta: string, options?: SendInputTextDeltaOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_text.delta", event_id: options?.eventId, id: id, delta: delta, content_index: options?.contentIndex }, options);
  }

  /**
   * `input_text.done`: Marks a streamed user text input as complete.
   * Since api-version 2026-07-15.
   * @param id - Id of the text input that is now complete.
   * @param options - `contentIndex`, the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  sendInputTextDone(id: string, options?: SendInputTextDoneOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_text.done", event_id: options?.eventId, id: id, content_index: options?.contentIndex }, options);
  }

  /**
   * `input_audio_buffer.append`: Appends audio to the input audio buffer. The service sends no acknowledgement.
   *
   * @param audio - Base64-encoded audio in the session's input audio format, at most 15 MiB of base64 text per event.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  sendAudio(audio: AudioInput, options?: SendOptions): Promise<void> {
    let audioBase64: string;
    try {
      audioBase64 = encodeAudio(audio, "sendAudio", this.sentSessionConfig());
    } catch (e) {
      return Promise.reject(e);
    }
    return this.sendWireEvent({ type: "input_audio_buffer.append", event_id: options?.eventId, audio: audioBase64 }, options);
  }

  /**
   * `input_audio_buffer.commit`: Commits the input audio buffer as a new user message item. With turn detection enabled the service commits on
   * its own; committing an empty buffer is an error.
   *
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  commitAudio(options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_audio_buffer.commit", event_id: options?.eventId }, options);
  }

  /**
   * `input_audio_buffer.clear`: Empties the input audio buffer; the service confirms with `input_audio_buffer.cleared`.
   *
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  clearAudio(options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "input_audio_buffer.clear", event_id: options?.eventId }, options);
  }

  /**
   * `conversation.item.create`: Adds an item (message, function call or function output, and more in later versions) to the conversation.
   *
   * @param item - The item to add.
   * @param options - `previousItemId`, the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  addConversationItem(item: ConversationRequestItemUnion, options?: AddConversationItemOptions): Promise<void> {
    return this.sendWireEvent({ type: "conversation.item.create", event_id: options?.eventId, item: serializeConversationRequestItemUnion(item), previous_item_id: options?.previousItemId }, options);
  }

  /**
   * `conversation.item.truncate`: Shortens an assistant audio message to the part the user actually heard, typically after an interruption.
   * Fails if the item is not an assistant message or the audio is shorter than `audio_end_ms`.
   *
   * @param itemId - Id of the assistant message item to truncate.
   * @param contentIndex - Index of the content part to truncate; use 0.
   * @param audioEndInMs - Playback position in milliseconds up to which the audio is kept; its transcript is trimmed to match.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  truncateConversationItem(itemId: string, contentIndex: number, audioEndInMs: number, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "conversation.item.truncate", event_id: options?.eventId, item_id: itemId, content_index: contentIndex, audio_end_ms: audioEndInMs }, options);
  }

  /**
   * `conversation.item.delete`: Removes an item from the conversation history.
   *
   * @param itemId - Id of the item to remove; an unknown id produces an error.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  deleteConversationItem(itemId: string, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "conversation.item.delete", event_id: options?.eventId, item_id: itemId }, options);
  }

  /**
   * `response.create`: Asks the model to produce a response. Only one response can be in progress at a time.
   *
   * @param response - Settings that apply to this response only.
   * @param options - `additionalInstructions`, the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  createResponse(response?: ModelIn<V, "ResponseCreateParams", ResponseCreateParams>, options?: CreateResponseOptions): Promise<void> {
    return this.sendWireEvent({ type: "response.create", event_id: options?.eventId, response: response === undefined ? undefined : serializeResponseCreateParams(response), additional_instructions: options?.additionalInstructions }, options);
  }

  /**
   * `response.cancel`: Cancels the response that is in progress; fails when there is none.
   *
   * @param responseId - Id of the response to cancel; the current response when omitted.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  cancelResponse(responseId?: string, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "response.cancel", event_id: options?.eventId, response_id: responseId }, options);
  }

  /**
   * `conversation.item.retrieve`: Requests one stored conversation item; the service answers with `conversation.item.retrieved`.
   *
   * @param itemId - Id of the item to fetch; an unknown id produces an error.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  retrieveConversationItem(itemId: string, options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "conversation.item.retrieve", event_id: options?.eventId, item_id: itemId }, options);
  }

  /**
   * `output_audio_buffer.clear`: Drops assistant audio that is queued for output but not yet delivered, for example after the user interrupts.
   * Since api-version 2026-04-10.
   * @param options - the event's id and an abort signal
   * @returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected
   */
  clearOutputAudio(options?: SendOptions): Promise<void> {
    return this.sendWireEvent({ type: "output_audio_buffer.clear", event_id: options?.eventId }, options);
  }

}
