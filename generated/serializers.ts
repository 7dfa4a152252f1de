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
  type Table,
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
  return isObject(w) ? convertKeys(w, (deserializeAgentConfigKeys ??= table<KeyRule>({
    "agent_id": "agentId",
    "thread_id": "threadId",
  }))) : w;
}
let deserializeAgentConfigKeys: Table<KeyRule> | undefined;

/** `Animation` → wire JSON. */
export function serializeAnimation(value: Animation): WireObject;
export function serializeAnimation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAnimationKeys ??= table<KeyRule>({
    "modelName": "model_name",
  }))) : w;
}
let serializeAnimationKeys: Table<KeyRule> | undefined;

/** Wire JSON → `Animation`. */
export function deserializeAnimation(value: unknown): Animation;
export function deserializeAnimation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAnimationKeys ??= table<KeyRule>({
    "model_name": "modelName",
  }))) : w;
}
let deserializeAnimationKeys: Table<KeyRule> | undefined;

/** `AudioEchoCancellation` → wire JSON. */
export function serializeAudioEchoCancellation(value: AudioEchoCancellation): WireObject;
export function serializeAudioEchoCancellation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAudioEchoCancellationKeys ??= table<KeyRule>({
    "referenceSource": "reference_source",
  }))) : w;
}
let serializeAudioEchoCancellationKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AudioEchoCancellation`. */
export function deserializeAudioEchoCancellation(value: unknown): AudioEchoCancellation;
export function deserializeAudioEchoCancellation(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAudioEchoCancellationKeys ??= table<KeyRule>({
    "reference_source": "referenceSource",
  }))) : w;
}
let deserializeAudioEchoCancellationKeys: Table<KeyRule> | undefined;

/** `AudioInputTranscriptionOptions` → wire JSON. */
export function serializeAudioInputTranscriptionOptions(value: AudioInputTranscriptionOptions): WireObject;
export function serializeAudioInputTranscriptionOptions(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAudioInputTranscriptionOptionsKeys ??= table<KeyRule>({
    "customSpeech": "custom_speech",
    "phraseList": "phrase_list",
  }))) : w;
}
let serializeAudioInputTranscriptionOptionsKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AudioInputTranscriptionOptions`. */
export function deserializeAudioInputTranscriptionOptions(value: unknown): AudioInputTranscriptionOptions;
export function deserializeAudioInputTranscriptionOptions(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAudioInputTranscriptionOptionsKeys ??= table<KeyRule>({
    "custom_speech": "customSpeech",
    "phrase_list": "phraseList",
  }))) : w;
}
let deserializeAudioInputTranscriptionOptionsKeys: Table<KeyRule> | undefined;

/** `AvatarConfig` → wire JSON. */
export function serializeAvatarConfig(value: AvatarConfig): WireObject;
export function serializeAvatarConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAvatarConfigKeys ??= table<KeyRule>({
    "iceServers": "ice_servers",
    "video": ["video", serializeVideoParams],
    "scene": ["scene", serializeScene],
    "outputProtocol": "output_protocol",
    "outputAuditAudio": "output_audit_audio",
  }))) : w;
}
let serializeAvatarConfigKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AvatarConfig`. */
export function deserializeAvatarConfig(value: unknown): AvatarConfig;
export function deserializeAvatarConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAvatarConfigKeys ??= table<KeyRule>({
    "ice_servers": "iceServers",
    "video": ["video", deserializeVideoParams],
    "scene": ["scene", deserializeScene],
    "output_protocol": "outputProtocol",
    "output_audit_audio": "outputAuditAudio",
  }))) : w;
}
let deserializeAvatarConfigKeys: Table<KeyRule> | undefined;

/** `AzureAvatarVoiceSyncVoice` → wire JSON. */
export function serializeAzureAvatarVoiceSyncVoice(value: AzureAvatarVoiceSyncVoice): WireObject;
export function serializeAzureAvatarVoiceSyncVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureAvatarVoiceSyncVoiceKeys ??= table<KeyRule>({
    "customLexiconUrl": "custom_lexicon_url",
    "customTextNormalizationUrl": "custom_text_normalization_url",
    "preferLocales": "prefer_locales",
  }))) : w;
}
let serializeAzureAvatarVoiceSyncVoiceKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureAvatarVoiceSyncVoice`. */
export function deserializeAzureAvatarVoiceSyncVoice(value: unknown): AzureAvatarVoiceSyncVoice;
export function deserializeAzureAvatarVoiceSyncVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureAvatarVoiceSyncVoiceKeys ??= table<KeyRule>({
    "custom_lexicon_url": "customLexiconUrl",
    "custom_text_normalization_url": "customTextNormalizationUrl",
    "prefer_locales": "preferLocales",
  }))) : w;
}
let deserializeAzureAvatarVoiceSyncVoiceKeys: Table<KeyRule> | undefined;

/** `AzureCustomVoice` → wire JSON. */
export function serializeAzureCustomVoice(value: AzureCustomVoice): WireObject;
export function serializeAzureCustomVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureCustomVoiceKeys ??= table<KeyRule>({
    "endpointId": "endpoint_id",
    "customLexiconUrl": "custom_lexicon_url",
    "preferLocales": "prefer_locales",
    "customTextNormalizationUrl": "custom_text_normalization_url",
  }))) : w;
}
let serializeAzureCustomVoiceKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureCustomVoice`. */
export function deserializeAzureCustomVoice(value: unknown): AzureCustomVoice;
export function deserializeAzureCustomVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureCustomVoiceKeys ??= table<KeyRule>({
    "endpoint_id": "endpointId",
    "custom_lexicon_url": "customLexiconUrl",
    "prefer_locales": "preferLocales",
    "custom_text_normalization_url": "customTextNormalizationUrl",
  }))) : w;
}
let deserializeAzureCustomVoiceKeys: Table<KeyRule> | undefined;

/** `AzurePersonalVoice` → wire JSON. */
export function serializeAzurePersonalVoice(value: AzurePersonalVoice): WireObject;
export function serializeAzurePersonalVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzurePersonalVoiceKeys ??= table<KeyRule>({
    "customLexiconUrl": "custom_lexicon_url",
    "customTextNormalizationUrl": "custom_text_normalization_url",
    "preferLocales": "prefer_locales",
  }))) : w;
}
let serializeAzurePersonalVoiceKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzurePersonalVoice`. */
export function deserializeAzurePersonalVoice(value: unknown): AzurePersonalVoice;
export function deserializeAzurePersonalVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzurePersonalVoiceKeys ??= table<KeyRule>({
    "custom_lexicon_url": "customLexiconUrl",
    "custom_text_normalization_url": "customTextNormalizationUrl",
    "prefer_locales": "preferLocales",
  }))) : w;
}
let deserializeAzurePersonalVoiceKeys: Table<KeyRule> | undefined;

/** `AzureSemanticDetection` → wire JSON. */
export function serializeAzureSemanticDetection(value: AzureSemanticDetection): WireObject;
export function serializeAzureSemanticDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureSemanticDetectionKeys ??= table<KeyRule>({
    "thresholdLevel": "threshold_level",
    "timeoutInMs": "timeout_ms",
  }))) : w;
}
let serializeAzureSemanticDetectionKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureSemanticDetection`. */
export function deserializeAzureSemanticDetection(value: unknown): AzureSemanticDetection;
export function deserializeAzureSemanticDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureSemanticDetectionKeys ??= table<KeyRule>({
    "threshold_level": "thresholdLevel",
    "timeout_ms": "timeoutInMs",
  }))) : w;
}
let deserializeAzureSemanticDetectionKeys: Table<KeyRule> | undefined;

/** `AzureSemanticDetectionEn` → wire JSON. */
export function serializeAzureSemanticDetectionEn(value: AzureSemanticDetectionEn): WireObject;
export function serializeAzureSemanticDetectionEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureSemanticDetectionEnKeys ??= table<KeyRule>({
    "thresholdLevel": "threshold_level",
    "timeoutInMs": "timeout_ms",
  }))) : w;
}
let serializeAzureSemanticDetectionEnKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureSemanticDetectionEn`. */
export function deserializeAzureSemanticDetectionEn(value: unknown): AzureSemanticDetectionEn;
export function deserializeAzureSemanticDetectionEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureSemanticDetectionEnKeys ??= table<KeyRule>({
    "threshold_level": "thresholdLevel",
    "timeout_ms": "timeoutInMs",
  }))) : w;
}
let deserializeAzureSemanticDetectionEnKeys: Table<KeyRule> | undefined;

/** `AzureSemanticDetectionMultilingual` → wire JSON. */
export function serializeAzureSemanticDetectionMultilingual(value: AzureSemanticDetectionMultilingual): WireObject;
export function serializeAzureSemanticDetectionMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureSemanticDetectionMultilingualKeys ??= table<KeyRule>({
    "thresholdLevel": "threshold_level",
    "timeoutInMs": "timeout_ms",
  }))) : w;
}
let serializeAzureSemanticDetectionMultilingualKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureSemanticDetectionMultilingual`. */
export function deserializeAzureSemanticDetectionMultilingual(value: unknown): AzureSemanticDetectionMultilingual;
export function deserializeAzureSemanticDetectionMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureSemanticDetectionMultilingualKeys ??= table<KeyRule>({
    "threshold_level": "thresholdLevel",
    "timeout_ms": "timeoutInMs",
  }))) : w;
}
let deserializeAzureSemanticDetectionMultilingualKeys: Table<KeyRule> | undefined;

/** `AzureSemanticVad` → wire JSON. */
export function serializeAzureSemanticVad(value: AzureSemanticVad): WireObject;
export function serializeAzureSemanticVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureSemanticVadKeys ??= table<KeyRule>({
    "prefixPaddingInMs": "prefix_padding_ms",
    "silenceDurationInMs": "silence_duration_ms",
    "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
    "speechDurationInMs": "speech_duration_ms",
    "removeFillerWords": "remove_filler_words",
    "autoTruncate": "auto_truncate",
    "createResponse": "create_response",
    "interruptResponse": "interrupt_response",
  }))) : w;
}
let serializeAzureSemanticVadKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureSemanticVad`. */
export function deserializeAzureSemanticVad(value: unknown): AzureSemanticVad;
export function deserializeAzureSemanticVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureSemanticVadKeys ??= table<KeyRule>({
    "prefix_padding_ms": "prefixPaddingInMs",
    "silence_duration_ms": "silenceDurationInMs",
    "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
    "speech_duration_ms": "speechDurationInMs",
    "remove_filler_words": "removeFillerWords",
    "auto_truncate": "autoTruncate",
    "create_response": "createResponse",
    "interrupt_response": "interruptResponse",
  }))) : w;
}
let deserializeAzureSemanticVadKeys: Table<KeyRule> | undefined;

