// Generated from spec/ by npm run generate. Do not edit.
import type {
  AgentConfig,
  CachedTokenDetails,
  ClientEvent,
  ClientEventConversationItemCreate,
  ClientEventConversationItemDelete,
  ClientEventConversationItemRetrieve,
  ClientEventConversationItemTruncate,
  ClientEventInputAudioBufferAppend,
  ClientEventInputAudioBufferClear,
  ClientEventInputAudioBufferCommit,
  ClientEventInputAudioClear,
  ClientEventInputAudioTurnAppend,
  ClientEventInputAudioTurnCancel,
  ClientEventInputAudioTurnEnd,
  ClientEventInputAudioTurnStart,
  ClientEventInputTextDelta,
  ClientEventInputTextDone,
  ClientEventOutputAudioBufferClear,
  ClientEventResponseCancel,
  ClientEventResponseCreate,
  ClientEventSessionAvatarConnect,
  ClientEventSessionUpdate,
  ContentPart,
  ContentPartUnion,
  ConversationRequestItem,
  ConversationRequestItemUnion,
  ErrorResponse,
  FileSearchResult,
  FunctionCallItem,
  FunctionCallOutputItem,
  InputTokenDetails,
  InterimResponseConfigBase,
  InterimResponseConfigBaseUnion,
  MCPApprovalResponseRequestItem,
  MCPTool,
  OutputTokenDetails,
  RateLimit,
  RequestImageContentPart,
  RequestSession,
  ResponseCreateParams,
  ResponseFileSearchCallItem,
  ResponseFunctionCallItem,
  ResponseFunctionCallOutputItem,
  ResponseItem,
  ResponseItemUnion,
  ResponseMCPApprovalRequestItem,
  ResponseMCPApprovalResponseItem,
  ResponseMCPCallItem,
  ResponseMCPListToolItem,
  ResponseMessageItem,
  ResponseSession,
  ResponseSystemToolItem,
  ServerEvent,
  ServerEventConversationCreated,
  ServerEventConversationItemAdded,
  ServerEventConversationItemCreated,
  ServerEventConversationItemDeleted,
  ServerEventConversationItemDone,
  ServerEventConversationItemInputAudioTranscriptionCompleted,
  ServerEventConversationItemInputAudioTranscriptionDelta,
  ServerEventConversationItemInputAudioTranscriptionFailed,
  ServerEventConversationItemInputAudioTranscriptionSegment,
  ServerEventConversationItemRetrieved,
  ServerEventConversationItemTruncated,
  ServerEventError,
  ServerEventErrorDetails,
  ServerEventInputAudioBufferCleared,
  ServerEventInputAudioBufferCommitted,
  ServerEventInputAudioBufferDtmfEventReceived,
  ServerEventInputAudioBufferSpeechStarted,
  ServerEventInputAudioBufferSpeechStopped,
  ServerEventInputAudioBufferTimeoutTriggered,
  ServerEventMcpListToolsCompleted,
  ServerEventMcpListToolsFailed,
  ServerEventMcpListToolsInProgress,
  ServerEventOutputAudioBufferCleared,
  ServerEventOutputAudioBufferStarted,
  ServerEventOutputAudioBufferStopped,
  ServerEventRateLimitsUpdated,
  ServerEventRealtimeCallConnected,
  ServerEventRealtimeCallDisconnected,
  ServerEventRealtimeCallFailed,
  ServerEventRealtimeCallIncoming,
  ServerEventRealtimeCallTransferFailed,
  ServerEventRealtimeCallTransferSucceeded,
  ServerEventResponseAnimationBlendshapeDelta,
  ServerEventResponseAnimationBlendshapeDone,
  ServerEventResponseAnimationVisemeDelta,
  ServerEventResponseAnimationVisemeDone,
  ServerEventResponseAudioDelta,
  ServerEventResponseAudioDone,
  ServerEventResponseAudioTimestampDelta,
  ServerEventResponseAudioTimestampDone,
  ServerEventResponseAudioTranscriptAnnotationAdded,
  ServerEventResponseAudioTranscriptDelta,
  ServerEventResponseAudioTranscriptDone,
  ServerEventResponseContentPartAdded,
  ServerEventResponseContentPartDone,
  ServerEventResponseCreated,
  ServerEventResponseDone,
  ServerEventResponseFileSearchCallCompleted,
  ServerEventResponseFileSearchCallInProgress,
  ServerEventResponseFileSearchCallSearching,
  ServerEventResponseFunctionCallArgumentsDelta,
  ServerEventResponseFunctionCallArgumentsDone,
  ServerEventResponseInvocationDelta,
  ServerEventResponseMcpCallArgumentsDelta,
  ServerEventResponseMcpCallArgumentsDone,
  ServerEventResponseMcpCallCompleted,
  ServerEventResponseMcpCallFailed,
  ServerEventResponseMcpCallInProgress,
  ServerEventResponseOutputAudioDelta,
  ServerEventResponseOutputAudioDone,
  ServerEventResponseOutputAudioTranscriptDelta,
  ServerEventResponseOutputAudioTranscriptDone,
  ServerEventResponseOutputItemAdded,
  ServerEventResponseOutputItemDone,
  ServerEventResponseOutputTextDelta,
  ServerEventResponseOutputTextDone,
  ServerEventResponseSystemToolArgumentsDelta,
  ServerEventResponseSystemToolArgumentsDone,
  ServerEventResponseTextDelta,
  ServerEventResponseTextDone,
  ServerEventResponseVideoDelta,
  ServerEventResponseWebSearchCallCompleted,
  ServerEventResponseWebSearchCallInProgress,
  ServerEventResponseWebSearchCallSearching,
  ServerEventSessionAvatarConnecting,
  ServerEventSessionAvatarSwitchToIdle,
  ServerEventSessionAvatarSwitchToSpeaking,
  ServerEventSessionCreated,
  ServerEventSessionEndConversationCancelled,
  ServerEventSessionEndConversationCompleted,
  ServerEventSessionUpdated,
  ServerEventWarning,
  TokenUsage,
  TranscriptionPhrase,
  TranscriptionWord,
  UnknownClientEvent,
  UnknownServerEvent,
  VoiceLiveErrorDetails,
  VoiceLiveResponse,
} from "./models.js";

import {
  type KeyRule,
  type Table,
  type Wire,
  type WireObject,
  bytesToWire,
  convertItems,
  convertKeys,
  dateToWire,
  dispatch,
  isObject,
  keep,
  table,
} from "../src/runtime/convert.js";

import {
  deserializeAnimation,
  deserializeAudioEchoCancellation,
  deserializeAudioInputTranscriptionOptions,
  deserializeAvatarConfig,
  deserializeInterimResponseConfig,
  deserializeLlmInterimResponseConfig,
  deserializeResponseAudio,
  deserializeSessionAudio,
  deserializeStaticInterimResponseConfig,
  deserializeToolUnion,
  deserializeTurnDetectionUnion,
  deserializeVoice,
  deserializeVoiceLiveErrorDetails,
  serializeAnimation,
  serializeAudioEchoCancellation,
  serializeAudioInputTranscriptionOptions,
  serializeAvatarConfig,
  serializeInterimResponseConfig,
  serializeLlmInterimResponseConfig,
  serializeResponseAudio,
  serializeSessionAudio,
  serializeStaticInterimResponseConfig,
  serializeToolUnion,
  serializeTurnDetectionUnion,
  serializeVoice,
} from "./serializers.js";

/** `AgentConfig` → wire JSON. */
export function serializeAgentConfig(value: AgentConfig): WireObject;
export function serializeAgentConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAgentConfigKeys ??= table<KeyRule>({
    "agentId": "agent_id",
    "threadId": "thread_id",
  }))) : w;
}
let serializeAgentConfigKeys: Table<KeyRule> | undefined;

