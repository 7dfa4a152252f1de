// Generated from spec/ by npm run generate. Do not edit.
import type {
  AgentConfig,
  Animation,
  AudioEchoCancellation,
  AudioInputTranscriptionOptions,
  AvatarConfig,
  AzureAvatarVoiceSyncVoice,
  AzureCustomVoice,
  AzurePersonalVoice,
  AzureSemanticDetection,
  AzureSemanticDetectionEn,
  AzureSemanticDetectionMultilingual,
  AzureSemanticVad,
  AzureSemanticVadEn,
  AzureSemanticVadMultilingual,
  AzureStandardVoice,
  AzureVoice,
  AzureVoiceUnion,
  Background,
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
  EouDetection,
  EouDetectionUnion,
  FileSearchResult,
  FunctionCallItem,
  FunctionCallOutputItem,
  InputTokenDetails,
  InterimResponseConfig,
  LlmInterimResponseConfig,
  MCPApprovalResponseRequestItem,
  MCPServer,
  MCPTool,
  OutputTokenDetails,
  RateLimit,
  RequestImageContentPart,
  RequestSession,
  ResponseAudio,
  ResponseAudioOutput,
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
  Scene,
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
  ServerVad,
  SessionAudio,
  SessionAudioInput,
  SessionAudioOutput,
  StaticInterimResponseConfig,
  TokenUsage,
  Tool,
  ToolUnion,
  TranscriptionPhrase,
  TranscriptionWord,
  TurnDetection,
  TurnDetectionUnion,
  UnknownClientEvent,
  UnknownServerEvent,
  VideoCrop,
  VideoParams,
  Voice,
  VoiceLiveErrorDetails,
  VoiceLiveResponse,
} from "./models.js";

import {
  type KeyRule,
  type Wire,
  type WireObject,
  bytesFromWire,
  convertItems,
  convertKeys,
  dateFromWire,
  dispatch,
  isObject,
  keep,
  table,
} from "../src/runtime/convert.js";

/** Wire JSON → `AgentConfig`. */
export function deserializeAgentConfig(value: unknown): AgentConfig;
export function deserializeAgentConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAgentConfigKeys) : w;
}
const deserializeAgentConfigKeys = table<KeyRule>({
  "agent_id": "agentId",
  "thread_id": "threadId",
});

/** `Animation` → wire JSON. */
export function serializeAnimation(value: Animation): WireObject;
export function serializeAnimation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAnimationKeys) : w;
}
const serializeAnimationKeys = table<KeyRule>({
  "modelName": "model_name",
});

/** Wire JSON → `Animation`. */
export function deserializeAnimation(value: unknown): Animation;
export function deserializeAnimation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAnimationKeys) : w;
}
const deserializeAnimationKeys = table<KeyRule>({
  "model_name": "modelName",
});

/** `AudioEchoCancellation` → wire JSON. */
export function serializeAudioEchoCancellation(value: AudioEchoCancellation): WireObject;
export function serializeAudioEchoCancellation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAudioEchoCancellationKeys) : w;
}
const serializeAudioEchoCancellationKeys = table<KeyRule>({
  "referenceSource": "reference_source",
});

/** Wire JSON → `AudioEchoCancellation`. */
export function deserializeAudioEchoCancellation(value: unknown): AudioEchoCancellation;
export function deserializeAudioEchoCancellation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAudioEchoCancellationKeys) : w;
}
const deserializeAudioEchoCancellationKeys = table<KeyRule>({
  "reference_source": "referenceSource",
});

/** `AudioInputTranscriptionOptions` → wire JSON. */
export function serializeAudioInputTranscriptionOptions(value: AudioInputTranscriptionOptions): WireObject;
export function serializeAudioInputTranscriptionOptions(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAudioInputTranscriptionOptionsKeys) : w;
}
const serializeAudioInputTranscriptionOptionsKeys = table<KeyRule>({
  "customSpeech": "custom_speech",
  "phraseList": "phrase_list",
});

/** Wire JSON → `AudioInputTranscriptionOptions`. */
export function deserializeAudioInputTranscriptionOptions(value: unknown): AudioInputTranscriptionOptions;
export function deserializeAudioInputTranscriptionOptions(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAudioInputTranscriptionOptionsKeys) : w;
}
const deserializeAudioInputTranscriptionOptionsKeys = table<KeyRule>({
  "custom_speech": "customSpeech",
  "phrase_list": "phraseList",
});

/** `AvatarConfig` → wire JSON. */
export function serializeAvatarConfig(value: AvatarConfig): WireObject;
export function serializeAvatarConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAvatarConfigKeys) : w;
}
const serializeAvatarConfigKeys = table<KeyRule>({
  "iceServers": "ice_servers",
  "video": ["video", serializeVideoParams],
  "scene": ["scene", serializeScene],
  "outputProtocol": "output_protocol",
  "outputAuditAudio": "output_audit_audio",
});

/** Wire JSON → `AvatarConfig`. */
export function deserializeAvatarConfig(value: unknown): AvatarConfig;
export function deserializeAvatarConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAvatarConfigKeys) : w;
}
const deserializeAvatarConfigKeys = table<KeyRule>({
  "ice_servers": "iceServers",
  "video": ["video", deserializeVideoParams],
  "scene": ["scene", deserializeScene],
  "output_protocol": "outputProtocol",
  "output_audit_audio": "outputAuditAudio",
});

/** `AzureAvatarVoiceSyncVoice` → wire JSON. */
export function serializeAzureAvatarVoiceSyncVoice(value: AzureAvatarVoiceSyncVoice): WireObject;
export function serializeAzureAvatarVoiceSyncVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureAvatarVoiceSyncVoiceKeys) : w;
}
const serializeAzureAvatarVoiceSyncVoiceKeys = table<KeyRule>({
  "customLexiconUrl": "custom_lexicon_url",
  "customTextNormalizationUrl": "custom_text_normalization_url",
  "preferLocales": "prefer_locales",
});

/** Wire JSON → `AzureAvatarVoiceSyncVoice`. */
export function deserializeAzureAvatarVoiceSyncVoice(value: unknown): AzureAvatarVoiceSyncVoice;
export function deserializeAzureAvatarVoiceSyncVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureAvatarVoiceSyncVoiceKeys) : w;
}
const deserializeAzureAvatarVoiceSyncVoiceKeys = table<KeyRule>({
  "custom_lexicon_url": "customLexiconUrl",
  "custom_text_normalization_url": "customTextNormalizationUrl",
  "prefer_locales": "preferLocales",
});

/** `AzureCustomVoice` → wire JSON. */
export function serializeAzureCustomVoice(value: AzureCustomVoice): WireObject;
export function serializeAzureCustomVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureCustomVoiceKeys) : w;
}
const serializeAzureCustomVoiceKeys = table<KeyRule>({
  "endpointId": "endpoint_id",
  "customLexiconUrl": "custom_lexicon_url",
  "preferLocales": "prefer_locales",
  "customTextNormalizationUrl": "custom_text_normalization_url",
});

/** Wire JSON → `AzureCustomVoice`. */
export function deserializeAzureCustomVoice(value: unknown): AzureCustomVoice;
export function deserializeAzureCustomVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureCustomVoiceKeys) : w;
}
const deserializeAzureCustomVoiceKeys = table<KeyRule>({
  "endpoint_id": "endpointId",
  "custom_lexicon_url": "customLexiconUrl",
  "prefer_locales": "preferLocales",
  "custom_text_normalization_url": "customTextNormalizationUrl",
});

/** `AzurePersonalVoice` → wire JSON. */
export function serializeAzurePersonalVoice(value: AzurePersonalVoice): WireObject;
export function serializeAzurePersonalVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzurePersonalVoiceKeys) : w;
}
const serializeAzurePersonalVoiceKeys = table<KeyRule>({
  "customLexiconUrl": "custom_lexicon_url",
  "customTextNormalizationUrl": "custom_text_normalization_url",
  "preferLocales": "prefer_locales",
});

/** Wire JSON → `AzurePersonalVoice`. */
export function deserializeAzurePersonalVoice(value: unknown): AzurePersonalVoice;
export function deserializeAzurePersonalVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzurePersonalVoiceKeys) : w;
}
const deserializeAzurePersonalVoiceKeys = table<KeyRule>({
  "custom_lexicon_url": "customLexiconUrl",
  "custom_text_normalization_url": "customTextNormalizationUrl",
  "prefer_locales": "preferLocales",
});

/** `AzureSemanticDetection` → wire JSON. */
export function serializeAzureSemanticDetection(value: AzureSemanticDetection): WireObject;
export function serializeAzureSemanticDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureSemanticDetectionKeys) : w;
}
const serializeAzureSemanticDetectionKeys = table<KeyRule>({
  "thresholdLevel": "threshold_level",
  "timeoutInMs": "timeout_ms",
});

/** Wire JSON → `AzureSemanticDetection`. */
export function deserializeAzureSemanticDetection(value: unknown): AzureSemanticDetection;
export function deserializeAzureSemanticDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureSemanticDetectionKeys) : w;
}
const deserializeAzureSemanticDetectionKeys = table<KeyRule>({
  "threshold_level": "thresholdLevel",
  "timeout_ms": "timeoutInMs",
});

/** `AzureSemanticDetectionEn` → wire JSON. */
export function serializeAzureSemanticDetectionEn(value: AzureSemanticDetectionEn): WireObject;
export function serializeAzureSemanticDetectionEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureSemanticDetectionEnKeys) : w;
}
const serializeAzureSemanticDetectionEnKeys = table<KeyRule>({
  "thresholdLevel": "threshold_level",
  "timeoutInMs": "timeout_ms",
});

/** Wire JSON → `AzureSemanticDetectionEn`. */
export function deserializeAzureSemanticDetectionEn(value: unknown): AzureSemanticDetectionEn;
export function deserializeAzureSemanticDetectionEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureSemanticDetectionEnKeys) : w;
}
const deserializeAzureSemanticDetectionEnKeys = table<KeyRule>({
  "threshold_level": "thresholdLevel",
  "timeout_ms": "timeoutInMs",
});

/** `AzureSemanticDetectionMultilingual` → wire JSON. */
export function serializeAzureSemanticDetectionMultilingual(value: AzureSemanticDetectionMultilingual): WireObject;
export function serializeAzureSemanticDetectionMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureSemanticDetectionMultilingualKeys) : w;
}
const serializeAzureSemanticDetectionMultilingualKeys = table<KeyRule>({
  "thresholdLevel": "threshold_level",
  "timeoutInMs": "timeout_ms",
});

/** Wire JSON → `AzureSemanticDetectionMultilingual`. */
export function deserializeAzureSemanticDetectionMultilingual(value: unknown): AzureSemanticDetectionMultilingual;
export function deserializeAzureSemanticDetectionMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureSemanticDetectionMultilingualKeys) : w;
}
const deserializeAzureSemanticDetectionMultilingualKeys = table<KeyRule>({
  "threshold_level": "thresholdLevel",
  "timeout_ms": "timeoutInMs",
});

/** `AzureSemanticVad` → wire JSON. */
export function serializeAzureSemanticVad(value: AzureSemanticVad): WireObject;
export function serializeAzureSemanticVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureSemanticVadKeys) : w;
}
const serializeAzureSemanticVadKeys = table<KeyRule>({
  "prefixPaddingInMs": "prefix_padding_ms",
  "silenceDurationInMs": "silence_duration_ms",
  "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
  "speechDurationInMs": "speech_duration_ms",
  "removeFillerWords": "remove_filler_words",
  "autoTruncate": "auto_truncate",
  "createResponse": "create_response",
  "interruptResponse": "interrupt_response",
});

/** Wire JSON → `AzureSemanticVad`. */
export function deserializeAzureSemanticVad(value: unknown): AzureSemanticVad;
export function deserializeAzureSemanticVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureSemanticVadKeys) : w;
}
const deserializeAzureSemanticVadKeys = table<KeyRule>({
  "prefix_padding_ms": "prefixPaddingInMs",
  "silence_duration_ms": "silenceDurationInMs",
  "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
  "speech_duration_ms": "speechDurationInMs",
  "remove_filler_words": "removeFillerWords",
  "auto_truncate": "autoTruncate",
  "create_response": "createResponse",
  "interrupt_response": "interruptResponse",
});