/** `AzureSemanticVadEn` → wire JSON. */
export function serializeAzureSemanticVadEn(value: AzureSemanticVadEn): WireObject;
export function serializeAzureSemanticVadEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureSemanticVadEnKeys ??= table<KeyRule>({
    "prefixPaddingInMs": "prefix_padding_ms",
    "silenceDurationInMs": "silence_duration_ms",
    "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
    "speechDurationInMs": "speech_duration_ms",
    "removeFillerWords": "remove_filler_words",
    "autoTruncate": "auto_truncate",
    "createResponse": "create_response",
    "interruptResponse": "interrupt_response",
  }))) : w;
}
let serializeAzureSemanticVadEnKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureSemanticVadEn`. */
export function deserializeAzureSemanticVadEn(value: unknown): AzureSemanticVadEn;
export function deserializeAzureSemanticVadEn(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureSemanticVadEnKeys ??= table<KeyRule>({
    "prefix_padding_ms": "prefixPaddingInMs",
    "silence_duration_ms": "silenceDurationInMs",
    "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
    "speech_duration_ms": "speechDurationInMs",
    "remove_filler_words": "removeFillerWords",
    "auto_truncate": "autoTruncate",
    "create_response": "createResponse",
    "interrupt_response": "interruptResponse",
  }))) : w;
}
let deserializeAzureSemanticVadEnKeys: Table<KeyRule> | undefined;

/** `AzureSemanticVadMultilingual` → wire JSON. */
export function serializeAzureSemanticVadMultilingual(value: AzureSemanticVadMultilingual): WireObject;
export function serializeAzureSemanticVadMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureSemanticVadMultilingualKeys ??= table<KeyRule>({
    "prefixPaddingInMs": "prefix_padding_ms",
    "silenceDurationInMs": "silence_duration_ms",
    "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
    "speechDurationInMs": "speech_duration_ms",
    "removeFillerWords": "remove_filler_words",
    "autoTruncate": "auto_truncate",
    "createResponse": "create_response",
    "interruptResponse": "interrupt_response",
  }))) : w;
}
let serializeAzureSemanticVadMultilingualKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureSemanticVadMultilingual`. */
export function deserializeAzureSemanticVadMultilingual(value: unknown): AzureSemanticVadMultilingual;
export function deserializeAzureSemanticVadMultilingual(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureSemanticVadMultilingualKeys ??= table<KeyRule>({
    "prefix_padding_ms": "prefixPaddingInMs",
    "silence_duration_ms": "silenceDurationInMs",
    "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
    "speech_duration_ms": "speechDurationInMs",
    "remove_filler_words": "removeFillerWords",
    "auto_truncate": "autoTruncate",
    "create_response": "createResponse",
    "interrupt_response": "interruptResponse",
  }))) : w;
}
let deserializeAzureSemanticVadMultilingualKeys: Table<KeyRule> | undefined;

/** `AzureStandardVoice` → wire JSON. */
export function serializeAzureStandardVoice(value: AzureStandardVoice): WireObject;
export function serializeAzureStandardVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureStandardVoiceKeys ??= table<KeyRule>({
    "customLexiconUrl": "custom_lexicon_url",
    "preferLocales": "prefer_locales",
    "customTextNormalizationUrl": "custom_text_normalization_url",
  }))) : w;
}
let serializeAzureStandardVoiceKeys: Table<KeyRule> | undefined;

/** Wire JSON → `AzureStandardVoice`. */
export function deserializeAzureStandardVoice(value: unknown): AzureStandardVoice;
export function deserializeAzureStandardVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureStandardVoiceKeys ??= table<KeyRule>({
    "custom_lexicon_url": "customLexiconUrl",
    "prefer_locales": "preferLocales",
    "custom_text_normalization_url": "customTextNormalizationUrl",
  }))) : w;
}
let deserializeAzureStandardVoiceKeys: Table<KeyRule> | undefined;

/** `AzureVoice` → wire JSON. */
export function serializeAzureVoice(value: AzureVoice): WireObject;
export function serializeAzureVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeAzureVoiceKeys ??= table<KeyRule>({}))) : w;
}
let serializeAzureVoiceKeys: Table<KeyRule> | undefined;

/** Any variant of `AzureVoice`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeAzureVoiceUnion(value: AzureVoiceUnion): WireObject;
export function serializeAzureVoiceUnion(w: Wire): Wire {
  return dispatch(w, "type", (serializeAzureVoiceUnionByType ??= table<(w: Wire) => Wire>({
    "azure-standard": serializeAzureStandardVoice,
    "azure-custom": serializeAzureCustomVoice,
    "azure-personal": serializeAzurePersonalVoice,
    "avatar-voice-sync": serializeAzureAvatarVoiceSyncVoice,
  })), serializeAzureVoice);
}
let serializeAzureVoiceUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `AzureVoice`. */
export function deserializeAzureVoice(value: unknown): AzureVoice;
export function deserializeAzureVoice(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeAzureVoiceKeys ??= table<KeyRule>({}))) : w;
}
let deserializeAzureVoiceKeys: Table<KeyRule> | undefined;

/** Any variant of `AzureVoice`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeAzureVoiceUnion(value: unknown): AzureVoiceUnion;
export function deserializeAzureVoiceUnion(w: Wire): Wire {
  return dispatch(w, "type", (deserializeAzureVoiceUnionByType ??= table<(w: Wire) => Wire>({
    "azure-standard": deserializeAzureStandardVoice,
    "azure-custom": deserializeAzureCustomVoice,
    "azure-personal": deserializeAzurePersonalVoice,
    "avatar-voice-sync": deserializeAzureAvatarVoiceSyncVoice,
  })), deserializeAzureVoice);
}
let deserializeAzureVoiceUnionByType: Table<(w: Wire) => Wire> | undefined;

/** `Background` → wire JSON. */
export function serializeBackground(value: Background): WireObject;
export function serializeBackground(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeBackgroundKeys ??= table<KeyRule>({
    "imageUrl": "image_url",
  }))) : w;
}
let serializeBackgroundKeys: Table<KeyRule> | undefined;

/** Wire JSON → `Background`. */
export function deserializeBackground(value: unknown): Background;
export function deserializeBackground(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeBackgroundKeys ??= table<KeyRule>({
    "image_url": "imageUrl",
  }))) : w;
}
let deserializeBackgroundKeys: Table<KeyRule> | undefined;

/** Wire JSON → `CachedTokenDetails`. */
export function deserializeCachedTokenDetails(value: unknown): CachedTokenDetails;
export function deserializeCachedTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeCachedTokenDetailsKeys ??= table<KeyRule>({
    "text_tokens": "textTokens",
    "audio_tokens": "audioTokens",
    "image_tokens": "imageTokens",
  }))) : w;
}
let deserializeCachedTokenDetailsKeys: Table<KeyRule> | undefined;

/** `ClientEventConversationItemCreate` → wire JSON. */
export function serializeClientEventConversationItemCreate(value: ClientEventConversationItemCreate): WireObject;
export function serializeClientEventConversationItemCreate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventConversationItemCreateKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "previousItemId": "previous_item_id",
    "item": ["item", serializeConversationRequestItemUnion],
  }))) : w;
}
let serializeClientEventConversationItemCreateKeys: Table<KeyRule> | undefined;

/** `ClientEventConversationItemDelete` → wire JSON. */
export function serializeClientEventConversationItemDelete(value: ClientEventConversationItemDelete): WireObject;
export function serializeClientEventConversationItemDelete(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventConversationItemDeleteKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
  }))) : w;
}
let serializeClientEventConversationItemDeleteKeys: Table<KeyRule> | undefined;

/** `ClientEventConversationItemRetrieve` → wire JSON. */
export function serializeClientEventConversationItemRetrieve(value: ClientEventConversationItemRetrieve): WireObject;
export function serializeClientEventConversationItemRetrieve(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventConversationItemRetrieveKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
  }))) : w;
}
let serializeClientEventConversationItemRetrieveKeys: Table<KeyRule> | undefined;