/** `CachedTokenDetails` → wire JSON. */
export function serializeCachedTokenDetails(value: CachedTokenDetails): WireObject;
export function serializeCachedTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeCachedTokenDetailsKeys ??= table<KeyRule>({
    "textTokens": "text_tokens",
    "audioTokens": "audio_tokens",
    "imageTokens": "image_tokens",
  }))) : w;
}
let serializeCachedTokenDetailsKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventConversationItemCreate`. */
export function deserializeClientEventConversationItemCreate(value: unknown): ClientEventConversationItemCreate;
export function deserializeClientEventConversationItemCreate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventConversationItemCreateKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "previous_item_id": "previousItemId",
    "item": ["item", deserializeConversationRequestItemUnion],
  }))) : w;
}
let deserializeClientEventConversationItemCreateKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventConversationItemDelete`. */
export function deserializeClientEventConversationItemDelete(value: unknown): ClientEventConversationItemDelete;
export function deserializeClientEventConversationItemDelete(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventConversationItemDeleteKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
  }))) : w;
}
let deserializeClientEventConversationItemDeleteKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventConversationItemRetrieve`. */
export function deserializeClientEventConversationItemRetrieve(value: unknown): ClientEventConversationItemRetrieve;
export function deserializeClientEventConversationItemRetrieve(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventConversationItemRetrieveKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
  }))) : w;
}
let deserializeClientEventConversationItemRetrieveKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventConversationItemTruncate`. */
export function deserializeClientEventConversationItemTruncate(value: unknown): ClientEventConversationItemTruncate;
export function deserializeClientEventConversationItemTruncate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventConversationItemTruncateKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "content_index": "contentIndex",
    "audio_end_ms": "audioEndInMs",
  }))) : w;
}
let deserializeClientEventConversationItemTruncateKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioBufferAppend`. */
export function deserializeClientEventInputAudioBufferAppend(value: unknown): ClientEventInputAudioBufferAppend;
export function deserializeClientEventInputAudioBufferAppend(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioBufferAppendKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeClientEventInputAudioBufferAppendKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioBufferClear`. */
export function deserializeClientEventInputAudioBufferClear(value: unknown): ClientEventInputAudioBufferClear;
export function deserializeClientEventInputAudioBufferClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioBufferClearKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeClientEventInputAudioBufferClearKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioBufferCommit`. */
export function deserializeClientEventInputAudioBufferCommit(value: unknown): ClientEventInputAudioBufferCommit;
export function deserializeClientEventInputAudioBufferCommit(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioBufferCommitKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeClientEventInputAudioBufferCommitKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioClear`. */
export function deserializeClientEventInputAudioClear(value: unknown): ClientEventInputAudioClear;
export function deserializeClientEventInputAudioClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioClearKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeClientEventInputAudioClearKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioTurnAppend`. */
export function deserializeClientEventInputAudioTurnAppend(value: unknown): ClientEventInputAudioTurnAppend;
export function deserializeClientEventInputAudioTurnAppend(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioTurnAppendKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "turn_id": "turnId",
  }))) : w;
}
let deserializeClientEventInputAudioTurnAppendKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioTurnCancel`. */
export function deserializeClientEventInputAudioTurnCancel(value: unknown): ClientEventInputAudioTurnCancel;
export function deserializeClientEventInputAudioTurnCancel(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioTurnCancelKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "turn_id": "turnId",
  }))) : w;
}
let deserializeClientEventInputAudioTurnCancelKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioTurnEnd`. */
export function deserializeClientEventInputAudioTurnEnd(value: unknown): ClientEventInputAudioTurnEnd;
export function deserializeClientEventInputAudioTurnEnd(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioTurnEndKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "turn_id": "turnId",
  }))) : w;
}
let deserializeClientEventInputAudioTurnEndKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputAudioTurnStart`. */
export function deserializeClientEventInputAudioTurnStart(value: unknown): ClientEventInputAudioTurnStart;
export function deserializeClientEventInputAudioTurnStart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputAudioTurnStartKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "turn_id": "turnId",
  }))) : w;
}
let deserializeClientEventInputAudioTurnStartKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputTextDelta`. */
export function deserializeClientEventInputTextDelta(value: unknown): ClientEventInputTextDelta;
export function deserializeClientEventInputTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputTextDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeClientEventInputTextDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventInputTextDone`. */
export function deserializeClientEventInputTextDone(value: unknown): ClientEventInputTextDone;
export function deserializeClientEventInputTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventInputTextDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeClientEventInputTextDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventOutputAudioBufferClear`. */
export function deserializeClientEventOutputAudioBufferClear(value: unknown): ClientEventOutputAudioBufferClear;
export function deserializeClientEventOutputAudioBufferClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventOutputAudioBufferClearKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeClientEventOutputAudioBufferClearKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventResponseCancel`. */
export function deserializeClientEventResponseCancel(value: unknown): ClientEventResponseCancel;
export function deserializeClientEventResponseCancel(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventResponseCancelKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
  }))) : w;
}
let deserializeClientEventResponseCancelKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventResponseCreate`. */
export function deserializeClientEventResponseCreate(value: unknown): ClientEventResponseCreate;
export function deserializeClientEventResponseCreate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventResponseCreateKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response": ["response", deserializeResponseCreateParams],
    "additional_instructions": "additionalInstructions",
  }))) : w;
}
let deserializeClientEventResponseCreateKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventSessionAvatarConnect`. */
export function deserializeClientEventSessionAvatarConnect(value: unknown): ClientEventSessionAvatarConnect;
export function deserializeClientEventSessionAvatarConnect(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventSessionAvatarConnectKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "client_sdp": "clientSdp",
  }))) : w;
}
let deserializeClientEventSessionAvatarConnectKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ClientEventSessionUpdate`. */
export function deserializeClientEventSessionUpdate(value: unknown): ClientEventSessionUpdate;
export function deserializeClientEventSessionUpdate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeClientEventSessionUpdateKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "session": ["session", deserializeRequestSession],
  }))) : w;
}
let deserializeClientEventSessionUpdateKeys: Table<KeyRule> | undefined;

/** `ContentPart` → wire JSON. */
export function serializeContentPart(value: ContentPart): WireObject;
export function serializeContentPart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeContentPartKeys ??= table<KeyRule>({}))) : w;
}
let serializeContentPartKeys: Table<KeyRule> | undefined;

/** Any variant of `ContentPart`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeContentPartUnion(value: ContentPartUnion): WireObject;
export function serializeContentPartUnion(w: Wire): Wire {
  return dispatch(w, "type", (serializeContentPartUnionByType ??= table<(w: Wire) => Wire>({
    "input_text": keep,
    "input_audio": keep,
    "input_image": serializeRequestImageContentPart,
    "text": keep,
    "audio": keep,
  })), serializeContentPart);
}
let serializeContentPartUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `ConversationRequestItem`. */
export function deserializeConversationRequestItem(value: unknown): ConversationRequestItem;
export function deserializeConversationRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeConversationRequestItemKeys ??= table<KeyRule>({}))) : w;
}
let deserializeConversationRequestItemKeys: Table<KeyRule> | undefined;

/** Any variant of `ConversationRequestItem`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeConversationRequestItemUnion(value: unknown): ConversationRequestItemUnion;
export function deserializeConversationRequestItemUnion(w: Wire): Wire {
  return dispatch(w, "type", (deserializeConversationRequestItemUnionByType ??= table<(w: Wire) => Wire>({
    "message": keep,
    "function_call": deserializeFunctionCallItem,
    "function_call_output": deserializeFunctionCallOutputItem,
    "mcp_approval_response": deserializeMCPApprovalResponseRequestItem,
  })), deserializeConversationRequestItem);
}
let deserializeConversationRequestItemUnionByType: Table<(w: Wire) => Wire> | undefined;

/** `ErrorResponse` → wire JSON. */
export function serializeErrorResponse(value: ErrorResponse): WireObject;
export function serializeErrorResponse(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeErrorResponseKeys ??= table<KeyRule>({
    "error": ["error", serializeVoiceLiveErrorDetails],
  }))) : w;
}
let serializeErrorResponseKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ErrorResponse`. */
export function deserializeErrorResponse(value: unknown): ErrorResponse;
export function deserializeErrorResponse(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeErrorResponseKeys ??= table<KeyRule>({
    "error": ["error", deserializeVoiceLiveErrorDetails],
  }))) : w;
}
let deserializeErrorResponseKeys: Table<KeyRule> | undefined;

/** `FileSearchResult` → wire JSON. */
export function serializeFileSearchResult(value: FileSearchResult): WireObject;
export function serializeFileSearchResult(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeFileSearchResultKeys ??= table<KeyRule>({
    "fileId": "file_id",
  }))) : w;
}
let serializeFileSearchResultKeys: Table<KeyRule> | undefined;

/** Wire JSON → `FunctionCallItem`. */
export function deserializeFunctionCallItem(value: unknown): FunctionCallItem;
export function deserializeFunctionCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeFunctionCallItemKeys ??= table<KeyRule>({
    "call_id": "callId",
  }))) : w;
}
let deserializeFunctionCallItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `FunctionCallOutputItem`. */
export function deserializeFunctionCallOutputItem(value: unknown): FunctionCallOutputItem;
export function deserializeFunctionCallOutputItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeFunctionCallOutputItemKeys ??= table<KeyRule>({
    "call_id": "callId",
  }))) : w;
}
let deserializeFunctionCallOutputItemKeys: Table<KeyRule> | undefined;

/** `InputTokenDetails` → wire JSON. */
export function serializeInputTokenDetails(value: InputTokenDetails): WireObject;
export function serializeInputTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeInputTokenDetailsKeys ??= table<KeyRule>({
    "cachedTokens": "cached_tokens",
    "textTokens": "text_tokens",
    "audioTokens": "audio_tokens",
    "imageTokens": "image_tokens",
    "cachedTokensDetails": ["cached_tokens_details", serializeCachedTokenDetails],
  }))) : w;
}
let serializeInputTokenDetailsKeys: Table<KeyRule> | undefined;

/** `InterimResponseConfigBase` → wire JSON. */
export function serializeInterimResponseConfigBase(value: InterimResponseConfigBase): WireObject;
export function serializeInterimResponseConfigBase(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeInterimResponseConfigBaseKeys ??= table<KeyRule>({
    "latencyThresholdInMs": "latency_threshold_ms",
  }))) : w;
}
let serializeInterimResponseConfigBaseKeys: Table<KeyRule> | undefined;