/** `AzureSemanticVadEn` → wire JSON. */
export function serializeAzureSemanticVadEn(value: AzureSemanticVadEn): WireObject;
export function serializeAzureSemanticVadEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureSemanticVadEnKeys) : w;
}
const serializeAzureSemanticVadEnKeys = table<KeyRule>({
  "prefixPaddingInMs": "prefix_padding_ms",
  "silenceDurationInMs": "silence_duration_ms",
  "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
  "speechDurationInMs": "speech_duration_ms",
  "removeFillerWords": "remove_filler_words",
  "autoTruncate": "auto_truncate",
  "createResponse": "create_response",
  "interruptResponse": "interrupt_response",
});

/** Wire JSON → `AzureSemanticVadEn`. */
export function deserializeAzureSemanticVadEn(value: unknown): AzureSemanticVadEn;
export function deserializeAzureSemanticVadEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureSemanticVadEnKeys) : w;
}
const deserializeAzureSemanticVadEnKeys = table<KeyRule>({
  "prefix_padding_ms": "prefixPaddingInMs",
  "silence_duration_ms": "silenceDurationInMs",
  "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
  "speech_duration_ms": "speechDurationInMs",
  "remove_filler_words": "removeFillerWords",
  "auto_truncate": "autoTruncate",
  "create_response": "createResponse",
  "interrupt_response": "interruptResponse",
});

/** `AzureSemanticVadMultilingual` → wire JSON. */
export function serializeAzureSemanticVadMultilingual(value: AzureSemanticVadMultilingual): WireObject;
export function serializeAzureSemanticVadMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureSemanticVadMultilingualKeys) : w;
}
const serializeAzureSemanticVadMultilingualKeys = table<KeyRule>({
  "prefixPaddingInMs": "prefix_padding_ms",
  "silenceDurationInMs": "silence_duration_ms",
  "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
  "speechDurationInMs": "speech_duration_ms",
  "removeFillerWords": "remove_filler_words",
  "autoTruncate": "auto_truncate",
  "createResponse": "create_response",
  "interruptResponse": "interrupt_response",
});

/** Wire JSON → `AzureSemanticVadMultilingual`. */
export function deserializeAzureSemanticVadMultilingual(value: unknown): AzureSemanticVadMultilingual;
export function deserializeAzureSemanticVadMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureSemanticVadMultilingualKeys) : w;
}
const deserializeAzureSemanticVadMultilingualKeys = table<KeyRule>({
  "prefix_padding_ms": "prefixPaddingInMs",
  "silence_duration_ms": "silenceDurationInMs",
  "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
  "speech_duration_ms": "speechDurationInMs",
  "remove_filler_words": "removeFillerWords",
  "auto_truncate": "autoTruncate",
  "create_response": "createResponse",
  "interrupt_response": "interruptResponse",
});

/** `AzureStandardVoice` → wire JSON. */
export function serializeAzureStandardVoice(value: AzureStandardVoice): WireObject;
export function serializeAzureStandardVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureStandardVoiceKeys) : w;
}
const serializeAzureStandardVoiceKeys = table<KeyRule>({
  "customLexiconUrl": "custom_lexicon_url",
  "preferLocales": "prefer_locales",
  "customTextNormalizationUrl": "custom_text_normalization_url",
});

/** Wire JSON → `AzureStandardVoice`. */
export function deserializeAzureStandardVoice(value: unknown): AzureStandardVoice;
export function deserializeAzureStandardVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureStandardVoiceKeys) : w;
}
const deserializeAzureStandardVoiceKeys = table<KeyRule>({
  "custom_lexicon_url": "customLexiconUrl",
  "prefer_locales": "preferLocales",
  "custom_text_normalization_url": "customTextNormalizationUrl",
});

/** `AzureVoice` → wire JSON. */
export function serializeAzureVoice(value: AzureVoice): WireObject;
export function serializeAzureVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeAzureVoiceKeys) : w;
}
const serializeAzureVoiceKeys = table<KeyRule>({});

/** Any variant of `AzureVoice`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeAzureVoiceUnion(value: AzureVoiceUnion): WireObject;
export function serializeAzureVoiceUnion(w: Wire): Wire {
  return dispatch(w, "type", serializeAzureVoiceUnionByType, serializeAzureVoice);
}
const serializeAzureVoiceUnionByType = table<(w: Wire) => Wire>({
  "azure-standard": serializeAzureStandardVoice,
  "azure-custom": serializeAzureCustomVoice,
  "azure-personal": serializeAzurePersonalVoice,
  "avatar-voice-sync": serializeAzureAvatarVoiceSyncVoice,
});

/** Wire JSON → `AzureVoice`. */
export function deserializeAzureVoice(value: unknown): AzureVoice;
export function deserializeAzureVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeAzureVoiceKeys) : w;
}
const deserializeAzureVoiceKeys = table<KeyRule>({});

/** Any variant of `AzureVoice`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeAzureVoiceUnion(value: unknown): AzureVoiceUnion;
export function deserializeAzureVoiceUnion(w: Wire): Wire {
  return dispatch(w, "type", deserializeAzureVoiceUnionByType, deserializeAzureVoice);
}
const deserializeAzureVoiceUnionByType = table<(w: Wire) => Wire>({
  "azure-standard": deserializeAzureStandardVoice,
  "azure-custom": deserializeAzureCustomVoice,
  "azure-personal": deserializeAzurePersonalVoice,
  "avatar-voice-sync": deserializeAzureAvatarVoiceSyncVoice,
});

/** `Background` → wire JSON. */
export function serializeBackground(value: Background): WireObject;
export function serializeBackground(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeBackgroundKeys) : w;
}
const serializeBackgroundKeys = table<KeyRule>({
  "imageUrl": "image_url",
});

/** Wire JSON → `Background`. */
export function deserializeBackground(value: unknown): Background;
export function deserializeBackground(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeBackgroundKeys) : w;
}
const deserializeBackgroundKeys = table<KeyRule>({
  "image_url": "imageUrl",
});

/** Wire JSON → `CachedTokenDetails`. */
export function deserializeCachedTokenDetails(value: unknown): CachedTokenDetails;
export function deserializeCachedTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeCachedTokenDetailsKeys) : w;
}
const deserializeCachedTokenDetailsKeys = table<KeyRule>({
  "text_tokens": "textTokens",
  "audio_tokens": "audioTokens",
  "image_tokens": "imageTokens",
});

/** `ClientEventConversationItemCreate` → wire JSON. */
export function serializeClientEventConversationItemCreate(value: ClientEventConversationItemCreate): WireObject;
export function serializeClientEventConversationItemCreate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventConversationItemCreateKeys) : w;
}
const serializeClientEventConversationItemCreateKeys = table<KeyRule>({
  "eventId": "event_id",
  "previousItemId": "previous_item_id",
  "item": ["item", serializeConversationRequestItemUnion],
});

/** `ClientEventConversationItemDelete` → wire JSON. */
export function serializeClientEventConversationItemDelete(value: ClientEventConversationItemDelete): WireObject;
export function serializeClientEventConversationItemDelete(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventConversationItemDeleteKeys) : w;
}
const serializeClientEventConversationItemDeleteKeys = table<KeyRule>({
  "eventId": "event_id",
  "itemId": "item_id",
});

/** `ClientEventConversationItemRetrieve` → wire JSON. */
export function serializeClientEventConversationItemRetrieve(value: ClientEventConversationItemRetrieve): WireObject;
export function serializeClientEventConversationItemRetrieve(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventConversationItemRetrieveKeys) : w;
}
const serializeClientEventConversationItemRetrieveKeys = table<KeyRule>({
  "eventId": "event_id",
  "itemId": "item_id",
});

/** `ClientEventConversationItemTruncate` → wire JSON. */
export function serializeClientEventConversationItemTruncate(value: ClientEventConversationItemTruncate): WireObject;
export function serializeClientEventConversationItemTruncate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventConversationItemTruncateKeys) : w;
}
const serializeClientEventConversationItemTruncateKeys = table<KeyRule>({
  "eventId": "event_id",
  "itemId": "item_id",
  "contentIndex": "content_index",
  "audioEndInMs": "audio_end_ms",
});

/** `ClientEventInputAudioBufferAppend` → wire JSON. */
export function serializeClientEventInputAudioBufferAppend(value: ClientEventInputAudioBufferAppend): WireObject;
export function serializeClientEventInputAudioBufferAppend(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioBufferAppendKeys) : w;
}
const serializeClientEventInputAudioBufferAppendKeys = table<KeyRule>({
  "eventId": "event_id",
});

/** `ClientEventInputAudioBufferClear` → wire JSON. */
export function serializeClientEventInputAudioBufferClear(value: ClientEventInputAudioBufferClear): WireObject;
export function serializeClientEventInputAudioBufferClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioBufferClearKeys) : w;
}
const serializeClientEventInputAudioBufferClearKeys = table<KeyRule>({
  "eventId": "event_id",
});

/** `ClientEventInputAudioBufferCommit` → wire JSON. */
export function serializeClientEventInputAudioBufferCommit(value: ClientEventInputAudioBufferCommit): WireObject;
export function serializeClientEventInputAudioBufferCommit(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioBufferCommitKeys) : w;
}
const serializeClientEventInputAudioBufferCommitKeys = table<KeyRule>({
  "eventId": "event_id",
});

/** `ClientEventInputAudioClear` → wire JSON. */
export function serializeClientEventInputAudioClear(value: ClientEventInputAudioClear): WireObject;
export function serializeClientEventInputAudioClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioClearKeys) : w;
}
const serializeClientEventInputAudioClearKeys = table<KeyRule>({
  "eventId": "event_id",
});

/** `ClientEventInputAudioTurnAppend` → wire JSON. */
export function serializeClientEventInputAudioTurnAppend(value: ClientEventInputAudioTurnAppend): WireObject;
export function serializeClientEventInputAudioTurnAppend(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioTurnAppendKeys) : w;
}
const serializeClientEventInputAudioTurnAppendKeys = table<KeyRule>({
  "eventId": "event_id",
  "turnId": "turn_id",
});

/** `ClientEventInputAudioTurnCancel` → wire JSON. */
export function serializeClientEventInputAudioTurnCancel(value: ClientEventInputAudioTurnCancel): WireObject;
export function serializeClientEventInputAudioTurnCancel(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioTurnCancelKeys) : w;
}
const serializeClientEventInputAudioTurnCancelKeys = table<KeyRule>({
  "eventId": "event_id",
  "turnId": "turn_id",
});

/** `ClientEventInputAudioTurnEnd` → wire JSON. */
export function serializeClientEventInputAudioTurnEnd(value: ClientEventInputAudioTurnEnd): WireObject;
export function serializeClientEventInputAudioTurnEnd(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioTurnEndKeys) : w;
}
const serializeClientEventInputAudioTurnEndKeys = table<KeyRule>({
  "eventId": "event_id",
  "turnId": "turn_id",
});

/** `ClientEventInputAudioTurnStart` → wire JSON. */
export function serializeClientEventInputAudioTurnStart(value: ClientEventInputAudioTurnStart): WireObject;
export function serializeClientEventInputAudioTurnStart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputAudioTurnStartKeys) : w;
}
const serializeClientEventInputAudioTurnStartKeys = table<KeyRule>({
  "eventId": "event_id",
  "turnId": "turn_id",
});

/** `ClientEventInputTextDelta` → wire JSON. */
export function serializeClientEventInputTextDelta(value: ClientEventInputTextDelta): WireObject;
export function serializeClientEventInputTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputTextDeltaKeys) : w;
}
const serializeClientEventInputTextDeltaKeys = table<KeyRule>({
  "eventId": "event_id",
  "contentIndex": "content_index",
});

/** `ClientEventInputTextDone` → wire JSON. */
export function serializeClientEventInputTextDone(value: ClientEventInputTextDone): WireObject;
export function serializeClientEventInputTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventInputTextDoneKeys) : w;
}
const serializeClientEventInputTextDoneKeys = table<KeyRule>({
  "eventId": "event_id",
  "contentIndex": "content_index",
});

/** `ClientEventOutputAudioBufferClear` → wire JSON. */
export function serializeClientEventOutputAudioBufferClear(value: ClientEventOutputAudioBufferClear): WireObject;
export function serializeClientEventOutputAudioBufferClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventOutputAudioBufferClearKeys) : w;
}
const serializeClientEventOutputAudioBufferClearKeys = table<KeyRule>({
  "eventId": "event_id",
});