/** `ClientEventConversationItemTruncate` → wire JSON. */
export function serializeClientEventConversationItemTruncate(value: ClientEventConversationItemTruncate): WireObject;
export function serializeClientEventConversationItemTruncate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventConversationItemTruncateKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "itemId": "item_id",
    "contentIndex": "content_index",
    "audioEndInMs": "audio_end_ms",
  }))) : w;
}
let serializeClientEventConversationItemTruncateKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioBufferAppend` → wire JSON. */
export function serializeClientEventInputAudioBufferAppend(value: ClientEventInputAudioBufferAppend): WireObject;
export function serializeClientEventInputAudioBufferAppend(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioBufferAppendKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeClientEventInputAudioBufferAppendKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioBufferClear` → wire JSON. */
export function serializeClientEventInputAudioBufferClear(value: ClientEventInputAudioBufferClear): WireObject;
export function serializeClientEventInputAudioBufferClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioBufferClearKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeClientEventInputAudioBufferClearKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioBufferCommit` → wire JSON. */
export function serializeClientEventInputAudioBufferCommit(value: ClientEventInputAudioBufferCommit): WireObject;
export function serializeClientEventInputAudioBufferCommit(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioBufferCommitKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeClientEventInputAudioBufferCommitKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioClear` → wire JSON. */
export function serializeClientEventInputAudioClear(value: ClientEventInputAudioClear): WireObject;
export function serializeClientEventInputAudioClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioClearKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeClientEventInputAudioClearKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioTurnAppend` → wire JSON. */
export function serializeClientEventInputAudioTurnAppend(value: ClientEventInputAudioTurnAppend): WireObject;
export function serializeClientEventInputAudioTurnAppend(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioTurnAppendKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "turnId": "turn_id",
  }))) : w;
}
let serializeClientEventInputAudioTurnAppendKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioTurnCancel` → wire JSON. */
export function serializeClientEventInputAudioTurnCancel(value: ClientEventInputAudioTurnCancel): WireObject;
export function serializeClientEventInputAudioTurnCancel(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioTurnCancelKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "turnId": "turn_id",
  }))) : w;
}
let serializeClientEventInputAudioTurnCancelKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioTurnEnd` → wire JSON. */
export function serializeClientEventInputAudioTurnEnd(value: ClientEventInputAudioTurnEnd): WireObject;
export function serializeClientEventInputAudioTurnEnd(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioTurnEndKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "turnId": "turn_id",
  }))) : w;
}
let serializeClientEventInputAudioTurnEndKeys: Table<KeyRule> | undefined;

/** `ClientEventInputAudioTurnStart` → wire JSON. */
export function serializeClientEventInputAudioTurnStart(value: ClientEventInputAudioTurnStart): WireObject;
export function serializeClientEventInputAudioTurnStart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputAudioTurnStartKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "turnId": "turn_id",
  }))) : w;
}
let serializeClientEventInputAudioTurnStartKeys: Table<KeyRule> | undefined;

/** `ClientEventInputTextDelta` → wire JSON. */
export function serializeClientEventInputTextDelta(value: ClientEventInputTextDelta): WireObject;
export function serializeClientEventInputTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputTextDeltaKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeClientEventInputTextDeltaKeys: Table<KeyRule> | undefined;

/** `ClientEventInputTextDone` → wire JSON. */
export function serializeClientEventInputTextDone(value: ClientEventInputTextDone): WireObject;
export function serializeClientEventInputTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventInputTextDoneKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "contentIndex": "content_index",
  }))) : w;
}
let serializeClientEventInputTextDoneKeys: Table<KeyRule> | undefined;

/** `ClientEventOutputAudioBufferClear` → wire JSON. */
export function serializeClientEventOutputAudioBufferClear(value: ClientEventOutputAudioBufferClear): WireObject;
export function serializeClientEventOutputAudioBufferClear(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventOutputAudioBufferClearKeys ??= table<KeyRule>({
    "eventId": "event_id",
  }))) : w;
}
let serializeClientEventOutputAudioBufferClearKeys: Table<KeyRule> | undefined;

/** `ClientEventResponseCancel` → wire JSON. */
export function serializeClientEventResponseCancel(value: ClientEventResponseCancel): WireObject;
export function serializeClientEventResponseCancel(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventResponseCancelKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "responseId": "response_id",
  }))) : w;
}
let serializeClientEventResponseCancelKeys: Table<KeyRule> | undefined;

/** `ClientEventResponseCreate` → wire JSON. */
export function serializeClientEventResponseCreate(value: ClientEventResponseCreate): WireObject;
export function serializeClientEventResponseCreate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventResponseCreateKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "response": ["response", serializeResponseCreateParams],
    "additionalInstructions": "additional_instructions",
  }))) : w;
}
let serializeClientEventResponseCreateKeys: Table<KeyRule> | undefined;

/** `ClientEventSessionAvatarConnect` → wire JSON. */
export function serializeClientEventSessionAvatarConnect(value: ClientEventSessionAvatarConnect): WireObject;
export function serializeClientEventSessionAvatarConnect(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventSessionAvatarConnectKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "clientSdp": "client_sdp",
  }))) : w;
}
let serializeClientEventSessionAvatarConnectKeys: Table<KeyRule> | undefined;

/** `ClientEventSessionUpdate` → wire JSON. */
export function serializeClientEventSessionUpdate(value: ClientEventSessionUpdate): WireObject;
export function serializeClientEventSessionUpdate(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeClientEventSessionUpdateKeys ??= table<KeyRule>({
    "eventId": "event_id",
    "session": ["session", serializeRequestSession],
  }))) : w;
}
let serializeClientEventSessionUpdateKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ContentPart`. */
export function deserializeContentPart(value: unknown): ContentPart;
export function deserializeContentPart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeContentPartKeys ??= table<KeyRule>({}))) : w;
}
let deserializeContentPartKeys: Table<KeyRule> | undefined;

/** Any variant of `ContentPart`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeContentPartUnion(value: unknown): ContentPartUnion;
export function deserializeContentPartUnion(w: Wire): Wire {
  return dispatch(w, "type", (deserializeContentPartUnionByType ??= table<(w: Wire) => Wire>({
    "input_text": keep,
    "input_audio": keep,
    "input_image": deserializeRequestImageContentPart,
    "text": keep,
    "audio": keep,
  })), deserializeContentPart);
}
let deserializeContentPartUnionByType: Table<(w: Wire) => Wire> | undefined;

/** `ConversationRequestItem` → wire JSON. */
export function serializeConversationRequestItem(value: ConversationRequestItem): WireObject;
export function serializeConversationRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeConversationRequestItemKeys ??= table<KeyRule>({}))) : w;
}
let serializeConversationRequestItemKeys: Table<KeyRule> | undefined;

/** Any variant of `ConversationRequestItem`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeConversationRequestItemUnion(value: ConversationRequestItemUnion): WireObject;
export function serializeConversationRequestItemUnion(w: Wire): Wire {
  return dispatch(w, "type", (serializeConversationRequestItemUnionByType ??= table<(w: Wire) => Wire>({
    "message": keep,
    "function_call": serializeFunctionCallItem,
    "function_call_output": serializeFunctionCallOutputItem,
    "mcp_approval_response": serializeMCPApprovalResponseRequestItem,
  })), serializeConversationRequestItem);
}
let serializeConversationRequestItemUnionByType: Table<(w: Wire) => Wire> | undefined;

/** `EouDetection` → wire JSON. */
export function serializeEouDetection(value: EouDetection): WireObject;
export function serializeEouDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeEouDetectionKeys ??= table<KeyRule>({}))) : w;
}
let serializeEouDetectionKeys: Table<KeyRule> | undefined;

/** Any variant of `EouDetection`, chosen by `model`; an unknown variant is converted as the base. */
export function serializeEouDetectionUnion(value: EouDetectionUnion): WireObject;
export function serializeEouDetectionUnion(w: Wire): Wire {
  return dispatch(w, "model", (serializeEouDetectionUnionByModel ??= table<(w: Wire) => Wire>({
    "semantic_detection_v1": serializeAzureSemanticDetection,
    "semantic_detection_v1_en": serializeAzureSemanticDetectionEn,
    "semantic_detection_v1_multilingual": serializeAzureSemanticDetectionMultilingual,
  })), serializeEouDetection);
}
let serializeEouDetectionUnionByModel: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `EouDetection`. */
export function deserializeEouDetection(value: unknown): EouDetection;
export function deserializeEouDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeEouDetectionKeys ??= table<KeyRule>({}))) : w;
}
let deserializeEouDetectionKeys: Table<KeyRule> | undefined;

/** Any variant of `EouDetection`, chosen by `model`; an unknown variant is converted as the base. */
export function deserializeEouDetectionUnion(value: unknown): EouDetectionUnion;
export function deserializeEouDetectionUnion(w: Wire): Wire {
  return dispatch(w, "model", (deserializeEouDetectionUnionByModel ??= table<(w: Wire) => Wire>({
    "semantic_detection_v1": deserializeAzureSemanticDetection,
    "semantic_detection_v1_en": deserializeAzureSemanticDetectionEn,
    "semantic_detection_v1_multilingual": deserializeAzureSemanticDetectionMultilingual,
  })), deserializeEouDetection);
}
let deserializeEouDetectionUnionByModel: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `FileSearchResult`. */
export function deserializeFileSearchResult(value: unknown): FileSearchResult;
export function deserializeFileSearchResult(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeFileSearchResultKeys ??= table<KeyRule>({
    "file_id": "fileId",
  }))) : w;
}
let deserializeFileSearchResultKeys: Table<KeyRule> | undefined;

/** `FunctionCallItem` → wire JSON. */
export function serializeFunctionCallItem(value: FunctionCallItem): WireObject;
export function serializeFunctionCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeFunctionCallItemKeys ??= table<KeyRule>({
    "callId": "call_id",
  }))) : w;
}
let serializeFunctionCallItemKeys: Table<KeyRule> | undefined;

/** `FunctionCallOutputItem` → wire JSON. */
export function serializeFunctionCallOutputItem(value: FunctionCallOutputItem): WireObject;
export function serializeFunctionCallOutputItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeFunctionCallOutputItemKeys ??= table<KeyRule>({
    "callId": "call_id",
  }))) : w;
}
let serializeFunctionCallOutputItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `InputTokenDetails`. */
export function deserializeInputTokenDetails(value: unknown): InputTokenDetails;
export function deserializeInputTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeInputTokenDetailsKeys ??= table<KeyRule>({
    "cached_tokens": "cachedTokens",
    "text_tokens": "textTokens",
    "audio_tokens": "audioTokens",
    "image_tokens": "imageTokens",
    "cached_tokens_details": ["cachedTokensDetails", deserializeCachedTokenDetails],
  }))) : w;
}
let deserializeInputTokenDetailsKeys: Table<KeyRule> | undefined;

/** `InterimResponseConfig`: strings pass through; objects are told apart by `type`. */
export function serializeInterimResponseConfig(value: InterimResponseConfig): WireObject | string;
export function serializeInterimResponseConfig(w: Wire): Wire {
  return dispatch(w, "type", (serializeInterimResponseConfigByType ??= table<(w: Wire) => Wire>({
    "static_interim_response": serializeStaticInterimResponseConfig,
    "llm_interim_response": serializeLlmInterimResponseConfig,
  })));
}
let serializeInterimResponseConfigByType: Table<(w: Wire) => Wire> | undefined;

/** `InterimResponseConfig`: strings pass through; objects are told apart by `type`. */
export function deserializeInterimResponseConfig(value: unknown): InterimResponseConfig;
export function deserializeInterimResponseConfig(w: Wire): Wire {
  return dispatch(w, "type", (deserializeInterimResponseConfigByType ??= table<(w: Wire) => Wire>({
    "static_interim_response": deserializeStaticInterimResponseConfig,
    "llm_interim_response": deserializeLlmInterimResponseConfig,
  })));
}
let deserializeInterimResponseConfigByType: Table<(w: Wire) => Wire> | undefined;

/** `LlmInterimResponseConfig` → wire JSON. */
export function serializeLlmInterimResponseConfig(value: LlmInterimResponseConfig): WireObject;
export function serializeLlmInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeLlmInterimResponseConfigKeys ??= table<KeyRule>({
    "latencyThresholdInMs": "latency_threshold_ms",
    "maxCompletionTokens": "max_completion_tokens",
  }))) : w;
}
let serializeLlmInterimResponseConfigKeys: Table<KeyRule> | undefined;