/** Any variant of `InterimResponseConfigBase`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeInterimResponseConfigBaseUnion(value: InterimResponseConfigBaseUnion): WireObject;
export function serializeInterimResponseConfigBaseUnion(w: Wire): Wire {
  return dispatch(w, "type", (serializeInterimResponseConfigBaseUnionByType ??= table<(w: Wire) => Wire>({
    "static_interim_response": serializeStaticInterimResponseConfig,
    "llm_interim_response": serializeLlmInterimResponseConfig,
  })), serializeInterimResponseConfigBase);
}
let serializeInterimResponseConfigBaseUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `InterimResponseConfigBase`. */
export function deserializeInterimResponseConfigBase(value: unknown): InterimResponseConfigBase;
export function deserializeInterimResponseConfigBase(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeInterimResponseConfigBaseKeys ??= table<KeyRule>({
    "latency_threshold_ms": "latencyThresholdInMs",
  }))) : w;
}
let deserializeInterimResponseConfigBaseKeys: Table<KeyRule> | undefined;

/** Any variant of `InterimResponseConfigBase`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeInterimResponseConfigBaseUnion(value: unknown): InterimResponseConfigBaseUnion;
export function deserializeInterimResponseConfigBaseUnion(w: Wire): Wire {
  return dispatch(w, "type", (deserializeInterimResponseConfigBaseUnionByType ??= table<(w: Wire) => Wire>({
    "static_interim_response": deserializeStaticInterimResponseConfig,
    "llm_interim_response": deserializeLlmInterimResponseConfig,
  })), deserializeInterimResponseConfigBase);
}
let deserializeInterimResponseConfigBaseUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `MCPApprovalResponseRequestItem`. */
export function deserializeMCPApprovalResponseRequestItem(value: unknown): MCPApprovalResponseRequestItem;
export function deserializeMCPApprovalResponseRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeMCPApprovalResponseRequestItemKeys ??= table<KeyRule>({
    "approval_request_id": "approvalRequestId",
  }))) : w;
}
let deserializeMCPApprovalResponseRequestItemKeys: Table<KeyRule> | undefined;

/** `MCPTool` → wire JSON. */
export function serializeMCPTool(value: MCPTool): WireObject;
export function serializeMCPTool(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeMCPToolKeys ??= table<KeyRule>({
    "inputSchema": "input_schema",
  }))) : w;
}
let serializeMCPToolKeys: Table<KeyRule> | undefined;

/** `OutputTokenDetails` → wire JSON. */
export function serializeOutputTokenDetails(value: OutputTokenDetails): WireObject;
export function serializeOutputTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeOutputTokenDetailsKeys ??= table<KeyRule>({
    "textTokens": "text_tokens",
    "audioTokens": "audio_tokens",
    "reasoningTokens": "reasoning_tokens",
  }))) : w;
}
let serializeOutputTokenDetailsKeys: Table<KeyRule> | undefined;

/** `RateLimit` → wire JSON. */
export function serializeRateLimit(value: RateLimit): WireObject;
export function serializeRateLimit(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeRateLimitKeys ??= table<KeyRule>({
    "resetSeconds": "reset_seconds",
  }))) : w;
}
let serializeRateLimitKeys: Table<KeyRule> | undefined;

/** `RequestImageContentPart` → wire JSON. */
export function serializeRequestImageContentPart(value: RequestImageContentPart): WireObject;
export function serializeRequestImageContentPart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeRequestImageContentPartKeys ??= table<KeyRule>({
    "imageUrl": "image_url",
  }))) : w;
}
let serializeRequestImageContentPartKeys: Table<KeyRule> | undefined;