/** `ClientEventResponseCancel` → wire JSON. */
export function serializeClientEventResponseCancel(value: ClientEventResponseCancel): WireObject;
export function serializeClientEventResponseCancel(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventResponseCancelKeys) : w;
}
const serializeClientEventResponseCancelKeys = table<KeyRule>({
  "eventId": "event_id",
  "responseId": "response_id",
});

/** `ClientEventResponseCreate` → wire JSON. */
export function serializeClientEventResponseCreate(value: ClientEventResponseCreate): WireObject;
export function serializeClientEventResponseCreate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventResponseCreateKeys) : w;
}
const serializeClientEventResponseCreateKeys = table<KeyRule>({
  "eventId": "event_id",
  "response": ["response", serializeResponseCreateParams],
  "additionalInstructions": "additional_instructions",
});

/** `ClientEventSessionAvatarConnect` → wire JSON. */
export function serializeClientEventSessionAvatarConnect(value: ClientEventSessionAvatarConnect): WireObject;
export function serializeClientEventSessionAvatarConnect(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventSessionAvatarConnectKeys) : w;
}
const serializeClientEventSessionAvatarConnectKeys = table<KeyRule>({
  "eventId": "event_id",
  "clientSdp": "client_sdp",
});

/** `ClientEventSessionUpdate` → wire JSON. */
export function serializeClientEventSessionUpdate(value: ClientEventSessionUpdate): WireObject;
export function serializeClientEventSessionUpdate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeClientEventSessionUpdateKeys) : w;
}
const serializeClientEventSessionUpdateKeys = table<KeyRule>({
  "eventId": "event_id",
  "session": ["session", serializeRequestSession],
});

/** Wire JSON → `ContentPart`. */
export function deserializeContentPart(value: unknown): ContentPart;
export function deserializeContentPart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeContentPartKeys) : w;
}
const deserializeContentPartKeys = table<KeyRule>({});

/** Any variant of `ContentPart`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeContentPartUnion(value: unknown): ContentPartUnion;
export function deserializeContentPartUnion(w: Wire): Wire {
  return dispatch(w, "type", deserializeContentPartUnionByType, deserializeContentPart);
}
const deserializeContentPartUnionByType = table<(w: Wire) => Wire>({
  "input_text": keep,
  "input_audio": keep,
  "input_image": deserializeRequestImageContentPart,
  "text": keep,
  "audio": keep,
});

/** `ConversationRequestItem` → wire JSON. */
export function serializeConversationRequestItem(value: ConversationRequestItem): WireObject;
export function serializeConversationRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeConversationRequestItemKeys) : w;
}
const serializeConversationRequestItemKeys = table<KeyRule>({});

/** Any variant of `ConversationRequestItem`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeConversationRequestItemUnion(value: ConversationRequestItemUnion): WireObject;
export function serializeConversationRequestItemUnion(w: Wire): Wire {
  return dispatch(w, "type", serializeConversationRequestItemUnionByType, serializeConversationRequestItem);
}
const serializeConversationRequestItemUnionByType = table<(w: Wire) => Wire>({
  "message": keep,
  "function_call": serializeFunctionCallItem,
  "function_call_output": serializeFunctionCallOutputItem,
  "mcp_approval_response": serializeMCPApprovalResponseRequestItem,
});

/** `EouDetection` → wire JSON. */
export function serializeEouDetection(value: EouDetection): WireObject;
export function serializeEouDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeEouDetectionKeys) : w;
}
const serializeEouDetectionKeys = table<KeyRule>({});

/** Any variant of `EouDetection`, chosen by `model`; an unknown variant is converted as the base. */
export function serializeEouDetectionUnion(value: EouDetectionUnion): WireObject;
export function serializeEouDetectionUnion(w: Wire): Wire {
  return dispatch(w, "model", serializeEouDetectionUnionByModel, serializeEouDetection);
}
const serializeEouDetectionUnionByModel = table<(w: Wire) => Wire>({
  "semantic_detection_v1": serializeAzureSemanticDetection,
  "semantic_detection_v1_en": serializeAzureSemanticDetectionEn,
  "semantic_detection_v1_multilingual": serializeAzureSemanticDetectionMultilingual,
});

/** Wire JSON → `EouDetection`. */
export function deserializeEouDetection(value: unknown): EouDetection;
export function deserializeEouDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeEouDetectionKeys) : w;
}
const deserializeEouDetectionKeys = table<KeyRule>({});

/** Any variant of `EouDetection`, chosen by `model`; an unknown variant is converted as the base. */
export function deserializeEouDetectionUnion(value: unknown): EouDetectionUnion;
export function deserializeEouDetectionUnion(w: Wire): Wire {
  return dispatch(w, "model", deserializeEouDetectionUnionByModel, deserializeEouDetection);
}
const deserializeEouDetectionUnionByModel = table<(w: Wire) => Wire>({
  "semantic_detection_v1": deserializeAzureSemanticDetection,
  "semantic_detection_v1_en": deserializeAzureSemanticDetectionEn,
  "semantic_detection_v1_multilingual": deserializeAzureSemanticDetectionMultilingual,
});

/** Wire JSON → `FileSearchResult`. */
export function deserializeFileSearchResult(value: unknown): FileSearchResult;
export function deserializeFileSearchResult(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeFileSearchResultKeys) : w;
}
const deserializeFileSearchResultKeys = table<KeyRule>({
  "file_id": "fileId",
});

/** `FunctionCallItem` → wire JSON. */
export function serializeFunctionCallItem(value: FunctionCallItem): WireObject;
export function serializeFunctionCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeFunctionCallItemKeys) : w;
}
const serializeFunctionCallItemKeys = table<KeyRule>({
  "callId": "call_id",
});

/** `FunctionCallOutputItem` → wire JSON. */
export function serializeFunctionCallOutputItem(value: FunctionCallOutputItem): WireObject;
export function serializeFunctionCallOutputItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeFunctionCallOutputItemKeys) : w;
}
const serializeFunctionCallOutputItemKeys = table<KeyRule>({
  "callId": "call_id",
});

/** Wire JSON → `InputTokenDetails`. */
export function deserializeInputTokenDetails(value: unknown): InputTokenDetails;
export function deserializeInputTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeInputTokenDetailsKeys) : w;
}
const deserializeInputTokenDetailsKeys = table<KeyRule>({
  "cached_tokens": "cachedTokens",
  "text_tokens": "textTokens",
  "audio_tokens": "audioTokens",
  "image_tokens": "imageTokens",
  "cached_tokens_details": ["cachedTokensDetails", deserializeCachedTokenDetails],
});

/** `InterimResponseConfig`: strings pass through; objects are told apart by `type`. */
export function serializeInterimResponseConfig(value: InterimResponseConfig): WireObject | string;
export function serializeInterimResponseConfig(w: Wire): Wire {
  return dispatch(w, "type", serializeInterimResponseConfigByType);
}
const serializeInterimResponseConfigByType = table<(w: Wire) => Wire>({
  "static_interim_response": serializeStaticInterimResponseConfig,
  "llm_interim_response": serializeLlmInterimResponseConfig,
});

/** `InterimResponseConfig`: strings pass through; objects are told apart by `type`. */
export function deserializeInterimResponseConfig(value: unknown): InterimResponseConfig;
export function deserializeInterimResponseConfig(w: Wire): Wire {
  return dispatch(w, "type", deserializeInterimResponseConfigByType);
}
const deserializeInterimResponseConfigByType = table<(w: Wire) => Wire>({
  "static_interim_response": deserializeStaticInterimResponseConfig,
  "llm_interim_response": deserializeLlmInterimResponseConfig,
});

/** `LlmInterimResponseConfig` → wire JSON. */
export function serializeLlmInterimResponseConfig(value: LlmInterimResponseConfig): WireObject;
export function serializeLlmInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeLlmInterimResponseConfigKeys) : w;
}
const serializeLlmInterimResponseConfigKeys = table<KeyRule>({
  "latencyThresholdInMs": "latency_threshold_ms",
  "maxCompletionTokens": "max_completion_tokens",
});

/** Wire JSON → `LlmInterimResponseConfig`. */
export function deserializeLlmInterimResponseConfig(value: unknown): LlmInterimResponseConfig;
export function deserializeLlmInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeLlmInterimResponseConfigKeys) : w;
}
const deserializeLlmInterimResponseConfigKeys = table<KeyRule>({
  "latency_threshold_ms": "latencyThresholdInMs",
  "max_completion_tokens": "maxCompletionTokens",
});

/** `MCPApprovalResponseRequestItem` → wire JSON. */
export function serializeMCPApprovalResponseRequestItem(value: MCPApprovalResponseRequestItem): WireObject;
export function serializeMCPApprovalResponseRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeMCPApprovalResponseRequestItemKeys) : w;
}
const serializeMCPApprovalResponseRequestItemKeys = table<KeyRule>({
  "approvalRequestId": "approval_request_id",
});

/** `MCPServer` → wire JSON. */
export function serializeMCPServer(value: MCPServer): WireObject;
export function serializeMCPServer(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeMCPServerKeys) : w;
}
const serializeMCPServerKeys = table<KeyRule>({
  "serverLabel": "server_label",
  "serverUrl": "server_url",
  "allowedTools": "allowed_tools",
  "requireApproval": "require_approval",
});

/** Wire JSON → `MCPServer`. */
export function deserializeMCPServer(value: unknown): MCPServer;
export function deserializeMCPServer(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeMCPServerKeys) : w;
}
const deserializeMCPServerKeys = table<KeyRule>({
  "server_label": "serverLabel",
  "server_url": "serverUrl",
  "allowed_tools": "allowedTools",
  "require_approval": "requireApproval",
});

/** Wire JSON → `MCPTool`. */
export function deserializeMCPTool(value: unknown): MCPTool;
export function deserializeMCPTool(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeMCPToolKeys) : w;
}
const deserializeMCPToolKeys = table<KeyRule>({
  "input_schema": "inputSchema",
});

/** Wire JSON → `OutputTokenDetails`. */
export function deserializeOutputTokenDetails(value: unknown): OutputTokenDetails;
export function deserializeOutputTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeOutputTokenDetailsKeys) : w;
}
const deserializeOutputTokenDetailsKeys = table<KeyRule>({
  "text_tokens": "textTokens",
  "audio_tokens": "audioTokens",
  "reasoning_tokens": "reasoningTokens",
});

/** Wire JSON → `RateLimit`. */
export function deserializeRateLimit(value: unknown): RateLimit;
export function deserializeRateLimit(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeRateLimitKeys) : w;
}
const deserializeRateLimitKeys = table<KeyRule>({
  "reset_seconds": "resetSeconds",
});

/** Wire JSON → `RequestImageContentPart`. */
export function deserializeRequestImageContentPart(value: unknown): RequestImageContentPart;
export function deserializeRequestImageContentPart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeRequestImageContentPartKeys) : w;
}
const deserializeRequestImageContentPartKeys = table<KeyRule>({
  "image_url": "imageUrl",
});

/** `RequestSession` → wire JSON. */
export function serializeRequestSession(value: RequestSession): WireObject;
export function serializeRequestSession(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeRequestSessionKeys) : w;
}
const serializeRequestSessionKeys = table<KeyRule>({
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
  "outputModalities": "output_modalities",
  "audio": ["audio", serializeSessionAudio],
  "maxOutputTokens": "max_output_tokens",
});

/** `ResponseAudio` → wire JSON. */
export function serializeResponseAudio(value: ResponseAudio): WireObject;
export function serializeResponseAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeResponseAudioKeys) : w;
}
const serializeResponseAudioKeys = table<KeyRule>({
  "output": ["output", serializeResponseAudioOutput],
});

/** Wire JSON → `ResponseAudio`. */
export function deserializeResponseAudio(value: unknown): ResponseAudio;
export function deserializeResponseAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseAudioKeys) : w;
}
const deserializeResponseAudioKeys = table<KeyRule>({
  "output": ["output", deserializeResponseAudioOutput],
});

/** `ResponseAudioOutput` → wire JSON. */
export function serializeResponseAudioOutput(value: ResponseAudioOutput): WireObject;
export function serializeResponseAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeResponseAudioOutputKeys) : w;
}
const serializeResponseAudioOutputKeys = table<KeyRule>({
  "voice": ["voice", serializeVoice],
});