/** Wire JSON → `LlmInterimResponseConfig`. */
export function deserializeLlmInterimResponseConfig(value: unknown): LlmInterimResponseConfig;
export function deserializeLlmInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeLlmInterimResponseConfigKeys ??= table<KeyRule>({
    "latency_threshold_ms": "latencyThresholdInMs",
    "max_completion_tokens": "maxCompletionTokens",
  }))) : w;
}
let deserializeLlmInterimResponseConfigKeys: Table<KeyRule> | undefined;

/** `MCPApprovalResponseRequestItem` → wire JSON. */
export function serializeMCPApprovalResponseRequestItem(value: MCPApprovalResponseRequestItem): WireObject;
export function serializeMCPApprovalResponseRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeMCPApprovalResponseRequestItemKeys ??= table<KeyRule>({
    "approvalRequestId": "approval_request_id",
  }))) : w;
}
let serializeMCPApprovalResponseRequestItemKeys: Table<KeyRule> | undefined;

/** `MCPServer` → wire JSON. */
export function serializeMCPServer(value: MCPServer): WireObject;
export function serializeMCPServer(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeMCPServerKeys ??= table<KeyRule>({
    "serverLabel": "server_label",
    "serverUrl": "server_url",
    "allowedTools": "allowed_tools",
    "requireApproval": "require_approval",
  }))) : w;
}
let serializeMCPServerKeys: Table<KeyRule> | undefined;

/** Wire JSON → `MCPServer`. */
export function deserializeMCPServer(value: unknown): MCPServer;
export function deserializeMCPServer(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeMCPServerKeys ??= table<KeyRule>({
    "server_label": "serverLabel",
    "server_url": "serverUrl",
    "allowed_tools": "allowedTools",
    "require_approval": "requireApproval",
  }))) : w;
}
let deserializeMCPServerKeys: Table<KeyRule> | undefined;

/** Wire JSON → `MCPTool`. */
export function deserializeMCPTool(value: unknown): MCPTool;
export function deserializeMCPTool(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeMCPToolKeys ??= table<KeyRule>({
    "input_schema": "inputSchema",
  }))) : w;
}
let deserializeMCPToolKeys: Table<KeyRule> | undefined;

/** Wire JSON → `OutputTokenDetails`. */
export function deserializeOutputTokenDetails(value: unknown): OutputTokenDetails;
export function deserializeOutputTokenDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeOutputTokenDetailsKeys ??= table<KeyRule>({
    "text_tokens": "textTokens",
    "audio_tokens": "audioTokens",
    "reasoning_tokens": "reasoningTokens",
  }))) : w;
}
let deserializeOutputTokenDetailsKeys: Table<KeyRule> | undefined;

/** Wire JSON → `RateLimit`. */
export function deserializeRateLimit(value: unknown): RateLimit;
export function deserializeRateLimit(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeRateLimitKeys ??= table<KeyRule>({
    "reset_seconds": "resetSeconds",
  }))) : w;
}
let deserializeRateLimitKeys: Table<KeyRule> | undefined;

/** Wire JSON → `RequestImageContentPart`. */
export function deserializeRequestImageContentPart(value: unknown): RequestImageContentPart;
export function deserializeRequestImageContentPart(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeRequestImageContentPartKeys ??= table<KeyRule>({
    "image_url": "imageUrl",
  }))) : w;
}
let deserializeRequestImageContentPartKeys: Table<KeyRule> | undefined;

/** `RequestSession` → wire JSON. */
export function serializeRequestSession(value: RequestSession): WireObject;
export function serializeRequestSession(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeRequestSessionKeys ??= table<KeyRule>({
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
  }))) : w;
}
let serializeRequestSessionKeys: Table<KeyRule> | undefined;

/** `ResponseAudio` → wire JSON. */
export function serializeResponseAudio(value: ResponseAudio): WireObject;
export function serializeResponseAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseAudioKeys ??= table<KeyRule>({
    "output": ["output", serializeResponseAudioOutput],
  }))) : w;
}
let serializeResponseAudioKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseAudio`. */
export function deserializeResponseAudio(value: unknown): ResponseAudio;
export function deserializeResponseAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseAudioKeys ??= table<KeyRule>({
    "output": ["output", deserializeResponseAudioOutput],
  }))) : w;
}
let deserializeResponseAudioKeys: Table<KeyRule> | undefined;

/** `ResponseAudioOutput` → wire JSON. */
export function serializeResponseAudioOutput(value: ResponseAudioOutput): WireObject;
export function serializeResponseAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseAudioOutputKeys ??= table<KeyRule>({
    "voice": ["voice", serializeVoice],
  }))) : w;
}
let serializeResponseAudioOutputKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseAudioOutput`. */
export function deserializeResponseAudioOutput(value: unknown): ResponseAudioOutput;
export function deserializeResponseAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseAudioOutputKeys ??= table<KeyRule>({
    "voice": ["voice", deserializeVoice],
  }))) : w;
}
let deserializeResponseAudioOutputKeys: Table<KeyRule> | undefined;

/** `ResponseCreateParams` → wire JSON. */
export function serializeResponseCreateParams(value: ResponseCreateParams): WireObject;
export function serializeResponseCreateParams(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeResponseCreateParamsKeys ??= table<KeyRule>({
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
  }))) : w;
}
let serializeResponseCreateParamsKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseFileSearchCallItem`. */
export function deserializeResponseFileSearchCallItem(value: unknown): ResponseFileSearchCallItem;
export function deserializeResponseFileSearchCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseFileSearchCallItemKeys ??= table<KeyRule>({
    "results": ["results", (v: Wire) => convertItems(v, deserializeFileSearchResult)],
  }))) : w;
}
let deserializeResponseFileSearchCallItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseFunctionCallItem`. */
export function deserializeResponseFunctionCallItem(value: unknown): ResponseFunctionCallItem;
export function deserializeResponseFunctionCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseFunctionCallItemKeys ??= table<KeyRule>({
    "call_id": "callId",
  }))) : w;
}
let deserializeResponseFunctionCallItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseFunctionCallOutputItem`. */
export function deserializeResponseFunctionCallOutputItem(value: unknown): ResponseFunctionCallOutputItem;
export function deserializeResponseFunctionCallOutputItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseFunctionCallOutputItemKeys ??= table<KeyRule>({
    "call_id": "callId",
  }))) : w;
}
let deserializeResponseFunctionCallOutputItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseItem`. */
export function deserializeResponseItem(value: unknown): ResponseItem;
export function deserializeResponseItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseItemKeys ??= table<KeyRule>({}))) : w;
}
let deserializeResponseItemKeys: Table<KeyRule> | undefined;

/** Any variant of `ResponseItem`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeResponseItemUnion(value: unknown): ResponseItemUnion;
export function deserializeResponseItemUnion(w: Wire): Wire {
  return dispatch(w, "type", (deserializeResponseItemUnionByType ??= table<(w: Wire) => Wire>({
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
  })), deserializeResponseItem);
}
let deserializeResponseItemUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `ResponseMCPApprovalRequestItem`. */
export function deserializeResponseMCPApprovalRequestItem(value: unknown): ResponseMCPApprovalRequestItem;
export function deserializeResponseMCPApprovalRequestItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseMCPApprovalRequestItemKeys ??= table<KeyRule>({
    "server_label": "serverLabel",
  }))) : w;
}
let deserializeResponseMCPApprovalRequestItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseMCPApprovalResponseItem`. */
export function deserializeResponseMCPApprovalResponseItem(value: unknown): ResponseMCPApprovalResponseItem;
export function deserializeResponseMCPApprovalResponseItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseMCPApprovalResponseItemKeys ??= table<KeyRule>({
    "approval_request_id": "approvalRequestId",
  }))) : w;
}
let deserializeResponseMCPApprovalResponseItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseMCPCallItem`. */
export function deserializeResponseMCPCallItem(value: unknown): ResponseMCPCallItem;
export function deserializeResponseMCPCallItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseMCPCallItemKeys ??= table<KeyRule>({
    "approval_request_id": "approvalRequestId",
    "server_label": "serverLabel",
  }))) : w;
}
let deserializeResponseMCPCallItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseMCPListToolItem`. */
export function deserializeResponseMCPListToolItem(value: unknown): ResponseMCPListToolItem;
export function deserializeResponseMCPListToolItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseMCPListToolItemKeys ??= table<KeyRule>({
    "tools": ["tools", (v: Wire) => convertItems(v, deserializeMCPTool)],
    "server_label": "serverLabel",
  }))) : w;
}
let deserializeResponseMCPListToolItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseMessageItem`. */
export function deserializeResponseMessageItem(value: unknown): ResponseMessageItem;
export function deserializeResponseMessageItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseMessageItemKeys ??= table<KeyRule>({
    "content": ["content", (v: Wire) => convertItems(v, deserializeContentPartUnion)],
  }))) : w;
}
let deserializeResponseMessageItemKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseSession`. */
export function deserializeResponseSession(value: unknown): ResponseSession;
export function deserializeResponseSession(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseSessionKeys ??= table<KeyRule>({
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
  }))) : w;
}
let deserializeResponseSessionKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ResponseSystemToolItem`. */
export function deserializeResponseSystemToolItem(value: unknown): ResponseSystemToolItem;
export function deserializeResponseSystemToolItem(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeResponseSystemToolItemKeys ??= table<KeyRule>({
    "call_id": "callId",
  }))) : w;
}
let deserializeResponseSystemToolItemKeys: Table<KeyRule> | undefined;