/** Wire JSON → `RequestSession`. */
export function deserializeRequestSession(value: unknown): RequestSession;
export function deserializeRequestSession(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeRequestSessionKeys ??= table<KeyRule>({
    "animation": ["animation", deserializeAnimation],
    "voice": ["voice", deserializeVoice],
    "input_audio_sampling_rate": "inputAudioSamplingRate",
    "input_audio_format": "inputAudioFormat",
    "output_audio_format": "outputAudioFormat",
    "turn_detection": ["turnDetection", deserializeTurnDetectionUnion],
    "input_audio_noise_reduction": "inputAudioNoiseReduction",
    "input_audio_echo_cancellation": ["inputAudioEchoCancellation", deserializeAudioEchoCancellation],
    "avatar": ["avatar", deserializeAvatarConfig],
    "input_audio_transcription": ["inputAudioTranscription", deserializeAudioInputTranscriptionOptions],
    "output_audio_timestamp_types": "outputAudioTimestampTypes",
    "tools": ["tools", (v: Wire) => convertItems(v, deserializeToolUnion)],
    "tool_choice": "toolChoice",
    "parallel_tool_calls": "parallelToolCalls",
    "max_response_output_tokens": "maxResponseOutputTokens",
    "reasoning_effort": "reasoningEffort",
    "interim_response": ["interimResponse", deserializeInterimResponseConfig],
    "output_modalities": "outputModalities",
    "audio": ["audio", deserializeSessionAudio],
    "max_output_tokens": "maxOutputTokens",
  }))) : w;
}
let deserializeRequestSessionKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseCreateParams`. */
export function deserializeResponseCreateParams(value: unknown): ResponseCreateParams;
export function deserializeResponseCreateParams(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseCreateParamsKeys ??= table<KeyRule>({
    "cancel_previous": "cancelPrevious",
    "append_input_items": ["appendInputItems", (v: Wire) => convertItems(v, deserializeConversationRequestItemUnion)],
    "input_items": ["inputItems", (v: Wire) => convertItems(v, deserializeConversationRequestItemUnion)],
    "voice": ["voice", deserializeVoice],
    "output_audio_format": "outputAudioFormat",
    "tools": ["tools", (v: Wire) => convertItems(v, deserializeToolUnion)],
    "tool_choice": "toolChoice",
    "max_output_tokens": "maxOutputTokens",
    "pre_generated_assistant_message": "preGeneratedAssistantMessage",
    "reasoning_effort": "reasoningEffort",
    "interim_response": ["interimResponse", deserializeInterimResponseConfig],
    "invoke_input": "invokeInput",
    "output_modalities": "outputModalities",
    "audio": ["audio", deserializeResponseAudio],
    "parallel_tool_calls": "parallelToolCalls",
  }))) : w;
}
let deserializeResponseCreateParamsKeys: Table<KeyRule> | undefined;

/** `ResponseFileSearchCallItem` → wire JSON. */
export function serializeResponseFileSearchCallItem(value: ResponseFileSearchCallItem): WireObject;
export function serializeResponseFileSearchCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseFileSearchCallItemKeys ??= table<KeyRule>({
    "results": ["results", (v: Wire) => convertItems(v, serializeFileSearchResult)],
  }))) : w;
}
let serializeResponseFileSearchCallItemKeys: Table<KeyRule> | undefined;

/** `ResponseFunctionCallItem` → wire JSON. */
export function serializeResponseFunctionCallItem(value: ResponseFunctionCallItem): WireObject;
export function serializeResponseFunctionCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseFunctionCallItemKeys ??= table<KeyRule>({
    "callId": "call_id",
  }))) : w;
}
let serializeResponseFunctionCallItemKeys: Table<KeyRule> | undefined;

/** `ResponseFunctionCallOutputItem` → wire JSON. */
export function serializeResponseFunctionCallOutputItem(value: ResponseFunctionCallOutputItem): WireObject;
export function serializeResponseFunctionCallOutputItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseFunctionCallOutputItemKeys ??= table<KeyRule>({
    "callId": "call_id",
  }))) : w;
}
let serializeResponseFunctionCallOutputItemKeys: Table<KeyRule> | undefined;

/** `ResponseItem` → wire JSON. */
export function serializeResponseItem(value: ResponseItem): WireObject;
export function serializeResponseItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseItemKeys ??= table<KeyRule>({}))) : w;
}
let serializeResponseItemKeys: Table<KeyRule> | undefined;

/** Any variant of `ResponseItem`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeResponseItemUnion(value: ResponseItemUnion): WireObject;
export function serializeResponseItemUnion(w: Wire): Wire {
  return dispatch(w, "type", (serializeResponseItemUnionByType ??= table<(w: Wire) => Wire>({
    "message": serializeResponseMessageItem,
    "function_call": serializeResponseFunctionCallItem,
    "system_tool": serializeResponseSystemToolItem,
    "function_call_output": serializeResponseFunctionCallOutputItem,
    "mcp_list_tools": serializeResponseMCPListToolItem,
    "mcp_call": serializeResponseMCPCallItem,
    "mcp_approval_request": serializeResponseMCPApprovalRequestItem,
    "mcp_approval_response": serializeResponseMCPApprovalResponseItem,
    "web_search_call": keep,
    "file_search_call": serializeResponseFileSearchCallItem,
  })), serializeResponseItem);
}
let serializeResponseItemUnionByType: Table<(w: Wire) => Wire> | undefined;

/** `ResponseMCPApprovalRequestItem` → wire JSON. */
export function serializeResponseMCPApprovalRequestItem(value: ResponseMCPApprovalRequestItem): WireObject;
export function serializeResponseMCPApprovalRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseMCPApprovalRequestItemKeys ??= table<KeyRule>({
    "serverLabel": "server_label",
  }))) : w;
}
let serializeResponseMCPApprovalRequestItemKeys: Table<KeyRule> | undefined;

/** `ResponseMCPApprovalResponseItem` → wire JSON. */
export function serializeResponseMCPApprovalResponseItem(value: ResponseMCPApprovalResponseItem): WireObject;
export function serializeResponseMCPApprovalResponseItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseMCPApprovalResponseItemKeys ??= table<KeyRule>({
    "approvalRequestId": "approval_request_id",
  }))) : w;
}
let serializeResponseMCPApprovalResponseItemKeys: Table<KeyRule> | undefined;

/** `ResponseMCPCallItem` → wire JSON. */
export function serializeResponseMCPCallItem(value: ResponseMCPCallItem): WireObject;
export function serializeResponseMCPCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseMCPCallItemKeys ??= table<KeyRule>({
    "approvalRequestId": "approval_request_id",
    "serverLabel": "server_label",
  }))) : w;
}
let serializeResponseMCPCallItemKeys: Table<KeyRule> | undefined;

/** `ResponseMCPListToolItem` → wire JSON. */
export function serializeResponseMCPListToolItem(value: ResponseMCPListToolItem): WireObject;
export function serializeResponseMCPListToolItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseMCPListToolItemKeys ??= table<KeyRule>({
    "tools": ["tools", (v: Wire) => convertItems(v, serializeMCPTool)],
    "serverLabel": "server_label",
  }))) : w;
}
let serializeResponseMCPListToolItemKeys: Table<KeyRule> | undefined;

/** `ResponseMessageItem` → wire JSON. */
export function serializeResponseMessageItem(value: ResponseMessageItem): WireObject;
export function serializeResponseMessageItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseMessageItemKeys ??= table<KeyRule>({
    "content": ["content", (v: Wire) => convertItems(v, serializeContentPartUnion)],
  }))) : w;
}
let serializeResponseMessageItemKeys: Table<KeyRule> | undefined;

/** `ResponseSession` → wire JSON. */
export function serializeResponseSession(value: ResponseSession): WireObject;
export function serializeResponseSession(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseSessionKeys ??= table<KeyRule>({
    "animation": ["animation", serializeAnimation],
    "voice": ["voice", serializeVoice],
    "inputAudioSamplingRate": "input_audio_sampling_rate",
    "inputAudioFormat": "input_audio_format",
    "outputAudioFormat": "output_audio_format",
    "turnDetection": ["turn_detection", serializeTurnDetectionUnion],
    "inputAudioNoiseReduction": "input_audio_noise_reduction",
    "inputAudioEchoCancellation": ["input_audio_echo_cancellation", serializeAudioEchoCancellation],
    "avatar": ["avatar", serializeAvatarConfig],
    "inputAudioTranscription": ["input_audio_transcription", serializeAudioInputTranscriptionOptions],
    "outputAudioTimestampTypes": "output_audio_timestamp_types",
    "tools": ["tools", (v: Wire) => convertItems(v, serializeToolUnion)],
    "toolChoice": "tool_choice",
    "parallelToolCalls": "parallel_tool_calls",
    "maxResponseOutputTokens": "max_response_output_tokens",
    "reasoningEffort": "reasoning_effort",
    "interimResponse": ["interim_response", serializeInterimResponseConfig],
    "agent": ["agent", serializeAgentConfig],
    "expiresAt": ["expires_at", dateToWire],
    "outputModalities": "output_modalities",
    "audio": ["audio", serializeSessionAudio],
    "maxOutputTokens": "max_output_tokens",
  }))) : w;
}
let serializeResponseSessionKeys: Table<KeyRule> | undefined;

/** `ResponseSystemToolItem` → wire JSON. */
export function serializeResponseSystemToolItem(value: ResponseSystemToolItem): WireObject;
export function serializeResponseSystemToolItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseSystemToolItemKeys ??= table<KeyRule>({
    "callId": "call_id",
  }))) : w;
}
let serializeResponseSystemToolItemKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationCreated` → wire JSON. */
export function serializeServerEventConversationCreated(value: ServerEventConversationCreated): WireObject;
export function serializeServerEventConversationCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationCreatedKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventConversationCreatedKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemAdded` → wire JSON. */
export function serializeServerEventConversationItemAdded(value: ServerEventConversationItemAdded): WireObject;
export function serializeServerEventConversationItemAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemAddedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "previousItemId": "previous_item_id",
    "item": ["item", serializeResponseItemUnion],
  }))) : w;
}
let serializeServerEventConversationItemAddedKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemCreated` → wire JSON. */
export function serializeServerEventConversationItemCreated(value: ServerEventConversationItemCreated): WireObject;
export function serializeServerEventConversationItemCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemCreatedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "previousItemId": "previous_item_id",
    "item": ["item", serializeResponseItemUnion],
  }))) : w;
}
let serializeServerEventConversationItemCreatedKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemDeleted` → wire JSON. */
export function serializeServerEventConversationItemDeleted(value: ServerEventConversationItemDeleted): WireObject;
export function serializeServerEventConversationItemDeleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemDeletedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventConversationItemDeletedKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemDone` → wire JSON. */
export function serializeServerEventConversationItemDone(value: ServerEventConversationItemDone): WireObject;
export function serializeServerEventConversationItemDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "previousItemId": "previous_item_id",
    "item": ["item", serializeResponseItemUnion],
  }))) : w;
}
let serializeServerEventConversationItemDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemInputAudioTranscriptionCompleted` → wire JSON. */
export function serializeServerEventConversationItemInputAudioTranscriptionCompleted(value: ServerEventConversationItemInputAudioTranscriptionCompleted): WireObject;
export function serializeServerEventConversationItemInputAudioTranscriptionCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemInputAudioTranscriptionCompletedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "contentIndex": "content_index",
    "phrases": ["phrases", (v: Wire) => convertItems(v, serializeTranscriptionPhrase)],
  }))) : w;
}
let serializeServerEventConversationItemInputAudioTranscriptionCompletedKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemInputAudioTranscriptionDelta` → wire JSON. */
export function serializeServerEventConversationItemInputAudioTranscriptionDelta(value: ServerEventConversationItemInputAudioTranscriptionDelta): WireObject;
export function serializeServerEventConversationItemInputAudioTranscriptionDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemInputAudioTranscriptionDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventConversationItemInputAudioTranscriptionDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemInputAudioTranscriptionFailed` → wire JSON. */
export function serializeServerEventConversationItemInputAudioTranscriptionFailed(value: ServerEventConversationItemInputAudioTranscriptionFailed): WireObject;
export function serializeServerEventConversationItemInputAudioTranscriptionFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemInputAudioTranscriptionFailedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "contentIndex": "content_index",
    "error": ["error", serializeVoiceLiveErrorDetails],
  }))) : w;
}
let serializeServerEventConversationItemInputAudioTranscriptionFailedKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemInputAudioTranscriptionSegment` → wire JSON. */
export function serializeServerEventConversationItemInputAudioTranscriptionSegment(value: ServerEventConversationItemInputAudioTranscriptionSegment): WireObject;
export function serializeServerEventConversationItemInputAudioTranscriptionSegment(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemInputAudioTranscriptionSegmentKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventConversationItemInputAudioTranscriptionSegmentKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemRetrieved` → wire JSON. */
export function serializeServerEventConversationItemRetrieved(value: ServerEventConversationItemRetrieved): WireObject;
export function serializeServerEventConversationItemRetrieved(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemRetrievedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "item": ["item", serializeResponseItemUnion],
  }))) : w;
}
let serializeServerEventConversationItemRetrievedKeys: Table<KeyRule> | undefined;

/** `ServerEventConversationItemTruncated` → wire JSON. */
export function serializeServerEventConversationItemTruncated(value: ServerEventConversationItemTruncated): WireObject;
export function serializeServerEventConversationItemTruncated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventConversationItemTruncatedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "contentIndex": "content_index",
    "audioEndInMs": "audio_end_ms",
  }))) : w;
}
let serializeServerEventConversationItemTruncatedKeys: Table<KeyRule> | undefined;

/** `ServerEventError` → wire JSON. */
export function serializeServerEventError(value: ServerEventError): WireObject;
export function serializeServerEventError(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventErrorKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "error": ["error", serializeServerEventErrorDetails],
  }))) : w;
}
let serializeServerEventErrorKeys: Table<KeyRule> | undefined;

/** `ServerEventErrorDetails` → wire JSON. */
export function serializeServerEventErrorDetails(value: ServerEventErrorDetails): WireObject;
export function serializeServerEventErrorDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventErrorDetailsKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventErrorDetailsKeys: Table<KeyRule> | undefined;

/** `ServerEventInputAudioBufferCleared` → wire JSON. */
export function serializeServerEventInputAudioBufferCleared(value: ServerEventInputAudioBufferCleared): WireObject;
export function serializeServerEventInputAudioBufferCleared(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventInputAudioBufferClearedKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventInputAudioBufferClearedKeys: Table<KeyRule> | undefined;

/** `ServerEventInputAudioBufferCommitted` → wire JSON. */
export function serializeServerEventInputAudioBufferCommitted(value: ServerEventInputAudioBufferCommitted): WireObject;
export function serializeServerEventInputAudioBufferCommitted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventInputAudioBufferCommittedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "previousItemId": "previous_item_id",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventInputAudioBufferCommittedKeys: Table<KeyRule> | undefined;

/** `ServerEventInputAudioBufferDtmfEventReceived` → wire JSON. */
export function serializeServerEventInputAudioBufferDtmfEventReceived(value: ServerEventInputAudioBufferDtmfEventReceived): WireObject;
export function serializeServerEventInputAudioBufferDtmfEventReceived(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventInputAudioBufferDtmfEventReceivedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "receivedAt": "received_at",
  }))) : w;
}
let serializeServerEventInputAudioBufferDtmfEventReceivedKeys: Table<KeyRule> | undefined;

/** `ServerEventInputAudioBufferSpeechStarted` → wire JSON. */
export function serializeServerEventInputAudioBufferSpeechStarted(value: ServerEventInputAudioBufferSpeechStarted): WireObject;
export function serializeServerEventInputAudioBufferSpeechStarted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventInputAudioBufferSpeechStartedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "audioStartInMs": "audio_start_ms",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventInputAudioBufferSpeechStartedKeys: Table<KeyRule> | undefined;

/** `ServerEventInputAudioBufferSpeechStopped` → wire JSON. */
export function serializeServerEventInputAudioBufferSpeechStopped(value: ServerEventInputAudioBufferSpeechStopped): WireObject;
export function serializeServerEventInputAudioBufferSpeechStopped(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventInputAudioBufferSpeechStoppedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "audioEndInMs": "audio_end_ms",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventInputAudioBufferSpeechStoppedKeys: Table<KeyRule> | undefined;

/** `ServerEventInputAudioBufferTimeoutTriggered` → wire JSON. */
export function serializeServerEventInputAudioBufferTimeoutTriggered(value: ServerEventInputAudioBufferTimeoutTriggered): WireObject;
export function serializeServerEventInputAudioBufferTimeoutTriggered(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventInputAudioBufferTimeoutTriggeredKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "audioStartInMs": "audio_start_ms",
    "audioEndInMs": "audio_end_ms",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventInputAudioBufferTimeoutTriggeredKeys: Table<KeyRule> | undefined;

/** `ServerEventMcpListToolsCompleted` → wire JSON. */
export function serializeServerEventMcpListToolsCompleted(value: ServerEventMcpListToolsCompleted): WireObject;
export function serializeServerEventMcpListToolsCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventMcpListToolsCompletedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventMcpListToolsCompletedKeys: Table<KeyRule> | undefined;

/** `ServerEventMcpListToolsFailed` → wire JSON. */
export function serializeServerEventMcpListToolsFailed(value: ServerEventMcpListToolsFailed): WireObject;
export function serializeServerEventMcpListToolsFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventMcpListToolsFailedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventMcpListToolsFailedKeys: Table<KeyRule> | undefined;

/** `ServerEventMcpListToolsInProgress` → wire JSON. */
export function serializeServerEventMcpListToolsInProgress(value: ServerEventMcpListToolsInProgress): WireObject;
export function serializeServerEventMcpListToolsInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventMcpListToolsInProgressKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
  }))) : w;
}
let serializeServerEventMcpListToolsInProgressKeys: Table<KeyRule> | undefined;

/** `ServerEventOutputAudioBufferCleared` → wire JSON. */
export function serializeServerEventOutputAudioBufferCleared(value: ServerEventOutputAudioBufferCleared): WireObject;
export function serializeServerEventOutputAudioBufferCleared(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventOutputAudioBufferClearedKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventOutputAudioBufferClearedKeys: Table<KeyRule> | undefined;

/** `ServerEventOutputAudioBufferStarted` → wire JSON. */
export function serializeServerEventOutputAudioBufferStarted(value: ServerEventOutputAudioBufferStarted): WireObject;
export function serializeServerEventOutputAudioBufferStarted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventOutputAudioBufferStartedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
  }))) : w;
}
let serializeServerEventOutputAudioBufferStartedKeys: Table<KeyRule> | undefined;

/** `ServerEventOutputAudioBufferStopped` → wire JSON. */
export function serializeServerEventOutputAudioBufferStopped(value: ServerEventOutputAudioBufferStopped): WireObject;
export function serializeServerEventOutputAudioBufferStopped(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventOutputAudioBufferStoppedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
  }))) : w;
}
let serializeServerEventOutputAudioBufferStoppedKeys: Table<KeyRule> | undefined;

/** `ServerEventRateLimitsUpdated` → wire JSON. */
export function serializeServerEventRateLimitsUpdated(value: ServerEventRateLimitsUpdated): WireObject;
export function serializeServerEventRateLimitsUpdated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventRateLimitsUpdatedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "rateLimits": ["rate_limits", (v: Wire) => convertItems(v, serializeRateLimit)],
  }))) : w;
}
let serializeServerEventRateLimitsUpdatedKeys: Table<KeyRule> | undefined;

/** `ServerEventRealtimeCallConnected` → wire JSON. */
export function serializeServerEventRealtimeCallConnected(value: ServerEventRealtimeCallConnected): WireObject;
export function serializeServerEventRealtimeCallConnected(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventRealtimeCallConnectedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "callId": "call_id",
    "chainId": "chain_id",
    "terminalReason": "terminal_reason",
    "errorCode": "error_code",
  }))) : w;
}
let serializeServerEventRealtimeCallConnectedKeys: Table<KeyRule> | undefined;

/** `ServerEventRealtimeCallDisconnected` → wire JSON. */
export function serializeServerEventRealtimeCallDisconnected(value: ServerEventRealtimeCallDisconnected): WireObject;
export function serializeServerEventRealtimeCallDisconnected(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventRealtimeCallDisconnectedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "callId": "call_id",
    "chainId": "chain_id",
    "terminalReason": "terminal_reason",
    "errorCode": "error_code",
  }))) : w;
}
let serializeServerEventRealtimeCallDisconnectedKeys: Table<KeyRule> | undefined;

/** `ServerEventRealtimeCallFailed` → wire JSON. */
export function serializeServerEventRealtimeCallFailed(value: ServerEventRealtimeCallFailed): WireObject;
export function serializeServerEventRealtimeCallFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventRealtimeCallFailedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "callId": "call_id",
    "chainId": "chain_id",
    "terminalReason": "terminal_reason",
    "errorCode": "error_code",
  }))) : w;
}
let serializeServerEventRealtimeCallFailedKeys: Table<KeyRule> | undefined;

/** `ServerEventRealtimeCallIncoming` → wire JSON. */
export function serializeServerEventRealtimeCallIncoming(value: ServerEventRealtimeCallIncoming): WireObject;
export function serializeServerEventRealtimeCallIncoming(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventRealtimeCallIncomingKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "callId": "call_id",
    "chainId": "chain_id",
    "terminalReason": "terminal_reason",
    "errorCode": "error_code",
  }))) : w;
}
let serializeServerEventRealtimeCallIncomingKeys: Table<KeyRule> | undefined;

/** `ServerEventRealtimeCallTransferFailed` → wire JSON. */
export function serializeServerEventRealtimeCallTransferFailed(value: ServerEventRealtimeCallTransferFailed): WireObject;
export function serializeServerEventRealtimeCallTransferFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventRealtimeCallTransferFailedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "callId": "call_id",
    "transferId": "transfer_id",
    "sipCode": "sip_code",
  }))) : w;
}
let serializeServerEventRealtimeCallTransferFailedKeys: Table<KeyRule> | undefined;

/** `ServerEventRealtimeCallTransferSucceeded` → wire JSON. */
export function serializeServerEventRealtimeCallTransferSucceeded(value: ServerEventRealtimeCallTransferSucceeded): WireObject;
export function serializeServerEventRealtimeCallTransferSucceeded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventRealtimeCallTransferSucceededKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "callId": "call_id",
    "transferId": "transfer_id",
    "sipCode": "sip_code",
  }))) : w;
}
let serializeServerEventRealtimeCallTransferSucceededKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAnimationBlendshapeDelta` → wire JSON. */
export function serializeServerEventResponseAnimationBlendshapeDelta(value: ServerEventResponseAnimationBlendshapeDelta): WireObject;
export function serializeServerEventResponseAnimationBlendshapeDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAnimationBlendshapeDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "frameIndex": "frame_index",
  }))) : w;
}
let serializeServerEventResponseAnimationBlendshapeDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAnimationBlendshapeDone` → wire JSON. */
export function serializeServerEventResponseAnimationBlendshapeDone(value: ServerEventResponseAnimationBlendshapeDone): WireObject;
export function serializeServerEventResponseAnimationBlendshapeDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAnimationBlendshapeDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
  }))) : w;
}
let serializeServerEventResponseAnimationBlendshapeDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAnimationVisemeDelta` → wire JSON. */
export function serializeServerEventResponseAnimationVisemeDelta(value: ServerEventResponseAnimationVisemeDelta): WireObject;
export function serializeServerEventResponseAnimationVisemeDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAnimationVisemeDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "audioOffsetInMs": "audio_offset_ms",
    "visemeId": "viseme_id",
  }))) : w;
}
let serializeServerEventResponseAnimationVisemeDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAnimationVisemeDone` → wire JSON. */
export function serializeServerEventResponseAnimationVisemeDone(value: ServerEventResponseAnimationVisemeDone): WireObject;
export function serializeServerEventResponseAnimationVisemeDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAnimationVisemeDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseAnimationVisemeDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAudioDelta` → wire JSON. */
export function serializeServerEventResponseAudioDelta(value: ServerEventResponseAudioDelta): WireObject;
export function serializeServerEventResponseAudioDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAudioDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "delta": ["delta", bytesToWire],
  }))) : w;
}
let serializeServerEventResponseAudioDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAudioDone` → wire JSON. */
export function serializeServerEventResponseAudioDone(value: ServerEventResponseAudioDone): WireObject;
export function serializeServerEventResponseAudioDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAudioDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseAudioDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAudioTimestampDelta` → wire JSON. */
export function serializeServerEventResponseAudioTimestampDelta(value: ServerEventResponseAudioTimestampDelta): WireObject;
export function serializeServerEventResponseAudioTimestampDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAudioTimestampDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "audioOffsetInMs": "audio_offset_ms",
    "audioDurationInMs": "audio_duration_ms",
    "timestampType": "timestamp_type",
  }))) : w;
}
let serializeServerEventResponseAudioTimestampDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAudioTimestampDone` → wire JSON. */
export function serializeServerEventResponseAudioTimestampDone(value: ServerEventResponseAudioTimestampDone): WireObject;
export function serializeServerEventResponseAudioTimestampDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAudioTimestampDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseAudioTimestampDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAudioTranscriptAnnotationAdded` → wire JSON. */
export function serializeServerEventResponseAudioTranscriptAnnotationAdded(value: ServerEventResponseAudioTranscriptAnnotationAdded): WireObject;
export function serializeServerEventResponseAudioTranscriptAnnotationAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAudioTranscriptAnnotationAddedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "annotationIndex": "annotation_index",
  }))) : w;
}
let serializeServerEventResponseAudioTranscriptAnnotationAddedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAudioTranscriptDelta` → wire JSON. */
export function serializeServerEventResponseAudioTranscriptDelta(value: ServerEventResponseAudioTranscriptDelta): WireObject;
export function serializeServerEventResponseAudioTranscriptDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAudioTranscriptDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseAudioTranscriptDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseAudioTranscriptDone` → wire JSON. */
export function serializeServerEventResponseAudioTranscriptDone(value: ServerEventResponseAudioTranscriptDone): WireObject;
export function serializeServerEventResponseAudioTranscriptDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseAudioTranscriptDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseAudioTranscriptDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseContentPartAdded` → wire JSON. */
export function serializeServerEventResponseContentPartAdded(value: ServerEventResponseContentPartAdded): WireObject;
export function serializeServerEventResponseContentPartAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseContentPartAddedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "part": ["part", serializeContentPartUnion],
  }))) : w;
}
let serializeServerEventResponseContentPartAddedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseContentPartDone` → wire JSON. */
export function serializeServerEventResponseContentPartDone(value: ServerEventResponseContentPartDone): WireObject;
export function serializeServerEventResponseContentPartDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseContentPartDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "part": ["part", serializeContentPartUnion],
  }))) : w;
}
let serializeServerEventResponseContentPartDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseCreated` → wire JSON. */
export function serializeServerEventResponseCreated(value: ServerEventResponseCreated): WireObject;
export function serializeServerEventResponseCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseCreatedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "response": ["response", serializeVoiceLiveResponse],
  }))) : w;
}
let serializeServerEventResponseCreatedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseDone` → wire JSON. */
export function serializeServerEventResponseDone(value: ServerEventResponseDone): WireObject;
export function serializeServerEventResponseDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "response": ["response", serializeVoiceLiveResponse],
  }))) : w;
}
let serializeServerEventResponseDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseFileSearchCallCompleted` → wire JSON. */
export function serializeServerEventResponseFileSearchCallCompleted(value: ServerEventResponseFileSearchCallCompleted): WireObject;
export function serializeServerEventResponseFileSearchCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseFileSearchCallCompletedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "sequenceNumber": "sequence_number",
  }))) : w;
}
let serializeServerEventResponseFileSearchCallCompletedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseFileSearchCallInProgress` → wire JSON. */
export function serializeServerEventResponseFileSearchCallInProgress(value: ServerEventResponseFileSearchCallInProgress): WireObject;
export function serializeServerEventResponseFileSearchCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseFileSearchCallInProgressKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "sequenceNumber": "sequence_number",
  }))) : w;
}
let serializeServerEventResponseFileSearchCallInProgressKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseFileSearchCallSearching` → wire JSON. */
export function serializeServerEventResponseFileSearchCallSearching(value: ServerEventResponseFileSearchCallSearching): WireObject;
export function serializeServerEventResponseFileSearchCallSearching(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseFileSearchCallSearchingKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "sequenceNumber": "sequence_number",
  }))) : w;
}
let serializeServerEventResponseFileSearchCallSearchingKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseFunctionCallArgumentsDelta` → wire JSON. */
export function serializeServerEventResponseFunctionCallArgumentsDelta(value: ServerEventResponseFunctionCallArgumentsDelta): WireObject;
export function serializeServerEventResponseFunctionCallArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseFunctionCallArgumentsDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "callId": "call_id",
  }))) : w;
}
let serializeServerEventResponseFunctionCallArgumentsDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseFunctionCallArgumentsDone` → wire JSON. */
export function serializeServerEventResponseFunctionCallArgumentsDone(value: ServerEventResponseFunctionCallArgumentsDone): WireObject;
export function serializeServerEventResponseFunctionCallArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseFunctionCallArgumentsDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "callId": "call_id",
  }))) : w;
}
let serializeServerEventResponseFunctionCallArgumentsDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseInvocationDelta` → wire JSON. */
export function serializeServerEventResponseInvocationDelta(value: ServerEventResponseInvocationDelta): WireObject;
export function serializeServerEventResponseInvocationDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseInvocationDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventResponseInvocationDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseMcpCallArgumentsDelta` → wire JSON. */
export function serializeServerEventResponseMcpCallArgumentsDelta(value: ServerEventResponseMcpCallArgumentsDelta): WireObject;
export function serializeServerEventResponseMcpCallArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseMcpCallArgumentsDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "responseId": "response_id",
    "outputIndex": "output_index",
  }))) : w;
}
let serializeServerEventResponseMcpCallArgumentsDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseMcpCallArgumentsDone` → wire JSON. */
export function serializeServerEventResponseMcpCallArgumentsDone(value: ServerEventResponseMcpCallArgumentsDone): WireObject;
export function serializeServerEventResponseMcpCallArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseMcpCallArgumentsDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "responseId": "response_id",
    "outputIndex": "output_index",
  }))) : w;
}
let serializeServerEventResponseMcpCallArgumentsDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseMcpCallCompleted` → wire JSON. */
export function serializeServerEventResponseMcpCallCompleted(value: ServerEventResponseMcpCallCompleted): WireObject;
export function serializeServerEventResponseMcpCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseMcpCallCompletedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
  }))) : w;
}
let serializeServerEventResponseMcpCallCompletedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseMcpCallFailed` → wire JSON. */
export function serializeServerEventResponseMcpCallFailed(value: ServerEventResponseMcpCallFailed): WireObject;
export function serializeServerEventResponseMcpCallFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseMcpCallFailedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
  }))) : w;
}
let serializeServerEventResponseMcpCallFailedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseMcpCallInProgress` → wire JSON. */
export function serializeServerEventResponseMcpCallInProgress(value: ServerEventResponseMcpCallInProgress): WireObject;
export function serializeServerEventResponseMcpCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseMcpCallInProgressKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
  }))) : w;
}
let serializeServerEventResponseMcpCallInProgressKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputAudioDelta` → wire JSON. */
export function serializeServerEventResponseOutputAudioDelta(value: ServerEventResponseOutputAudioDelta): WireObject;
export function serializeServerEventResponseOutputAudioDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputAudioDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
    "delta": ["delta", bytesToWire],
  }))) : w;
}
let serializeServerEventResponseOutputAudioDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputAudioDone` → wire JSON. */
export function serializeServerEventResponseOutputAudioDone(value: ServerEventResponseOutputAudioDone): WireObject;
export function serializeServerEventResponseOutputAudioDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputAudioDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseOutputAudioDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputAudioTranscriptDelta` → wire JSON. */
export function serializeServerEventResponseOutputAudioTranscriptDelta(value: ServerEventResponseOutputAudioTranscriptDelta): WireObject;
export function serializeServerEventResponseOutputAudioTranscriptDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputAudioTranscriptDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseOutputAudioTranscriptDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputAudioTranscriptDone` → wire JSON. */
export function serializeServerEventResponseOutputAudioTranscriptDone(value: ServerEventResponseOutputAudioTranscriptDone): WireObject;
export function serializeServerEventResponseOutputAudioTranscriptDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputAudioTranscriptDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseOutputAudioTranscriptDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputItemAdded` → wire JSON. */
export function serializeServerEventResponseOutputItemAdded(value: ServerEventResponseOutputItemAdded): WireObject;
export function serializeServerEventResponseOutputItemAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputItemAddedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "outputIndex": "output_index",
    "item": ["item", serializeResponseItemUnion],
  }))) : w;
}
let serializeServerEventResponseOutputItemAddedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputItemDone` → wire JSON. */
export function serializeServerEventResponseOutputItemDone(value: ServerEventResponseOutputItemDone): WireObject;
export function serializeServerEventResponseOutputItemDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputItemDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "outputIndex": "output_index",
    "item": ["item", serializeResponseItemUnion],
  }))) : w;
}
let serializeServerEventResponseOutputItemDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputTextDelta` → wire JSON. */
export function serializeServerEventResponseOutputTextDelta(value: ServerEventResponseOutputTextDelta): WireObject;
export function serializeServerEventResponseOutputTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputTextDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseOutputTextDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseOutputTextDone` → wire JSON. */
export function serializeServerEventResponseOutputTextDone(value: ServerEventResponseOutputTextDone): WireObject;
export function serializeServerEventResponseOutputTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseOutputTextDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseOutputTextDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseSystemToolArgumentsDelta` → wire JSON. */
export function serializeServerEventResponseSystemToolArgumentsDelta(value: ServerEventResponseSystemToolArgumentsDelta): WireObject;
export function serializeServerEventResponseSystemToolArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseSystemToolArgumentsDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "callId": "call_id",
  }))) : w;
}
let serializeServerEventResponseSystemToolArgumentsDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseSystemToolArgumentsDone` → wire JSON. */
export function serializeServerEventResponseSystemToolArgumentsDone(value: ServerEventResponseSystemToolArgumentsDone): WireObject;
export function serializeServerEventResponseSystemToolArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseSystemToolArgumentsDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "callId": "call_id",
  }))) : w;
}
let serializeServerEventResponseSystemToolArgumentsDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseTextDelta` → wire JSON. */
export function serializeServerEventResponseTextDelta(value: ServerEventResponseTextDelta): WireObject;
export function serializeServerEventResponseTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseTextDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseTextDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseTextDone` → wire JSON. */
export function serializeServerEventResponseTextDone(value: ServerEventResponseTextDone): WireObject;
export function serializeServerEventResponseTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseTextDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeServerEventResponseTextDoneKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseVideoDelta` → wire JSON. */
export function serializeServerEventResponseVideoDelta(value: ServerEventResponseVideoDelta): WireObject;
export function serializeServerEventResponseVideoDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseVideoDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "outputIndex": "output_index",
  }))) : w;
}
let serializeServerEventResponseVideoDeltaKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseWebSearchCallCompleted` → wire JSON. */
export function serializeServerEventResponseWebSearchCallCompleted(value: ServerEventResponseWebSearchCallCompleted): WireObject;
export function serializeServerEventResponseWebSearchCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseWebSearchCallCompletedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "sequenceNumber": "sequence_number",
  }))) : w;
}
let serializeServerEventResponseWebSearchCallCompletedKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseWebSearchCallInProgress` → wire JSON. */
export function serializeServerEventResponseWebSearchCallInProgress(value: ServerEventResponseWebSearchCallInProgress): WireObject;
export function serializeServerEventResponseWebSearchCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseWebSearchCallInProgressKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "sequenceNumber": "sequence_number",
  }))) : w;
}
let serializeServerEventResponseWebSearchCallInProgressKeys: Table<KeyRule> | undefined;

