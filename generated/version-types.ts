// Generated from spec/ by npm run generate. Do not edit.
import type { ServerEvent, ServerEventMap } from "./models.js";

/** Per label version, the fields (TypeScript names) of each model that the version does not have. */
export interface LabelVersionMissingFields {
  "v1": {
    RequestSession: "modalities" | "voice" | "inputAudioSamplingRate" | "inputAudioFormat" | "outputAudioFormat" | "turnDetection" | "inputAudioNoiseReduction" | "inputAudioEchoCancellation" | "inputAudioTranscription" | "outputAudioTimestampTypes" | "maxResponseOutputTokens" | "reasoningEffort";
    ResponseCreateParams: "modalities" | "voice" | "outputAudioFormat" | "reasoningEffort";
    ResponseSession: "modalities" | "voice" | "inputAudioSamplingRate" | "inputAudioFormat" | "outputAudioFormat" | "turnDetection" | "inputAudioNoiseReduction" | "inputAudioEchoCancellation" | "inputAudioTranscription" | "outputAudioTimestampTypes" | "maxResponseOutputTokens" | "reasoningEffort";
    VoiceLiveResponse: "voice" | "modalities" | "outputAudioFormat";
  };
}

/** Per label version, its server event types. */
export interface LabelVersionServerEventTypes {
  "v1": "error" | "warning" | "session.created" | "session.updated" | "session.avatar.connecting" | "input_audio_buffer.committed" | "input_audio_buffer.cleared" | "input_audio_buffer.speech_started" | "input_audio_buffer.speech_stopped" | "conversation.item.created" | "conversation.item.input_audio_transcription.completed" | "conversation.item.input_audio_transcription.failed" | "conversation.item.truncated" | "conversation.item.deleted" | "response.created" | "response.done" | "response.output_item.added" | "response.output_item.done" | "response.content_part.added" | "response.content_part.done" | "response.animation_blendshapes.delta" | "response.animation_blendshapes.done" | "response.audio_timestamp.delta" | "response.audio_timestamp.done" | "response.animation_viseme.delta" | "response.animation_viseme.done" | "conversation.item.input_audio_transcription.delta" | "conversation.item.retrieved" | "response.function_call_arguments.delta" | "response.function_call_arguments.done" | "mcp_list_tools.in_progress" | "mcp_list_tools.completed" | "mcp_list_tools.failed" | "response.mcp_call_arguments.delta" | "response.mcp_call_arguments.done" | "response.mcp_call.in_progress" | "response.mcp_call.completed" | "response.mcp_call.failed" | "session.avatar.switch_to_speaking" | "session.avatar.switch_to_idle" | "response.video.delta" | "response.web_search_call.searching" | "response.web_search_call.in_progress" | "response.web_search_call.completed" | "response.file_search_call.searching" | "response.file_search_call.in_progress" | "response.file_search_call.completed" | "output_audio_buffer.cleared" | "response.audio_transcript.annotation.added" | "response.invocation.delta" | "response.output_text.delta" | "response.output_text.done" | "response.output_audio_transcript.delta" | "response.output_audio_transcript.done" | "response.output_audio.delta" | "response.output_audio.done" | "conversation.created" | "conversation.item.added" | "conversation.item.done" | "conversation.item.input_audio_transcription.segment" | "input_audio_buffer.timeout_triggered" | "input_audio_buffer.dtmf_event_received" | "output_audio_buffer.started" | "output_audio_buffer.stopped" | "rate_limits.updated";
}

/** An API version this SDK models as a label (`v1`). */
export type LabelApiVersion = keyof LabelVersionMissingFields;

/** Model `M` (named `Name` in the spec) as API version `V` has it: without the fields a label version lacks; as it is otherwise. */
export type ModelIn<V extends string, Name extends string, M> = V extends LabelApiVersion
  ? Name extends keyof LabelVersionMissingFields[V]
    ? Omit<M, LabelVersionMissingFields[V][Name] & keyof M>
    : M
  : M;

/**
 * The type parameter of a session of api-version `V`: the label version itself, or `string` for any other, so that
 * a session of a dated version is the same type whichever dated version it speaks.
 */
export type SessionApiVersion<V extends string> = V extends LabelApiVersion ? V : string;

/** The known server event types of API version `V`: a label version's own, or those of every version. */
export type ServerEventTypeIn<V extends string> = V extends LabelApiVersion ? LabelVersionServerEventTypes[V] : keyof ServerEventMap;

/** A known server event of API version `V` (as `ServerEvent` is of every version). */
export type ServerEventIn<V extends string> = V extends LabelApiVersion ? ServerEventMap[LabelVersionServerEventTypes[V]] : ServerEvent;