/** `Scene` → wire JSON. */
export function serializeScene(value: Scene): WireObject;
export function serializeScene(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeSceneKeys ??= table<KeyRule>({
    "positionX": "position_x",
    "positionY": "position_y",
    "rotationX": "rotation_x",
    "rotationY": "rotation_y",
    "rotationZ": "rotation_z",
  }))) : w;
}
let serializeSceneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `Scene`. */
export function deserializeScene(value: unknown): Scene;
export function deserializeScene(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeSceneKeys ??= table<KeyRule>({
    "position_x": "positionX",
    "position_y": "positionY",
    "rotation_x": "rotationX",
    "rotation_y": "rotationY",
    "rotation_z": "rotationZ",
  }))) : w;
}
let deserializeSceneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationCreated`. */
export function deserializeServerEventConversationCreated(value: unknown): ServerEventConversationCreated;
export function deserializeServerEventConversationCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationCreatedKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventConversationCreatedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemAdded`. */
export function deserializeServerEventConversationItemAdded(value: unknown): ServerEventConversationItemAdded;
export function deserializeServerEventConversationItemAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemAddedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "previous_item_id": "previousItemId",
    "item": ["item", deserializeResponseItemUnion],
  }))) : w;
}
let deserializeServerEventConversationItemAddedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemCreated`. */
export function deserializeServerEventConversationItemCreated(value: unknown): ServerEventConversationItemCreated;
export function deserializeServerEventConversationItemCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemCreatedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "previous_item_id": "previousItemId",
    "item": ["item", deserializeResponseItemUnion],
  }))) : w;
}
let deserializeServerEventConversationItemCreatedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemDeleted`. */
export function deserializeServerEventConversationItemDeleted(value: unknown): ServerEventConversationItemDeleted;
export function deserializeServerEventConversationItemDeleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemDeletedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventConversationItemDeletedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemDone`. */
export function deserializeServerEventConversationItemDone(value: unknown): ServerEventConversationItemDone;
export function deserializeServerEventConversationItemDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "previous_item_id": "previousItemId",
    "item": ["item", deserializeResponseItemUnion],
  }))) : w;
}
let deserializeServerEventConversationItemDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionCompleted`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionCompleted(value: unknown): ServerEventConversationItemInputAudioTranscriptionCompleted;
export function deserializeServerEventConversationItemInputAudioTranscriptionCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemInputAudioTranscriptionCompletedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "content_index": "contentIndex",
    "phrases": ["phrases", (v: Wire) => convertItems(v, deserializeTranscriptionPhrase)],
  }))) : w;
}
let deserializeServerEventConversationItemInputAudioTranscriptionCompletedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionDelta`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionDelta(value: unknown): ServerEventConversationItemInputAudioTranscriptionDelta;
export function deserializeServerEventConversationItemInputAudioTranscriptionDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemInputAudioTranscriptionDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventConversationItemInputAudioTranscriptionDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionFailed`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionFailed(value: unknown): ServerEventConversationItemInputAudioTranscriptionFailed;
export function deserializeServerEventConversationItemInputAudioTranscriptionFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemInputAudioTranscriptionFailedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "content_index": "contentIndex",
    "error": ["error", deserializeVoiceLiveErrorDetails],
  }))) : w;
}
let deserializeServerEventConversationItemInputAudioTranscriptionFailedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionSegment`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionSegment(value: unknown): ServerEventConversationItemInputAudioTranscriptionSegment;
export function deserializeServerEventConversationItemInputAudioTranscriptionSegment(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemInputAudioTranscriptionSegmentKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventConversationItemInputAudioTranscriptionSegmentKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemRetrieved`. */
export function deserializeServerEventConversationItemRetrieved(value: unknown): ServerEventConversationItemRetrieved;
export function deserializeServerEventConversationItemRetrieved(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemRetrievedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item": ["item", deserializeResponseItemUnion],
  }))) : w;
}
let deserializeServerEventConversationItemRetrievedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventConversationItemTruncated`. */
export function deserializeServerEventConversationItemTruncated(value: unknown): ServerEventConversationItemTruncated;
export function deserializeServerEventConversationItemTruncated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventConversationItemTruncatedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "content_index": "contentIndex",
    "audio_end_ms": "audioEndInMs",
  }))) : w;
}
let deserializeServerEventConversationItemTruncatedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventError`. */
export function deserializeServerEventError(value: unknown): ServerEventError;
export function deserializeServerEventError(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventErrorKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "error": ["error", deserializeServerEventErrorDetails],
  }))) : w;
}
let deserializeServerEventErrorKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventErrorDetails`. */
export function deserializeServerEventErrorDetails(value: unknown): ServerEventErrorDetails;
export function deserializeServerEventErrorDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventErrorDetailsKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventErrorDetailsKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventInputAudioBufferCleared`. */
export function deserializeServerEventInputAudioBufferCleared(value: unknown): ServerEventInputAudioBufferCleared;
export function deserializeServerEventInputAudioBufferCleared(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventInputAudioBufferClearedKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventInputAudioBufferClearedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventInputAudioBufferCommitted`. */
export function deserializeServerEventInputAudioBufferCommitted(value: unknown): ServerEventInputAudioBufferCommitted;
export function deserializeServerEventInputAudioBufferCommitted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventInputAudioBufferCommittedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "previous_item_id": "previousItemId",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventInputAudioBufferCommittedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventInputAudioBufferDtmfEventReceived`. */
export function deserializeServerEventInputAudioBufferDtmfEventReceived(value: unknown): ServerEventInputAudioBufferDtmfEventReceived;
export function deserializeServerEventInputAudioBufferDtmfEventReceived(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventInputAudioBufferDtmfEventReceivedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "received_at": "receivedAt",
  }))) : w;
}
let deserializeServerEventInputAudioBufferDtmfEventReceivedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventInputAudioBufferSpeechStarted`. */
export function deserializeServerEventInputAudioBufferSpeechStarted(value: unknown): ServerEventInputAudioBufferSpeechStarted;
export function deserializeServerEventInputAudioBufferSpeechStarted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventInputAudioBufferSpeechStartedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "audio_start_ms": "audioStartInMs",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventInputAudioBufferSpeechStartedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventInputAudioBufferSpeechStopped`. */
export function deserializeServerEventInputAudioBufferSpeechStopped(value: unknown): ServerEventInputAudioBufferSpeechStopped;
export function deserializeServerEventInputAudioBufferSpeechStopped(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventInputAudioBufferSpeechStoppedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "audio_end_ms": "audioEndInMs",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventInputAudioBufferSpeechStoppedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventInputAudioBufferTimeoutTriggered`. */
export function deserializeServerEventInputAudioBufferTimeoutTriggered(value: unknown): ServerEventInputAudioBufferTimeoutTriggered;
export function deserializeServerEventInputAudioBufferTimeoutTriggered(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventInputAudioBufferTimeoutTriggeredKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "audio_start_ms": "audioStartInMs",
    "audio_end_ms": "audioEndInMs",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventInputAudioBufferTimeoutTriggeredKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventMcpListToolsCompleted`. */
export function deserializeServerEventMcpListToolsCompleted(value: unknown): ServerEventMcpListToolsCompleted;
export function deserializeServerEventMcpListToolsCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventMcpListToolsCompletedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventMcpListToolsCompletedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventMcpListToolsFailed`. */
export function deserializeServerEventMcpListToolsFailed(value: unknown): ServerEventMcpListToolsFailed;
export function deserializeServerEventMcpListToolsFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventMcpListToolsFailedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventMcpListToolsFailedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventMcpListToolsInProgress`. */
export function deserializeServerEventMcpListToolsInProgress(value: unknown): ServerEventMcpListToolsInProgress;
export function deserializeServerEventMcpListToolsInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventMcpListToolsInProgressKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
  }))) : w;
}
let deserializeServerEventMcpListToolsInProgressKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventOutputAudioBufferCleared`. */
export function deserializeServerEventOutputAudioBufferCleared(value: unknown): ServerEventOutputAudioBufferCleared;
export function deserializeServerEventOutputAudioBufferCleared(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventOutputAudioBufferClearedKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventOutputAudioBufferClearedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventOutputAudioBufferStarted`. */
export function deserializeServerEventOutputAudioBufferStarted(value: unknown): ServerEventOutputAudioBufferStarted;
export function deserializeServerEventOutputAudioBufferStarted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventOutputAudioBufferStartedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
  }))) : w;
}
let deserializeServerEventOutputAudioBufferStartedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventOutputAudioBufferStopped`. */
export function deserializeServerEventOutputAudioBufferStopped(value: unknown): ServerEventOutputAudioBufferStopped;
export function deserializeServerEventOutputAudioBufferStopped(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventOutputAudioBufferStoppedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
  }))) : w;
}
let deserializeServerEventOutputAudioBufferStoppedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventRateLimitsUpdated`. */
export function deserializeServerEventRateLimitsUpdated(value: unknown): ServerEventRateLimitsUpdated;
export function deserializeServerEventRateLimitsUpdated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventRateLimitsUpdatedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "rate_limits": ["rateLimits", (v: Wire) => convertItems(v, deserializeRateLimit)],
  }))) : w;
}
let deserializeServerEventRateLimitsUpdatedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventRealtimeCallConnected`. */
export function deserializeServerEventRealtimeCallConnected(value: unknown): ServerEventRealtimeCallConnected;
export function deserializeServerEventRealtimeCallConnected(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventRealtimeCallConnectedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "call_id": "callId",
    "chain_id": "chainId",
    "terminal_reason": "terminalReason",
    "error_code": "errorCode",
  }))) : w;
}
let deserializeServerEventRealtimeCallConnectedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventRealtimeCallDisconnected`. */
export function deserializeServerEventRealtimeCallDisconnected(value: unknown): ServerEventRealtimeCallDisconnected;
export function deserializeServerEventRealtimeCallDisconnected(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventRealtimeCallDisconnectedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "call_id": "callId",
    "chain_id": "chainId",
    "terminal_reason": "terminalReason",
    "error_code": "errorCode",
  }))) : w;
}
let deserializeServerEventRealtimeCallDisconnectedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventRealtimeCallFailed`. */
export function deserializeServerEventRealtimeCallFailed(value: unknown): ServerEventRealtimeCallFailed;
export function deserializeServerEventRealtimeCallFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventRealtimeCallFailedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "call_id": "callId",
    "chain_id": "chainId",
    "terminal_reason": "terminalReason",
    "error_code": "errorCode",
  }))) : w;
}
let deserializeServerEventRealtimeCallFailedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventRealtimeCallIncoming`. */
export function deserializeServerEventRealtimeCallIncoming(value: unknown): ServerEventRealtimeCallIncoming;
export function deserializeServerEventRealtimeCallIncoming(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventRealtimeCallIncomingKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "call_id": "callId",
    "chain_id": "chainId",
    "terminal_reason": "terminalReason",
    "error_code": "errorCode",
  }))) : w;
}
let deserializeServerEventRealtimeCallIncomingKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventRealtimeCallTransferFailed`. */
export function deserializeServerEventRealtimeCallTransferFailed(value: unknown): ServerEventRealtimeCallTransferFailed;
export function deserializeServerEventRealtimeCallTransferFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventRealtimeCallTransferFailedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "call_id": "callId",
    "transfer_id": "transferId",
    "sip_code": "sipCode",
  }))) : w;
}
let deserializeServerEventRealtimeCallTransferFailedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventRealtimeCallTransferSucceeded`. */
export function deserializeServerEventRealtimeCallTransferSucceeded(value: unknown): ServerEventRealtimeCallTransferSucceeded;
export function deserializeServerEventRealtimeCallTransferSucceeded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventRealtimeCallTransferSucceededKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "call_id": "callId",
    "transfer_id": "transferId",
    "sip_code": "sipCode",
  }))) : w;
}
let deserializeServerEventRealtimeCallTransferSucceededKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAnimationBlendshapeDelta`. */
export function deserializeServerEventResponseAnimationBlendshapeDelta(value: unknown): ServerEventResponseAnimationBlendshapeDelta;
export function deserializeServerEventResponseAnimationBlendshapeDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAnimationBlendshapeDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "frame_index": "frameIndex",
  }))) : w;
}
let deserializeServerEventResponseAnimationBlendshapeDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAnimationBlendshapeDone`. */
export function deserializeServerEventResponseAnimationBlendshapeDone(value: unknown): ServerEventResponseAnimationBlendshapeDone;
export function deserializeServerEventResponseAnimationBlendshapeDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAnimationBlendshapeDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
  }))) : w;
}
let deserializeServerEventResponseAnimationBlendshapeDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAnimationVisemeDelta`. */
export function deserializeServerEventResponseAnimationVisemeDelta(value: unknown): ServerEventResponseAnimationVisemeDelta;
export function deserializeServerEventResponseAnimationVisemeDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAnimationVisemeDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "audio_offset_ms": "audioOffsetInMs",
    "viseme_id": "visemeId",
  }))) : w;
}
let deserializeServerEventResponseAnimationVisemeDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAnimationVisemeDone`. */
export function deserializeServerEventResponseAnimationVisemeDone(value: unknown): ServerEventResponseAnimationVisemeDone;
export function deserializeServerEventResponseAnimationVisemeDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAnimationVisemeDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseAnimationVisemeDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAudioDelta`. */
export function deserializeServerEventResponseAudioDelta(value: unknown): ServerEventResponseAudioDelta;
export function deserializeServerEventResponseAudioDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAudioDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "delta": ["delta", bytesFromWire],
  }))) : w;
}
let deserializeServerEventResponseAudioDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAudioDone`. */
export function deserializeServerEventResponseAudioDone(value: unknown): ServerEventResponseAudioDone;
export function deserializeServerEventResponseAudioDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAudioDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseAudioDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAudioTimestampDelta`. */
export function deserializeServerEventResponseAudioTimestampDelta(value: unknown): ServerEventResponseAudioTimestampDelta;
export function deserializeServerEventResponseAudioTimestampDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAudioTimestampDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "audio_offset_ms": "audioOffsetInMs",
    "audio_duration_ms": "audioDurationInMs",
    "timestamp_type": "timestampType",
  }))) : w;
}
let deserializeServerEventResponseAudioTimestampDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAudioTimestampDone`. */
export function deserializeServerEventResponseAudioTimestampDone(value: unknown): ServerEventResponseAudioTimestampDone;
export function deserializeServerEventResponseAudioTimestampDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAudioTimestampDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseAudioTimestampDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAudioTranscriptAnnotationAdded`. */
export function deserializeServerEventResponseAudioTranscriptAnnotationAdded(value: unknown): ServerEventResponseAudioTranscriptAnnotationAdded;
export function deserializeServerEventResponseAudioTranscriptAnnotationAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAudioTranscriptAnnotationAddedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "annotation_index": "annotationIndex",
  }))) : w;
}
let deserializeServerEventResponseAudioTranscriptAnnotationAddedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAudioTranscriptDelta`. */
export function deserializeServerEventResponseAudioTranscriptDelta(value: unknown): ServerEventResponseAudioTranscriptDelta;
export function deserializeServerEventResponseAudioTranscriptDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAudioTranscriptDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseAudioTranscriptDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseAudioTranscriptDone`. */
export function deserializeServerEventResponseAudioTranscriptDone(value: unknown): ServerEventResponseAudioTranscriptDone;
export function deserializeServerEventResponseAudioTranscriptDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseAudioTranscriptDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseAudioTranscriptDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseContentPartAdded`. */
export function deserializeServerEventResponseContentPartAdded(value: unknown): ServerEventResponseContentPartAdded;
export function deserializeServerEventResponseContentPartAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseContentPartAddedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "part": ["part", deserializeContentPartUnion],
  }))) : w;
}
let deserializeServerEventResponseContentPartAddedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseContentPartDone`. */
export function deserializeServerEventResponseContentPartDone(value: unknown): ServerEventResponseContentPartDone;
export function deserializeServerEventResponseContentPartDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseContentPartDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "part": ["part", deserializeContentPartUnion],
  }))) : w;
}
let deserializeServerEventResponseContentPartDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseCreated`. */
export function deserializeServerEventResponseCreated(value: unknown): ServerEventResponseCreated;
export function deserializeServerEventResponseCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseCreatedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response": ["response", deserializeVoiceLiveResponse],
  }))) : w;
}
let deserializeServerEventResponseCreatedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseDone`. */
export function deserializeServerEventResponseDone(value: unknown): ServerEventResponseDone;
export function deserializeServerEventResponseDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response": ["response", deserializeVoiceLiveResponse],
  }))) : w;
}
let deserializeServerEventResponseDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseFileSearchCallCompleted`. */
export function deserializeServerEventResponseFileSearchCallCompleted(value: unknown): ServerEventResponseFileSearchCallCompleted;
export function deserializeServerEventResponseFileSearchCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseFileSearchCallCompletedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "sequence_number": "sequenceNumber",
  }))) : w;
}
let deserializeServerEventResponseFileSearchCallCompletedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseFileSearchCallInProgress`. */
export function deserializeServerEventResponseFileSearchCallInProgress(value: unknown): ServerEventResponseFileSearchCallInProgress;
export function deserializeServerEventResponseFileSearchCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseFileSearchCallInProgressKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "sequence_number": "sequenceNumber",
  }))) : w;
}
let deserializeServerEventResponseFileSearchCallInProgressKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseFileSearchCallSearching`. */
export function deserializeServerEventResponseFileSearchCallSearching(value: unknown): ServerEventResponseFileSearchCallSearching;
export function deserializeServerEventResponseFileSearchCallSearching(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseFileSearchCallSearchingKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "sequence_number": "sequenceNumber",
  }))) : w;
}
let deserializeServerEventResponseFileSearchCallSearchingKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseFunctionCallArgumentsDelta`. */
export function deserializeServerEventResponseFunctionCallArgumentsDelta(value: unknown): ServerEventResponseFunctionCallArgumentsDelta;
export function deserializeServerEventResponseFunctionCallArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseFunctionCallArgumentsDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "call_id": "callId",
  }))) : w;
}
let deserializeServerEventResponseFunctionCallArgumentsDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseFunctionCallArgumentsDone`. */
export function deserializeServerEventResponseFunctionCallArgumentsDone(value: unknown): ServerEventResponseFunctionCallArgumentsDone;
export function deserializeServerEventResponseFunctionCallArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseFunctionCallArgumentsDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "call_id": "callId",
  }))) : w;
}
let deserializeServerEventResponseFunctionCallArgumentsDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseInvocationDelta`. */
export function deserializeServerEventResponseInvocationDelta(value: unknown): ServerEventResponseInvocationDelta;
export function deserializeServerEventResponseInvocationDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseInvocationDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventResponseInvocationDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseMcpCallArgumentsDelta`. */
export function deserializeServerEventResponseMcpCallArgumentsDelta(value: unknown): ServerEventResponseMcpCallArgumentsDelta;
export function deserializeServerEventResponseMcpCallArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseMcpCallArgumentsDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "response_id": "responseId",
    "output_index": "outputIndex",
  }))) : w;
}
let deserializeServerEventResponseMcpCallArgumentsDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseMcpCallArgumentsDone`. */
export function deserializeServerEventResponseMcpCallArgumentsDone(value: unknown): ServerEventResponseMcpCallArgumentsDone;
export function deserializeServerEventResponseMcpCallArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseMcpCallArgumentsDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "response_id": "responseId",
    "output_index": "outputIndex",
  }))) : w;
}
let deserializeServerEventResponseMcpCallArgumentsDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseMcpCallCompleted`. */
export function deserializeServerEventResponseMcpCallCompleted(value: unknown): ServerEventResponseMcpCallCompleted;
export function deserializeServerEventResponseMcpCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseMcpCallCompletedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "output_index": "outputIndex",
  }))) : w;
}
let deserializeServerEventResponseMcpCallCompletedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseMcpCallFailed`. */
export function deserializeServerEventResponseMcpCallFailed(value: unknown): ServerEventResponseMcpCallFailed;
export function deserializeServerEventResponseMcpCallFailed(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseMcpCallFailedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "output_index": "outputIndex",
  }))) : w;
}
let deserializeServerEventResponseMcpCallFailedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseMcpCallInProgress`. */
export function deserializeServerEventResponseMcpCallInProgress(value: unknown): ServerEventResponseMcpCallInProgress;
export function deserializeServerEventResponseMcpCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseMcpCallInProgressKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "item_id": "itemId",
    "output_index": "outputIndex",
  }))) : w;
}
let deserializeServerEventResponseMcpCallInProgressKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputAudioDelta`. */
export function deserializeServerEventResponseOutputAudioDelta(value: unknown): ServerEventResponseOutputAudioDelta;
export function deserializeServerEventResponseOutputAudioDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputAudioDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
    "delta": ["delta", bytesFromWire],
  }))) : w;
}
let deserializeServerEventResponseOutputAudioDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputAudioDone`. */
export function deserializeServerEventResponseOutputAudioDone(value: unknown): ServerEventResponseOutputAudioDone;
export function deserializeServerEventResponseOutputAudioDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputAudioDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseOutputAudioDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputAudioTranscriptDelta`. */
export function deserializeServerEventResponseOutputAudioTranscriptDelta(value: unknown): ServerEventResponseOutputAudioTranscriptDelta;
export function deserializeServerEventResponseOutputAudioTranscriptDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputAudioTranscriptDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseOutputAudioTranscriptDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputAudioTranscriptDone`. */
export function deserializeServerEventResponseOutputAudioTranscriptDone(value: unknown): ServerEventResponseOutputAudioTranscriptDone;
export function deserializeServerEventResponseOutputAudioTranscriptDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputAudioTranscriptDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseOutputAudioTranscriptDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputItemAdded`. */
export function deserializeServerEventResponseOutputItemAdded(value: unknown): ServerEventResponseOutputItemAdded;
export function deserializeServerEventResponseOutputItemAdded(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputItemAddedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "output_index": "outputIndex",
    "item": ["item", deserializeResponseItemUnion],
  }))) : w;
}
let deserializeServerEventResponseOutputItemAddedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputItemDone`. */
export function deserializeServerEventResponseOutputItemDone(value: unknown): ServerEventResponseOutputItemDone;
export function deserializeServerEventResponseOutputItemDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputItemDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "output_index": "outputIndex",
    "item": ["item", deserializeResponseItemUnion],
  }))) : w;
}
let deserializeServerEventResponseOutputItemDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputTextDelta`. */
export function deserializeServerEventResponseOutputTextDelta(value: unknown): ServerEventResponseOutputTextDelta;
export function deserializeServerEventResponseOutputTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputTextDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseOutputTextDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseOutputTextDone`. */
export function deserializeServerEventResponseOutputTextDone(value: unknown): ServerEventResponseOutputTextDone;
export function deserializeServerEventResponseOutputTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseOutputTextDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseOutputTextDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseSystemToolArgumentsDelta`. */
export function deserializeServerEventResponseSystemToolArgumentsDelta(value: unknown): ServerEventResponseSystemToolArgumentsDelta;
export function deserializeServerEventResponseSystemToolArgumentsDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseSystemToolArgumentsDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "call_id": "callId",
  }))) : w;
}
let deserializeServerEventResponseSystemToolArgumentsDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseSystemToolArgumentsDone`. */
export function deserializeServerEventResponseSystemToolArgumentsDone(value: unknown): ServerEventResponseSystemToolArgumentsDone;
export function deserializeServerEventResponseSystemToolArgumentsDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseSystemToolArgumentsDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "call_id": "callId",
  }))) : w;
}
let deserializeServerEventResponseSystemToolArgumentsDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseTextDelta`. */
export function deserializeServerEventResponseTextDelta(value: unknown): ServerEventResponseTextDelta;
export function deserializeServerEventResponseTextDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseTextDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseTextDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseTextDone`. */
export function deserializeServerEventResponseTextDone(value: unknown): ServerEventResponseTextDone;
export function deserializeServerEventResponseTextDone(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseTextDoneKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "content_index": "contentIndex",
  }))) : w;
}
let deserializeServerEventResponseTextDoneKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseVideoDelta`. */
export function deserializeServerEventResponseVideoDelta(value: unknown): ServerEventResponseVideoDelta;
export function deserializeServerEventResponseVideoDelta(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseVideoDeltaKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "output_index": "outputIndex",
  }))) : w;
}
let deserializeServerEventResponseVideoDeltaKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseWebSearchCallCompleted`. */
export function deserializeServerEventResponseWebSearchCallCompleted(value: unknown): ServerEventResponseWebSearchCallCompleted;
export function deserializeServerEventResponseWebSearchCallCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseWebSearchCallCompletedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "sequence_number": "sequenceNumber",
  }))) : w;
}
let deserializeServerEventResponseWebSearchCallCompletedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseWebSearchCallInProgress`. */
export function deserializeServerEventResponseWebSearchCallInProgress(value: unknown): ServerEventResponseWebSearchCallInProgress;
export function deserializeServerEventResponseWebSearchCallInProgress(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseWebSearchCallInProgressKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "sequence_number": "sequenceNumber",
  }))) : w;
}
let deserializeServerEventResponseWebSearchCallInProgressKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventResponseWebSearchCallSearching`. */
export function deserializeServerEventResponseWebSearchCallSearching(value: unknown): ServerEventResponseWebSearchCallSearching;
export function deserializeServerEventResponseWebSearchCallSearching(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventResponseWebSearchCallSearchingKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "response_id": "responseId",
    "item_id": "itemId",
    "output_index": "outputIndex",
    "sequence_number": "sequenceNumber",
  }))) : w;
}
let deserializeServerEventResponseWebSearchCallSearchingKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventSessionAvatarConnecting`. */
export function deserializeServerEventSessionAvatarConnecting(value: unknown): ServerEventSessionAvatarConnecting;
export function deserializeServerEventSessionAvatarConnecting(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventSessionAvatarConnectingKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "server_sdp": "serverSdp",
  }))) : w;
}
let deserializeServerEventSessionAvatarConnectingKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventSessionAvatarSwitchToIdle`. */
export function deserializeServerEventSessionAvatarSwitchToIdle(value: unknown): ServerEventSessionAvatarSwitchToIdle;
export function deserializeServerEventSessionAvatarSwitchToIdle(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventSessionAvatarSwitchToIdleKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "turn_id": "turnId",
  }))) : w;
}
let deserializeServerEventSessionAvatarSwitchToIdleKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventSessionAvatarSwitchToSpeaking`. */
export function deserializeServerEventSessionAvatarSwitchToSpeaking(value: unknown): ServerEventSessionAvatarSwitchToSpeaking;
export function deserializeServerEventSessionAvatarSwitchToSpeaking(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventSessionAvatarSwitchToSpeakingKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "turn_id": "turnId",
  }))) : w;
}
let deserializeServerEventSessionAvatarSwitchToSpeakingKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventSessionCreated`. */
export function deserializeServerEventSessionCreated(value: unknown): ServerEventSessionCreated;
export function deserializeServerEventSessionCreated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventSessionCreatedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "session": ["session", deserializeResponseSession],
  }))) : w;
}
let deserializeServerEventSessionCreatedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventSessionEndConversationCancelled`. */
export function deserializeServerEventSessionEndConversationCancelled(value: unknown): ServerEventSessionEndConversationCancelled;
export function deserializeServerEventSessionEndConversationCancelled(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventSessionEndConversationCancelledKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventSessionEndConversationCancelledKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventSessionEndConversationCompleted`. */
export function deserializeServerEventSessionEndConversationCompleted(value: unknown): ServerEventSessionEndConversationCompleted;
export function deserializeServerEventSessionEndConversationCompleted(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventSessionEndConversationCompletedKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventSessionEndConversationCompletedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventSessionUpdated`. */
export function deserializeServerEventSessionUpdated(value: unknown): ServerEventSessionUpdated;
export function deserializeServerEventSessionUpdated(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventSessionUpdatedKeys ??= table<KeyRule>({
    "event_id": "eventId",
    "session": ["session", deserializeResponseSession],
  }))) : w;
}
let deserializeServerEventSessionUpdatedKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerEventWarning`. */
export function deserializeServerEventWarning(value: unknown): ServerEventWarning;
export function deserializeServerEventWarning(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerEventWarningKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeServerEventWarningKeys: Table<KeyRule> | undefined;

/** `ServerVad` → wire JSON. */
export function serializeServerVad(value: ServerVad): WireObject;
export function serializeServerVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeServerVadKeys ??= table<KeyRule>({
    "prefixPaddingInMs": "prefix_padding_ms",
    "silenceDurationInMs": "silence_duration_ms",
    "endOfUtteranceDetection": ["end_of_utterance_detection", serializeEouDetectionUnion],
    "autoTruncate": "auto_truncate",
    "createResponse": "create_response",
    "interruptResponse": "interrupt_response",
  }))) : w;
}
let serializeServerVadKeys: Table<KeyRule> | undefined;