/** `ServerEventResponseWebSearchCallSearching` → wire JSON. */
export function serializeServerEventResponseWebSearchCallSearching(value: ServerEventResponseWebSearchCallSearching): WireObject;
export function serializeServerEventResponseWebSearchCallSearching(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventResponseWebSearchCallSearchingKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
    "itemId": "item_id",
    "outputIndex": "output_index",
    "sequenceNumber": "sequence_number",
  }))) : w;
}
let serializeServerEventResponseWebSearchCallSearchingKeys: Table<KeyRule> | undefined;

/** `ServerEventSessionAvatarConnecting` → wire JSON. */
export function serializeServerEventSessionAvatarConnecting(value: ServerEventSessionAvatarConnecting): WireObject;
export function serializeServerEventSessionAvatarConnecting(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventSessionAvatarConnectingKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "serverSdp": "server_sdp",
  }))) : w;
}
let serializeServerEventSessionAvatarConnectingKeys: Table<KeyRule> | undefined;

/** `ServerEventSessionAvatarSwitchToIdle` → wire JSON. */
export function serializeServerEventSessionAvatarSwitchToIdle(value: ServerEventSessionAvatarSwitchToIdle): WireObject;
export function serializeServerEventSessionAvatarSwitchToIdle(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventSessionAvatarSwitchToIdleKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "turnId": "turn_id",
  }))) : w;
}
let serializeServerEventSessionAvatarSwitchToIdleKeys: Table<KeyRule> | undefined;

