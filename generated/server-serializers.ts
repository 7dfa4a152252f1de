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
  TokenUsage,
  TranscriptionPhrase,
  TranscriptionWord,
  UnknownClientEvent,
  UnknownServerEvent,
  VoiceLiveErrorDetails,
} from "./models.js";

import {
  type WireObject,
  bytesToBase64,
  deserializeAnimation,
  deserializeAudioEchoCancellation,
  deserializeAudioInputTranscriptionOptions,
  deserializeAvatarConfig,
  deserializeInterimResponseConfig,
  deserializeLlmInterimResponseConfig,
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
  serializeStaticInterimResponseConfig,
  serializeToolUnion,
  serializeTurnDetectionUnion,
  serializeVoice,
} from "./serializers.js";

type Wire = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function isObject(v: unknown): v is Wire {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `AgentConfig` → wire JSON. */
export function serializeAgentConfig(value: AgentConfig): WireObject;
export function serializeAgentConfig(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "agentId":
        o.agent_id = v;
        break;
      case "threadId":
        o.thread_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `CachedTokenDetails` → wire JSON. */
export function serializeCachedTokenDetails(value: CachedTokenDetails): WireObject;
export function serializeCachedTokenDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "textTokens":
        o.text_tokens = v;
        break;
      case "audioTokens":
        o.audio_tokens = v;
        break;
      case "imageTokens":
        o.image_tokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ClientEventConversationItemCreate`. */
export function deserializeClientEventConversationItemCreate(value: unknown): ClientEventConversationItemCreate;
export function deserializeClientEventConversationItemCreate(w: Wire): Wire {
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
        o.item = deserializeConversationRequestItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ClientEventConversationItemDelete`. */
export function deserializeClientEventConversationItemDelete(value: unknown): ClientEventConversationItemDelete;
export function deserializeClientEventConversationItemDelete(w: Wire): Wire {
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

/** Wire JSON → `ClientEventConversationItemRetrieve`. */
export function deserializeClientEventConversationItemRetrieve(value: unknown): ClientEventConversationItemRetrieve;
export function deserializeClientEventConversationItemRetrieve(w: Wire): Wire {
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

/** Wire JSON → `ClientEventConversationItemTruncate`. */
export function deserializeClientEventConversationItemTruncate(value: unknown): ClientEventConversationItemTruncate;
export function deserializeClientEventConversationItemTruncate(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioBufferAppend`. */
export function deserializeClientEventInputAudioBufferAppend(value: unknown): ClientEventInputAudioBufferAppend;
export function deserializeClientEventInputAudioBufferAppend(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioBufferClear`. */
export function deserializeClientEventInputAudioBufferClear(value: unknown): ClientEventInputAudioBufferClear;
export function deserializeClientEventInputAudioBufferClear(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioBufferCommit`. */
export function deserializeClientEventInputAudioBufferCommit(value: unknown): ClientEventInputAudioBufferCommit;
export function deserializeClientEventInputAudioBufferCommit(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioClear`. */
export function deserializeClientEventInputAudioClear(value: unknown): ClientEventInputAudioClear;
export function deserializeClientEventInputAudioClear(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioTurnAppend`. */
export function deserializeClientEventInputAudioTurnAppend(value: unknown): ClientEventInputAudioTurnAppend;
export function deserializeClientEventInputAudioTurnAppend(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioTurnCancel`. */
export function deserializeClientEventInputAudioTurnCancel(value: unknown): ClientEventInputAudioTurnCancel;
export function deserializeClientEventInputAudioTurnCancel(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioTurnEnd`. */
export function deserializeClientEventInputAudioTurnEnd(value: unknown): ClientEventInputAudioTurnEnd;
export function deserializeClientEventInputAudioTurnEnd(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputAudioTurnStart`. */
export function deserializeClientEventInputAudioTurnStart(value: unknown): ClientEventInputAudioTurnStart;
export function deserializeClientEventInputAudioTurnStart(w: Wire): Wire {
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

/** Wire JSON → `ClientEventInputTextDelta`. */
export function deserializeClientEventInputTextDelta(value: unknown): ClientEventInputTextDelta;
export function deserializeClientEventInputTextDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
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

/** Wire JSON → `ClientEventInputTextDone`. */
export function deserializeClientEventInputTextDone(value: unknown): ClientEventInputTextDone;
export function deserializeClientEventInputTextDone(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
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

/** Wire JSON → `ClientEventOutputAudioBufferClear`. */
export function deserializeClientEventOutputAudioBufferClear(value: unknown): ClientEventOutputAudioBufferClear;
export function deserializeClientEventOutputAudioBufferClear(w: Wire): Wire {
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

/** Wire JSON → `ClientEventResponseCancel`. */
export function deserializeClientEventResponseCancel(value: unknown): ClientEventResponseCancel;
export function deserializeClientEventResponseCancel(w: Wire): Wire {
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
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ClientEventResponseCreate`. */
export function deserializeClientEventResponseCreate(value: unknown): ClientEventResponseCreate;
export function deserializeClientEventResponseCreate(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "response":
        o.response = deserializeResponseCreateParams(v);
        break;
      case "additional_instructions":
        o.additionalInstructions = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ClientEventSessionAvatarConnect`. */
export function deserializeClientEventSessionAvatarConnect(value: unknown): ClientEventSessionAvatarConnect;
export function deserializeClientEventSessionAvatarConnect(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "client_sdp":
        o.clientSdp = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ClientEventSessionUpdate`. */
export function deserializeClientEventSessionUpdate(value: unknown): ClientEventSessionUpdate;
export function deserializeClientEventSessionUpdate(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "event_id":
        o.eventId = v;
        break;
      case "session":
        o.session = deserializeRequestSession(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ContentPart` → wire JSON. */
export function serializeContentPart(value: ContentPart): WireObject;
export function serializeContentPart(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    o[k] = v;
  }
  return o;
}

/** Any variant of `ContentPart`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeContentPartUnion(value: ContentPartUnion): WireObject;
export function serializeContentPartUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "input_text":
      return w;
    case "input_audio":
      return w;
    case "input_image":
      return serializeRequestImageContentPart(w);
    case "text":
      return w;
    case "audio":
      return w;
    default:
      return serializeContentPart(w);
  }
}

/** Wire JSON → `ConversationRequestItem`. */
export function deserializeConversationRequestItem(value: unknown): ConversationRequestItem;
export function deserializeConversationRequestItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    o[k] = v;
  }
  return o;
}

/** Any variant of `ConversationRequestItem`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeConversationRequestItemUnion(value: unknown): ConversationRequestItemUnion;
export function deserializeConversationRequestItemUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "message":
      return w;
    case "function_call":
      return deserializeFunctionCallItem(w);
    case "function_call_output":
      return deserializeFunctionCallOutputItem(w);
    case "mcp_approval_response":
      return deserializeMCPApprovalResponseRequestItem(w);
    default:
      return deserializeConversationRequestItem(w);
  }
}

/** `ErrorResponse` → wire JSON. */
export function serializeErrorResponse(value: ErrorResponse): WireObject;
export function serializeErrorResponse(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "error":
        o.error = serializeVoiceLiveErrorDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ErrorResponse`. */
export function deserializeErrorResponse(value: unknown): ErrorResponse;
export function deserializeErrorResponse(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "error":
        o.error = deserializeVoiceLiveErrorDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `FileSearchResult` → wire JSON. */
export function serializeFileSearchResult(value: FileSearchResult): WireObject;
export function serializeFileSearchResult(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "fileId":
        o.file_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `FunctionCallItem`. */
export function deserializeFunctionCallItem(value: unknown): FunctionCallItem;
export function deserializeFunctionCallItem(w: Wire): Wire {
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

/** Wire JSON → `FunctionCallOutputItem`. */
export function deserializeFunctionCallOutputItem(value: unknown): FunctionCallOutputItem;
export function deserializeFunctionCallOutputItem(w: Wire): Wire {
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

/** `InputTokenDetails` → wire JSON. */
export function serializeInputTokenDetails(value: InputTokenDetails): WireObject;
export function serializeInputTokenDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "cachedTokens":
        o.cached_tokens = v;
        break;
      case "textTokens":
        o.text_tokens = v;
        break;
      case "audioTokens":
        o.audio_tokens = v;
        break;
      case "imageTokens":
        o.image_tokens = v;
        break;
      case "cachedTokensDetails":
        o.cached_tokens_details = serializeCachedTokenDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `InterimResponseConfigBase` → wire JSON. */
export function serializeInterimResponseConfigBase(value: InterimResponseConfigBase): WireObject;
export function serializeInterimResponseConfigBase(w: Wire): Wire {
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

/** Any variant of `InterimResponseConfigBase`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeInterimResponseConfigBaseUnion(value: InterimResponseConfigBaseUnion): WireObject;
export function serializeInterimResponseConfigBaseUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "static_interim_response":
      return serializeStaticInterimResponseConfig(w);
    case "llm_interim_response":
      return serializeLlmInterimResponseConfig(w);
    default:
      return serializeInterimResponseConfigBase(w);
  }
}

/** Wire JSON → `InterimResponseConfigBase`. */
export function deserializeInterimResponseConfigBase(value: unknown): InterimResponseConfigBase;
export function deserializeInterimResponseConfigBase(w: Wire): Wire {
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

/** Any variant of `InterimResponseConfigBase`, chosen by `type`; an unknown variant is converted as the base. */
export function deserializeInterimResponseConfigBaseUnion(value: unknown): InterimResponseConfigBaseUnion;
export function deserializeInterimResponseConfigBaseUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "static_interim_response":
      return deserializeStaticInterimResponseConfig(w);
    case "llm_interim_response":
      return deserializeLlmInterimResponseConfig(w);
    default:
      return deserializeInterimResponseConfigBase(w);
  }
}

/** Wire JSON → `MCPApprovalResponseRequestItem`. */
export function deserializeMCPApprovalResponseRequestItem(value: unknown): MCPApprovalResponseRequestItem;
export function deserializeMCPApprovalResponseRequestItem(w: Wire): Wire {
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

/** `MCPTool` → wire JSON. */
export function serializeMCPTool(value: MCPTool): WireObject;
export function serializeMCPTool(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "inputSchema":
        o.input_schema = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `OutputTokenDetails` → wire JSON. */
export function serializeOutputTokenDetails(value: OutputTokenDetails): WireObject;
export function serializeOutputTokenDetails(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "textTokens":
        o.text_tokens = v;
        break;
      case "audioTokens":
        o.audio_tokens = v;
        break;
      case "reasoningTokens":
        o.reasoning_tokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `RequestImageContentPart` → wire JSON. */
export function serializeRequestImageContentPart(value: RequestImageContentPart): WireObject;
export function serializeRequestImageContentPart(w: Wire): Wire {
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

/** Wire JSON → `RequestSession`. */
export function deserializeRequestSession(value: unknown): RequestSession;
export function deserializeRequestSession(w: Wire): Wire {
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
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `Response` → wire JSON. */
export function serializeResponse(value: Response): WireObject;
export function serializeResponse(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "statusDetails":
        o.status_details = v;
        break;
      case "output":
        o.output = (Array.isArray(v) ? v.map((x: Wire) => serializeResponseItemUnion(x)) : v);
        break;
      case "usage":
        o.usage = serializeTokenUsage(v);
        break;
      case "conversationId":
        o.conversation_id = v;
        break;
      case "voice":
        o.voice = serializeVoice(v);
        break;
      case "outputAudioFormat":
        o.output_audio_format = v;
        break;
      case "maxOutputTokens":
        o.max_output_tokens = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** Wire JSON → `ResponseCreateParams`. */
export function deserializeResponseCreateParams(value: unknown): ResponseCreateParams;
export function deserializeResponseCreateParams(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    switch (k) {
      case "cancel_previous":
        o.cancelPrevious = v;
        break;
      case "append_input_items":
        o.appendInputItems = (Array.isArray(v) ? v.map((x: Wire) => deserializeConversationRequestItemUnion(x)) : v);
        break;
      case "input_items":
        o.inputItems = (Array.isArray(v) ? v.map((x: Wire) => deserializeConversationRequestItemUnion(x)) : v);
        break;
      case "voice":
        o.voice = deserializeVoice(v);
        break;
      case "output_audio_format":
        o.outputAudioFormat = v;
        break;
      case "tools":
        o.tools = (Array.isArray(v) ? v.map((x: Wire) => deserializeToolUnion(x)) : v);
        break;
      case "tool_choice":
        o.toolChoice = v;
        break;
      case "max_output_tokens":
        o.maxOutputTokens = v;
        break;
      case "pre_generated_assistant_message":
        o.preGeneratedAssistantMessage = v;
        break;
      case "reasoning_effort":
        o.reasoningEffort = v;
        break;
      case "interim_response":
        o.interimResponse = deserializeInterimResponseConfig(v);
        break;
      case "invoke_input":
        o.invokeInput = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ResponseFileSearchCallItem` → wire JSON. */
export function serializeResponseFileSearchCallItem(value: ResponseFileSearchCallItem): WireObject;
export function serializeResponseFileSearchCallItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "results":
        o.results = (Array.isArray(v) ? v.map((x: Wire) => serializeFileSearchResult(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ResponseFunctionCallItem` → wire JSON. */
export function serializeResponseFunctionCallItem(value: ResponseFunctionCallItem): WireObject;
export function serializeResponseFunctionCallItem(w: Wire): Wire {
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

/** `ResponseFunctionCallOutputItem` → wire JSON. */
export function serializeResponseFunctionCallOutputItem(value: ResponseFunctionCallOutputItem): WireObject;
export function serializeResponseFunctionCallOutputItem(w: Wire): Wire {
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

/** `ResponseItem` → wire JSON. */
export function serializeResponseItem(value: ResponseItem): WireObject;
export function serializeResponseItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    o[k] = v;
  }
  return o;
}

/** Any variant of `ResponseItem`, chosen by `type`; an unknown variant is converted as the base. */
export function serializeResponseItemUnion(value: ResponseItemUnion): WireObject;
export function serializeResponseItemUnion(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "message":
      return serializeResponseMessageItem(w);
    case "function_call":
      return serializeResponseFunctionCallItem(w);
    case "function_call_output":
      return serializeResponseFunctionCallOutputItem(w);
    case "mcp_list_tools":
      return serializeResponseMCPListToolItem(w);
    case "mcp_call":
      return serializeResponseMCPCallItem(w);
    case "mcp_approval_request":
      return serializeResponseMCPApprovalRequestItem(w);
    case "mcp_approval_response":
      return serializeResponseMCPApprovalResponseItem(w);
    case "web_search_call":
      return w;
    case "file_search_call":
      return serializeResponseFileSearchCallItem(w);
    default:
      return serializeResponseItem(w);
  }
}

/** `ResponseMCPApprovalRequestItem` → wire JSON. */
export function serializeResponseMCPApprovalRequestItem(value: ResponseMCPApprovalRequestItem): WireObject;
export function serializeResponseMCPApprovalRequestItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "serverLabel":
        o.server_label = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ResponseMCPApprovalResponseItem` → wire JSON. */
export function serializeResponseMCPApprovalResponseItem(value: ResponseMCPApprovalResponseItem): WireObject;
export function serializeResponseMCPApprovalResponseItem(w: Wire): Wire {
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

/** `ResponseMCPCallItem` → wire JSON. */
export function serializeResponseMCPCallItem(value: ResponseMCPCallItem): WireObject;
export function serializeResponseMCPCallItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "approvalRequestId":
        o.approval_request_id = v;
        break;
      case "serverLabel":
        o.server_label = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ResponseMCPListToolItem` → wire JSON. */
export function serializeResponseMCPListToolItem(value: ResponseMCPListToolItem): WireObject;
export function serializeResponseMCPListToolItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "tools":
        o.tools = (Array.isArray(v) ? v.map((x: Wire) => serializeMCPTool(x)) : v);
        break;
      case "serverLabel":
        o.server_label = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ResponseMessageItem` → wire JSON. */
export function serializeResponseMessageItem(value: ResponseMessageItem): WireObject;
export function serializeResponseMessageItem(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "content":
        o.content = (Array.isArray(v) ? v.map((x: Wire) => serializeContentPartUnion(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ResponseSession` → wire JSON. */
export function serializeResponseSession(value: ResponseSession): WireObject;
export function serializeResponseSession(w: Wire): Wire {
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
      case "agent":
        o.agent = serializeAgentConfig(v);
        break;
      case "expiresAt":
        o.expires_at = (v instanceof Date ? Math.round(v.getTime() / 1000) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventConversationItemCreated` → wire JSON. */
export function serializeServerEventConversationItemCreated(value: ServerEventConversationItemCreated): WireObject;
export function serializeServerEventConversationItemCreated(w: Wire): Wire {
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
        o.item = serializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventConversationItemDeleted` → wire JSON. */
export function serializeServerEventConversationItemDeleted(value: ServerEventConversationItemDeleted): WireObject;
export function serializeServerEventConversationItemDeleted(w: Wire): Wire {
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

/** `ServerEventConversationItemInputAudioTranscriptionCompleted` → wire JSON. */
export function serializeServerEventConversationItemInputAudioTranscriptionCompleted(value: ServerEventConversationItemInputAudioTranscriptionCompleted): WireObject;
export function serializeServerEventConversationItemInputAudioTranscriptionCompleted(w: Wire): Wire {
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
      case "phrases":
        o.phrases = (Array.isArray(v) ? v.map((x: Wire) => serializeTranscriptionPhrase(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventConversationItemInputAudioTranscriptionDelta` → wire JSON. */
export function serializeServerEventConversationItemInputAudioTranscriptionDelta(value: ServerEventConversationItemInputAudioTranscriptionDelta): WireObject;
export function serializeServerEventConversationItemInputAudioTranscriptionDelta(w: Wire): Wire {
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
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventConversationItemInputAudioTranscriptionFailed` → wire JSON. */
export function serializeServerEventConversationItemInputAudioTranscriptionFailed(value: ServerEventConversationItemInputAudioTranscriptionFailed): WireObject;
export function serializeServerEventConversationItemInputAudioTranscriptionFailed(w: Wire): Wire {
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
      case "error":
        o.error = serializeVoiceLiveErrorDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventConversationItemRetrieved` → wire JSON. */
export function serializeServerEventConversationItemRetrieved(value: ServerEventConversationItemRetrieved): WireObject;
export function serializeServerEventConversationItemRetrieved(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "item":
        o.item = serializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventConversationItemTruncated` → wire JSON. */
export function serializeServerEventConversationItemTruncated(value: ServerEventConversationItemTruncated): WireObject;
export function serializeServerEventConversationItemTruncated(w: Wire): Wire {
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

/** `ServerEventError` → wire JSON. */
export function serializeServerEventError(value: ServerEventError): WireObject;
export function serializeServerEventError(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "error":
        o.error = serializeServerEventErrorDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventErrorDetails` → wire JSON. */
export function serializeServerEventErrorDetails(value: ServerEventErrorDetails): WireObject;
export function serializeServerEventErrorDetails(w: Wire): Wire {
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

/** `ServerEventInputAudioBufferCleared` → wire JSON. */
export function serializeServerEventInputAudioBufferCleared(value: ServerEventInputAudioBufferCleared): WireObject;
export function serializeServerEventInputAudioBufferCleared(w: Wire): Wire {
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

/** `ServerEventInputAudioBufferCommitted` → wire JSON. */
export function serializeServerEventInputAudioBufferCommitted(value: ServerEventInputAudioBufferCommitted): WireObject;
export function serializeServerEventInputAudioBufferCommitted(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventInputAudioBufferSpeechStarted` → wire JSON. */
export function serializeServerEventInputAudioBufferSpeechStarted(value: ServerEventInputAudioBufferSpeechStarted): WireObject;
export function serializeServerEventInputAudioBufferSpeechStarted(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "audioStartInMs":
        o.audio_start_ms = v;
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

/** `ServerEventInputAudioBufferSpeechStopped` → wire JSON. */
export function serializeServerEventInputAudioBufferSpeechStopped(value: ServerEventInputAudioBufferSpeechStopped): WireObject;
export function serializeServerEventInputAudioBufferSpeechStopped(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "audioEndInMs":
        o.audio_end_ms = v;
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

/** `ServerEventMcpListToolsCompleted` → wire JSON. */
export function serializeServerEventMcpListToolsCompleted(value: ServerEventMcpListToolsCompleted): WireObject;
export function serializeServerEventMcpListToolsCompleted(w: Wire): Wire {
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

/** `ServerEventMcpListToolsFailed` → wire JSON. */
export function serializeServerEventMcpListToolsFailed(value: ServerEventMcpListToolsFailed): WireObject;
export function serializeServerEventMcpListToolsFailed(w: Wire): Wire {
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

/** `ServerEventMcpListToolsInProgress` → wire JSON. */
export function serializeServerEventMcpListToolsInProgress(value: ServerEventMcpListToolsInProgress): WireObject;
export function serializeServerEventMcpListToolsInProgress(w: Wire): Wire {
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

/** `ServerEventOutputAudioBufferCleared` → wire JSON. */
export function serializeServerEventOutputAudioBufferCleared(value: ServerEventOutputAudioBufferCleared): WireObject;
export function serializeServerEventOutputAudioBufferCleared(w: Wire): Wire {
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

/** `ServerEventResponseAnimationBlendshapeDelta` → wire JSON. */
export function serializeServerEventResponseAnimationBlendshapeDelta(value: ServerEventResponseAnimationBlendshapeDelta): WireObject;
export function serializeServerEventResponseAnimationBlendshapeDelta(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "frameIndex":
        o.frame_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseAnimationBlendshapeDone` → wire JSON. */
export function serializeServerEventResponseAnimationBlendshapeDone(value: ServerEventResponseAnimationBlendshapeDone): WireObject;
export function serializeServerEventResponseAnimationBlendshapeDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseAnimationVisemeDelta` → wire JSON. */
export function serializeServerEventResponseAnimationVisemeDelta(value: ServerEventResponseAnimationVisemeDelta): WireObject;
export function serializeServerEventResponseAnimationVisemeDelta(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "audioOffsetInMs":
        o.audio_offset_ms = v;
        break;
      case "visemeId":
        o.viseme_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseAnimationVisemeDone` → wire JSON. */
export function serializeServerEventResponseAnimationVisemeDone(value: ServerEventResponseAnimationVisemeDone): WireObject;
export function serializeServerEventResponseAnimationVisemeDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
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

/** `ServerEventResponseAudioDelta` → wire JSON. */
export function serializeServerEventResponseAudioDelta(value: ServerEventResponseAudioDelta): WireObject;
export function serializeServerEventResponseAudioDelta(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "delta":
        o.delta = (v instanceof Uint8Array ? bytesToBase64(v) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseAudioDone` → wire JSON. */
export function serializeServerEventResponseAudioDone(value: ServerEventResponseAudioDone): WireObject;
export function serializeServerEventResponseAudioDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
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

/** `ServerEventResponseAudioTimestampDelta` → wire JSON. */
export function serializeServerEventResponseAudioTimestampDelta(value: ServerEventResponseAudioTimestampDelta): WireObject;
export function serializeServerEventResponseAudioTimestampDelta(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "audioOffsetInMs":
        o.audio_offset_ms = v;
        break;
      case "audioDurationInMs":
        o.audio_duration_ms = v;
        break;
      case "timestampType":
        o.timestamp_type = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseAudioTimestampDone` → wire JSON. */
export function serializeServerEventResponseAudioTimestampDone(value: ServerEventResponseAudioTimestampDone): WireObject;
export function serializeServerEventResponseAudioTimestampDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
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

/** `ServerEventResponseAudioTranscriptAnnotationAdded` → wire JSON. */
export function serializeServerEventResponseAudioTranscriptAnnotationAdded(value: ServerEventResponseAudioTranscriptAnnotationAdded): WireObject;
export function serializeServerEventResponseAudioTranscriptAnnotationAdded(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "annotationIndex":
        o.annotation_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseAudioTranscriptDelta` → wire JSON. */
export function serializeServerEventResponseAudioTranscriptDelta(value: ServerEventResponseAudioTranscriptDelta): WireObject;
export function serializeServerEventResponseAudioTranscriptDelta(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
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

/** `ServerEventResponseAudioTranscriptDone` → wire JSON. */
export function serializeServerEventResponseAudioTranscriptDone(value: ServerEventResponseAudioTranscriptDone): WireObject;
export function serializeServerEventResponseAudioTranscriptDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
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

/** `ServerEventResponseContentPartAdded` → wire JSON. */
export function serializeServerEventResponseContentPartAdded(value: ServerEventResponseContentPartAdded): WireObject;
export function serializeServerEventResponseContentPartAdded(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "part":
        o.part = serializeContentPartUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseContentPartDone` → wire JSON. */
export function serializeServerEventResponseContentPartDone(value: ServerEventResponseContentPartDone): WireObject;
export function serializeServerEventResponseContentPartDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "contentIndex":
        o.content_index = v;
        break;
      case "part":
        o.part = serializeContentPartUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseCreated` → wire JSON. */
export function serializeServerEventResponseCreated(value: ServerEventResponseCreated): WireObject;
export function serializeServerEventResponseCreated(w: Wire): Wire {
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
        o.response = serializeResponse(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseDone` → wire JSON. */
export function serializeServerEventResponseDone(value: ServerEventResponseDone): WireObject;
export function serializeServerEventResponseDone(w: Wire): Wire {
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
        o.response = serializeResponse(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseFileSearchCallCompleted` → wire JSON. */
export function serializeServerEventResponseFileSearchCallCompleted(value: ServerEventResponseFileSearchCallCompleted): WireObject;
export function serializeServerEventResponseFileSearchCallCompleted(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "sequenceNumber":
        o.sequence_number = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseFileSearchCallInProgress` → wire JSON. */
export function serializeServerEventResponseFileSearchCallInProgress(value: ServerEventResponseFileSearchCallInProgress): WireObject;
export function serializeServerEventResponseFileSearchCallInProgress(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "sequenceNumber":
        o.sequence_number = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseFileSearchCallSearching` → wire JSON. */
export function serializeServerEventResponseFileSearchCallSearching(value: ServerEventResponseFileSearchCallSearching): WireObject;
export function serializeServerEventResponseFileSearchCallSearching(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "sequenceNumber":
        o.sequence_number = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseFunctionCallArgumentsDelta` → wire JSON. */
export function serializeServerEventResponseFunctionCallArgumentsDelta(value: ServerEventResponseFunctionCallArgumentsDelta): WireObject;
export function serializeServerEventResponseFunctionCallArgumentsDelta(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "callId":
        o.call_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseFunctionCallArgumentsDone` → wire JSON. */
export function serializeServerEventResponseFunctionCallArgumentsDone(value: ServerEventResponseFunctionCallArgumentsDone): WireObject;
export function serializeServerEventResponseFunctionCallArgumentsDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "callId":
        o.call_id = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseInvocationDelta` → wire JSON. */
export function serializeServerEventResponseInvocationDelta(value: ServerEventResponseInvocationDelta): WireObject;
export function serializeServerEventResponseInvocationDelta(w: Wire): Wire {
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

/** `ServerEventResponseMcpCallArgumentsDelta` → wire JSON. */
export function serializeServerEventResponseMcpCallArgumentsDelta(value: ServerEventResponseMcpCallArgumentsDelta): WireObject;
export function serializeServerEventResponseMcpCallArgumentsDelta(w: Wire): Wire {
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
      case "responseId":
        o.response_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseMcpCallArgumentsDone` → wire JSON. */
export function serializeServerEventResponseMcpCallArgumentsDone(value: ServerEventResponseMcpCallArgumentsDone): WireObject;
export function serializeServerEventResponseMcpCallArgumentsDone(w: Wire): Wire {
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
      case "responseId":
        o.response_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseMcpCallCompleted` → wire JSON. */
export function serializeServerEventResponseMcpCallCompleted(value: ServerEventResponseMcpCallCompleted): WireObject;
export function serializeServerEventResponseMcpCallCompleted(w: Wire): Wire {
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
      case "outputIndex":
        o.output_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseMcpCallFailed` → wire JSON. */
export function serializeServerEventResponseMcpCallFailed(value: ServerEventResponseMcpCallFailed): WireObject;
export function serializeServerEventResponseMcpCallFailed(w: Wire): Wire {
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
      case "outputIndex":
        o.output_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseMcpCallInProgress` → wire JSON. */
export function serializeServerEventResponseMcpCallInProgress(value: ServerEventResponseMcpCallInProgress): WireObject;
export function serializeServerEventResponseMcpCallInProgress(w: Wire): Wire {
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
      case "outputIndex":
        o.output_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseOutputItemAdded` → wire JSON. */
export function serializeServerEventResponseOutputItemAdded(value: ServerEventResponseOutputItemAdded): WireObject;
export function serializeServerEventResponseOutputItemAdded(w: Wire): Wire {
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
      case "outputIndex":
        o.output_index = v;
        break;
      case "item":
        o.item = serializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseOutputItemDone` → wire JSON. */
export function serializeServerEventResponseOutputItemDone(value: ServerEventResponseOutputItemDone): WireObject;
export function serializeServerEventResponseOutputItemDone(w: Wire): Wire {
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
      case "outputIndex":
        o.output_index = v;
        break;
      case "item":
        o.item = serializeResponseItemUnion(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseTextDelta` → wire JSON. */
export function serializeServerEventResponseTextDelta(value: ServerEventResponseTextDelta): WireObject;
export function serializeServerEventResponseTextDelta(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
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

/** `ServerEventResponseTextDone` → wire JSON. */
export function serializeServerEventResponseTextDone(value: ServerEventResponseTextDone): WireObject;
export function serializeServerEventResponseTextDone(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
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

/** `ServerEventResponseVideoDelta` → wire JSON. */
export function serializeServerEventResponseVideoDelta(value: ServerEventResponseVideoDelta): WireObject;
export function serializeServerEventResponseVideoDelta(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseWebSearchCallCompleted` → wire JSON. */
export function serializeServerEventResponseWebSearchCallCompleted(value: ServerEventResponseWebSearchCallCompleted): WireObject;
export function serializeServerEventResponseWebSearchCallCompleted(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "sequenceNumber":
        o.sequence_number = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseWebSearchCallInProgress` → wire JSON. */
export function serializeServerEventResponseWebSearchCallInProgress(value: ServerEventResponseWebSearchCallInProgress): WireObject;
export function serializeServerEventResponseWebSearchCallInProgress(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "sequenceNumber":
        o.sequence_number = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventResponseWebSearchCallSearching` → wire JSON. */
export function serializeServerEventResponseWebSearchCallSearching(value: ServerEventResponseWebSearchCallSearching): WireObject;
export function serializeServerEventResponseWebSearchCallSearching(w: Wire): Wire {
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
      case "itemId":
        o.item_id = v;
        break;
      case "outputIndex":
        o.output_index = v;
        break;
      case "sequenceNumber":
        o.sequence_number = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventSessionAvatarConnecting` → wire JSON. */
export function serializeServerEventSessionAvatarConnecting(value: ServerEventSessionAvatarConnecting): WireObject;
export function serializeServerEventSessionAvatarConnecting(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "eventId":
        o.event_id = v;
        break;
      case "serverSdp":
        o.server_sdp = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventSessionAvatarSwitchToIdle` → wire JSON. */
export function serializeServerEventSessionAvatarSwitchToIdle(value: ServerEventSessionAvatarSwitchToIdle): WireObject;
export function serializeServerEventSessionAvatarSwitchToIdle(w: Wire): Wire {
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

/** `ServerEventSessionAvatarSwitchToSpeaking` → wire JSON. */
export function serializeServerEventSessionAvatarSwitchToSpeaking(value: ServerEventSessionAvatarSwitchToSpeaking): WireObject;
export function serializeServerEventSessionAvatarSwitchToSpeaking(w: Wire): Wire {
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

/** `ServerEventSessionCreated` → wire JSON. */
export function serializeServerEventSessionCreated(value: ServerEventSessionCreated): WireObject;
export function serializeServerEventSessionCreated(w: Wire): Wire {
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
        o.session = serializeResponseSession(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventSessionUpdated` → wire JSON. */
export function serializeServerEventSessionUpdated(value: ServerEventSessionUpdated): WireObject;
export function serializeServerEventSessionUpdated(w: Wire): Wire {
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
        o.session = serializeResponseSession(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `ServerEventWarning` → wire JSON. */
export function serializeServerEventWarning(value: ServerEventWarning): WireObject;
export function serializeServerEventWarning(w: Wire): Wire {
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

/** `TokenUsage` → wire JSON. */
export function serializeTokenUsage(value: TokenUsage): WireObject;
export function serializeTokenUsage(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "totalTokens":
        o.total_tokens = v;
        break;
      case "inputTokens":
        o.input_tokens = v;
        break;
      case "outputTokens":
        o.output_tokens = v;
        break;
      case "inputTokenDetails":
        o.input_token_details = serializeInputTokenDetails(v);
        break;
      case "outputTokenDetails":
        o.output_token_details = serializeOutputTokenDetails(v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `TranscriptionPhrase` → wire JSON. */
export function serializeTranscriptionPhrase(value: TranscriptionPhrase): WireObject;
export function serializeTranscriptionPhrase(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "offsetMilliseconds":
        o.offset_milliseconds = v;
        break;
      case "durationMilliseconds":
        o.duration_milliseconds = v;
        break;
      case "words":
        o.words = (Array.isArray(v) ? v.map((x: Wire) => serializeTranscriptionWord(x)) : v);
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `TranscriptionWord` → wire JSON. */
export function serializeTranscriptionWord(value: TranscriptionWord): WireObject;
export function serializeTranscriptionWord(w: Wire): Wire {
  if (!isObject(w)) return w;
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    switch (k) {
      case "offsetMilliseconds":
        o.offset_milliseconds = v;
        break;
      case "durationMilliseconds":
        o.duration_milliseconds = v;
        break;
      default:
        o[k] = v;
    }
  }
  return o;
}

/** `VoiceLiveErrorDetails` → wire JSON. */
export function serializeVoiceLiveErrorDetails(value: VoiceLiveErrorDetails): WireObject;
export function serializeVoiceLiveErrorDetails(w: Wire): Wire {
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

/** Wire JSON → a typed `ClientEvent`. An event of an unknown type is returned as it is, in wire form. */
export function deserializeClientEvent(value: unknown): ClientEvent | UnknownClientEvent;
export function deserializeClientEvent(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "session.update":
      return deserializeClientEventSessionUpdate(w);
    case "session.avatar.connect":
      return deserializeClientEventSessionAvatarConnect(w);
    case "input_audio.turn.start":
      return deserializeClientEventInputAudioTurnStart(w);
    case "input_audio.turn.append":
      return deserializeClientEventInputAudioTurnAppend(w);
    case "input_audio.turn.end":
      return deserializeClientEventInputAudioTurnEnd(w);
    case "input_audio.turn.cancel":
      return deserializeClientEventInputAudioTurnCancel(w);
    case "input_audio.clear":
      return deserializeClientEventInputAudioClear(w);
    case "input_text.delta":
      return deserializeClientEventInputTextDelta(w);
    case "input_text.done":
      return deserializeClientEventInputTextDone(w);
    case "input_audio_buffer.append":
      return deserializeClientEventInputAudioBufferAppend(w);
    case "input_audio_buffer.commit":
      return deserializeClientEventInputAudioBufferCommit(w);
    case "input_audio_buffer.clear":
      return deserializeClientEventInputAudioBufferClear(w);
    case "conversation.item.create":
      return deserializeClientEventConversationItemCreate(w);
    case "conversation.item.truncate":
      return deserializeClientEventConversationItemTruncate(w);
    case "conversation.item.delete":
      return deserializeClientEventConversationItemDelete(w);
    case "response.create":
      return deserializeClientEventResponseCreate(w);
    case "response.cancel":
      return deserializeClientEventResponseCancel(w);
    case "conversation.item.retrieve":
      return deserializeClientEventConversationItemRetrieve(w);
    case "output_audio_buffer.clear":
      return deserializeClientEventOutputAudioBufferClear(w);
    default:
      return w;
  }
}

/** A `ServerEvent` → wire JSON. An event of an unknown type is passed through as it is (it is already in wire form). */
export function serializeServerEvent(value: ServerEvent | UnknownServerEvent): WireObject;
export function serializeServerEvent(w: Wire): Wire {
  if (!isObject(w)) return w;
  switch (w["type"]) {
    case "error":
      return serializeServerEventError(w);
    case "warning":
      return serializeServerEventWarning(w);
    case "session.created":
      return serializeServerEventSessionCreated(w);
    case "session.updated":
      return serializeServerEventSessionUpdated(w);
    case "session.avatar.connecting":
      return serializeServerEventSessionAvatarConnecting(w);
    case "input_audio_buffer.committed":
      return serializeServerEventInputAudioBufferCommitted(w);
    case "input_audio_buffer.cleared":
      return serializeServerEventInputAudioBufferCleared(w);
    case "input_audio_buffer.speech_started":
      return serializeServerEventInputAudioBufferSpeechStarted(w);
    case "input_audio_buffer.speech_stopped":
      return serializeServerEventInputAudioBufferSpeechStopped(w);
    case "conversation.item.created":
      return serializeServerEventConversationItemCreated(w);
    case "conversation.item.input_audio_transcription.completed":
      return serializeServerEventConversationItemInputAudioTranscriptionCompleted(w);
    case "conversation.item.input_audio_transcription.failed":
      return serializeServerEventConversationItemInputAudioTranscriptionFailed(w);
    case "conversation.item.truncated":
      return serializeServerEventConversationItemTruncated(w);
    case "conversation.item.deleted":
      return serializeServerEventConversationItemDeleted(w);
    case "response.created":
      return serializeServerEventResponseCreated(w);
    case "response.done":
      return serializeServerEventResponseDone(w);
    case "response.output_item.added":
      return serializeServerEventResponseOutputItemAdded(w);
    case "response.output_item.done":
      return serializeServerEventResponseOutputItemDone(w);
    case "response.content_part.added":
      return serializeServerEventResponseContentPartAdded(w);
    case "response.content_part.done":
      return serializeServerEventResponseContentPartDone(w);
    case "response.text.delta":
      return serializeServerEventResponseTextDelta(w);
    case "response.text.done":
      return serializeServerEventResponseTextDone(w);
    case "response.audio_transcript.delta":
      return serializeServerEventResponseAudioTranscriptDelta(w);
    case "response.audio_transcript.done":
      return serializeServerEventResponseAudioTranscriptDone(w);
    case "response.audio.delta":
      return serializeServerEventResponseAudioDelta(w);
    case "response.audio.done":
      return serializeServerEventResponseAudioDone(w);
    case "response.animation_blendshapes.delta":
      return serializeServerEventResponseAnimationBlendshapeDelta(w);
    case "response.animation_blendshapes.done":
      return serializeServerEventResponseAnimationBlendshapeDone(w);
    case "response.audio_timestamp.delta":
      return serializeServerEventResponseAudioTimestampDelta(w);
    case "response.audio_timestamp.done":
      return serializeServerEventResponseAudioTimestampDone(w);
    case "response.animation_viseme.delta":
      return serializeServerEventResponseAnimationVisemeDelta(w);
    case "response.animation_viseme.done":
      return serializeServerEventResponseAnimationVisemeDone(w);
    case "conversation.item.input_audio_transcription.delta":
      return serializeServerEventConversationItemInputAudioTranscriptionDelta(w);
    case "conversation.item.retrieved":
      return serializeServerEventConversationItemRetrieved(w);
    case "response.function_call_arguments.delta":
      return serializeServerEventResponseFunctionCallArgumentsDelta(w);
    case "response.function_call_arguments.done":
      return serializeServerEventResponseFunctionCallArgumentsDone(w);
    case "mcp_list_tools.in_progress":
      return serializeServerEventMcpListToolsInProgress(w);
    case "mcp_list_tools.completed":
      return serializeServerEventMcpListToolsCompleted(w);
    case "mcp_list_tools.failed":
      return serializeServerEventMcpListToolsFailed(w);
    case "response.mcp_call_arguments.delta":
      return serializeServerEventResponseMcpCallArgumentsDelta(w);
    case "response.mcp_call_arguments.done":
      return serializeServerEventResponseMcpCallArgumentsDone(w);
    case "response.mcp_call.in_progress":
      return serializeServerEventResponseMcpCallInProgress(w);
    case "response.mcp_call.completed":
      return serializeServerEventResponseMcpCallCompleted(w);
    case "response.mcp_call.failed":
      return serializeServerEventResponseMcpCallFailed(w);
    case "session.avatar.switch_to_speaking":
      return serializeServerEventSessionAvatarSwitchToSpeaking(w);
    case "session.avatar.switch_to_idle":
      return serializeServerEventSessionAvatarSwitchToIdle(w);
    case "response.video.delta":
      return serializeServerEventResponseVideoDelta(w);
    case "response.web_search_call.searching":
      return serializeServerEventResponseWebSearchCallSearching(w);
    case "response.web_search_call.in_progress":
      return serializeServerEventResponseWebSearchCallInProgress(w);
    case "response.web_search_call.completed":
      return serializeServerEventResponseWebSearchCallCompleted(w);
    case "response.file_search_call.searching":
      return serializeServerEventResponseFileSearchCallSearching(w);
    case "response.file_search_call.in_progress":
      return serializeServerEventResponseFileSearchCallInProgress(w);
    case "response.file_search_call.completed":
      return serializeServerEventResponseFileSearchCallCompleted(w);
    case "output_audio_buffer.cleared":
      return serializeServerEventOutputAudioBufferCleared(w);
    case "response.audio_transcript.annotation.added":
      return serializeServerEventResponseAudioTranscriptAnnotationAdded(w);
    case "response.invocation.delta":
      return serializeServerEventResponseInvocationDelta(w);
    default:
      return w;
  }
}