/** Wire JSON → `ServerVad`. */
export function deserializeServerVad(value: unknown): ServerVad;
export function deserializeServerVad(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeServerVadKeys ??= table<KeyRule>({
    "prefix_padding_ms": "prefixPaddingInMs",
    "silence_duration_ms": "silenceDurationInMs",
    "end_of_utterance_detection": ["endOfUtteranceDetection", deserializeEouDetectionUnion],
    "auto_truncate": "autoTruncate",
    "create_response": "createResponse",
    "interrupt_response": "interruptResponse",
  }))) : w;
}
let deserializeServerVadKeys: Table<KeyRule> | undefined;

/** `SessionAudio` → wire JSON. */
export function serializeSessionAudio(value: SessionAudio): WireObject;
export function serializeSessionAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeSessionAudioKeys ??= table<KeyRule>({
    "input": ["input", serializeSessionAudioInput],
    "output": ["output", serializeSessionAudioOutput],
  }))) : w;
}
let serializeSessionAudioKeys: Table<KeyRule> | undefined;

/** Wire JSON → `SessionAudio`. */
export function deserializeSessionAudio(value: unknown): SessionAudio;
export function deserializeSessionAudio(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeSessionAudioKeys ??= table<KeyRule>({
    "input": ["input", deserializeSessionAudioInput],
    "output": ["output", deserializeSessionAudioOutput],
  }))) : w;
}
let deserializeSessionAudioKeys: Table<KeyRule> | undefined;