/** `ServerEventSessionAvatarSwitchToSpeaking` → wire JSON. */
export function serializeServerEventSessionAvatarSwitchToSpeaking(value: ServerEventSessionAvatarSwitchToSpeaking): WireObject;
export function serializeServerEventSessionAvatarSwitchToSpeaking(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventSessionAvatarSwitchToSpeakingKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "turnId": "turn_id",
  }))) : w;
}
let serializeServerEventSessionAvatarSwitchToSpeakingKeys: Table<KeyRule> | undefined;

/** `ServerEventSessionCreated` → wire JSON. */
export function serializeServerEventSessionCreated(value: ServerEventSessionCreated): WireObject;
export function serializeServerEventSessionCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventSessionCreatedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "session": ["session", serializeResponseSession],
  }))) : w;
}
let serializeServerEventSessionCreatedKeys: Table<KeyRule> | undefined;

/** `ServerEventSessionEndConversationCancelled` → wire JSON. */
export function serializeServerEventSessionEndConversationCancelled(value: ServerEventSessionEndConversationCancelled): WireObject;
export function serializeServerEventSessionEndConversationCancelled(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventSessionEndConversationCancelledKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventSessionEndConversationCancelledKeys: Table<KeyRule> | undefined;

/** `ServerEventSessionEndConversationCompleted` → wire JSON. */
export function serializeServerEventSessionEndConversationCompleted(value: ServerEventSessionEndConversationCompleted): WireObject;
export function serializeServerEventSessionEndConversationCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventSessionEndConversationCompletedKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventSessionEndConversationCompletedKeys: Table<KeyRule> | undefined;

/** `ServerEventSessionUpdated` → wire JSON. */
export function serializeServerEventSessionUpdated(value: ServerEventSessionUpdated): WireObject;
export function serializeServerEventSessionUpdated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventSessionUpdatedKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "session": ["session", serializeResponseSession],
  }))) : w;
}
let serializeServerEventSessionUpdatedKeys: Table<KeyRule> | undefined;