/** Wire JSON → `ResponseAudioOutput`. */
export function deserializeResponseAudioOutput(value: unknown): ResponseAudioOutput;
export function deserializeResponseAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseAudioOutputKeys) : w;
}
const deserializeResponseAudioOutputKeys = table<KeyRule>({
  "voice": ["voice", deserializeVoice],
});

/** `ResponseCreateParams` → wire JSON. */
export function serializeResponseCreateParams(value: ResponseCreateParams): WireObject;
export function serializeResponseCreateParams(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeResponseCreateParamsKeys) : w;
}
const serializeResponseCreateParamsKeys = table<KeyRule>({
  "cancelPrevious": "cancel_previous",
  "appendInputItems": ["append_input_items", (v: Wire) => convertItems(v, serializeConversationRequestItemUnion)],
  "inputItems": ["input_items", (v: Wire) => convertItems(v, serializeConversationRequestItemUnion)],
  "voice": ["voice", serializeVoice],
  "outputAudioFormat": "output_audio_format",
  "tools": ["tools", (v: Wire) => convertItems(v, serializeToolUnion)],
  "toolChoice": "tool_choice",
  "maxOutputTokens": "max_output_tokens",
  "preGeneratedAssistantMessage": "pre_generated_assistant_message",
  "reasoningEffort": "reasoning_effort",
  "interimResponse": ["interim_response", serializeInterimResponseConfig],
  "invokeInput": "invoke_input",
  "outputModalities": "output_modalities",
  "audio": ["audio", serializeResponseAudio],
  "parallelToolCalls": "parallel_tool_calls",
});

/** Wire JSON → `ResponseFileSearchCallItem`. */
export function deserializeResponseFileSearchCallItem(value: unknown): ResponseFileSearchCallItem;
export function deserializeResponseFileSearchCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseFileSearchCallItemKeys) : w;
}
const deserializeResponseFileSearchCallItemKeys = table<KeyRule>({
  "results": ["results", (v: Wire) => convertItems(v, deserializeFileSearchResult)],
});

/** Wire JSON → `ResponseFunctionCallItem`. */
export function deserializeResponseFunctionCallItem(value: unknown): ResponseFunctionCallItem;
export function deserializeResponseFunctionCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseFunctionCallItemKeys) : w;
}
const deserializeResponseFunctionCallItemKeys = table<KeyRule>({
  "call_id": "callId",
});

/** Wire JSON → `ResponseFunctionCallOutputItem`. */
export function deserializeResponseFunctionCallOutputItem(value: unknown): ResponseFunctionCallOutputItem;
export function deserializeResponseFunctionCallOutputItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseFunctionCallOutputItemKeys) : w;
}
const deserializeResponseFunctionCallOutputItemKeys = table<KeyRule>({
  "call_id": "callId",
});

/** Wire JSON → `ResponseItem`. */
export function deserializeResponseItem(value: unknown): ResponseItem;
export function deserializeResponseItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseItemKeys) : w;
}
const deserializeResponseItemKeys = table<KeyRule>({});

/** Any variant of `ResponseItem`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeResponseItemUnion(value: unknown): ResponseItemUnion;
export function deserializeResponseItemUnion(w: Wire): Wire {
  return dispatch(w, "type", deserializeResponseItemUnionByType, deserializeResponseItem);
}
const deserializeResponseItemUnionByType = table<(w: Wire) => Wire>({
  "message": deserializeResponseMessageItem,
  "function_call": deserializeResponseFunctionCallItem,
  "system_tool": deserializeResponseSystemToolItem,
  "function_call_output": deserializeResponseFunctionCallOutputItem,
  "mcp_list_tools": deserializeResponseMCPListToolItem,
  "mcp_call": deserializeResponseMCPCallItem,
  "mcp_approval_request": deserializeResponseMCPApprovalRequestItem,
  "mcp_approval_response": deserializeResponseMCPApprovalResponseItem,
  "web_search_call": keep,
  "file_search_call": deserializeResponseFileSearchCallItem,
});

/** Wire JSON → `ResponseMCPApprovalRequestItem`. */
export function deserializeResponseMCPApprovalRequestItem(value: unknown): ResponseMCPApprovalRequestItem;
export function deserializeResponseMCPApprovalRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseMCPApprovalRequestItemKeys) : w;
}
const deserializeResponseMCPApprovalRequestItemKeys = table<KeyRule>({
  "server_label": "serverLabel",
});

/** Wire JSON → `ResponseMCPApprovalResponseItem`. */
export function deserializeResponseMCPApprovalResponseItem(value: unknown): ResponseMCPApprovalResponseItem;
export function deserializeResponseMCPApprovalResponseItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseMCPApprovalResponseItemKeys) : w;
}
const deserializeResponseMCPApprovalResponseItemKeys = table<KeyRule>({
  "approval_request_id": "approvalRequestId",
});

/** Wire JSON → `ResponseMCPCallItem`. */
export function deserializeResponseMCPCallItem(value: unknown): ResponseMCPCallItem;
export function deserializeResponseMCPCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseMCPCallItemKeys) : w;
}
const deserializeResponseMCPCallItemKeys = table<KeyRule>({
  "approval_request_id": "approvalRequestId",
  "server_label": "serverLabel",
});

/** Wire JSON → `ResponseMCPListToolItem`. */
export function deserializeResponseMCPListToolItem(value: unknown): ResponseMCPListToolItem;
export function deserializeResponseMCPListToolItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseMCPListToolItemKeys) : w;
}
const deserializeResponseMCPListToolItemKeys = table<KeyRule>({
  "tools": ["tools", (v: Wire) => convertItems(v, deserializeMCPTool)],
  "server_label": "serverLabel",
});

/** Wire JSON → `ResponseMessageItem`. */
export function deserializeResponseMessageItem(value: unknown): ResponseMessageItem;
export function deserializeResponseMessageItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseMessageItemKeys) : w;
}
const deserializeResponseMessageItemKeys = table<KeyRule>({
  "content": ["content", (v: Wire) => convertItems(v, deserializeContentPartUnion)],
});

/** Wire JSON → `ResponseSession`. */
export function deserializeResponseSession(value: unknown): ResponseSession;
export function deserializeResponseSession(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseSessionKeys) : w;
}
const deserializeResponseSessionKeys = table<KeyRule>({
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
  "agent": ["agent", deserializeAgentConfig],
  "expires_at": ["expiresAt", dateFromWire],
  "output_modalities": "outputModalities",
  "audio": ["audio", deserializeSessionAudio],
  "max_output_tokens": "maxOutputTokens",
});

/** Wire JSON → `ResponseSystemToolItem`. */
export function deserializeResponseSystemToolItem(value: unknown): ResponseSystemToolItem;
export function deserializeResponseSystemToolItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeResponseSystemToolItemKeys) : w;
}
const deserializeResponseSystemToolItemKeys = table<KeyRule>({
  "call_id": "callId",
});

/** `Scene` → wire JSON. */
export function serializeScene(value: Scene): WireObject;
export function serializeScene(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeSceneKeys) : w;
}
const serializeSceneKeys = table<KeyRule>({
  "positionX": "position_x",
  "positionY": "position_y",
  "rotationX": "rotation_x",
  "rotationY": "rotation_y",
  "rotationZ": "rotation_z",
});

/** Wire JSON → `Scene`. */
export function deserializeScene(value: unknown): Scene;
export function deserializeScene(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeSceneKeys) : w;
}
const deserializeSceneKeys = table<KeyRule>({
  "position_x": "positionX",
  "position_y": "positionY",
  "rotation_x": "rotationX",
  "rotation_y": "rotationY",
  "rotation_z": "rotationZ",
});

/** Wire JSON → `ServerEventConversationCreated`. */
export function deserializeServerEventConversationCreated(value: unknown): ServerEventConversationCreated;
export function deserializeServerEventConversationCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationCreatedKeys) : w;
}
const deserializeServerEventConversationCreatedKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `ServerEventConversationItemAdded`. */
export function deserializeServerEventConversationItemAdded(value: unknown): ServerEventConversationItemAdded;
export function deserializeServerEventConversationItemAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemAddedKeys) : w;
}
const deserializeServerEventConversationItemAddedKeys = table<KeyRule>({
  "event_id": "eventId",
  "previous_item_id": "previousItemId",
  "item": ["item", deserializeResponseItemUnion],
});

/** Wire JSON → `ServerEventConversationItemCreated`. */
export function deserializeServerEventConversationItemCreated(value: unknown): ServerEventConversationItemCreated;
export function deserializeServerEventConversationItemCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemCreatedKeys) : w;
}
const deserializeServerEventConversationItemCreatedKeys = table<KeyRule>({
  "event_id": "eventId",
  "previous_item_id": "previousItemId",
  "item": ["item", deserializeResponseItemUnion],
});

/** Wire JSON → `ServerEventConversationItemDeleted`. */
export function deserializeServerEventConversationItemDeleted(value: unknown): ServerEventConversationItemDeleted;
export function deserializeServerEventConversationItemDeleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemDeletedKeys) : w;
}
const deserializeServerEventConversationItemDeletedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventConversationItemDone`. */
export function deserializeServerEventConversationItemDone(value: unknown): ServerEventConversationItemDone;
export function deserializeServerEventConversationItemDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemDoneKeys) : w;
}
const deserializeServerEventConversationItemDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "previous_item_id": "previousItemId",
  "item": ["item", deserializeResponseItemUnion],
});

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionCompleted`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionCompleted(value: unknown): ServerEventConversationItemInputAudioTranscriptionCompleted;
export function deserializeServerEventConversationItemInputAudioTranscriptionCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemInputAudioTranscriptionCompletedKeys) : w;
}
const deserializeServerEventConversationItemInputAudioTranscriptionCompletedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "content_index": "contentIndex",
  "phrases": ["phrases", (v: Wire) => convertItems(v, deserializeTranscriptionPhrase)],
});

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionDelta`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionDelta(value: unknown): ServerEventConversationItemInputAudioTranscriptionDelta;
export function deserializeServerEventConversationItemInputAudioTranscriptionDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemInputAudioTranscriptionDeltaKeys) : w;
}
const deserializeServerEventConversationItemInputAudioTranscriptionDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionFailed`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionFailed(value: unknown): ServerEventConversationItemInputAudioTranscriptionFailed;
export function deserializeServerEventConversationItemInputAudioTranscriptionFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemInputAudioTranscriptionFailedKeys) : w;
}
const deserializeServerEventConversationItemInputAudioTranscriptionFailedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "content_index": "contentIndex",
  "error": ["error", deserializeVoiceLiveErrorDetails],
});

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionSegment`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionSegment(value: unknown): ServerEventConversationItemInputAudioTranscriptionSegment;
export function deserializeServerEventConversationItemInputAudioTranscriptionSegment(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemInputAudioTranscriptionSegmentKeys) : w;
}
const deserializeServerEventConversationItemInputAudioTranscriptionSegmentKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventConversationItemRetrieved`. */
export function deserializeServerEventConversationItemRetrieved(value: unknown): ServerEventConversationItemRetrieved;
export function deserializeServerEventConversationItemRetrieved(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemRetrievedKeys) : w;
}
const deserializeServerEventConversationItemRetrievedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item": ["item", deserializeResponseItemUnion],
});

/** Wire JSON → `ServerEventConversationItemTruncated`. */
export function deserializeServerEventConversationItemTruncated(value: unknown): ServerEventConversationItemTruncated;
export function deserializeServerEventConversationItemTruncated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventConversationItemTruncatedKeys) : w;
}
const deserializeServerEventConversationItemTruncatedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "content_index": "contentIndex",
  "audio_end_ms": "audioEndInMs",
});

/** Wire JSON → `ServerEventError`. */
export function deserializeServerEventError(value: unknown): ServerEventError;
export function deserializeServerEventError(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventErrorKeys) : w;
}
const deserializeServerEventErrorKeys = table<KeyRule>({
  "event_id": "eventId",
  "error": ["error", deserializeServerEventErrorDetails],
});