/** `SessionAudioInput` → wire JSON. */
export function serializeSessionAudioInput(value: SessionAudioInput): WireObject;
export function serializeSessionAudioInput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeSessionAudioInputKeys ??= table<KeyRule>({
    "samplingRate": "sampling_rate",
    "transcription": ["transcription", serializeAudioInputTranscriptionOptions],
    "noiseReduction": "noise_reduction",
    "echoCancellation": ["echo_cancellation", serializeAudioEchoCancellation],
    "turnDetection": ["turn_detection", serializeTurnDetectionUnion],
  }))) : w;
}
let serializeSessionAudioInputKeys: Table<KeyRule> | undefined;

/** Wire JSON → `SessionAudioInput`. */
export function deserializeSessionAudioInput(value: unknown): SessionAudioInput;
export function deserializeSessionAudioInput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeSessionAudioInputKeys ??= table<KeyRule>({
    "sampling_rate": "samplingRate",
    "transcription": ["transcription", deserializeAudioInputTranscriptionOptions],
    "noise_reduction": "noiseReduction",
    "echo_cancellation": ["echoCancellation", deserializeAudioEchoCancellation],
    "turn_detection": ["turnDetection", deserializeTurnDetectionUnion],
  }))) : w;
}
let deserializeSessionAudioInputKeys: Table<KeyRule> | undefined;

/** `SessionAudioOutput` → wire JSON. */
export function serializeSessionAudioOutput(value: SessionAudioOutput): WireObject;
export function serializeSessionAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeSessionAudioOutputKeys ??= table<KeyRule>({
    "voice": ["voice", serializeVoice],
    "timestampTypes": "timestamp_types",
  }))) : w;
}
let serializeSessionAudioOutputKeys: Table<KeyRule> | undefined;

/** Wire JSON → `SessionAudioOutput`. */
export function deserializeSessionAudioOutput(value: unknown): SessionAudioOutput;
export function deserializeSessionAudioOutput(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeSessionAudioOutputKeys ??= table<KeyRule>({
    "voice": ["voice", deserializeVoice],
    "timestamp_types": "timestampTypes",
  }))) : w;
}
let deserializeSessionAudioOutputKeys: Table<KeyRule> | undefined;