/** `ServerEventWarning` → wire JSON. */
export function serializeServerEventWarning(value: ServerEventWarning): WireObject;
export function serializeServerEventWarning(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerEventWarningKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeServerEventWarningKeys: Table<KeyRule> | undefined;

/** `TokenUsage` → wire JSON. */
export function serializeTokenUsage(value: TokenUsage): WireObject;
export function serializeTokenUsage(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeTokenUsageKeys ??= table<KeyRule>({
    "totalTokens": "total_tokens",
    "inputTokens": "input_tokens",
    "outputTokens": "output_tokens",
    "inputTokenDetails": ["input_token_details", serializeInputTokenDetails],
    "outputTokenDetails": ["output_token_details", serializeOutputTokenDetails],
  }))) : w;
}
let serializeTokenUsageKeys: Table<KeyRule> | undefined;

/** `TranscriptionPhrase` → wire JSON. */
export function serializeTranscriptionPhrase(value: TranscriptionPhrase): WireObject;
export function serializeTranscriptionPhrase(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeTranscriptionPhraseKeys ??= table<KeyRule>({
    "offsetInMs": "offset_milliseconds",
    "durationInMs": "duration_milliseconds",
    "words": ["words", (v: Wire) => convertItems(v, serializeTranscriptionWord)],
  }))) : w;
}
let serializeTranscriptionPhraseKeys: Table<KeyRule> | undefined;

/** `TranscriptionWord` → wire JSON. */
export function serializeTranscriptionWord(value: TranscriptionWord): WireObject;
export function serializeTranscriptionWord(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeTranscriptionWordKeys ??= table<KeyRule>({
    "offsetInMs": "offset_milliseconds",
    "durationInMs": "duration_milliseconds",
  }))) : w;
}
let serializeTranscriptionWordKeys: Table<KeyRule> | undefined;

/** `VoiceLiveErrorDetails` → wire JSON. */
export function serializeVoiceLiveErrorDetails(value: VoiceLiveErrorDetails): WireObject;
export function serializeVoiceLiveErrorDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeVoiceLiveErrorDetailsKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeVoiceLiveErrorDetailsKeys: Table<KeyRule> | undefined;

/** `VoiceLiveResponse` → wire JSON. */
export function serializeVoiceLiveResponse(value: VoiceLiveResponse): WireObject;
export function serializeVoiceLiveResponse(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeVoiceLiveResponseKeys ??= table<KeyRule>({
    "statusDetails": "status_details",
    "output": ["output", (v: Wire) => convertItems(v, serializeResponseItemUnion)],
    "usage": ["usage", serializeTokenUsage],
    "conversationId": "conversation_id",
    "voice": ["voice", serializeVoice],
    "outputAudioFormat": "output_audio_format",
    "maxOutputTokens": "max_output_tokens",
    "outputModalities": "output_modalities",
    "audio": ["audio", serializeResponseAudio],
  }))) : w;
}
let serializeVoiceLiveResponseKeys: Table<KeyRule> | undefined;