/** Wire JSON → `ServerEventErrorDetails`. */
export function deserializeServerEventErrorDetails(value: unknown): ServerEventErrorDetails;
export function deserializeServerEventErrorDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventErrorDetailsKeys) : w;
}
const deserializeServerEventErrorDetailsKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `ServerEventInputAudioBufferCleared`. */
export function deserializeServerEventInputAudioBufferCleared(value: unknown): ServerEventInputAudioBufferCleared;
export function deserializeServerEventInputAudioBufferCleared(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventInputAudioBufferClearedKeys) : w;
}
const deserializeServerEventInputAudioBufferClearedKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `ServerEventInputAudioBufferCommitted`. */
export function deserializeServerEventInputAudioBufferCommitted(value: unknown): ServerEventInputAudioBufferCommitted;
export function deserializeServerEventInputAudioBufferCommitted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventInputAudioBufferCommittedKeys) : w;
}
const deserializeServerEventInputAudioBufferCommittedKeys = table<KeyRule>({
  "event_id": "eventId",
  "previous_item_id": "previousItemId",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventInputAudioBufferDtmfEventReceived`. */
export function deserializeServerEventInputAudioBufferDtmfEventReceived(value: unknown): ServerEventInputAudioBufferDtmfEventReceived;
export function deserializeServerEventInputAudioBufferDtmfEventReceived(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventInputAudioBufferDtmfEventReceivedKeys) : w;
}
const deserializeServerEventInputAudioBufferDtmfEventReceivedKeys = table<KeyRule>({
  "event_id": "eventId",
  "received_at": "receivedAt",
});

/** Wire JSON → `ServerEventInputAudioBufferSpeechStarted`. */
export function deserializeServerEventInputAudioBufferSpeechStarted(value: unknown): ServerEventInputAudioBufferSpeechStarted;
export function deserializeServerEventInputAudioBufferSpeechStarted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventInputAudioBufferSpeechStartedKeys) : w;
}
const deserializeServerEventInputAudioBufferSpeechStartedKeys = table<KeyRule>({
  "event_id": "eventId",
  "audio_start_ms": "audioStartInMs",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventInputAudioBufferSpeechStopped`. */
export function deserializeServerEventInputAudioBufferSpeechStopped(value: unknown): ServerEventInputAudioBufferSpeechStopped;
export function deserializeServerEventInputAudioBufferSpeechStopped(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventInputAudioBufferSpeechStoppedKeys) : w;
}
const deserializeServerEventInputAudioBufferSpeechStoppedKeys = table<KeyRule>({
  "event_id": "eventId",
  "audio_end_ms": "audioEndInMs",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventInputAudioBufferTimeoutTriggered`. */
export function deserializeServerEventInputAudioBufferTimeoutTriggered(value: unknown): ServerEventInputAudioBufferTimeoutTriggered;
export function deserializeServerEventInputAudioBufferTimeoutTriggered(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventInputAudioBufferTimeoutTriggeredKeys) : w;
}
const deserializeServerEventInputAudioBufferTimeoutTriggeredKeys = table<KeyRule>({
  "event_id": "eventId",
  "audio_start_ms": "audioStartInMs",
  "audio_end_ms": "audioEndInMs",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventMcpListToolsCompleted`. */
export function deserializeServerEventMcpListToolsCompleted(value: unknown): ServerEventMcpListToolsCompleted;
export function deserializeServerEventMcpListToolsCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventMcpListToolsCompletedKeys) : w;
}
const deserializeServerEventMcpListToolsCompletedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventMcpListToolsFailed`. */
export function deserializeServerEventMcpListToolsFailed(value: unknown): ServerEventMcpListToolsFailed;
export function deserializeServerEventMcpListToolsFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventMcpListToolsFailedKeys) : w;
}
const deserializeServerEventMcpListToolsFailedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventMcpListToolsInProgress`. */
export function deserializeServerEventMcpListToolsInProgress(value: unknown): ServerEventMcpListToolsInProgress;
export function deserializeServerEventMcpListToolsInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventMcpListToolsInProgressKeys) : w;
}
const deserializeServerEventMcpListToolsInProgressKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
});

/** Wire JSON → `ServerEventOutputAudioBufferCleared`. */
export function deserializeServerEventOutputAudioBufferCleared(value: unknown): ServerEventOutputAudioBufferCleared;
export function deserializeServerEventOutputAudioBufferCleared(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventOutputAudioBufferClearedKeys) : w;
}
const deserializeServerEventOutputAudioBufferClearedKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `ServerEventOutputAudioBufferStarted`. */
export function deserializeServerEventOutputAudioBufferStarted(value: unknown): ServerEventOutputAudioBufferStarted;
export function deserializeServerEventOutputAudioBufferStarted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventOutputAudioBufferStartedKeys) : w;
}
const deserializeServerEventOutputAudioBufferStartedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
});

/** Wire JSON → `ServerEventOutputAudioBufferStopped`. */
export function deserializeServerEventOutputAudioBufferStopped(value: unknown): ServerEventOutputAudioBufferStopped;
export function deserializeServerEventOutputAudioBufferStopped(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventOutputAudioBufferStoppedKeys) : w;
}
const deserializeServerEventOutputAudioBufferStoppedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
});

/** Wire JSON → `ServerEventRateLimitsUpdated`. */
export function deserializeServerEventRateLimitsUpdated(value: unknown): ServerEventRateLimitsUpdated;
export function deserializeServerEventRateLimitsUpdated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventRateLimitsUpdatedKeys) : w;
}
const deserializeServerEventRateLimitsUpdatedKeys = table<KeyRule>({
  "event_id": "eventId",
  "rate_limits": ["rateLimits", (v: Wire) => convertItems(v, deserializeRateLimit)],
});

/** Wire JSON → `ServerEventRealtimeCallConnected`. */
export function deserializeServerEventRealtimeCallConnected(value: unknown): ServerEventRealtimeCallConnected;
export function deserializeServerEventRealtimeCallConnected(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventRealtimeCallConnectedKeys) : w;
}
const deserializeServerEventRealtimeCallConnectedKeys = table<KeyRule>({
  "event_id": "eventId",
  "call_id": "callId",
  "chain_id": "chainId",
  "terminal_reason": "terminalReason",
  "error_code": "errorCode",
});

/** Wire JSON → `ServerEventRealtimeCallDisconnected`. */
export function deserializeServerEventRealtimeCallDisconnected(value: unknown): ServerEventRealtimeCallDisconnected;
export function deserializeServerEventRealtimeCallDisconnected(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventRealtimeCallDisconnectedKeys) : w;
}
const deserializeServerEventRealtimeCallDisconnectedKeys = table<KeyRule>({
  "event_id": "eventId",
  "call_id": "callId",
  "chain_id": "chainId",
  "terminal_reason": "terminalReason",
  "error_code": "errorCode",
});

/** Wire JSON → `ServerEventRealtimeCallFailed`. */
export function deserializeServerEventRealtimeCallFailed(value: unknown): ServerEventRealtimeCallFailed;
export function deserializeServerEventRealtimeCallFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventRealtimeCallFailedKeys) : w;
}
const deserializeServerEventRealtimeCallFailedKeys = table<KeyRule>({
  "event_id": "eventId",
  "call_id": "callId",
  "chain_id": "chainId",
  "terminal_reason": "terminalReason",
  "error_code": "errorCode",
});

/** Wire JSON → `ServerEventRealtimeCallIncoming`. */
export function deserializeServerEventRealtimeCallIncoming(value: unknown): ServerEventRealtimeCallIncoming;
export function deserializeServerEventRealtimeCallIncoming(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventRealtimeCallIncomingKeys) : w;
}
const deserializeServerEventRealtimeCallIncomingKeys = table<KeyRule>({
  "event_id": "eventId",
  "call_id": "callId",
  "chain_id": "chainId",
  "terminal_reason": "terminalReason",
  "error_code": "errorCode",
});

/** Wire JSON → `ServerEventRealtimeCallTransferFailed`. */
export function deserializeServerEventRealtimeCallTransferFailed(value: unknown): ServerEventRealtimeCallTransferFailed;
export function deserializeServerEventRealtimeCallTransferFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventRealtimeCallTransferFailedKeys) : w;
}
const deserializeServerEventRealtimeCallTransferFailedKeys = table<KeyRule>({
  "event_id": "eventId",
  "call_id": "callId",
  "transfer_id": "transferId",
  "sip_code": "sipCode",
});

/** Wire JSON → `ServerEventRealtimeCallTransferSucceeded`. */
export function deserializeServerEventRealtimeCallTransferSucceeded(value: unknown): ServerEventRealtimeCallTransferSucceeded;
export function deserializeServerEventRealtimeCallTransferSucceeded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventRealtimeCallTransferSucceededKeys) : w;
}
const deserializeServerEventRealtimeCallTransferSucceededKeys = table<KeyRule>({
  "event_id": "eventId",
  "call_id": "callId",
  "transfer_id": "transferId",
  "sip_code": "sipCode",
});

/** Wire JSON → `ServerEventResponseAnimationBlendshapeDelta`. */
export function deserializeServerEventResponseAnimationBlendshapeDelta(value: unknown): ServerEventResponseAnimationBlendshapeDelta;
export function deserializeServerEventResponseAnimationBlendshapeDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAnimationBlendshapeDeltaKeys) : w;
}
const deserializeServerEventResponseAnimationBlendshapeDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "frame_index": "frameIndex",
});

/** Wire JSON → `ServerEventResponseAnimationBlendshapeDone`. */
export function deserializeServerEventResponseAnimationBlendshapeDone(value: unknown): ServerEventResponseAnimationBlendshapeDone;
export function deserializeServerEventResponseAnimationBlendshapeDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAnimationBlendshapeDoneKeys) : w;
}
const deserializeServerEventResponseAnimationBlendshapeDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
});

/** Wire JSON → `ServerEventResponseAnimationVisemeDelta`. */
export function deserializeServerEventResponseAnimationVisemeDelta(value: unknown): ServerEventResponseAnimationVisemeDelta;
export function deserializeServerEventResponseAnimationVisemeDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAnimationVisemeDeltaKeys) : w;
}
const deserializeServerEventResponseAnimationVisemeDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "audio_offset_ms": "audioOffsetInMs",
  "viseme_id": "visemeId",
});

/** Wire JSON → `ServerEventResponseAnimationVisemeDone`. */
export function deserializeServerEventResponseAnimationVisemeDone(value: unknown): ServerEventResponseAnimationVisemeDone;
export function deserializeServerEventResponseAnimationVisemeDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAnimationVisemeDoneKeys) : w;
}
const deserializeServerEventResponseAnimationVisemeDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseAudioDelta`. */
export function deserializeServerEventResponseAudioDelta(value: unknown): ServerEventResponseAudioDelta;
export function deserializeServerEventResponseAudioDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAudioDeltaKeys) : w;
}
const deserializeServerEventResponseAudioDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "delta": ["delta", bytesFromWire],
});

/** Wire JSON → `ServerEventResponseAudioDone`. */
export function deserializeServerEventResponseAudioDone(value: unknown): ServerEventResponseAudioDone;
export function deserializeServerEventResponseAudioDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAudioDoneKeys) : w;
}
const deserializeServerEventResponseAudioDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseAudioTimestampDelta`. */
export function deserializeServerEventResponseAudioTimestampDelta(value: unknown): ServerEventResponseAudioTimestampDelta;
export function deserializeServerEventResponseAudioTimestampDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAudioTimestampDeltaKeys) : w;
}
const deserializeServerEventResponseAudioTimestampDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "audio_offset_ms": "audioOffsetInMs",
  "audio_duration_ms": "audioDurationInMs",
  "timestamp_type": "timestampType",
});

