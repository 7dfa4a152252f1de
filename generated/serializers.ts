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
  RequestImageContentPart,
  RequestSession,
  Response,
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
  Scene,
  ServerEvent,
  ServerEventConversationItemCreated,
  ServerEventConversationItemDeleted,
  ServerEventConversationItemInputAudioTranscriptionCompleted,
  ServerEventConversationItemInputAudioTranscriptionDelta,
  ServerEventConversationItemInputAudioTranscriptionFailed,
  ServerEventConversationItemRetrieved,
  ServerEventConversationItemTruncated,
  ServerEventError,
  ServerEventErrorDetails,
  ServerEventInputAudioBufferCleared,
  ServerEventInputAudioBufferCommitted,
  ServerEventInputAudioBufferSpeechStarted,
  ServerEventInputAudioBufferSpeechStopped,
  ServerEventMcpListToolsCompleted,
  ServerEventMcpListToolsFailed,
  ServerEventMcpListToolsInProgress,
  ServerEventOutputAudioBufferCleared,
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
  ServerEventResponseOutputItemAdded,
  ServerEventResponseOutputItemDone,
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
  ServerEventSessionUpdated,
  ServerEventWarning,
  ServerVad,
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
} from "./models.js";

type Wire = any; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A JSON object in wire form (snake_case keys). */
export type WireObject = Record<string, unknown>;

function isObject(v: unknown): v is Wire {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

interface NodeBufferClass {
  from(text: string, encoding: "base64"): Uint8Array;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: "base64"): string };
}
const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;