/** Wire JSON → a typed `ClientEvent`. An event of a type this SDK does not know is returned as it is, in wire form (`isUnknownClientEvent` tells). */
export function deserializeClientEvent(value: unknown): ClientEvent;
export function deserializeClientEvent(w: Wire): Wire {
  return dispatch(w, "type", (deserializeClientEventByType ??= table<(w: Wire) => Wire>({
    "session.update": deserializeClientEventSessionUpdate,
    "session.avatar.connect": deserializeClientEventSessionAvatarConnect,
    "input_audio.turn.start": deserializeClientEventInputAudioTurnStart,
    "input_audio.turn.append": deserializeClientEventInputAudioTurnAppend,
    "input_audio.turn.end": deserializeClientEventInputAudioTurnEnd,
    "input_audio.turn.cancel": deserializeClientEventInputAudioTurnCancel,
    "input_audio.clear": deserializeClientEventInputAudioClear,
    "input_text.delta": deserializeClientEventInputTextDelta,
    "input_text.done": deserializeClientEventInputTextDone,
    "input_audio_buffer.append": deserializeClientEventInputAudioBufferAppend,
    "input_audio_buffer.commit": deserializeClientEventInputAudioBufferCommit,
    "input_audio_buffer.clear": deserializeClientEventInputAudioBufferClear,
    "conversation.item.create": deserializeClientEventConversationItemCreate,
    "conversation.item.truncate": deserializeClientEventConversationItemTruncate,
    "conversation.item.delete": deserializeClientEventConversationItemDelete,
    "response.create": deserializeClientEventResponseCreate,
    "response.cancel": deserializeClientEventResponseCancel,
    "conversation.item.retrieve": deserializeClientEventConversationItemRetrieve,
    "output_audio_buffer.clear": deserializeClientEventOutputAudioBufferClear,
  })));
}
let deserializeClientEventByType: Table<(w: Wire) => Wire> | undefined;

/** A `ServerEvent` → wire JSON. An event of an unknown type is passed through as it is (it is already in wire form). */
export function serializeServerEvent(value: ServerEvent | UnknownServerEvent): WireObject;
export function serializeServerEvent(w: Wire): Wire {
  return dispatch(w, "type", (serializeServerEventByType ??= table<(w: Wire) => Wire>({
    "error": serializeServerEventError,
    "warning": serializeServerEventWarning,
    "session.created": serializeServerEventSessionCreated,
    "session.updated": serializeServerEventSessionUpdated,
    "session.avatar.connecting": serializeServerEventSessionAvatarConnecting,
    "input_audio_buffer.committed": serializeServerEventInputAudioBufferCommitted,
    "input_audio_buffer.cleared": serializeServerEventInputAudioBufferCleared,
    "input_audio_buffer.speech_started": serializeServerEventInputAudioBufferSpeechStarted,
    "input_audio_buffer.speech_stopped": serializeServerEventInputAudioBufferSpeechStopped,
    "conversation.item.created": serializeServerEventConversationItemCreated,
    "conversation.item.input_audio_transcription.completed": serializeServerEventConversationItemInputAudioTranscriptionCompleted,
    "conversation.item.input_audio_transcription.failed": serializeServerEventConversationItemInputAudioTranscriptionFailed,
    "conversation.item.truncated": serializeServerEventConversationItemTruncated,
    "conversation.item.deleted": serializeServerEventConversationItemDeleted,
    "response.created": serializeServerEventResponseCreated,
    "response.done": serializeServerEventResponseDone,
    "response.output_item.added": serializeServerEventResponseOutputItemAdded,
    "response.output_item.done": serializeServerEventResponseOutputItemDone,
    "response.content_part.added": serializeServerEventResponseContentPartAdded,
    "response.content_part.done": serializeServerEventResponseContentPartDone,
    "response.text.delta": serializeServerEventResponseTextDelta,
    "response.text.done": serializeServerEventResponseTextDone,
    "response.audio_transcript.delta": serializeServerEventResponseAudioTranscriptDelta,
    "response.audio_transcript.done": serializeServerEventResponseAudioTranscriptDone,
    "response.audio.delta": serializeServerEventResponseAudioDelta,
    "response.audio.done": serializeServerEventResponseAudioDone,
    "response.animation_blendshapes.delta": serializeServerEventResponseAnimationBlendshapeDelta,
    "response.animation_blendshapes.done": serializeServerEventResponseAnimationBlendshapeDone,
    "response.audio_timestamp.delta": serializeServerEventResponseAudioTimestampDelta,
    "response.audio_timestamp.done": serializeServerEventResponseAudioTimestampDone,
    "response.animation_viseme.delta": serializeServerEventResponseAnimationVisemeDelta,
    "response.animation_viseme.done": serializeServerEventResponseAnimationVisemeDone,
    "conversation.item.input_audio_transcription.delta": serializeServerEventConversationItemInputAudioTranscriptionDelta,
    "conversation.item.retrieved": serializeServerEventConversationItemRetrieved,
    "response.function_call_arguments.delta": serializeServerEventResponseFunctionCallArgumentsDelta,
    "response.function_call_arguments.done": serializeServerEventResponseFunctionCallArgumentsDone,
    "response.system_tool_arguments.delta": serializeServerEventResponseSystemToolArgumentsDelta,
    "response.system_tool_arguments.done": serializeServerEventResponseSystemToolArgumentsDone,
    "session.end_conversation.cancelled": serializeServerEventSessionEndConversationCancelled,
    "session.end_conversation.completed": serializeServerEventSessionEndConversationCompleted,
    "mcp_list_tools.in_progress": serializeServerEventMcpListToolsInProgress,
    "mcp_list_tools.completed": serializeServerEventMcpListToolsCompleted,
    "mcp_list_tools.failed": serializeServerEventMcpListToolsFailed,
    "response.mcp_call_arguments.delta": serializeServerEventResponseMcpCallArgumentsDelta,
    "response.mcp_call_arguments.done": serializeServerEventResponseMcpCallArgumentsDone,
    "response.mcp_call.in_progress": serializeServerEventResponseMcpCallInProgress,
    "response.mcp_call.completed": serializeServerEventResponseMcpCallCompleted,
    "response.mcp_call.failed": serializeServerEventResponseMcpCallFailed,
    "session.avatar.switch_to_speaking": serializeServerEventSessionAvatarSwitchToSpeaking,
    "session.avatar.switch_to_idle": serializeServerEventSessionAvatarSwitchToIdle,
    "response.video.delta": serializeServerEventResponseVideoDelta,
    "response.web_search_call.searching": serializeServerEventResponseWebSearchCallSearching,
    "response.web_search_call.in_progress": serializeServerEventResponseWebSearchCallInProgress,
    "response.web_search_call.completed": serializeServerEventResponseWebSearchCallCompleted,
    "response.file_search_call.searching": serializeServerEventResponseFileSearchCallSearching,
    "response.file_search_call.in_progress": serializeServerEventResponseFileSearchCallInProgress,
    "response.file_search_call.completed": serializeServerEventResponseFileSearchCallCompleted,
    "output_audio_buffer.cleared": serializeServerEventOutputAudioBufferCleared,
    "response.audio_transcript.annotation.added": serializeServerEventResponseAudioTranscriptAnnotationAdded,
    "response.invocation.delta": serializeServerEventResponseInvocationDelta,
    "realtime.call.incoming": serializeServerEventRealtimeCallIncoming,
    "realtime.call.connected": serializeServerEventRealtimeCallConnected,
    "realtime.call.disconnected": serializeServerEventRealtimeCallDisconnected,
    "realtime.call.failed": serializeServerEventRealtimeCallFailed,
    "realtime.call.transfer.succeeded": serializeServerEventRealtimeCallTransferSucceeded,
    "realtime.call.transfer.failed": serializeServerEventRealtimeCallTransferFailed,
    "response.output_text.delta": serializeServerEventResponseOutputTextDelta,
    "response.output_text.done": serializeServerEventResponseOutputTextDone,
    "response.output_audio_transcript.delta": serializeServerEventResponseOutputAudioTranscriptDelta,
    "response.output_audio_transcript.done": serializeServerEventResponseOutputAudioTranscriptDone,
    "response.output_audio.delta": serializeServerEventResponseOutputAudioDelta,
    "response.output_audio.done": serializeServerEventResponseOutputAudioDone,
    "conversation.created": serializeServerEventConversationCreated,
    "conversation.item.added": serializeServerEventConversationItemAdded,
    "conversation.item.done": serializeServerEventConversationItemDone,
    "conversation.item.input_audio_transcription.segment": serializeServerEventConversationItemInputAudioTranscriptionSegment,
    "input_audio_buffer.timeout_triggered": serializeServerEventInputAudioBufferTimeoutTriggered,
    "input_audio_buffer.dtmf_event_received": serializeServerEventInputAudioBufferDtmfEventReceived,
    "output_audio_buffer.started": serializeServerEventOutputAudioBufferStarted,
    "output_audio_buffer.stopped": serializeServerEventOutputAudioBufferStopped,
    "rate_limits.updated": serializeServerEventRateLimitsUpdated,
  })));
}
let serializeServerEventByType: Table<(w: Wire) => Wire> | undefined;