/** Wire JSON → `ServerEventResponseAudioTimestampDone`. */
export function deserializeServerEventResponseAudioTimestampDone(value: unknown): ServerEventResponseAudioTimestampDone;
export function deserializeServerEventResponseAudioTimestampDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAudioTimestampDoneKeys) : w;
}
const deserializeServerEventResponseAudioTimestampDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseAudioTranscriptAnnotationAdded`. */
export function deserializeServerEventResponseAudioTranscriptAnnotationAdded(value: unknown): ServerEventResponseAudioTranscriptAnnotationAdded;
export function deserializeServerEventResponseAudioTranscriptAnnotationAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAudioTranscriptAnnotationAddedKeys) : w;
}
const deserializeServerEventResponseAudioTranscriptAnnotationAddedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "annotation_index": "annotationIndex",
});

/** Wire JSON → `ServerEventResponseAudioTranscriptDelta`. */
export function deserializeServerEventResponseAudioTranscriptDelta(value: unknown): ServerEventResponseAudioTranscriptDelta;
export function deserializeServerEventResponseAudioTranscriptDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAudioTranscriptDeltaKeys) : w;
}
const deserializeServerEventResponseAudioTranscriptDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseAudioTranscriptDone`. */
export function deserializeServerEventResponseAudioTranscriptDone(value: unknown): ServerEventResponseAudioTranscriptDone;
export function deserializeServerEventResponseAudioTranscriptDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseAudioTranscriptDoneKeys) : w;
}
const deserializeServerEventResponseAudioTranscriptDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseContentPartAdded`. */
export function deserializeServerEventResponseContentPartAdded(value: unknown): ServerEventResponseContentPartAdded;
export function deserializeServerEventResponseContentPartAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseContentPartAddedKeys) : w;
}
const deserializeServerEventResponseContentPartAddedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "part": ["part", deserializeContentPartUnion],
});

/** Wire JSON → `ServerEventResponseContentPartDone`. */
export function deserializeServerEventResponseContentPartDone(value: unknown): ServerEventResponseContentPartDone;
export function deserializeServerEventResponseContentPartDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseContentPartDoneKeys) : w;
}
const deserializeServerEventResponseContentPartDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "part": ["part", deserializeContentPartUnion],
});

/** Wire JSON → `ServerEventResponseCreated`. */
export function deserializeServerEventResponseCreated(value: unknown): ServerEventResponseCreated;
export function deserializeServerEventResponseCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseCreatedKeys) : w;
}
const deserializeServerEventResponseCreatedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response": ["response", deserializeVoiceLiveResponse],
});

/** Wire JSON → `ServerEventResponseDone`. */
export function deserializeServerEventResponseDone(value: unknown): ServerEventResponseDone;
export function deserializeServerEventResponseDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseDoneKeys) : w;
}
const deserializeServerEventResponseDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response": ["response", deserializeVoiceLiveResponse],
});

/** Wire JSON → `ServerEventResponseFileSearchCallCompleted`. */
export function deserializeServerEventResponseFileSearchCallCompleted(value: unknown): ServerEventResponseFileSearchCallCompleted;
export function deserializeServerEventResponseFileSearchCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseFileSearchCallCompletedKeys) : w;
}
const deserializeServerEventResponseFileSearchCallCompletedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "sequence_number": "sequenceNumber",
});

/** Wire JSON → `ServerEventResponseFileSearchCallInProgress`. */
export function deserializeServerEventResponseFileSearchCallInProgress(value: unknown): ServerEventResponseFileSearchCallInProgress;
export function deserializeServerEventResponseFileSearchCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseFileSearchCallInProgressKeys) : w;
}
const deserializeServerEventResponseFileSearchCallInProgressKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "sequence_number": "sequenceNumber",
});

/** Wire JSON → `ServerEventResponseFileSearchCallSearching`. */
export function deserializeServerEventResponseFileSearchCallSearching(value: unknown): ServerEventResponseFileSearchCallSearching;
export function deserializeServerEventResponseFileSearchCallSearching(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseFileSearchCallSearchingKeys) : w;
}
const deserializeServerEventResponseFileSearchCallSearchingKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "sequence_number": "sequenceNumber",
});

/** Wire JSON → `ServerEventResponseFunctionCallArgumentsDelta`. */
export function deserializeServerEventResponseFunctionCallArgumentsDelta(value: unknown): ServerEventResponseFunctionCallArgumentsDelta;
export function deserializeServerEventResponseFunctionCallArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseFunctionCallArgumentsDeltaKeys) : w;
}
const deserializeServerEventResponseFunctionCallArgumentsDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "call_id": "callId",
});

/** Wire JSON → `ServerEventResponseFunctionCallArgumentsDone`. */
export function deserializeServerEventResponseFunctionCallArgumentsDone(value: unknown): ServerEventResponseFunctionCallArgumentsDone;
export function deserializeServerEventResponseFunctionCallArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseFunctionCallArgumentsDoneKeys) : w;
}
const deserializeServerEventResponseFunctionCallArgumentsDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "call_id": "callId",
});

/** Wire JSON → `ServerEventResponseInvocationDelta`. */
export function deserializeServerEventResponseInvocationDelta(value: unknown): ServerEventResponseInvocationDelta;
export function deserializeServerEventResponseInvocationDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseInvocationDeltaKeys) : w;
}
const deserializeServerEventResponseInvocationDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `ServerEventResponseMcpCallArgumentsDelta`. */
export function deserializeServerEventResponseMcpCallArgumentsDelta(value: unknown): ServerEventResponseMcpCallArgumentsDelta;
export function deserializeServerEventResponseMcpCallArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseMcpCallArgumentsDeltaKeys) : w;
}
const deserializeServerEventResponseMcpCallArgumentsDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "response_id": "responseId",
  "output_index": "outputIndex",
});

/** Wire JSON → `ServerEventResponseMcpCallArgumentsDone`. */
export function deserializeServerEventResponseMcpCallArgumentsDone(value: unknown): ServerEventResponseMcpCallArgumentsDone;
export function deserializeServerEventResponseMcpCallArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseMcpCallArgumentsDoneKeys) : w;
}
const deserializeServerEventResponseMcpCallArgumentsDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "response_id": "responseId",
  "output_index": "outputIndex",
});

/** Wire JSON → `ServerEventResponseMcpCallCompleted`. */
export function deserializeServerEventResponseMcpCallCompleted(value: unknown): ServerEventResponseMcpCallCompleted;
export function deserializeServerEventResponseMcpCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseMcpCallCompletedKeys) : w;
}
const deserializeServerEventResponseMcpCallCompletedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "output_index": "outputIndex",
});

/** Wire JSON → `ServerEventResponseMcpCallFailed`. */
export function deserializeServerEventResponseMcpCallFailed(value: unknown): ServerEventResponseMcpCallFailed;
export function deserializeServerEventResponseMcpCallFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseMcpCallFailedKeys) : w;
}
const deserializeServerEventResponseMcpCallFailedKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "output_index": "outputIndex",
});

/** Wire JSON → `ServerEventResponseMcpCallInProgress`. */
export function deserializeServerEventResponseMcpCallInProgress(value: unknown): ServerEventResponseMcpCallInProgress;
export function deserializeServerEventResponseMcpCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseMcpCallInProgressKeys) : w;
}
const deserializeServerEventResponseMcpCallInProgressKeys = table<KeyRule>({
  "event_id": "eventId",
  "item_id": "itemId",
  "output_index": "outputIndex",
});

/** Wire JSON → `ServerEventResponseOutputAudioDelta`. */
export function deserializeServerEventResponseOutputAudioDelta(value: unknown): ServerEventResponseOutputAudioDelta;
export function deserializeServerEventResponseOutputAudioDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputAudioDeltaKeys) : w;
}
const deserializeServerEventResponseOutputAudioDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
  "delta": ["delta", bytesFromWire],
});

/** Wire JSON → `ServerEventResponseOutputAudioDone`. */
export function deserializeServerEventResponseOutputAudioDone(value: unknown): ServerEventResponseOutputAudioDone;
export function deserializeServerEventResponseOutputAudioDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputAudioDoneKeys) : w;
}
const deserializeServerEventResponseOutputAudioDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseOutputAudioTranscriptDelta`. */
export function deserializeServerEventResponseOutputAudioTranscriptDelta(value: unknown): ServerEventResponseOutputAudioTranscriptDelta;
export function deserializeServerEventResponseOutputAudioTranscriptDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputAudioTranscriptDeltaKeys) : w;
}
const deserializeServerEventResponseOutputAudioTranscriptDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseOutputAudioTranscriptDone`. */
export function deserializeServerEventResponseOutputAudioTranscriptDone(value: unknown): ServerEventResponseOutputAudioTranscriptDone;
export function deserializeServerEventResponseOutputAudioTranscriptDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputAudioTranscriptDoneKeys) : w;
}
const deserializeServerEventResponseOutputAudioTranscriptDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseOutputItemAdded`. */
export function deserializeServerEventResponseOutputItemAdded(value: unknown): ServerEventResponseOutputItemAdded;
export function deserializeServerEventResponseOutputItemAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputItemAddedKeys) : w;
}
const deserializeServerEventResponseOutputItemAddedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "output_index": "outputIndex",
  "item": ["item", deserializeResponseItemUnion],
});

/** Wire JSON → `ServerEventResponseOutputItemDone`. */
export function deserializeServerEventResponseOutputItemDone(value: unknown): ServerEventResponseOutputItemDone;
export function deserializeServerEventResponseOutputItemDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputItemDoneKeys) : w;
}
const deserializeServerEventResponseOutputItemDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "output_index": "outputIndex",
  "item": ["item", deserializeResponseItemUnion],
});

/** Wire JSON → `ServerEventResponseOutputTextDelta`. */
export function deserializeServerEventResponseOutputTextDelta(value: unknown): ServerEventResponseOutputTextDelta;
export function deserializeServerEventResponseOutputTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputTextDeltaKeys) : w;
}
const deserializeServerEventResponseOutputTextDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseOutputTextDone`. */
export function deserializeServerEventResponseOutputTextDone(value: unknown): ServerEventResponseOutputTextDone;
export function deserializeServerEventResponseOutputTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseOutputTextDoneKeys) : w;
}
const deserializeServerEventResponseOutputTextDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseSystemToolArgumentsDelta`. */
export function deserializeServerEventResponseSystemToolArgumentsDelta(value: unknown): ServerEventResponseSystemToolArgumentsDelta;
export function deserializeServerEventResponseSystemToolArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseSystemToolArgumentsDeltaKeys) : w;
}
const deserializeServerEventResponseSystemToolArgumentsDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "call_id": "callId",
});

/** Wire JSON → `ServerEventResponseSystemToolArgumentsDone`. */
export function deserializeServerEventResponseSystemToolArgumentsDone(value: unknown): ServerEventResponseSystemToolArgumentsDone;
export function deserializeServerEventResponseSystemToolArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseSystemToolArgumentsDoneKeys) : w;
}
const deserializeServerEventResponseSystemToolArgumentsDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "call_id": "callId",
});