/** Base64 → bytes. The result owns its memory, so views such as `Int16Array` can be made on it. */
export function base64ToBytes(text: string): Uint8Array {
  if (NodeBuffer) {
    const b = NodeBuffer.from(text, "base64");
    return b.byteOffset === 0 && b.buffer.byteLength === b.length ? new Uint8Array(b.buffer) : new Uint8Array(b);
  }
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes → base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Wire JSON → `AgentConfig`. */
export function deserializeAgentConfig(value: unknown): AgentConfig;
export function deserializeAgentConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "agent_id":
        o.agentId = v;
        break;
      case "thread_id":
        o.threadId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `Animation` → wire JSON. */
export function serializeAnimation(value: Animation): WireObject;
export function serializeAnimation(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "modelName":
        o.model_name = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `Animation`. */
export function deserializeAnimation(value: unknown): Animation;
export function deserializeAnimation(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "model_name":
        o.modelName = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AudioEchoCancellation` → wire JSON. */
export function serializeAudioEchoCancellation(value: AudioEchoCancellation): WireObject;
export function serializeAudioEchoCancellation(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "referenceSource":
        o.reference_source = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AudioEchoCancellation`. */
export function deserializeAudioEchoCancellation(value: unknown): AudioEchoCancellation;
export function deserializeAudioEchoCancellation(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "reference_source":
        o.referenceSource = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AudioInputTranscriptionOptions` → wire JSON. */
export function serializeAudioInputTranscriptionOptions(value: AudioInputTranscriptionOptions): WireObject;
export function serializeAudioInputTranscriptionOptions(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "customSpeech":
        o.custom_speech = v;
        break;
      case "phraseList":
        o.phrase_list = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AudioInputTranscriptionOptions`. */
export function deserializeAudioInputTranscriptionOptions(value: unknown): AudioInputTranscriptionOptions;
export function deserializeAudioInputTranscriptionOptions(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "custom_speech":
        o.customSpeech = v;
        break;
      case "phrase_list":
        o.phraseList = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AvatarConfig` → wire JSON. */
export function serializeAvatarConfig(value: AvatarConfig): WireObject;
export function serializeAvatarConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "iceServers":
        o.ice_servers = v;
        break;
      case "video":
        o.video = serializeVideoParams(v);
        break;
      case "scene":
        o.scene = serializeScene(v);
        break;
      case "outputProtocol":
        o.output_protocol = v;
        break;
      case "outputAuditAudio":
        o.output_audit_audio = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AvatarConfig`. */
export function deserializeAvatarConfig(value: unknown): AvatarConfig;
export function deserializeAvatarConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "ice_servers":
        o.iceServers = v;
        break;
      case "video":
        o.video = deserializeVideoParams(v);
        break;
      case "scene":
        o.scene = deserializeScene(v);
        break;
      case "output_protocol":
        o.outputProtocol = v;
        break;
      case "output_audit_audio":
        o.outputAuditAudio = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureAvatarVoiceSyncVoice` → wire JSON. */
export function serializeAzureAvatarVoiceSyncVoice(value: AzureAvatarVoiceSyncVoice): WireObject;
export function serializeAzureAvatarVoiceSyncVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "customLexiconUrl":
        o.custom_lexicon_url = v;
        break;
      case "customTextNormalizationUrl":
        o.custom_text_normalization_url = v;
        break;
      case "preferLocales":
        o.prefer_locales = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureAvatarVoiceSyncVoice`. */
export function deserializeAzureAvatarVoiceSyncVoice(value: unknown): AzureAvatarVoiceSyncVoice;
export function deserializeAzureAvatarVoiceSyncVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "custom_lexicon_url":
        o.customLexiconUrl = v;
        break;
      case "custom_text_normalization_url":
        o.customTextNormalizationUrl = v;
        break;
      case "prefer_locales":
        o.preferLocales = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureCustomVoice` → wire JSON. */
export function serializeAzureCustomVoice(value: AzureCustomVoice): WireObject;
export function serializeAzureCustomVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "endpointId":
        o.endpoint_id = v;
        break;
      case "customLexiconUrl":
        o.custom_lexicon_url = v;
        break;
      case "preferLocales":
        o.prefer_locales = v;
        break;
      case "customTextNormalizationUrl":
        o.custom_text_normalization_url = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureCustomVoice`. */
export function deserializeAzureCustomVoice(value: unknown): AzureCustomVoice;
export function deserializeAzureCustomVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "endpoint_id":
        o.endpointId = v;
        break;
      case "custom_lexicon_url":
        o.customLexiconUrl = v;
        break;
      case "prefer_locales":
        o.preferLocales = v;
        break;
      case "custom_text_normalization_url":
        o.customTextNormalizationUrl = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzurePersonalVoice` → wire JSON. */
export function serializeAzurePersonalVoice(value: AzurePersonalVoice): WireObject;
export function serializeAzurePersonalVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "customLexiconUrl":
        o.custom_lexicon_url = v;
        break;
      case "customTextNormalizationUrl":
        o.custom_text_normalization_url = v;
        break;
      case "preferLocales":
        o.prefer_locales = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzurePersonalVoice`. */
export function deserializeAzurePersonalVoice(value: unknown): AzurePersonalVoice;
export function deserializeAzurePersonalVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "custom_lexicon_url":
        o.customLexiconUrl = v;
        break;
      case "custom_text_normalization_url":
        o.customTextNormalizationUrl = v;
        break;
      case "prefer_locales":
        o.preferLocales = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureSemanticDetection` → wire JSON. */
export function serializeAzureSemanticDetection(value: AzureSemanticDetection): WireObject;
export function serializeAzureSemanticDetection(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "thresholdLevel":
        o.threshold_level = v;
        break;
      case "timeoutInMs":
        o.timeout_ms = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureSemanticDetection`. */
export function deserializeAzureSemanticDetection(value: unknown): AzureSemanticDetection;
export function deserializeAzureSemanticDetection(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "threshold_level":
        o.thresholdLevel = v;
        break;
      case "timeout_ms":
        o.timeoutInMs = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureSemanticDetectionEn` → wire JSON. */
export function serializeAzureSemanticDetectionEn(value: AzureSemanticDetectionEn): WireObject;
export function serializeAzureSemanticDetectionEn(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "thresholdLevel":
        o.threshold_level = v;
        break;
      case "timeoutInMs":
        o.timeout_ms = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureSemanticDetectionEn`. */
export function deserializeAzureSemanticDetectionEn(value: unknown): AzureSemanticDetectionEn;
export function deserializeAzureSemanticDetectionEn(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "threshold_level":
        o.thresholdLevel = v;
        break;
      case "timeout_ms":
        o.timeoutInMs = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureSemanticDetectionMultilingual` → wire JSON. */
export function serializeAzureSemanticDetectionMultilingual(value: AzureSemanticDetectionMultilingual): WireObject;
export function serializeAzureSemanticDetectionMultilingual(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "thresholdLevel":
        o.threshold_level = v;
        break;
      case "timeoutInMs":
        o.timeout_ms = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureSemanticDetectionMultilingual`. */
export function deserializeAzureSemanticDetectionMultilingual(value: unknown): AzureSemanticDetectionMultilingual;
export function deserializeAzureSemanticDetectionMultilingual(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "threshold_level":
        o.thresholdLevel = v;
        break;
      case "timeout_ms":
        o.timeoutInMs = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureSemanticVad` → wire JSON. */
export function serializeAzureSemanticVad(value: AzureSemanticVad): WireObject;
export function serializeAzureSemanticVad(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "prefixPaddingInMs":
        o.prefix_padding_ms = v;
        break;
      case "silenceDurationInMs":
        o.silence_duration_ms = v;
        break;
      case "endOfUtteranceDetection":
        o.end_of_utterance_detection = serializeEouDetectionUnion(v);
        break;
      case "speechDurationInMs":
        o.speech_duration_ms = v;
        break;
      case "removeFillerWords":
        o.remove_filler_words = v;
        break;
      case "autoTruncate":
        o.auto_truncate = v;
        break;
      case "createResponse":
        o.create_response = v;
        break;
      case "interruptResponse":
        o.interrupt_response = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureSemanticVad`. */
export function deserializeAzureSemanticVad(value: unknown): AzureSemanticVad;
export function deserializeAzureSemanticVad(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "prefix_padding_ms":
        o.prefixPaddingInMs = v;
        break;
      case "silence_duration_ms":
        o.silenceDurationInMs = v;
        break;
      case "end_of_utterance_detection":
        o.endOfUtteranceDetection = deserializeEouDetectionUnion(v);
        break;
      case "speech_duration_ms":
        o.speechDurationInMs = v;
        break;
      case "remove_filler_words":
        o.removeFillerWords = v;
        break;
      case "auto_truncate":
        o.autoTruncate = v;
        break;
      case "create_response":
        o.createResponse = v;
        break;
      case "interrupt_response":
        o.interruptResponse = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureSemanticVadEn` → wire JSON. */
export function serializeAzureSemanticVadEn(value: AzureSemanticVadEn): WireObject;
export function serializeAzureSemanticVadEn(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "prefixPaddingInMs":
        o.prefix_padding_ms = v;
        break;
      case "silenceDurationInMs":
        o.silence_duration_ms = v;
        break;
      case "endOfUtteranceDetection":
        o.end_of_utterance_detection = serializeEouDetectionUnion(v);
        break;
      case "speechDurationInMs":
        o.speech_duration_ms = v;
        break;
      case "removeFillerWords":
        o.remove_filler_words = v;
        break;
      case "autoTruncate":
        o.auto_truncate = v;
        break;
      case "createResponse":
        o.create_response = v;
        break;
      case "interruptResponse":
        o.interrupt_response = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureSemanticVadEn`. */
export function deserializeAzureSemanticVadEn(value: unknown): AzureSemanticVadEn;
export function deserializeAzureSemanticVadEn(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "prefix_padding_ms":
        o.prefixPaddingInMs = v;
        break;
      case "silence_duration_ms":
        o.silenceDurationInMs = v;
        break;
      case "end_of_utterance_detection":
        o.endOfUtteranceDetection = deserializeEouDetectionUnion(v);
        break;
      case "speech_duration_ms":
        o.speechDurationInMs = v;
        break;
      case "remove_filler_words":
        o.removeFillerWords = v;
        break;
      case "auto_truncate":
        o.autoTruncate = v;
        break;
      case "create_response":
        o.createResponse = v;
        break;
      case "interrupt_response":
        o.interruptResponse = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureSemanticVadMultilingual` → wire JSON. */
export function serializeAzureSemanticVadMultilingual(value: AzureSemanticVadMultilingual): WireObject;
export function serializeAzureSemanticVadMultilingual(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "prefixPaddingInMs":
        o.prefix_padding_ms = v;
        break;
      case "silenceDurationInMs":
        o.silence_duration_ms = v;
        break;
      case "endOfUtteranceDetection":
        o.end_of_utterance_detection = serializeEouDetectionUnion(v);
        break;
      case "speechDurationInMs":
        o.speech_duration_ms = v;
        break;
      case "removeFillerWords":
        o.remove_filler_words = v;
        break;
      case "autoTruncate":
        o.auto_truncate = v;
        break;
      case "createResponse":
        o.create_response = v;
        break;
      case "interruptResponse":
        o.interrupt_response = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureSemanticVadMultilingual`. */
export function deserializeAzureSemanticVadMultilingual(value: unknown): AzureSemanticVadMultilingual;
export function deserializeAzureSemanticVadMultilingual(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "prefix_padding_ms":
        o.prefixPaddingInMs = v;
        break;
      case "silence_duration_ms":
        o.silenceDurationInMs = v;
        break;
      case "end_of_utterance_detection":
        o.endOfUtteranceDetection = deserializeEouDetectionUnion(v);
        break;
      case "speech_duration_ms":
        o.speechDurationInMs = v;
        break;
      case "remove_filler_words":
        o.removeFillerWords = v;
        break;
      case "auto_truncate":
        o.autoTruncate = v;
        break;
      case "create_response":
        o.createResponse = v;
        break;
      case "interrupt_response":
        o.interruptResponse = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureStandardVoice` → wire JSON. */
export function serializeAzureStandardVoice(value: AzureStandardVoice): WireObject;
export function serializeAzureStandardVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "customLexiconUrl":
        o.custom_lexicon_url = v;
        break;
      case "preferLocales":
        o.prefer_locales = v;
        break;
      case "customTextNormalizationUrl":
        o.custom_text_normalization_url = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `AzureStandardVoice`. */
export function deserializeAzureStandardVoice(value: unknown): AzureStandardVoice;
export function deserializeAzureStandardVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "custom_lexicon_url":
        o.customLexiconUrl = v;
        break;
      case "prefer_locales":
        o.preferLocales = v;
        break;
      case "custom_text_normalization_url":
        o.customTextNormalizationUrl = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `AzureVoice` → wire JSON. */
export function serializeAzureVoice(value: AzureVoice): WireObject;
export function serializeAzureVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    o[k] = v;
  }
  return o;
}

/** Any variant of `AzureVoice`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeAzureVoiceUnion(value: AzureVoiceUnion): WireObject;
export function serializeAzureVoiceUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "azure-standard":
      return serializeAzureStandardVoice(w);
    case "azure-custom":
      return serializeAzureCustomVoice(w);
    case "azure-personal":
      return serializeAzurePersonalVoice(w);
    case "avatar-voice-sync":
      return serializeAzureAvatarVoiceSyncVoice(w);
    default:
      return serializeAzureVoice(w);
  }
}

/** Wire JSON → `AzureVoice`. */
export function deserializeAzureVoice(value: unknown): AzureVoice;
export function deserializeAzureVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    o[k] = v;
  }
  return o;
}

/** Any variant of `AzureVoice`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeAzureVoiceUnion(value: unknown): AzureVoiceUnion;
export function deserializeAzureVoiceUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "azure-standard":
      return deserializeAzureStandardVoice(w);
    case "azure-custom":
      return deserializeAzureCustomVoice(w);
    case "azure-personal":
      return deserializeAzurePersonalVoice(w);
    case "avatar-voice-sync":
      return deserializeAzureAvatarVoiceSyncVoice(w);
    default:
      return deserializeAzureVoice(w);
  }
}

/** `Background` → wire JSON. */
export function serializeBackground(value: Background): WireObject;
export function serializeBackground(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "imageUrl":
        o.image_url = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `Background`. */
export function deserializeBackground(value: unknown): Background;
export function deserializeBackground(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "image_url":
        o.imageUrl = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `CachedTokenDetails`. */
export function deserializeCachedTokenDetails(value: unknown): CachedTokenDetails;
export function deserializeCachedTokenDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "text_tokens":
        o.textTokens = v;
        break;
      case "audio_tokens":
        o.audioTokens = v;
        break;
      case "image_tokens":
        o.imageTokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventConversationItemCreate` → wire JSON. */
export function serializeClientEventConversationItemCreate(value: ClientEventConversationItemCreate): WireObject;
export function serializeClientEventConversationItemCreate(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "previousItemId":
        o.previous_item_id = v;
        break;
      case "item":
        o.item = serializeConversationRequestItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventConversationItemDelete` → wire JSON. */
export function serializeClientEventConversationItemDelete(value: ClientEventConversationItemDelete): WireObject;
export function serializeClientEventConversationItemDelete(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "itemId":
        o.item_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventConversationItemRetrieve` → wire JSON. */
export function serializeClientEventConversationItemRetrieve(value: ClientEventConversationItemRetrieve): WireObject;
export function serializeClientEventConversationItemRetrieve(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "itemId":
        o.item_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventConversationItemTruncate` → wire JSON. */
export function serializeClientEventConversationItemTruncate(value: ClientEventConversationItemTruncate): WireObject;
export function serializeClientEventConversationItemTruncate(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "itemId":
        o.item_id = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "audioEndInMs":
        o.audio_end_ms = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioBufferAppend` → wire JSON. */
export function serializeClientEventInputAudioBufferAppend(value: ClientEventInputAudioBufferAppend): WireObject;
export function serializeClientEventInputAudioBufferAppend(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioBufferClear` → wire JSON. */
export function serializeClientEventInputAudioBufferClear(value: ClientEventInputAudioBufferClear): WireObject;
export function serializeClientEventInputAudioBufferClear(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioBufferCommit` → wire JSON. */
export function serializeClientEventInputAudioBufferCommit(value: ClientEventInputAudioBufferCommit): WireObject;
export function serializeClientEventInputAudioBufferCommit(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioClear` → wire JSON. */
export function serializeClientEventInputAudioClear(value: ClientEventInputAudioClear): WireObject;
export function serializeClientEventInputAudioClear(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioTurnAppend` → wire JSON. */
export function serializeClientEventInputAudioTurnAppend(value: ClientEventInputAudioTurnAppend): WireObject;
export function serializeClientEventInputAudioTurnAppend(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "turnId":
        o.turn_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioTurnCancel` → wire JSON. */
export function serializeClientEventInputAudioTurnCancel(value: ClientEventInputAudioTurnCancel): WireObject;
export function serializeClientEventInputAudioTurnCancel(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "turnId":
        o.turn_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioTurnEnd` → wire JSON. */
export function serializeClientEventInputAudioTurnEnd(value: ClientEventInputAudioTurnEnd): WireObject;
export function serializeClientEventInputAudioTurnEnd(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "turnId":
        o.turn_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputAudioTurnStart` → wire JSON. */
export function serializeClientEventInputAudioTurnStart(value: ClientEventInputAudioTurnStart): WireObject;
export function serializeClientEventInputAudioTurnStart(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "turnId":
        o.turn_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputTextDelta` → wire JSON. */
export function serializeClientEventInputTextDelta(value: ClientEventInputTextDelta): WireObject;
export function serializeClientEventInputTextDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventInputTextDone` → wire JSON. */
export function serializeClientEventInputTextDone(value: ClientEventInputTextDone): WireObject;
export function serializeClientEventInputTextDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventOutputAudioBufferClear` → wire JSON. */
export function serializeClientEventOutputAudioBufferClear(value: ClientEventOutputAudioBufferClear): WireObject;
export function serializeClientEventOutputAudioBufferClear(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventResponseCancel` → wire JSON. */
export function serializeClientEventResponseCancel(value: ClientEventResponseCancel): WireObject;
export function serializeClientEventResponseCancel(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "responseId":
        o.response_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventResponseCreate` → wire JSON. */
export function serializeClientEventResponseCreate(value: ClientEventResponseCreate): WireObject;
export function serializeClientEventResponseCreate(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "response":
        o.response = serializeResponseCreateParams(v);
        break;
      case "additionalInstructions":
        o.additional_instructions = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventSessionAvatarConnect` → wire JSON. */
export function serializeClientEventSessionAvatarConnect(value: ClientEventSessionAvatarConnect): WireObject;
export function serializeClientEventSessionAvatarConnect(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "clientSdp":
        o.client_sdp = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ClientEventSessionUpdate` → wire JSON. */
export function serializeClientEventSessionUpdate(value: ClientEventSessionUpdate): WireObject;
export function serializeClientEventSessionUpdate(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "session":
        o.session = serializeRequestSession(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ContentPart`. */
export function deserializeContentPart(value: unknown): ContentPart;
export function deserializeContentPart(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    o[k] = v;
  }
  return o;
}

/** Any variant of `ContentPart`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeContentPartUnion(value: unknown): ContentPartUnion;
export function deserializeContentPartUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "input_text":
      return w;
    case "input_audio":
      return w;
    case "input_image":
      return deserializeRequestImageContentPart(w);
    case "text":
      return w;
    case "audio":
      return w;
    default:
      return deserializeContentPart(w);
  }
}

/** `ConversationRequestItem` → wire JSON. */
export function serializeConversationRequestItem(value: ConversationRequestItem): WireObject;
export function serializeConversationRequestItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    o[k] = v;
  }
  return o;
}

/** Any variant of `ConversationRequestItem`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeConversationRequestItemUnion(value: ConversationRequestItemUnion): WireObject;
export function serializeConversationRequestItemUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "message":
      return w;
    case "function_call":
      return serializeFunctionCallItem(w);
    case "function_call_output":
      return serializeFunctionCallOutputItem(w);
    case "mcp_approval_response":
      return serializeMCPApprovalResponseRequestItem(w);
    default:
      return serializeConversationRequestItem(w);
  }
}

/** `EouDetection` → wire JSON. */
export function serializeEouDetection(value: EouDetection): WireObject;
export function serializeEouDetection(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    o[k] = v;
  }
  return o;
}

/** Any variant of `EouDetection`, chosen by `model`; an unknown variant is converted as the base. */
export function serializeEouDetectionUnion(value: EouDetectionUnion): WireObject;
export function serializeEouDetectionUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["model"]) {
    case "semantic_detection_v1":
      return serializeAzureSemanticDetection(w);
    case "semantic_detection_v1_en":
      return serializeAzureSemanticDetectionEn(w);
    case "semantic_detection_v1_multilingual":
      return serializeAzureSemanticDetectionMultilingual(w);
    default:
      return serializeEouDetection(w);
  }
}

/** Wire JSON → `EouDetection`. */
export function deserializeEouDetection(value: unknown): EouDetection;
export function deserializeEouDetection(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    o[k] = v;
  }
  return o;
}

/** Any variant of `EouDetection`, chosen by `model`; an unknown variant is converted as the base. */
export function deserializeEouDetectionUnion(value: unknown): EouDetectionUnion;
export function deserializeEouDetectionUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["model"]) {
    case "semantic_detection_v1":
      return deserializeAzureSemanticDetection(w);
    case "semantic_detection_v1_en":
      return deserializeAzureSemanticDetectionEn(w);
    case "semantic_detection_v1_multilingual":
      return deserializeAzureSemanticDetectionMultilingual(w);
    default:
      return deserializeEouDetection(w);
  }
}

/** Wire JSON → `FileSearchResult`. */
export function deserializeFileSearchResult(value: unknown): FileSearchResult;
export function deserializeFileSearchResult(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "file_id":
        o.fileId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `FunctionCallItem` → wire JSON. */
export function serializeFunctionCallItem(value: FunctionCallItem): WireObject;
export function serializeFunctionCallItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "callId":
        o.call_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `FunctionCallOutputItem` → wire JSON. */
export function serializeFunctionCallOutputItem(value: FunctionCallOutputItem): WireObject;
export function serializeFunctionCallOutputItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "callId":
        o.call_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `InputTokenDetails`. */
export function deserializeInputTokenDetails(value: unknown): InputTokenDetails;
export function deserializeInputTokenDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "cached_tokens":
        o.cachedTokens = v;
        break;
      case "text_tokens":
        o.textTokens = v;
        break;
      case "audio_tokens":
        o.audioTokens = v;
        break;
      case "image_tokens":
        o.imageTokens = v;
        break;
      case "cached_tokens_details":
        o.cachedTokensDetails = deserializeCachedTokenDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `InterimResponseConfig`: strings pass through; objects are told apart by `type`. */
export function serializeInterimResponseConfig(value: InterimResponseConfig): WireObject | string;
export function serializeInterimResponseConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "static_interim_response":
      return serializeStaticInterimResponseConfig(w);
    case "llm_interim_response":
      return serializeLlmInterimResponseConfig(w);
    default:
      return w;
  }
}

/** `InterimResponseConfig`: strings pass through; objects are told apart by `type`. */
export function deserializeInterimResponseConfig(value: unknown): InterimResponseConfig;
export function deserializeInterimResponseConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "static_interim_response":
      return deserializeStaticInterimResponseConfig(w);
    case "llm_interim_response":
      return deserializeLlmInterimResponseConfig(w);
    default:
      return w;
  }
}

/** `LlmInterimResponseConfig` → wire JSON. */
export function serializeLlmInterimResponseConfig(value: LlmInterimResponseConfig): WireObject;
export function serializeLlmInterimResponseConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "latencyThresholdInMs":
        o.latency_threshold_ms = v;
        break;
      case "maxCompletionTokens":
        o.max_completion_tokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `LlmInterimResponseConfig`. */
export function deserializeLlmInterimResponseConfig(value: unknown): LlmInterimResponseConfig;
export function deserializeLlmInterimResponseConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "latency_threshold_ms":
        o.latencyThresholdInMs = v;
        break;
      case "max_completion_tokens":
        o.maxCompletionTokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `MCPApprovalResponseRequestItem` → wire JSON. */
export function serializeMCPApprovalResponseRequestItem(value: MCPApprovalResponseRequestItem): WireObject;
export function serializeMCPApprovalResponseRequestItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "approvalRequestId":
        o.approval_request_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `MCPServer` → wire JSON. */
export function serializeMCPServer(value: MCPServer): WireObject;
export function serializeMCPServer(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "serverLabel":
        o.server_label = v;
        break;
      case "serverUrl":
        o.server_url = v;
        break;
      case "allowedTools":
        o.allowed_tools = v;
        break;
      case "requireApproval":
        o.require_approval = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `MCPServer`. */
export function deserializeMCPServer(value: unknown): MCPServer;
export function deserializeMCPServer(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "server_label":
        o.serverLabel = v;
        break;
      case "server_url":
        o.serverUrl = v;
        break;
      case "allowed_tools":
        o.allowedTools = v;
        break;
      case "require_approval":
        o.requireApproval = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `MCPTool`. */
export function deserializeMCPTool(value: unknown): MCPTool;
export function deserializeMCPTool(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "input_schema":
        o.inputSchema = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `OutputTokenDetails`. */
export function deserializeOutputTokenDetails(value: unknown): OutputTokenDetails;
export function deserializeOutputTokenDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "text_tokens":
        o.textTokens = v;
        break;
      case "audio_tokens":
        o.audioTokens = v;
        break;
      case "reasoning_tokens":
        o.reasoningTokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `RequestImageContentPart`. */
export function deserializeRequestImageContentPart(value: unknown): RequestImageContentPart;
export function deserializeRequestImageContentPart(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "image_url":
        o.imageUrl = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `RequestSession` → wire JSON. */
export function serializeRequestSession(value: RequestSession): WireObject;
export function serializeRequestSession(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "animation":
        o.animation = serializeAnimation(v);
        break;
      case "voice":
        o.voice = serializeVoice(v);
        break;
      case "inputAudioSamplingRate":
        o.input_audio_sampling_rate = v;
        break;
      case "inputAudioFormat":
        o.input_audio_format = v;
        break;
      case "outputAudioFormat":
        o.output_audio_format = v;
        break;
      case "turnDetection":
        o.turn_detection = serializeTurnDetectionUnion(v);
        break;
      case "inputAudioNoiseReduction":
        o.input_audio_noise_reduction = v;
        break;
      case "inputAudioEchoCancellation":
        o.input_audio_echo_cancellation = serializeAudioEchoCancellation(v);
        break;
      case "avatar":
        o.avatar = serializeAvatarConfig(v);
        break;
      case "inputAudioTranscription":
        o.input_audio_transcription = serializeAudioInputTranscriptionOptions(v);
        break;
      case "outputAudioTimestampTypes":
        o.output_audio_timestamp_types = v;
        break;
      case "tools":
        o.tools = (Array.isArray(v) ? v.map((x: Wire) => serializeToolUnion(x)) : v);
        break;
      case "toolChoice":
        o.tool_choice = v;
        break;
      case "maxResponseOutputTokens":
        o.max_response_output_tokens = v;
        break;
      case "reasoningEffort":
        o.reasoning_effort = v;
        break;
      case "interimResponse":
        o.interim_response = serializeInterimResponseConfig(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `Response`. */
export function deserializeResponse(value: unknown): Response;
export function deserializeResponse(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "status_details":
        o.statusDetails = v;
        break;
      case "output":
        o.output = (Array.isArray(v) ? v.map((x: Wire) => deserializeResponseItemUnion(x)) : v);
        break;
      case "usage":
        o.usage = deserializeTokenUsage(v);
        break;
      case "conversation_id":
        o.conversationId = v;
        break;
      case "voice":
        o.voice = deserializeVoice(v);
        break;
      case "output_audio_format":
        o.outputAudioFormat = v;
        break;
      case "max_output_tokens":
        o.maxOutputTokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ResponseCreateParams` → wire JSON. */
export function serializeResponseCreateParams(value: ResponseCreateParams): WireObject;
export function serializeResponseCreateParams(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "cancelPrevious":
        o.cancel_previous = v;
        break;
      case "appendInputItems":
        o.append_input_items = (Array.isArray(v) ? v.map((x: Wire) => serializeConversationRequestItemUnion(x)) : v);
        break;
      case "inputItems":
        o.input_items = (Array.isArray(v) ? v.map((x: Wire) => serializeConversationRequestItemUnion(x)) : v);
        break;
      case "voice":
        o.voice = serializeVoice(v);
        break;
      case "outputAudioFormat":
        o.output_audio_format = v;
        break;
      case "tools":
        o.tools = (Array.isArray(v) ? v.map((x: Wire) => serializeToolUnion(x)) : v);
        break;
      case "toolChoice":
        o.tool_choice = v;
        break;
      case "maxOutputTokens":
        o.max_output_tokens = v;
        break;
      case "preGeneratedAssistantMessage":
        o.pre_generated_assistant_message = v;
        break;
      case "reasoningEffort":
        o.reasoning_effort = v;
        break;
      case "interimResponse":
        o.interim_response = serializeInterimResponseConfig(v);
        break;
      case "invokeInput":
        o.invoke_input = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseFileSearchCallItem`. */
export function deserializeResponseFileSearchCallItem(value: unknown): ResponseFileSearchCallItem;
export function deserializeResponseFileSearchCallItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "results":
        o.results = (Array.isArray(v) ? v.map((x: Wire) => deserializeFileSearchResult(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseFunctionCallItem`. */
export function deserializeResponseFunctionCallItem(value: unknown): ResponseFunctionCallItem;
export function deserializeResponseFunctionCallItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "call_id":
        o.callId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseFunctionCallOutputItem`. */
export function deserializeResponseFunctionCallOutputItem(value: unknown): ResponseFunctionCallOutputItem;
export function deserializeResponseFunctionCallOutputItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "call_id":
        o.callId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseItem`. */
export function deserializeResponseItem(value: unknown): ResponseItem;
export function deserializeResponseItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    o[k] = v;
  }
  return o;
}

/** Any variant of `ResponseItem`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeResponseItemUnion(value: unknown): ResponseItemUnion;
export function deserializeResponseItemUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "message":
      return deserializeResponseMessageItem(w);
    case "function_call":
      return deserializeResponseFunctionCallItem(w);
    case "function_call_output":
      return deserializeResponseFunctionCallOutputItem(w);
    case "mcp_list_tools":
      return deserializeResponseMCPListToolItem(w);
    case "mcp_call":
      return deserializeResponseMCPCallItem(w);
    case "mcp_approval_request":
      return deserializeResponseMCPApprovalRequestItem(w);
    case "mcp_approval_response":
      return deserializeResponseMCPApprovalResponseItem(w);
    case "web_search_call":
      return w;
    case "file_search_call":
      return deserializeResponseFileSearchCallItem(w);
    default:
      return deserializeResponseItem(w);
  }
}

/** Wire JSON → `ResponseMCPApprovalRequestItem`. */
export function deserializeResponseMCPApprovalRequestItem(value: unknown): ResponseMCPApprovalRequestItem;
export function deserializeResponseMCPApprovalRequestItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "server_label":
        o.serverLabel = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseMCPApprovalResponseItem`. */
export function deserializeResponseMCPApprovalResponseItem(value: unknown): ResponseMCPApprovalResponseItem;
export function deserializeResponseMCPApprovalResponseItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "approval_request_id":
        o.approvalRequestId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseMCPCallItem`. */
export function deserializeResponseMCPCallItem(value: unknown): ResponseMCPCallItem;
export function deserializeResponseMCPCallItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "approval_request_id":
        o.approvalRequestId = v;
        break;
      case "server_label":
        o.serverLabel = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseMCPListToolItem`. */
export function deserializeResponseMCPListToolItem(value: unknown): ResponseMCPListToolItem;
export function deserializeResponseMCPListToolItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "tools":
        o.tools = (Array.isArray(v) ? v.map((x: Wire) => deserializeMCPTool(x)) : v);
        break;
      case "server_label":
        o.serverLabel = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseMessageItem`. */
export function deserializeResponseMessageItem(value: unknown): ResponseMessageItem;
export function deserializeResponseMessageItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "content":
        o.content = (Array.isArray(v) ? v.map((x: Wire) => deserializeContentPartUnion(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseSession`. */
export function deserializeResponseSession(value: unknown): ResponseSession;
export function deserializeResponseSession(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "animation":
        o.animation = deserializeAnimation(v);
        break;
      case "voice":
        o.voice = deserializeVoice(v);
        break;
      case "input_audio_sampling_rate":
        o.inputAudioSamplingRate = v;
        break;
      case "input_audio_format":
        o.inputAudioFormat = v;
        break;
      case "output_audio_format":
        o.outputAudioFormat = v;
        break;
      case "turn_detection":
        o.turnDetection = deserializeTurnDetectionUnion(v);
        break;
      case "input_audio_noise_reduction":
        o.inputAudioNoiseReduction = v;
        break;
      case "input_audio_echo_cancellation":
        o.inputAudioEchoCancellation = deserializeAudioEchoCancellation(v);
        break;
      case "avatar":
        o.avatar = deserializeAvatarConfig(v);
        break;
      case "input_audio_transcription":
        o.inputAudioTranscription = deserializeAudioInputTranscriptionOptions(v);
        break;
      case "output_audio_timestamp_types":
        o.outputAudioTimestampTypes = v;
        break;
      case "tools":
        o.tools = (Array.isArray(v) ? v.map((x: Wire) => deserializeToolUnion(x)) : v);
        break;
      case "tool_choice":
        o.toolChoice = v;
        break;
      case "max_response_output_tokens":
        o.maxResponseOutputTokens = v;
        break;
      case "reasoning_effort":
        o.reasoningEffort = v;
        break;
      case "interim_response":
        o.interimResponse = deserializeInterimResponseConfig(v);
        break;
      case "agent":
        o.agent = deserializeAgentConfig(v);
        break;
      case "expires_at":
        o.expiresAt = (typeof v === "number" ? new Date(v * 1000) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `Scene` → wire JSON. */
export function serializeScene(value: Scene): WireObject;
export function serializeScene(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "positionX":
        o.position_x = v;
        break;
      case "positionY":
        o.position_y = v;
        break;
      case "rotationX":
        o.rotation_x = v;
        break;
      case "rotationY":
        o.rotation_y = v;
        break;
      case "rotationZ":
        o.rotation_z = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `Scene`. */
export function deserializeScene(value: unknown): Scene;
export function deserializeScene(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "position_x":
        o.positionX = v;
        break;
      case "position_y":
        o.positionY = v;
        break;
      case "rotation_x":
        o.rotationX = v;
        break;
      case "rotation_y":
        o.rotationY = v;
        break;
      case "rotation_z":
        o.rotationZ = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventConversationItemCreated`. */
export function deserializeServerEventConversationItemCreated(value: unknown): ServerEventConversationItemCreated;
export function deserializeServerEventConversationItemCreated(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "previous_item_id":
        o.previousItemId = v;
        break;
      case "item":
        o.item = deserializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventConversationItemDeleted`. */
export function deserializeServerEventConversationItemDeleted(value: unknown): ServerEventConversationItemDeleted;
export function deserializeServerEventConversationItemDeleted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionCompleted`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionCompleted(value: unknown): ServerEventConversationItemInputAudioTranscriptionCompleted;
export function deserializeServerEventConversationItemInputAudioTranscriptionCompleted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "phrases":
        o.phrases = (Array.isArray(v) ? v.map((x: Wire) => deserializeTranscriptionPhrase(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionDelta`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionDelta(value: unknown): ServerEventConversationItemInputAudioTranscriptionDelta;
export function deserializeServerEventConversationItemInputAudioTranscriptionDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventConversationItemInputAudioTranscriptionFailed`. */
export function deserializeServerEventConversationItemInputAudioTranscriptionFailed(value: unknown): ServerEventConversationItemInputAudioTranscriptionFailed;
export function deserializeServerEventConversationItemInputAudioTranscriptionFailed(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "error":
        o.error = deserializeVoiceLiveErrorDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventConversationItemRetrieved`. */
export function deserializeServerEventConversationItemRetrieved(value: unknown): ServerEventConversationItemRetrieved;
export function deserializeServerEventConversationItemRetrieved(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item":
        o.item = deserializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventConversationItemTruncated`. */
export function deserializeServerEventConversationItemTruncated(value: unknown): ServerEventConversationItemTruncated;
export function deserializeServerEventConversationItemTruncated(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "audio_end_ms":
        o.audioEndInMs = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventError`. */
export function deserializeServerEventError(value: unknown): ServerEventError;
export function deserializeServerEventError(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "error":
        o.error = deserializeServerEventErrorDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventErrorDetails`. */
export function deserializeServerEventErrorDetails(value: unknown): ServerEventErrorDetails;
export function deserializeServerEventErrorDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventInputAudioBufferCleared`. */
export function deserializeServerEventInputAudioBufferCleared(value: unknown): ServerEventInputAudioBufferCleared;
export function deserializeServerEventInputAudioBufferCleared(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventInputAudioBufferCommitted`. */
export function deserializeServerEventInputAudioBufferCommitted(value: unknown): ServerEventInputAudioBufferCommitted;
export function deserializeServerEventInputAudioBufferCommitted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "previous_item_id":
        o.previousItemId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventInputAudioBufferSpeechStarted`. */
export function deserializeServerEventInputAudioBufferSpeechStarted(value: unknown): ServerEventInputAudioBufferSpeechStarted;
export function deserializeServerEventInputAudioBufferSpeechStarted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "audio_start_ms":
        o.audioStartInMs = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventInputAudioBufferSpeechStopped`. */
export function deserializeServerEventInputAudioBufferSpeechStopped(value: unknown): ServerEventInputAudioBufferSpeechStopped;
export function deserializeServerEventInputAudioBufferSpeechStopped(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "audio_end_ms":
        o.audioEndInMs = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventMcpListToolsCompleted`. */
export function deserializeServerEventMcpListToolsCompleted(value: unknown): ServerEventMcpListToolsCompleted;
export function deserializeServerEventMcpListToolsCompleted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventMcpListToolsFailed`. */
export function deserializeServerEventMcpListToolsFailed(value: unknown): ServerEventMcpListToolsFailed;
export function deserializeServerEventMcpListToolsFailed(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventMcpListToolsInProgress`. */
export function deserializeServerEventMcpListToolsInProgress(value: unknown): ServerEventMcpListToolsInProgress;
export function deserializeServerEventMcpListToolsInProgress(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventOutputAudioBufferCleared`. */
export function deserializeServerEventOutputAudioBufferCleared(value: unknown): ServerEventOutputAudioBufferCleared;
export function deserializeServerEventOutputAudioBufferCleared(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAnimationBlendshapeDelta`. */
export function deserializeServerEventResponseAnimationBlendshapeDelta(value: unknown): ServerEventResponseAnimationBlendshapeDelta;
export function deserializeServerEventResponseAnimationBlendshapeDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "frame_index":
        o.frameIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAnimationBlendshapeDone`. */
export function deserializeServerEventResponseAnimationBlendshapeDone(value: unknown): ServerEventResponseAnimationBlendshapeDone;
export function deserializeServerEventResponseAnimationBlendshapeDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAnimationVisemeDelta`. */
export function deserializeServerEventResponseAnimationVisemeDelta(value: unknown): ServerEventResponseAnimationVisemeDelta;
export function deserializeServerEventResponseAnimationVisemeDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "audio_offset_ms":
        o.audioOffsetInMs = v;
        break;
      case "viseme_id":
        o.visemeId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAnimationVisemeDone`. */
export function deserializeServerEventResponseAnimationVisemeDone(value: unknown): ServerEventResponseAnimationVisemeDone;
export function deserializeServerEventResponseAnimationVisemeDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAudioDelta`. */
export function deserializeServerEventResponseAudioDelta(value: unknown): ServerEventResponseAudioDelta;
export function deserializeServerEventResponseAudioDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "delta":
        o.delta = (typeof v === "string" ? base64ToBytes(v) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAudioDone`. */
export function deserializeServerEventResponseAudioDone(value: unknown): ServerEventResponseAudioDone;
export function deserializeServerEventResponseAudioDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAudioTimestampDelta`. */
export function deserializeServerEventResponseAudioTimestampDelta(value: unknown): ServerEventResponseAudioTimestampDelta;
export function deserializeServerEventResponseAudioTimestampDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "audio_offset_ms":
        o.audioOffsetInMs = v;
        break;
      case "audio_duration_ms":
        o.audioDurationInMs = v;
        break;
      case "timestamp_type":
        o.timestampType = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAudioTimestampDone`. */
export function deserializeServerEventResponseAudioTimestampDone(value: unknown): ServerEventResponseAudioTimestampDone;
export function deserializeServerEventResponseAudioTimestampDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAudioTranscriptAnnotationAdded`. */
export function deserializeServerEventResponseAudioTranscriptAnnotationAdded(value: unknown): ServerEventResponseAudioTranscriptAnnotationAdded;
export function deserializeServerEventResponseAudioTranscriptAnnotationAdded(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "annotation_index":
        o.annotationIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAudioTranscriptDelta`. */
export function deserializeServerEventResponseAudioTranscriptDelta(value: unknown): ServerEventResponseAudioTranscriptDelta;
export function deserializeServerEventResponseAudioTranscriptDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseAudioTranscriptDone`. */
export function deserializeServerEventResponseAudioTranscriptDone(value: unknown): ServerEventResponseAudioTranscriptDone;
export function deserializeServerEventResponseAudioTranscriptDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseContentPartAdded`. */
export function deserializeServerEventResponseContentPartAdded(value: unknown): ServerEventResponseContentPartAdded;
export function deserializeServerEventResponseContentPartAdded(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "part":
        o.part = deserializeContentPartUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseContentPartDone`. */
export function deserializeServerEventResponseContentPartDone(value: unknown): ServerEventResponseContentPartDone;
export function deserializeServerEventResponseContentPartDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      case "part":
        o.part = deserializeContentPartUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseCreated`. */
export function deserializeServerEventResponseCreated(value: unknown): ServerEventResponseCreated;
export function deserializeServerEventResponseCreated(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response":
        o.response = deserializeResponse(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseDone`. */
export function deserializeServerEventResponseDone(value: unknown): ServerEventResponseDone;
export function deserializeServerEventResponseDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response":
        o.response = deserializeResponse(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseFileSearchCallCompleted`. */
export function deserializeServerEventResponseFileSearchCallCompleted(value: unknown): ServerEventResponseFileSearchCallCompleted;
export function deserializeServerEventResponseFileSearchCallCompleted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "sequence_number":
        o.sequenceNumber = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseFileSearchCallInProgress`. */
export function deserializeServerEventResponseFileSearchCallInProgress(value: unknown): ServerEventResponseFileSearchCallInProgress;
export function deserializeServerEventResponseFileSearchCallInProgress(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "sequence_number":
        o.sequenceNumber = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseFileSearchCallSearching`. */
export function deserializeServerEventResponseFileSearchCallSearching(value: unknown): ServerEventResponseFileSearchCallSearching;
export function deserializeServerEventResponseFileSearchCallSearching(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "sequence_number":
        o.sequenceNumber = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseFunctionCallArgumentsDelta`. */
export function deserializeServerEventResponseFunctionCallArgumentsDelta(value: unknown): ServerEventResponseFunctionCallArgumentsDelta;
export function deserializeServerEventResponseFunctionCallArgumentsDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "call_id":
        o.callId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseFunctionCallArgumentsDone`. */
export function deserializeServerEventResponseFunctionCallArgumentsDone(value: unknown): ServerEventResponseFunctionCallArgumentsDone;
export function deserializeServerEventResponseFunctionCallArgumentsDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "call_id":
        o.callId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseInvocationDelta`. */
export function deserializeServerEventResponseInvocationDelta(value: unknown): ServerEventResponseInvocationDelta;
export function deserializeServerEventResponseInvocationDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseMcpCallArgumentsDelta`. */
export function deserializeServerEventResponseMcpCallArgumentsDelta(value: unknown): ServerEventResponseMcpCallArgumentsDelta;
export function deserializeServerEventResponseMcpCallArgumentsDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseMcpCallArgumentsDone`. */
export function deserializeServerEventResponseMcpCallArgumentsDone(value: unknown): ServerEventResponseMcpCallArgumentsDone;
export function deserializeServerEventResponseMcpCallArgumentsDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseMcpCallCompleted`. */
export function deserializeServerEventResponseMcpCallCompleted(value: unknown): ServerEventResponseMcpCallCompleted;
export function deserializeServerEventResponseMcpCallCompleted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseMcpCallFailed`. */
export function deserializeServerEventResponseMcpCallFailed(value: unknown): ServerEventResponseMcpCallFailed;
export function deserializeServerEventResponseMcpCallFailed(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseMcpCallInProgress`. */
export function deserializeServerEventResponseMcpCallInProgress(value: unknown): ServerEventResponseMcpCallInProgress;
export function deserializeServerEventResponseMcpCallInProgress(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseOutputItemAdded`. */
export function deserializeServerEventResponseOutputItemAdded(value: unknown): ServerEventResponseOutputItemAdded;
export function deserializeServerEventResponseOutputItemAdded(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "item":
        o.item = deserializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseOutputItemDone`. */
export function deserializeServerEventResponseOutputItemDone(value: unknown): ServerEventResponseOutputItemDone;
export function deserializeServerEventResponseOutputItemDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "item":
        o.item = deserializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseTextDelta`. */
export function deserializeServerEventResponseTextDelta(value: unknown): ServerEventResponseTextDelta;
export function deserializeServerEventResponseTextDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseTextDone`. */
export function deserializeServerEventResponseTextDone(value: unknown): ServerEventResponseTextDone;
export function deserializeServerEventResponseTextDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "content_index":
        o.contentIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseVideoDelta`. */
export function deserializeServerEventResponseVideoDelta(value: unknown): ServerEventResponseVideoDelta;
export function deserializeServerEventResponseVideoDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseWebSearchCallCompleted`. */
export function deserializeServerEventResponseWebSearchCallCompleted(value: unknown): ServerEventResponseWebSearchCallCompleted;
export function deserializeServerEventResponseWebSearchCallCompleted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "sequence_number":
        o.sequenceNumber = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseWebSearchCallInProgress`. */
export function deserializeServerEventResponseWebSearchCallInProgress(value: unknown): ServerEventResponseWebSearchCallInProgress;
export function deserializeServerEventResponseWebSearchCallInProgress(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "sequence_number":
        o.sequenceNumber = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventResponseWebSearchCallSearching`. */
export function deserializeServerEventResponseWebSearchCallSearching(value: unknown): ServerEventResponseWebSearchCallSearching;
export function deserializeServerEventResponseWebSearchCallSearching(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response_id":
        o.responseId = v;
        break;
      case "item_id":
        o.itemId = v;
        break;
      case "output_index":
        o.outputIndex = v;
        break;
      case "sequence_number":
        o.sequenceNumber = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventSessionAvatarConnecting`. */
export function deserializeServerEventSessionAvatarConnecting(value: unknown): ServerEventSessionAvatarConnecting;
export function deserializeServerEventSessionAvatarConnecting(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "server_sdp":
        o.serverSdp = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventSessionAvatarSwitchToIdle`. */
export function deserializeServerEventSessionAvatarSwitchToIdle(value: unknown): ServerEventSessionAvatarSwitchToIdle;
export function deserializeServerEventSessionAvatarSwitchToIdle(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "turn_id":
        o.turnId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventSessionAvatarSwitchToSpeaking`. */
export function deserializeServerEventSessionAvatarSwitchToSpeaking(value: unknown): ServerEventSessionAvatarSwitchToSpeaking;
export function deserializeServerEventSessionAvatarSwitchToSpeaking(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "turn_id":
        o.turnId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventSessionCreated`. */
export function deserializeServerEventSessionCreated(value: unknown): ServerEventSessionCreated;
export function deserializeServerEventSessionCreated(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "session":
        o.session = deserializeResponseSession(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventSessionUpdated`. */
export function deserializeServerEventSessionUpdated(value: unknown): ServerEventSessionUpdated;
export function deserializeServerEventSessionUpdated(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "session":
        o.session = deserializeResponseSession(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerEventWarning`. */
export function deserializeServerEventWarning(value: unknown): ServerEventWarning;
export function deserializeServerEventWarning(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerVad` → wire JSON. */
export function serializeServerVad(value: ServerVad): WireObject;
export function serializeServerVad(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "prefixPaddingInMs":
        o.prefix_padding_ms = v;
        break;
      case "silenceDurationInMs":
        o.silence_duration_ms = v;
        break;
      case "endOfUtteranceDetection":
        o.end_of_utterance_detection = serializeEouDetectionUnion(v);
        break;
      case "autoTruncate":
        o.auto_truncate = v;
        break;
      case "createResponse":
        o.create_response = v;
        break;
      case "interruptResponse":
        o.interrupt_response = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ServerVad`. */
export function deserializeServerVad(value: unknown): ServerVad;
export function deserializeServerVad(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "prefix_padding_ms":
        o.prefixPaddingInMs = v;
        break;
      case "silence_duration_ms":
        o.silenceDurationInMs = v;
        break;
      case "end_of_utterance_detection":
        o.endOfUtteranceDetection = deserializeEouDetectionUnion(v);
        break;
      case "auto_truncate":
        o.autoTruncate = v;
        break;
      case "create_response":
        o.createResponse = v;
        break;
      case "interrupt_response":
        o.interruptResponse = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `StaticInterimResponseConfig` → wire JSON. */
export function serializeStaticInterimResponseConfig(value: StaticInterimResponseConfig): WireObject;
export function serializeStaticInterimResponseConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "latencyThresholdInMs":
        o.latency_threshold_ms = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `StaticInterimResponseConfig`. */
export function deserializeStaticInterimResponseConfig(value: unknown): StaticInterimResponseConfig;
export function deserializeStaticInterimResponseConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "latency_threshold_ms":
        o.latencyThresholdInMs = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `TokenUsage`. */
export function deserializeTokenUsage(value: unknown): TokenUsage;
export function deserializeTokenUsage(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "total_tokens":
        o.totalTokens = v;
        break;
      case "input_tokens":
        o.inputTokens = v;
        break;
      case "output_tokens":
        o.outputTokens = v;
        break;
      case "input_token_details":
        o.inputTokenDetails = deserializeInputTokenDetails(v);
        break;
      case "output_token_details":
        o.outputTokenDetails = deserializeOutputTokenDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `Tool` → wire JSON. */
export function serializeTool(value: Tool): WireObject;
export function serializeTool(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    o[k] = v;
  }
  return o;
}

/** Any variant of `Tool`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeToolUnion(value: ToolUnion): WireObject;
export function serializeToolUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "function":
      return w;
    case "mcp":
      return serializeMCPServer(w);
    default:
      return serializeTool(w);
  }
}

/** Wire JSON → `Tool`. */
export function deserializeTool(value: unknown): Tool;
export function deserializeTool(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    o[k] = v;
  }
  return o;
}

/** Any variant of `Tool`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeToolUnion(value: unknown): ToolUnion;
export function deserializeToolUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "function":
      return w;
    case "mcp":
      return deserializeMCPServer(w);
    default:
      return deserializeTool(w);
  }
}

/** Wire JSON → `TranscriptionPhrase`. */
export function deserializeTranscriptionPhrase(value: unknown): TranscriptionPhrase;
export function deserializeTranscriptionPhrase(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "offset_milliseconds":
        o.offsetMilliseconds = v;
        break;
      case "duration_milliseconds":
        o.durationMilliseconds = v;
        break;
      case "words":
        o.words = (Array.isArray(v) ? v.map((x: Wire) => deserializeTranscriptionWord(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `TranscriptionWord`. */
export function deserializeTranscriptionWord(value: unknown): TranscriptionWord;
export function deserializeTranscriptionWord(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "offset_milliseconds":
        o.offsetMilliseconds = v;
        break;
      case "duration_milliseconds":
        o.durationMilliseconds = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `TurnDetection` → wire JSON. */
export function serializeTurnDetection(value: TurnDetection): WireObject;
export function serializeTurnDetection(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    o[k] = v;
  }
  return o;
}

/** Any variant of `TurnDetection`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeTurnDetectionUnion(value: TurnDetectionUnion): WireObject;
export function serializeTurnDetectionUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "server_vad":
      return serializeServerVad(w);
    case "azure_semantic_vad":
      return serializeAzureSemanticVad(w);
    case "azure_semantic_vad_en":
      return serializeAzureSemanticVadEn(w);
    case "azure_semantic_vad_multilingual":
      return serializeAzureSemanticVadMultilingual(w);
    default:
      return serializeTurnDetection(w);
  }
}

/** Wire JSON → `TurnDetection`. */
export function deserializeTurnDetection(value: unknown): TurnDetection;
export function deserializeTurnDetection(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    o[k] = v;
  }
  return o;
}

/** Any variant of `TurnDetection`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeTurnDetectionUnion(value: unknown): TurnDetectionUnion;
export function deserializeTurnDetectionUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "server_vad":
      return deserializeServerVad(w);
    case "azure_semantic_vad":
      return deserializeAzureSemanticVad(w);
    case "azure_semantic_vad_en":
      return deserializeAzureSemanticVadEn(w);
    case "azure_semantic_vad_multilingual":
      return deserializeAzureSemanticVadMultilingual(w);
    default:
      return deserializeTurnDetection(w);
  }
}

/** `VideoCrop` → wire JSON. */
export function serializeVideoCrop(value: VideoCrop): WireObject;
export function serializeVideoCrop(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "topLeft":
        o.top_left = v;
        break;
      case "bottomRight":
        o.bottom_right = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `VideoCrop`. */
export function deserializeVideoCrop(value: unknown): VideoCrop;
export function deserializeVideoCrop(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "top_left":
        o.topLeft = v;
        break;
      case "bottom_right":
        o.bottomRight = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `VideoParams` → wire JSON. */
export function serializeVideoParams(value: VideoParams): WireObject;
export function serializeVideoParams(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "crop":
        o.crop = serializeVideoCrop(v);
        break;
      case "background":
        o.background = serializeBackground(v);
        break;
      case "gopSize":
        o.gop_size = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `VideoParams`. */
export function deserializeVideoParams(value: unknown): VideoParams;
export function deserializeVideoParams(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "crop":
        o.crop = deserializeVideoCrop(v);
        break;
      case "background":
        o.background = deserializeBackground(v);
        break;
      case "gop_size":
        o.gopSize = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `Voice`: strings pass through; objects are told apart by `type`. */
export function serializeVoice(value: Voice): WireObject | string;
export function serializeVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "openai":
      return w;
    case "azure-realtime-native":
      return w;
    default:
      return serializeAzureVoiceUnion(w);
  }
}

/** `Voice`: strings pass through; objects are told apart by `type`. */
export function deserializeVoice(value: unknown): Voice;
export function deserializeVoice(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "openai":
      return w;
    case "azure-realtime-native":
      return w;
    default:
      return deserializeAzureVoiceUnion(w);
  }
}

/** Wire JSON → `VoiceLiveErrorDetails`. */
export function deserializeVoiceLiveErrorDetails(value: unknown): VoiceLiveErrorDetails;
export function deserializeVoiceLiveErrorDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** A `ClientEvent` → wire JSON. An event of an unknown type is passed through as it is (it is already in wire form). */
export function serializeClientEvent(value: ClientEvent | UnknownClientEvent): WireObject;
export function serializeClientEvent(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "session.update":
      return serializeClientEventSessionUpdate(w);
    case "session.avatar.connect":
      return serializeClientEventSessionAvatarConnect(w);
    case "input_audio.turn.start":
      return serializeClientEventInputAudioTurnStart(w);
    case "input_audio.turn.append":
      return serializeClientEventInputAudioTurnAppend(w);
    case "input_audio.turn.end":
      return serializeClientEventInputAudioTurnEnd(w);
    case "input_audio.turn.cancel":
      return serializeClientEventInputAudioTurnCancel(w);
    case "input_audio.clear":
      return serializeClientEventInputAudioClear(w);
    case "input_text.delta":
      return serializeClientEventInputTextDelta(w);
    case "input_text.done":
      return serializeClientEventInputTextDone(w);
    case "input_audio_buffer.append":
      return serializeClientEventInputAudioBufferAppend(w);
    case "input_audio_buffer.commit":
      return serializeClientEventInputAudioBufferCommit(w);
    case "input_audio_buffer.clear":
      return serializeClientEventInputAudioBufferClear(w);
    case "conversation.item.create":
      return serializeClientEventConversationItemCreate(w);
    case "conversation.item.truncate":
      return serializeClientEventConversationItemTruncate(w);
    case "conversation.item.delete":
      return serializeClientEventConversationItemDelete(w);
    case "response.create":
      return serializeClientEventResponseCreate(w);
    case "response.cancel":
      return serializeClientEventResponseCancel(w);
    case "conversation.item.retrieve":
      return serializeClientEventConversationItemRetrieve(w);
    case "output_audio_buffer.clear":
      return serializeClientEventOutputAudioBufferClear(w);
    default:
      return w;
  }
}

/** Wire JSON → a typed `ServerEvent`. An event of an unknown type is returned as it is, in wire form. */
export function deserializeServerEvent(value: unknown): ServerEvent | UnknownServerEvent;
export function deserializeServerEvent(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "error":
      return deserializeServerEventError(w);
    case "warning":
      return deserializeServerEventWarning(w);
    case "session.created":
      return deserializeServerEventSessionCreated(w);
    case "session.updated":
      return deserializeServerEventSessionUpdated(w);
    case "session.avatar.connecting":
      return deserializeServerEventSessionAvatarConnecting(w);
    case "input_audio_buffer.committed":
      return deserializeServerEventInputAudioBufferCommitted(w);
    case "input_audio_buffer.cleared":
      return deserializeServerEventInputAudioBufferCleared(w);
    case "input_audio_buffer.speech_started":
      return deserializeServerEventInputAudioBufferSpeechStarted(w);
    case "input_audio_buffer.speech_stopped":
      return deserializeServerEventInputAudioBufferSpeechStopped(w);
    case "conversation.item.created":
      return deserializeServerEventConversationItemCreated(w);
    case "conversation.item.input_audio_transcription.completed":
      return deserializeServerEventConversationItemInputAudioTranscriptionCompleted(w);
    case "conversation.item.input_audio_transcription.failed":
      return deserializeServerEventConversationItemInputAudioTranscriptionFailed(w);
    case "conversation.item.truncated":
      return deserializeServerEventConversationItemTruncated(w);
    case "conversation.item.deleted":
      return deserializeServerEventConversationItemDeleted(w);
    case "response.created":
      return deserializeServerEventResponseCreated(w);
    case "response.done":
      return deserializeServerEventResponseDone(w);
    case "response.output_item.added":
      return deserializeServerEventResponseOutputItemAdded(w);
    case "response.output_item.done":
      return deserializeServerEventResponseOutputItemDone(w);
    case "response.content_part.added":
      return deserializeServerEventResponseContentPartAdded(w);
    case "response.content_part.done":
      return deserializeServerEventResponseContentPartDone(w);
    case "response.text.delta":
      return deserializeServerEventResponseTextDelta(w);
    case "response.text.done":
      return deserializeServerEventResponseTextDone(w);
    case "response.audio_transcript.delta":
      return deserializeServerEventResponseAudioTranscriptDelta(w);
    case "response.audio_transcript.done":
      return deserializeServerEventResponseAudioTranscriptDone(w);
    case "response.audio.delta":
      return deserializeServerEventResponseAudioDelta(w);
    case "response.audio.done":
      return deserializeServerEventResponseAudioDone(w);
    case "response.animation_blendshapes.delta":
      return deserializeServerEventResponseAnimationBlendshapeDelta(w);
    case "response.animation_blendshapes.done":
      return deserializeServerEventResponseAnimationBlendshapeDone(w);
    case "response.audio_timestamp.delta":
      return deserializeServerEventResponseAudioTimestampDelta(w);
    case "response.audio_timestamp.done":
      return deserializeServerEventResponseAudioTimestampDone(w);
    case "response.animation_viseme.delta":
      return deserializeServerEventResponseAnimationVisemeDelta(w);
    case "response.animation_viseme.done":
      return deserializeServerEventResponseAnimationVisemeDone(w);
    case "conversation.item.input_audio_transcription.delta":
      return deserializeServerEventConversationItemInputAudioTranscriptionDelta(w);
    case "conversation.item.retrieved":
      return deserializeServerEventConversationItemRetrieved(w);
    case "response.function_call_arguments.delta":
      return deserializeServerEventResponseFunctionCallArgumentsDelta(w);
    case "response.function_call_arguments.done":
      return deserializeServerEventResponseFunctionCallArgumentsDone(w);
    case "mcp_list_tools.in_progress":
      return deserializeServerEventMcpListToolsInProgress(w);
    case "mcp_list_tools.completed":
      return deserializeServerEventMcpListToolsCompleted(w);
    case "mcp_list_tools.failed":
      return deserializeServerEventMcpListToolsFailed(w);
    case "response.mcp_call_arguments.delta":
      return deserializeServerEventResponseMcpCallArgumentsDelta(w);
    case "response.mcp_call_arguments.done":
      return deserializeServerEventResponseMcpCallArgumentsDone(w);
    case "response.mcp_call.in_progress":
      return deserializeServerEventResponseMcpCallInProgress(w);
    case "response.mcp_call.completed":
      return deserializeServerEventResponseMcpCallCompleted(w);
    case "response.mcp_call.failed":
      return deserializeServerEventResponseMcpCallFailed(w);
    case "session.avatar.switch_to_speaking":
      return deserializeServerEventSessionAvatarSwitchToSpeaking(w);
    case "session.avatar.switch_to_idle":
      return deserializeServerEventSessionAvatarSwitchToIdle(w);
    case "response.video.delta":
      return deserializeServerEventResponseVideoDelta(w);
    case "response.web_search_call.searching":
      return deserializeServerEventResponseWebSearchCallSearching(w);
    case "response.web_search_call.in_progress":
      return deserializeServerEventResponseWebSearchCallInProgress(w);
    case "response.web_search_call.completed":
      return deserializeServerEventResponseWebSearchCallCompleted(w);
    case "response.file_search_call.searching":
      return deserializeServerEventResponseFileSearchCallSearching(w);
    case "response.file_search_call.in_progress":
      return deserializeServerEventResponseFileSearchCallInProgress(w);
    case "response.file_search_call.completed":
      return deserializeServerEventResponseFileSearchCallCompleted(w);
    case "output_audio_buffer.cleared":
      return deserializeServerEventOutputAudioBufferCleared(w);
    case "response.audio_transcript.annotation.added":
      return deserializeServerEventResponseAudioTranscriptAnnotationAdded(w);
    case "response.invocation.delta":
      return deserializeServerEventResponseInvocationDelta(w);
    default:
      return w;
  }
}