/** `StaticInterimResponseConfig` → wire JSON. */
export function serializeStaticInterimResponseConfig(value: StaticInterimResponseConfig): WireObject;
export function serializeStaticInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeStaticInterimResponseConfigKeys ??= table<KeyRule>({
    "latencyThresholdInMs": "latency_threshold_ms",
  }))) : w;
}
let serializeStaticInterimResponseConfigKeys: Table<KeyRule> | undefined;

/** Wire JSON → `StaticInterimResponseConfig`. */
export function deserializeStaticInterimResponseConfig(value: unknown): StaticInterimResponseConfig;
export function deserializeStaticInterimResponseConfig(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeStaticInterimResponseConfigKeys ??= table<KeyRule>({
    "latency_threshold_ms": "latencyThresholdInMs",
  }))) : w;
}
let deserializeStaticInterimResponseConfigKeys: Table<KeyRule> | undefined;

/** Wire JSON → `TokenUsage`. */
export function deserializeTokenUsage(value: unknown): TokenUsage;
export function deserializeTokenUsage(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeTokenUsageKeys ??= table<KeyRule>({
    "total_tokens": "totalTokens",
    "input_tokens": "inputTokens",
    "output_tokens": "outputTokens",
    "input_token_details": ["inputTokenDetails", deserializeInputTokenDetails],
    "output_token_details": ["outputTokenDetails", deserializeOutputTokenDetails],
  }))) : w;
}
let deserializeTokenUsageKeys: Table<KeyRule> | undefined;

/** `Tool` → wire JSON. */
export function serializeTool(value: Tool): WireObject;
export function serializeTool(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeToolKeys ??= table<KeyRule>({}))) : w;
}
let serializeToolKeys: Table<KeyRule> | undefined;

/** Any variant of `Tool`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeToolUnion(value: ToolUnion): WireObject;
export function serializeToolUnion(w: Wire): Wire {
  return dispatch(w, "type", (serializeToolUnionByType ??= table<(w: Wire) => Wire>({
    "function": keep,
    "end_conversation": keep,
    "mcp": serializeMCPServer,
  })), serializeTool);
}
let serializeToolUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `Tool`. */
export function deserializeTool(value: unknown): Tool;
export function deserializeTool(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeToolKeys ??= table<KeyRule>({}))) : w;
}
let deserializeToolKeys: Table<KeyRule> | undefined;

/** Any variant of `Tool`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeToolUnion(value: unknown): ToolUnion;
export function deserializeToolUnion(w: Wire): Wire {
  return dispatch(w, "type", (deserializeToolUnionByType ??= table<(w: Wire) => Wire>({
    "function": keep,
    "end_conversation": keep,
    "mcp": deserializeMCPServer,
  })), deserializeTool);
}
let deserializeToolUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `TranscriptionPhrase`. */
export function deserializeTranscriptionPhrase(value: unknown): TranscriptionPhrase;
export function deserializeTranscriptionPhrase(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeTranscriptionPhraseKeys ??= table<KeyRule>({
    "offset_milliseconds": "offsetInMs",
    "duration_milliseconds": "durationInMs",
    "words": ["words", (v: Wire) => convertItems(v, deserializeTranscriptionWord)],
  }))) : w;
}
let deserializeTranscriptionPhraseKeys: Table<KeyRule> | undefined;

/** Wire JSON → `TranscriptionWord`. */
export function deserializeTranscriptionWord(value: unknown): TranscriptionWord;
export function deserializeTranscriptionWord(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeTranscriptionWordKeys ??= table<KeyRule>({
    "offset_milliseconds": "offsetInMs",
    "duration_milliseconds": "durationInMs",
  }))) : w;
}
let deserializeTranscriptionWordKeys: Table<KeyRule> | undefined;

/** `TurnDetection` → wire JSON. */
export function serializeTurnDetection(value: TurnDetection): WireObject;
export function serializeTurnDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeTurnDetectionKeys ??= table<KeyRule>({}))) : w;
}
let serializeTurnDetectionKeys: Table<KeyRule> | undefined;

/** Any variant of `TurnDetection`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeTurnDetectionUnion(value: TurnDetectionUnion): WireObject;
export function serializeTurnDetectionUnion(w: Wire): Wire {
  return dispatch(w, "type", (serializeTurnDetectionUnionByType ??= table<(w: Wire) => Wire>({
    "server_vad": serializeServerVad,
    "azure_semantic_vad": serializeAzureSemanticVad,
    "azure_semantic_vad_en": serializeAzureSemanticVadEn,
    "azure_semantic_vad_multilingual": serializeAzureSemanticVadMultilingual,
  })), serializeTurnDetection);
}
let serializeTurnDetectionUnionByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `TurnDetection`. */
export function deserializeTurnDetection(value: unknown): TurnDetection;
export function deserializeTurnDetection(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeTurnDetectionKeys ??= table<KeyRule>({}))) : w;
}
let deserializeTurnDetectionKeys: Table<KeyRule> | undefined;

/** Any variant of `TurnDetection`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeTurnDetectionUnion(value: unknown): TurnDetectionUnion;
export function deserializeTurnDetectionUnion(w: Wire): Wire {
  return dispatch(w, "type", (deserializeTurnDetectionUnionByType ??= table<(w: Wire) => Wire>({
    "server_vad": deserializeServerVad,
    "azure_semantic_vad": deserializeAzureSemanticVad,
    "azure_semantic_vad_en": deserializeAzureSemanticVadEn,
    "azure_semantic_vad_multilingual": deserializeAzureSemanticVadMultilingual,
  })), deserializeTurnDetection);
}
let deserializeTurnDetectionUnionByType: Table<(w: Wire) => Wire> | undefined;

/** `VideoCrop` → wire JSON. */
export function serializeVideoCrop(value: VideoCrop): WireObject;
export function serializeVideoCrop(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeVideoCropKeys ??= table<KeyRule>({
    "topLeft": "top_left",
    "bottomRight": "bottom_right",
  }))) : w;
}
let serializeVideoCropKeys: Table<KeyRule> | undefined;

/** Wire JSON → `VideoCrop`. */
export function deserializeVideoCrop(value: unknown): VideoCrop;
export function deserializeVideoCrop(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeVideoCropKeys ??= table<KeyRule>({
    "top_left": "topLeft",
    "bottom_right": "bottomRight",
  }))) : w;
}
let deserializeVideoCropKeys: Table<KeyRule> | undefined;

/** `VideoParams` → wire JSON. */
export function serializeVideoParams(value: VideoParams): WireObject;
export function serializeVideoParams(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (serializeVideoParamsKeys ??= table<KeyRule>({
    "crop": ["crop", serializeVideoCrop],
    "background": ["background", serializeBackground],
    "gopSize": "gop_size",
  }))) : w;
}
let serializeVideoParamsKeys: Table<KeyRule> | undefined;

/** Wire JSON → `VideoParams`. */
export function deserializeVideoParams(value: unknown): VideoParams;
export function deserializeVideoParams(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeVideoParamsKeys ??= table<KeyRule>({
    "crop": ["crop", deserializeVideoCrop],
    "background": ["background", deserializeBackground],
    "gop_size": "gopSize",
  }))) : w;
}
let deserializeVideoParamsKeys: Table<KeyRule> | undefined;

/** `Voice`: strings pass through; objects are told apart by `type`. */
export function serializeVoice(value: Voice): WireObject | string;
export function serializeVoice(w: Wire): Wire {
  return dispatch(w, "type", (serializeVoiceByType ??= table<(w: Wire) => Wire>({
    "openai": keep,
    "azure-realtime-native": keep,
  })), serializeAzureVoiceUnion);
}
let serializeVoiceByType: Table<(w: Wire) => Wire> | undefined;

/** `Voice`: strings pass through; objects are told apart by `type`. */
export function deserializeVoice(value: unknown): Voice;
export function deserializeVoice(w: Wire): Wire {
  return dispatch(w, "type", (deserializeVoiceByType ??= table<(w: Wire) => Wire>({
    "openai": keep,
    "azure-realtime-native": keep,
  })), deserializeAzureVoiceUnion);
}
let deserializeVoiceByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → `VoiceLiveErrorDetails`. */
export function deserializeVoiceLiveErrorDetails(value: unknown): VoiceLiveErrorDetails;
export function deserializeVoiceLiveErrorDetails(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeVoiceLiveErrorDetailsKeys ??= table<KeyRule>({
    "event_id": "eventId",
  }))) : w;
}
let deserializeVoiceLiveErrorDetailsKeys: Table<KeyRule> | undefined;

/** Wire JSON → `VoiceLiveResponse`. */
export function deserializeVoiceLiveResponse(value: unknown): VoiceLiveResponse;
export function deserializeVoiceLiveResponse(w: Wire): Wire {
  return isObject(w) ? convertKeys(w, (deserializeVoiceLiveResponseKeys ??= table<KeyRule>({
    "status_details": "statusDetails",
    "output": ["output", (v: Wire) => convertItems(v, deserializeResponseItemUnion)],
    "usage": ["usage", deserializeTokenUsage],
    "conversation_id": "conversationId",
    "voice": ["voice", deserializeVoice],
    "output_audio_format": "outputAudioFormat",
    "max_output_tokens": "maxOutputTokens",
    "output_modalities": "outputModalities",
    "audio": ["audio", deserializeResponseAudio],
  }))) : w;
}
let deserializeVoiceLiveResponseKeys: Table<KeyRule> | undefined;

/** A `ClientEvent` → wire JSON. An event of an unknown type is passed through as it is (it is already in wire form). */
export function serializeClientEvent(value: ClientEvent | UnknownClientEvent): WireObject;
export function serializeClientEvent(w: Wire): Wire {
  return dispatch(w, "type", (serializeClientEventByType ??= table<(w: Wire) => Wire>({
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
  })));
}
let serializeClientEventByType: Table<(w: Wire) => Wire> | undefined;

/** Wire JSON → a typed `ServerEvent`. An event of a type this SDK does not know is returned as it is, in wire form (`isUnknownServerEvent` tells). */
export function deserializeServerEvent(value: unknown): ServerEvent;
export function deserializeServerEvent(w: Wire): Wire {
  return dispatch(w, "type", (deserializeServerEventByType ??= table<(w: Wire) => Wire>({
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
  })));
}
let deserializeServerEventByType: Table<(w: Wire) => Wire> | undefined;