/** Wire JSON → `ServerEventResponseTextDelta`. */
export function deserializeServerEventResponseTextDelta(value: unknown): ServerEventResponseTextDelta;
export function deserializeServerEventResponseTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseTextDeltaKeys) : w;
}
const deserializeServerEventResponseTextDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseTextDone`. */
export function deserializeServerEventResponseTextDone(value: unknown): ServerEventResponseTextDone;
export function deserializeServerEventResponseTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseTextDoneKeys) : w;
}
const deserializeServerEventResponseTextDoneKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "content_index": "contentIndex",
});

/** Wire JSON → `ServerEventResponseVideoDelta`. */
export function deserializeServerEventResponseVideoDelta(value: unknown): ServerEventResponseVideoDelta;
export function deserializeServerEventResponseVideoDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseVideoDeltaKeys) : w;
}
const deserializeServerEventResponseVideoDeltaKeys = table<KeyRule>({
  "event_id": "eventId",
  "output_index": "outputIndex",
});

/** Wire JSON → `ServerEventResponseWebSearchCallCompleted`. */
export function deserializeServerEventResponseWebSearchCallCompleted(value: unknown): ServerEventResponseWebSearchCallCompleted;
export function deserializeServerEventResponseWebSearchCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseWebSearchCallCompletedKeys) : w;
}
const deserializeServerEventResponseWebSearchCallCompletedKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "sequence_number": "sequenceNumber",
});

/** Wire JSON → `ServerEventResponseWebSearchCallInProgress`. */
export function deserializeServerEventResponseWebSearchCallInProgress(value: unknown): ServerEventResponseWebSearchCallInProgress;
export function deserializeServerEventResponseWebSearchCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseWebSearchCallInProgressKeys) : w;
}
const deserializeServerEventResponseWebSearchCallInProgressKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "sequence_number": "sequenceNumber",
});

/** Wire JSON → `ServerEventResponseWebSearchCallSearching`. */
export function deserializeServerEventResponseWebSearchCallSearching(value: unknown): ServerEventResponseWebSearchCallSearching;
export function deserializeServerEventResponseWebSearchCallSearching(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventResponseWebSearchCallSearchingKeys) : w;
}
const deserializeServerEventResponseWebSearchCallSearchingKeys = table<KeyRule>({
  "event_id": "eventId",
  "response_id": "responseId",
  "item_id": "itemId",
  "output_index": "outputIndex",
  "sequence_number": "sequenceNumber",
});

/** Wire JSON → `ServerEventSessionAvatarConnecting`. */
export function deserializeServerEventSessionAvatarConnecting(value: unknown): ServerEventSessionAvatarConnecting;
export function deserializeServerEventSessionAvatarConnecting(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventSessionAvatarConnectingKeys) : w;
}
const deserializeServerEventSessionAvatarConnectingKeys = table<KeyRule>({
  "event_id": "eventId",
  "server_sdp": "serverSdp",
});

/** Wire JSON → `ServerEventSessionAvatarSwitchToIdle`. */
export function deserializeServerEventSessionAvatarSwitchToIdle(value: unknown): ServerEventSessionAvatarSwitchToIdle;
export function deserializeServerEventSessionAvatarSwitchToIdle(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventSessionAvatarSwitchToIdleKeys) : w;
}
const deserializeServerEventSessionAvatarSwitchToIdleKeys = table<KeyRule>({
  "event_id": "eventId",
  "turn_id": "turnId",
});

/** Wire JSON → `ServerEventSessionAvatarSwitchToSpeaking`. */
export function deserializeServerEventSessionAvatarSwitchToSpeaking(value: unknown): ServerEventSessionAvatarSwitchToSpeaking;
export function deserializeServerEventSessionAvatarSwitchToSpeaking(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventSessionAvatarSwitchToSpeakingKeys) : w;
}
const deserializeServerEventSessionAvatarSwitchToSpeakingKeys = table<KeyRule>({
  "event_id": "eventId",
  "turn_id": "turnId",
});

/** Wire JSON → `ServerEventSessionCreated`. */
export function deserializeServerEventSessionCreated(value: unknown): ServerEventSessionCreated;
export function deserializeServerEventSessionCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventSessionCreatedKeys) : w;
}
const deserializeServerEventSessionCreatedKeys = table<KeyRule>({
  "event_id": "eventId",
  "session": ["session", deserializeResponseSession],
});

/** Wire JSON → `ServerEventSessionEndConversationCancelled`. */
export function deserializeServerEventSessionEndConversationCancelled(value: unknown): ServerEventSessionEndConversationCancelled;
export function deserializeServerEventSessionEndConversationCancelled(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventSessionEndConversationCancelledKeys) : w;
}
const deserializeServerEventSessionEndConversationCancelledKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `ServerEventSessionEndConversationCompleted`. */
export function deserializeServerEventSessionEndConversationCompleted(value: unknown): ServerEventSessionEndConversationCompleted;
export function deserializeServerEventSessionEndConversationCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventSessionEndConversationCompletedKeys) : w;
}
const deserializeServerEventSessionEndConversationCompletedKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `ServerEventSessionUpdated`. */
export function deserializeServerEventSessionUpdated(value: unknown): ServerEventSessionUpdated;
export function deserializeServerEventSessionUpdated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventSessionUpdatedKeys) : w;
}
const deserializeServerEventSessionUpdatedKeys = table<KeyRule>({
  "event_id": "eventId",
  "session": ["session", deserializeResponseSession],
});

/** Wire JSON → `ServerEventWarning`. */
export function deserializeServerEventWarning(value: unknown): ServerEventWarning;
export function deserializeServerEventWarning(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerEventWarningKeys) : w;
}
const deserializeServerEventWarningKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** `ServerVad` → wire JSON. */
export function serializeServerVad(value: ServerVad): WireObject;
export function serializeServerVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeServerVadKeys) : w;
}
const serializeServerVadKeys = table<KeyRule>({
  "prefixPaddingInMs": "prefix_padding_ms",
  "silenceDurationInMs": "silence_duration_ms",
  "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
  "autoTruncate": "auto_truncate",
  "createResponse": "create_response",
  "interruptResponse": "interrupt_response",
});

/** Wire JSON → `ServerVad`. */
export function deserializeServerVad(value: unknown): ServerVad;
export function deserializeServerVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeServerVadKeys) : w;
}
const deserializeServerVadKeys = table<KeyRule>({
  "prefix_padding_ms": "prefixPaddingInMs",
  "silence_duration_ms": "silenceDurationInMs",
  "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
  "auto_truncate": "autoTruncate",
  "create_response": "createResponse",
  "interrupt_response": "interruptResponse",
});

/** `SessionAudio` → wire JSON. */
export function serializeSessionAudio(value: SessionAudio): WireObject;
export function serializeSessionAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeSessionAudioKeys) : w;
}
const serializeSessionAudioKeys = table<KeyRule>({
  "input": ["input", serializeSessionAudioInput],
  "output": ["output", serializeSessionAudioOutput],
});

/** Wire JSON → `SessionAudio`. */
export function deserializeSessionAudio(value: unknown): SessionAudio;
export function deserializeSessionAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeSessionAudioKeys) : w;
}
const deserializeSessionAudioKeys = table<KeyRule>({
  "input": ["input", deserializeSessionAudioInput],
  "output": ["output", deserializeSessionAudioOutput],
});

/** `SessionAudioInput` → wire JSON. */
export function serializeSessionAudioInput(value: SessionAudioInput): WireObject;
export function serializeSessionAudioInput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeSessionAudioInputKeys) : w;
}
const serializeSessionAudioInputKeys = table<KeyRule>({
  "samplingRate": "sampling_rate",
  "transcription": ["transcription", serializeAudioInputTranscriptionOptions],
  "noiseReduction": "noise_reduction",
  "echoCancellation": ["echo_cancellation", serializeAudioEchoCancellation],
  "turnDetection": ["turn_detection", serializeTurnDetectionUnion],
});

/** Wire JSON → `SessionAudioInput`. */
export function deserializeSessionAudioInput(value: unknown): SessionAudioInput;
export function deserializeSessionAudioInput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeSessionAudioInputKeys) : w;
}
const deserializeSessionAudioInputKeys = table<KeyRule>({
  "sampling_rate": "samplingRate",
  "transcription": ["transcription", deserializeAudioInputTranscriptionOptions],
  "noise_reduction": "noiseReduction",
  "echo_cancellation": ["echoCancellation", deserializeAudioEchoCancellation],
  "turn_detection": ["turnDetection", deserializeTurnDetectionUnion],
});

/** `SessionAudioOutput` → wire JSON. */
export function serializeSessionAudioOutput(value: SessionAudioOutput): WireObject;
export function serializeSessionAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeSessionAudioOutputKeys) : w;
}
const serializeSessionAudioOutputKeys = table<KeyRule>({
  "voice": ["voice", serializeVoice],
  "timestampTypes": "timestamp_types",
});

/** Wire JSON → `SessionAudioOutput`. */
export function deserializeSessionAudioOutput(value: unknown): SessionAudioOutput;
export function deserializeSessionAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeSessionAudioOutputKeys) : w;
}
const deserializeSessionAudioOutputKeys = table<KeyRule>({
  "voice": ["voice", deserializeVoice],
  "timestamp_types": "timestampTypes",
});

/** `StaticInterimResponseConfig` → wire JSON. */
export function serializeStaticInterimResponseConfig(value: StaticInterimResponseConfig): WireObject;
export function serializeStaticInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeStaticInterimResponseConfigKeys) : w;
}
const serializeStaticInterimResponseConfigKeys = table<KeyRule>({
  "latencyThresholdInMs": "latency_threshold_ms",
});

/** Wire JSON → `StaticInterimResponseConfig`. */
export function deserializeStaticInterimResponseConfig(value: unknown): StaticInterimResponseConfig;
export function deserializeStaticInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeStaticInterimResponseConfigKeys) : w;
}
const deserializeStaticInterimResponseConfigKeys = table<KeyRule>({
  "latency_threshold_ms": "latencyThresholdInMs",
});

/** Wire JSON → `TokenUsage`. */
export function deserializeTokenUsage(value: unknown): TokenUsage;
export function deserializeTokenUsage(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeTokenUsageKeys) : w;
}
const deserializeTokenUsageKeys = table<KeyRule>({
  "total_tokens": "totalTokens",
  "input_tokens": "inputTokens",
  "output_tokens": "outputTokens",
  "input_token_details": ["inputTokenDetails", deserializeInputTokenDetails],
  "output_token_details": ["outputTokenDetails", deserializeOutputTokenDetails],
});

/** `Tool` → wire JSON. */
export function serializeTool(value: Tool): WireObject;
export function serializeTool(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeToolKeys) : w;
}
const serializeToolKeys = table<KeyRule>({});

/** Any variant of `Tool`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeToolUnion(value: ToolUnion): WireObject;
export function serializeToolUnion(w: Wire): Wire {
  return dispatch(w, "type", serializeToolUnionByType, serializeTool);
}
const serializeToolUnionByType = table<(w: Wire) => Wire>({
  "function": keep,
  "end_conversation": keep,
  "mcp": serializeMCPServer,
});

/** Wire JSON → `Tool`. */
export function deserializeTool(value: unknown): Tool;
export function deserializeTool(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeToolKeys) : w;
}
const deserializeToolKeys = table<KeyRule>({});

/** Any variant of `Tool`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeToolUnion(value: unknown): ToolUnion;
export function deserializeToolUnion(w: Wire): Wire {
  return dispatch(w, "type", deserializeToolUnionByType, deserializeTool);
}
const deserializeToolUnionByType = table<(w: Wire) => Wire>({
  "function": keep,
  "end_conversation": keep,
  "mcp": deserializeMCPServer,
});

/** Wire JSON → `TranscriptionPhrase`. */
export function deserializeTranscriptionPhrase(value: unknown): TranscriptionPhrase;
export function deserializeTranscriptionPhrase(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeTranscriptionPhraseKeys) : w;
}
const deserializeTranscriptionPhraseKeys = table<KeyRule>({
  "offset_milliseconds": "offsetInMs",
  "duration_milliseconds": "durationInMs",
  "words": ["words", (v: Wire) => convertItems(v, deserializeTranscriptionWord)],
});

/** Wire JSON → `TranscriptionWord`. */
export function deserializeTranscriptionWord(value: unknown): TranscriptionWord;
export function deserializeTranscriptionWord(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeTranscriptionWordKeys) : w;
}
const deserializeTranscriptionWordKeys = table<KeyRule>({
  "offset_milliseconds": "offsetInMs",
  "duration_milliseconds": "durationInMs",
});

/** `TurnDetection` → wire JSON. */
export function serializeTurnDetection(value: TurnDetection): WireObject;
export function serializeTurnDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeTurnDetectionKeys) : w;
}
const serializeTurnDetectionKeys = table<KeyRule>({});

/** Any variant of `TurnDetection`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeTurnDetectionUnion(value: TurnDetectionUnion): WireObject;
export function serializeTurnDetectionUnion(w: Wire): Wire {
  return dispatch(w, "type", serializeTurnDetectionUnionByType, serializeTurnDetection);
}
const serializeTurnDetectionUnionByType = table<(w: Wire) => Wire>({
  "server_vad": serializeServerVad,
  "azure_semantic_vad": serializeAzureSemanticVad,
  "azure_semantic_vad_en": serializeAzureSemanticVadEn,
  "azure_semantic_vad_multilingual": serializeAzureSemanticVadMultilingual,
});

/** Wire JSON → `TurnDetection`. */
export function deserializeTurnDetection(value: unknown): TurnDetection;
export function deserializeTurnDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeTurnDetectionKeys) : w;
}
const deserializeTurnDetectionKeys = table<KeyRule>({});

/** Any variant of `TurnDetection`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeTurnDetectionUnion(value: unknown): TurnDetectionUnion;
export function deserializeTurnDetectionUnion(w: Wire): Wire {
  return dispatch(w, "type", deserializeTurnDetectionUnionByType, deserializeTurnDetection);
}
const deserializeTurnDetectionUnionByType = table<(w: Wire) => Wire>({
  "server_vad": deserializeServerVad,
  "azure_semantic_vad": deserializeAzureSemanticVad,
  "azure_semantic_vad_en": deserializeAzureSemanticVadEn,
  "azure_semantic_vad_multilingual": deserializeAzureSemanticVadMultilingual,
});

/** `VideoCrop` → wire JSON. */
export function serializeVideoCrop(value: VideoCrop): WireObject;
export function serializeVideoCrop(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeVideoCropKeys) : w;
}
const serializeVideoCropKeys = table<KeyRule>({
  "topLeft": "top_left",
  "bottomRight": "bottom_right",
});

/** Wire JSON → `VideoCrop`. */
export function deserializeVideoCrop(value: unknown): VideoCrop;
export function deserializeVideoCrop(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeVideoCropKeys) : w;
}
const deserializeVideoCropKeys = table<KeyRule>({
  "top_left": "topLeft",
  "bottom_right": "bottomRight",
});

/** `VideoParams` → wire JSON. */
export function serializeVideoParams(value: VideoParams): WireObject;
export function serializeVideoParams(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, serializeVideoParamsKeys) : w;
}
const serializeVideoParamsKeys = table<KeyRule>({
  "crop": ["crop", serializeVideoCrop],
  "background": ["background", serializeBackground],
  "gopSize": "gop_size",
});

/** Wire JSON → `VideoParams`. */
export function deserializeVideoParams(value: unknown): VideoParams;
export function deserializeVideoParams(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeVideoParamsKeys) : w;
}
const deserializeVideoParamsKeys = table<KeyRule>({
  "crop": ["crop", deserializeVideoCrop],
  "background": ["background", deserializeBackground],
  "gop_size": "gopSize",
});

/** `Voice`: strings pass through; objects are told apart by `type`. */
export function serializeVoice(value: Voice): WireObject | string;
export function serializeVoice(w: Wire): Wire {
  return dispatch(w, "type", serializeVoiceByType, serializeAzureVoiceUnion);
}
const serializeVoiceByType = table<(w: Wire) => Wire>({
  "openai": keep,
  "azure-realtime-native": keep,
});

/** `Voice`: strings pass through; objects are told apart by `type`. */
export function deserializeVoice(value: unknown): Voice;
export function deserializeVoice(w: Wire): Wire {
  return dispatch(w, "type", deserializeVoiceByType, deserializeAzureVoiceUnion);
}
const deserializeVoiceByType = table<(w: Wire) => Wire>({
  "openai": keep,
  "azure-realtime-native": keep,
});

/** Wire JSON → `VoiceLiveErrorDetails`. */
export function deserializeVoiceLiveErrorDetails(value: unknown): VoiceLiveErrorDetails;
export function deserializeVoiceLiveErrorDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeVoiceLiveErrorDetailsKeys) : w;
}
const deserializeVoiceLiveErrorDetailsKeys = table<KeyRule>({
  "event_id": "eventId",
});

/** Wire JSON → `VoiceLiveResponse`. */
export function deserializeVoiceLiveResponse(value: unknown): VoiceLiveResponse;
export function deserializeVoiceLiveResponse(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, deserializeVoiceLiveResponseKeys) : w;
}
const deserializeVoiceLiveResponseKeys = table<KeyRule>({
  "status_details": "statusDetails",
  "output": ["output", (v: Wire) => convertItems(v, deserializeResponseItemUnion)],
  "usage": ["usage", deserializeTokenUsage],
  "conversation_id": "conversationId",
  "voice": ["voice", deserializeVoice],
  "output_audio_format": "outputAudioFormat",
  "max_output_tokens": "maxOutputTokens",
  "output_modalities": "outputModalities",
  "audio": ["audio", deserializeResponseAudio],
});

/** A `ClientEvent` → wire JSON. An event of an unknown type is passed through as it is (it is already in wire form). */
export function serializeClientEvent(value: ClientEvent | UnknownClientEvent): WireObject;
export function serializeClientEvent(w: Wire): Wire {
  return dispatch(w, "type", serializeClientEventByType);
}
const serializeClientEventByType = table<(w: Wire) => Wire>({
  "session.update": serializeClientEventSessionUpdate,
  "session.avatar.connect": serializeClientEventSessionAvatarConnect,
  "input_audio.turn.start": serializeClientEventInputAudioTurnStart,
  "input_audio.turn.append": serializeClientEventInputAudioTurnAppend,
  "input_audio.turn.end": serializeClientEventInputAudioTurnEnd,
  "input_audio.turn.cancel": serializeClientEventInputAudioTurnCancel,
  "input_audio.clear": serializeClientEventInputAudioClear,
  "input_text.delta": serializeClientEventInputTextDelta,
  "input_text.done": serializeClientEventInputTextDone,
  "input_audio_buffer.append": serializeClientEventInputAudioBufferAppend,
  "input_audio_buffer.commit": serializeClientEventInputAudioBufferCommit,
  "input_audio_buffer.clear": serializeClientEventInputAudioBufferClear,
  "conversation.item.create": serializeClientEventConversationItemCreate,
  "conversation.item.truncate": serializeClientEventConversationItemTruncate,
  "conversation.item.delete": serializeClientEventConversationItemDelete,
  "response.create": serializeClientEventResponseCreate,
  "response.cancel": serializeClientEventResponseCancel,
  "conversation.item.retrieve": serializeClientEventConversationItemRetrieve,
  "output_audio_buffer.clear": serializeClientEventOutputAudioBufferClear,
});

/** Wire JSON → a typed `ServerEvent`. An event of a type this SDK does not know is returned as it is, in wire form (`isUnknownServerEvent` tells). */
export function deserializeServerEvent(value: unknown): ServerEvent;
export function deserializeServerEvent(w: Wire): Wire {
  return dispatch(w, "type", deserializeServerEventByType);
}
const deserializeServerEventByType = table<(w: Wire) => Wire>({
  "error": deserializeServerEventError,
  "warning": deserializeServerEventWarning,
  "session.created": deserializeServerEventSessionCreated,
  "session.updated": deserializeServerEventSessionUpdated,
  "session.avatar.connecting": deserializeServerEventSessionAvatarConnecting,
  "input_audio_buffer.committed": deserializeServerEventInputAudioBufferCommitted,
  "input_audio_buffer.cleared": deserializeServerEventInputAudioBufferCleared,
  "input_audio_buffer.speech_started": deserializeServerEventInputAudioBufferSpeechStarted,
  "input_audio_buffer.speech_stopped": deserializeServerEventInputAudioBufferSpeechStopped,
  "conversation.item.created": deserializeServerEventConversationItemCreated,
  "conversation.item.input_audio_transcription.completed": deserializeServerEventConversationItemInputAudioTranscriptionCompleted,
  "conversation.item.input_audio_transcription.failed": deserializeServerEventConversationItemInputAudioTranscriptionFailed,
  "conversation.item.truncated": deserializeServerEventConversationItemTruncated,
  "conversation.item.deleted": deserializeServerEventConversationItemDeleted,
  "response.created": deserializeServerEventResponseCreated,
  "response.done": deserializeServerEventResponseDone,
  "response.output_item.added": deserializeServerEventResponseOutputItemAdded,
  "response.output_item.done": deserializeServerEventResponseOutputItemDone,
  "response.content_part.added": deserializeServerEventResponseContentPartAdded,
  "response.content_part.done": deserializeServerEventResponseContentPartDone,
  "response.text.delta": deserializeServerEventResponseTextDelta,
  "response.text.done": deserializeServerEventResponseTextDone,
  "response.audio_transcript.delta": deserializeServerEventResponseAudioTranscriptDelta,
  "response.audio_transcript.done": deserializeServerEventResponseAudioTranscriptDone,
  "response.audio.delta": deserializeServerEventResponseAudioDelta,
  "response.audio.done": deserializeServerEventResponseAudioDone,
  "response.animation_blendshapes.delta": deserializeServerEventResponseAnimationBlendshapeDelta,
  "response.animation_blendshapes.done": deserializeServerEventResponseAnimationBlendshapeDone,
  "response.audio_timestamp.delta": deserializeServerEventResponseAudioTimestampDelta,
  "response.audio_timestamp.done": deserializeServerEventResponseAudioTimestampDone,
  "response.animation_viseme.delta": deserializeServerEventResponseAnimationVisemeDelta,
  "response.animation_viseme.done": deserializeServerEventResponseAnimationVisemeDone,
  "conversation.item.input_audio_transcription.delta": deserializeServerEventConversationItemInputAudioTranscriptionDelta,
  "conversation.item.retrieved": deserializeServerEventConversationItemRetrieved,
  "response.function_call_arguments.delta": deserializeServerEventResponseFunctionCallArgumentsDelta,
  "response.function_call_arguments.done": deserializeServerEventResponseFunctionCallArgumentsDone,
  "response.system_tool_arguments.delta": deserializeServerEventResponseSystemToolArgumentsDelta,
  "response.system_tool_arguments.done": deserializeServerEventResponseSystemToolArgumentsDone,
  "session.end_conversation.cancelled": deserializeServerEventSessionEndConversationCancelled,
  "session.end_conversation.completed": deserializeServerEventSessionEndConversationCompleted,
  "mcp_list_tools.in_progress": deserializeServerEventMcpListToolsInProgress,
  "mcp_list_tools.completed": deserializeServerEventMcpListToolsCompleted,
  "mcp_list_tools.failed": deserializeServerEventMcpListToolsFailed,
  "response.mcp_call_arguments.delta": deserializeServerEventResponseMcpCallArgumentsDelta,
  "response.mcp_call_arguments.done": deserializeServerEventResponseMcpCallArgumentsDone,
  "response.mcp_call.in_progress": deserializeServerEventResponseMcpCallInProgress,
  "response.mcp_call.completed": deserializeServerEventResponseMcpCallCompleted,
  "response.mcp_call.failed": deserializeServerEventResponseMcpCallFailed,
  "session.avatar.switch_to_speaking": deserializeServerEventSessionAvatarSwitchToSpeaking,
  "session.avatar.switch_to_idle": deserializeServerEventSessionAvatarSwitchToIdle,
  "response.video.delta": deserializeServerEventResponseVideoDelta,
  "response.web_search_call.searching": deserializeServerEventResponseWebSearchCallSearching,
  "response.web_search_call.in_progress": deserializeServerEventResponseWebSearchCallInProgress,
  "response.web_search_call.completed": deserializeServerEventResponseWebSearchCallCompleted,
  "response.file_search_call.searching": deserializeServerEventResponseFileSearchCallSearching,
  "response.file_search_call.in_progress": deserializeServerEventResponseFileSearchCallInProgress,
  "response.file_search_call.completed": deserializeServerEventResponseFileSearchCallCompleted,
  "output_audio_buffer.cleared": deserializeServerEventOutputAudioBufferCleared,
  "response.audio_transcript.annotation.added": deserializeServerEventResponseAudioTranscriptAnnotationAdded,
  "response.invocation.delta": deserializeServerEventResponseInvocationDelta,
  "realtime.call.incoming": deserializeServerEventRealtimeCallIncoming,
  "realtime.call.connected": deserializeServerEventRealtimeCallConnected,
  "realtime.call.disconnected": deserializeServerEventRealtimeCallDisconnected,
  "realtime.call.failed": deserializeServerEventRealtimeCallFailed,
  "realtime.call.transfer.succeeded": deserializeServerEventRealtimeCallTransferSucceeded,
  "realtime.call.transfer.failed": deserializeServerEventRealtimeCallTransferFailed,
  "response.output_text.delta": deserializeServerEventResponseOutputTextDelta,
  "response.output_text.done": deserializeServerEventResponseOutputTextDone,
  "response.output_audio_transcript.delta": deserializeServerEventResponseOutputAudioTranscriptDelta,
  "response.output_audio_transcript.done": deserializeServerEventResponseOutputAudioTranscriptDone,
  "response.output_audio.delta": deserializeServerEventResponseOutputAudioDelta,
  "response.output_audio.done": deserializeServerEventResponseOutputAudioDone,
  "conversation.created": deserializeServerEventConversationCreated,
  "conversation.item.added": deserializeServerEventConversationItemAdded,
  "conversation.item.done": deserializeServerEventConversationItemDone,
  "conversation.item.input_audio_transcription.segment": deserializeServerEventConversationItemInputAudioTranscriptionSegment,
  "input_audio_buffer.timeout_triggered": deserializeServerEventInputAudioBufferTimeoutTriggered,
  "input_audio_buffer.dtmf_event_received": deserializeServerEventInputAudioBufferDtmfEventReceived,
  "output_audio_buffer.started": deserializeServerEventOutputAudioBufferStarted,
  "output_audio_buffer.stopped": deserializeServerEventOutputAudioBufferStopped,
  "rate_limits.updated": deserializeServerEventRateLimitsUpdated,
});
