// Generated from spec/ by npm run generate. Do not edit.
/** The API versions this SDK models: the dated ones oldest first (previews among them), then the labels. */
export const apiVersions = ["2025-10-01","2026-04-10","2026-07-15","2026-07-31-preview","v1"] as const;

/** An API version this SDK models. */
export type ApiVersion = (typeof apiVersions)[number];

/** The dated API versions, oldest first (ISO dates, so they also sort as strings). */
export const datedApiVersions = ["2025-10-01","2026-04-10","2026-07-15","2026-07-31-preview"] as const satisfies readonly ApiVersion[];

/** The label API versions (such as `v1`): shapes of their own, not placed by date. */
export const labelApiVersions = ["v1"] as const satisfies readonly ApiVersion[];

/** The modelled previews (dated, with a `-preview` suffix): their events are typed, but a preview is never the default. */
export const previewApiVersions = ["2026-07-31-preview"] as const satisfies readonly ApiVersion[];

/** A dated API version this SDK models. */
export type DatedApiVersion = (typeof datedApiVersions)[number];

/** The newest generally available dated version: the default of every client. */
export const latestApiVersion: ApiVersion = "2026-07-15";

/**
 * Per version, the server event types it sends under another name than the dated versions:
 * dated type → this version's type, with the same fields (`response.audio.delta` → `response.output_audio.delta` in `v1`).
 */
export const serverEventTypeRenames: Record<ApiVersion, Readonly<Record<string, string>>> = {
  "2025-10-01": {},
  "2026-04-10": {},
  "2026-07-15": {},
  "2026-07-31-preview": {},
  "v1": {"response.text.delta":"response.output_text.delta","response.text.done":"response.output_text.done","response.audio_transcript.delta":"response.output_audio_transcript.delta","response.audio_transcript.done":"response.output_audio_transcript.done","response.audio.delta":"response.output_audio.delta","response.audio.done":"response.output_audio.done"},
};

/**
 * Per version, the settings it keeps at another place than the dated versions: model → dated field →
 * keys of its place in this version (`RequestSession.input_audio_format` → `audio.input.format` in `v1`).
 */
export const movedFields: Record<ApiVersion, Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>> = {
  "2025-10-01": {},
  "2026-04-10": {},
  "2026-07-15": {},
  "2026-07-31-preview": {},
  "v1": {"RequestSession":{"modalities":["output_modalities"],"voice":["audio","output","voice"],"input_audio_sampling_rate":["audio","input","sampling_rate"],"input_audio_format":["audio","input","format"],"output_audio_format":["audio","output","format"],"turn_detection":["audio","input","turn_detection"],"input_audio_noise_reduction":["audio","input","noise_reduction"],"input_audio_echo_cancellation":["audio","input","echo_cancellation"],"input_audio_transcription":["audio","input","transcription"],"output_audio_timestamp_types":["audio","output","timestamp_types"],"max_response_output_tokens":["max_output_tokens"],"reasoning_effort":["reasoning","effort"]},"ResponseCreateParams":{"modalities":["output_modalities"],"voice":["audio","output","voice"],"output_audio_format":["audio","output","format"],"reasoning_effort":["reasoning","effort"]},"ResponseSession":{"modalities":["output_modalities"],"voice":["audio","output","voice"],"input_audio_sampling_rate":["audio","input","sampling_rate"],"input_audio_format":["audio","input","format"],"output_audio_format":["audio","output","format"],"turn_detection":["audio","input","turn_detection"],"input_audio_noise_reduction":["audio","input","noise_reduction"],"input_audio_echo_cancellation":["audio","input","echo_cancellation"],"input_audio_transcription":["audio","input","transcription"],"output_audio_timestamp_types":["audio","output","timestamp_types"],"max_response_output_tokens":["max_output_tokens"],"reasoning_effort":["reasoning","effort"]},"VoiceLiveResponse":{"voice":["audio","output","voice"],"modalities":["output_modalities"],"output_audio_format":["audio","output","format"]}},
};

/** The groups of settings in a session config (`audio`, `audio.input`), whose fields an update merges one by one. */
export const sessionConfigGroups: readonly string[] = ["audio","audio.input","audio.output","reasoning"];

/** Every known client event type, in any modelled version. */
export const clientEventTypes = ["session.update","session.avatar.connect","input_audio.turn.start","input_audio.turn.append","input_audio.turn.end","input_audio.turn.cancel","input_audio.clear","input_text.delta","input_text.done","input_audio_buffer.append","input_audio_buffer.commit","input_audio_buffer.clear","conversation.item.create","conversation.item.truncate","conversation.item.delete","response.create","response.cancel","conversation.item.retrieve","output_audio_buffer.clear"] as const;

/** Every known server event type, in any modelled version. */
export const serverEventTypes = ["error","warning","session.created","session.updated","session.avatar.connecting","input_audio_buffer.committed","input_audio_buffer.cleared","input_audio_buffer.speech_started","input_audio_buffer.speech_stopped","conversation.item.created","conversation.item.input_audio_transcription.completed","conversation.item.input_audio_transcription.failed","conversation.item.truncated","conversation.item.deleted","response.created","response.done","response.output_item.added","response.output_item.done","response.content_part.added","response.content_part.done","response.text.delta","response.text.done","response.audio_transcript.delta","response.audio_transcript.done","response.audio.delta","response.audio.done","response.animation_blendshapes.delta","response.animation_blendshapes.done","response.audio_timestamp.delta","response.audio_timestamp.done","response.animation_viseme.delta","response.animation_viseme.done","conversation.item.input_audio_transcription.delta","conversation.item.retrieved","response.function_call_arguments.delta","response.function_call_arguments.done","response.system_tool_arguments.delta","response.system_tool_arguments.done","session.end_conversation.cancelled","session.end_conversation.completed","mcp_list_tools.in_progress","mcp_list_tools.completed","mcp_list_tools.failed","response.mcp_call_arguments.delta","response.mcp_call_arguments.done","response.mcp_call.in_progress","response.mcp_call.completed","response.mcp_call.failed","session.avatar.switch_to_speaking","session.avatar.switch_to_idle","response.video.delta","response.web_search_call.searching","response.web_search_call.in_progress","response.web_search_call.completed","response.file_search_call.searching","response.file_search_call.in_progress","response.file_search_call.completed","output_audio_buffer.cleared","response.audio_transcript.annotation.added","response.invocation.delta","realtime.call.incoming","realtime.call.connected","realtime.call.disconnected","realtime.call.failed","realtime.call.transfer.succeeded","realtime.call.transfer.failed","response.output_text.delta","response.output_text.done","response.output_audio_transcript.delta","response.output_audio_transcript.done","response.output_audio.delta","response.output_audio.done","conversation.created","conversation.item.added","conversation.item.done","conversation.item.input_audio_transcription.segment","input_audio_buffer.timeout_triggered","input_audio_buffer.dtmf_event_received","output_audio_buffer.started","output_audio_buffer.stopped","rate_limits.updated"] as const;

/** The client and server event types of each API version. */
export const eventTypesByVersion: Record<ApiVersion, { readonly client: readonly string[]; readonly server: readonly string[] }> = {
  "2025-10-01": {
    client: ["session.update","session.avatar.connect","input_audio.turn.start","input_audio.turn.append","input_audio.turn.end","input_audio.turn.cancel","input_audio.clear","input_audio_buffer.append","input_audio_buffer.commit","input_audio_buffer.clear","conversation.item.create","conversation.item.truncate","conversation.item.delete","response.create","response.cancel","conversation.item.retrieve"],
    server: ["error","session.created","session.updated","session.avatar.connecting","input_audio_buffer.committed","input_audio_buffer.cleared","input_audio_buffer.speech_started","input_audio_buffer.speech_stopped","conversation.item.created","conversation.item.input_audio_transcription.completed","conversation.item.input_audio_transcription.failed","conversation.item.truncated","conversation.item.deleted","response.created","response.done","response.output_item.added","response.output_item.done","response.content_part.added","response.content_part.done","response.text.delta","response.text.done","response.audio_transcript.delta","response.audio_transcript.done","response.audio.delta","response.audio.done","response.animation_blendshapes.delta","response.animation_blendshapes.done","response.audio_timestamp.delta","response.audio_timestamp.done","response.animation_viseme.delta","response.animation_viseme.done","conversation.item.input_audio_transcription.delta","conversation.item.retrieved","response.function_call_arguments.delta","response.function_call_arguments.done"],
  },
  "2026-04-10": {
    client: ["session.update","session.avatar.connect","input_audio.turn.start","input_audio.turn.append","input_audio.turn.end","input_audio.turn.cancel","input_audio.clear","input_audio_buffer.append","input_audio_buffer.commit","input_audio_buffer.clear","conversation.item.create","conversation.item.truncate","conversation.item.delete","response.create","response.cancel","conversation.item.retrieve","output_audio_buffer.clear"],
    server: ["error","warning","session.created","session.updated","session.avatar.connecting","input_audio_buffer.committed","input_audio_buffer.cleared","input_audio_buffer.speech_started","input_audio_buffer.speech_stopped","conversation.item.created","conversation.item.input_audio_transcription.completed","conversation.item.input_audio_transcription.failed","conversation.item.truncated","conversation.item.deleted","response.created","response.done","response.output_item.added","response.output_item.done","response.content_part.added","response.content_part.done","response.text.delta","response.text.done","response.audio_transcript.delta","response.audio_transcript.done","response.audio.delta","response.audio.done","response.animation_blendshapes.delta","response.animation_blendshapes.done","response.audio_timestamp.delta","response.audio_timestamp.done","response.animation_viseme.delta","response.animation_viseme.done","conversation.item.input_audio_transcription.delta","conversation.item.retrieved","response.function_call_arguments.delta","response.function_call_arguments.done","response.system_tool_arguments.delta","response.system_tool_arguments.done","session.end_conversation.cancelled","session.end_conversation.completed","mcp_list_tools.in_progress","mcp_list_tools.completed","mcp_list_tools.failed","response.mcp_call_arguments.delta","response.mcp_call_arguments.done","response.mcp_call.in_progress","response.mcp_call.completed","response.mcp_call.failed","session.avatar.switch_to_speaking","session.avatar.switch_to_idle","response.video.delta","response.web_search_call.searching","response.web_search_call.in_progress","response.web_search_call.completed","response.file_search_call.searching","response.file_search_call.in_progress","response.file_search_call.completed","output_audio_buffer.cleared","response.audio_transcript.annotation.added"],
  },
  "2026-07-15": {
    client: ["session.update","session.avatar.connect","input_audio.turn.start","input_audio.turn.append","input_audio.turn.end","input_audio.turn.cancel","input_audio.clear","input_text.delta","input_text.done","input_audio_buffer.append","input_audio_buffer.commit","input_audio_buffer.clear","conversation.item.create","conversation.item.truncate","conversation.item.delete","response.create","response.cancel","conversation.item.retrieve","output_audio_buffer.clear"],
    server: ["error","warning","session.created","session.updated","session.avatar.connecting","input_audio_buffer.committed","input_audio_buffer.cleared","input_audio_buffer.speech_started","input_audio_buffer.speech_stopped","conversation.item.created","conversation.item.input_audio_transcription.completed","conversation.item.input_audio_transcription.failed","conversation.item.truncated","conversation.item.deleted","response.created","response.done","response.output_item.added","response.output_item.done","response.content_part.added","response.content_part.done","response.text.delta","response.text.done","response.audio_transcript.delta","response.audio_transcript.done","response.audio.delta","response.audio.done","response.animation_blendshapes.delta","response.animation_blendshapes.done","response.audio_timestamp.delta","response.audio_timestamp.done","response.animation_viseme.delta","response.animation_viseme.done","conversation.item.input_audio_transcription.delta","conversation.item.retrieved","response.function_call_arguments.delta","response.function_call_arguments.done","mcp_list_tools.in_progress","mcp_list_tools.completed","mcp_list_tools.failed","response.mcp_call_arguments.delta","response.mcp_call_arguments.done","response.mcp_call.in_progress","response.mcp_call.completed","response.mcp_call.failed","session.avatar.switch_to_speaking","session.avatar.switch_to_idle","response.video.delta","response.web_search_call.searching","response.web_search_call.in_progress","response.web_search_call.completed","response.file_search_call.searching","response.file_search_call.in_progress","response.file_search_call.completed","output_audio_buffer.cleared","response.audio_transcript.annotation.added","response.invocation.delta"],
  },
  "2026-07-31-preview": {
    client: ["session.update","session.avatar.connect","input_audio.turn.start","input_audio.turn.append","input_audio.turn.end","input_audio.turn.cancel","input_audio.clear","input_text.delta","input_text.done","input_audio_buffer.append","input_audio_buffer.commit","input_audio_buffer.clear","conversation.item.create","conversation.item.truncate","conversation.item.delete","response.create","response.cancel","conversation.item.retrieve","output_audio_buffer.clear"],
    server: ["error","warning","session.created","session.updated","session.avatar.connecting","input_audio_buffer.committed","input_audio_buffer.cleared","input_audio_buffer.speech_started","input_audio_buffer.speech_stopped","conversation.item.created","conversation.item.input_audio_transcription.completed","conversation.item.input_audio_transcription.failed","conversation.item.truncated","conversation.item.deleted","response.created","response.done","response.output_item.added","response.output_item.done","response.content_part.added","response.content_part.done","response.text.delta","response.text.done","response.audio_transcript.delta","response.audio_transcript.done","response.audio.delta","response.audio.done","response.animation_blendshapes.delta","response.animation_blendshapes.done","response.audio_timestamp.delta","response.audio_timestamp.done","response.animation_viseme.delta","response.animation_viseme.done","conversation.item.input_audio_transcription.delta","conversation.item.retrieved","response.function_call_arguments.delta","response.function_call_arguments.done","mcp_list_tools.in_progress","mcp_list_tools.completed","mcp_list_tools.failed","response.mcp_call_arguments.delta","response.mcp_call_arguments.done","response.mcp_call.in_progress","response.mcp_call.completed","response.mcp_call.failed","session.avatar.switch_to_speaking","session.avatar.switch_to_idle","response.video.delta","response.web_search_call.searching","response.web_search_call.in_progress","response.web_search_call.completed","response.file_search_call.searching","response.file_search_call.in_progress","response.file_search_call.completed","output_audio_buffer.cleared","response.audio_transcript.annotation.added","response.invocation.delta","realtime.call.incoming","realtime.call.connected","realtime.call.disconnected","realtime.call.failed","realtime.call.transfer.succeeded","realtime.call.transfer.failed"],
  },
  "v1": {
    client: ["session.update","session.avatar.connect","input_audio.turn.start","input_audio.turn.append","input_audio.turn.end","input_audio.turn.cancel","input_audio.clear","input_text.delta","input_text.done","input_audio_buffer.append","input_audio_buffer.commit","input_audio_buffer.clear","conversation.item.create","conversation.item.truncate","conversation.item.delete","response.create","response.cancel","conversation.item.retrieve","output_audio_buffer.clear"],
    server: ["error","warning","session.created","session.updated","session.avatar.connecting","input_audio_buffer.committed","input_audio_buffer.cleared","input_audio_buffer.speech_started","input_audio_buffer.speech_stopped","conversation.item.created","conversation.item.input_audio_transcription.completed","conversation.item.input_audio_transcription.failed","conversation.item.truncated","conversation.item.deleted","response.created","response.done","response.output_item.added","response.output_item.done","response.content_part.added","response.content_part.done","response.animation_blendshapes.delta","response.animation_blendshapes.done","response.audio_timestamp.delta","response.audio_timestamp.done","response.animation_viseme.delta","response.animation_viseme.done","conversation.item.input_audio_transcription.delta","conversation.item.retrieved","response.function_call_arguments.delta","response.function_call_arguments.done","mcp_list_tools.in_progress","mcp_list_tools.completed","mcp_list_tools.failed","response.mcp_call_arguments.delta","response.mcp_call_arguments.done","response.mcp_call.in_progress","response.mcp_call.completed","response.mcp_call.failed","session.avatar.switch_to_speaking","session.avatar.switch_to_idle","response.video.delta","response.web_search_call.searching","response.web_search_call.in_progress","response.web_search_call.completed","response.file_search_call.searching","response.file_search_call.in_progress","response.file_search_call.completed","output_audio_buffer.cleared","response.audio_transcript.annotation.added","response.invocation.delta","response.output_text.delta","response.output_text.done","response.output_audio_transcript.delta","response.output_audio_transcript.done","response.output_audio.delta","response.output_audio.done","conversation.created","conversation.item.added","conversation.item.done","conversation.item.input_audio_transcription.segment","input_audio_buffer.timeout_triggered","input_audio_buffer.dtmf_event_received","output_audio_buffer.started","output_audio_buffer.stopped","rate_limits.updated"],
  },
};

/**
 * The subscriber handler of each server event type: `response.audio.delta` → `onResponseAudioDelta`.
 * `error` → `onServerError`, because `onError` is kept for the SDK's own errors.
 */
export const serverEventHandlerNames = {
  "error": "onServerError",
  "warning": "onWarning",
  "session.created": "onSessionCreated",
  "session.updated": "onSessionUpdated",
  "session.avatar.connecting": "onSessionAvatarConnecting",
  "input_audio_buffer.committed": "onInputAudioBufferCommitted",
  "input_audio_buffer.cleared": "onInputAudioBufferCleared",
  "input_audio_buffer.speech_started": "onInputAudioBufferSpeechStarted",
  "input_audio_buffer.speech_stopped": "onInputAudioBufferSpeechStopped",
  "conversation.item.created": "onConversationItemCreated",
  "conversation.item.input_audio_transcription.completed": "onConversationItemInputAudioTranscriptionCompleted",
  "conversation.item.input_audio_transcription.failed": "onConversationItemInputAudioTranscriptionFailed",
  "conversation.item.truncated": "onConversationItemTruncated",
  "conversation.item.deleted": "onConversationItemDeleted",
  "response.created": "onResponseCreated",
  "response.done": "onResponseDone",
  "response.output_item.added": "onResponseOutputItemAdded",
  "response.output_item.done": "onResponseOutputItemDone",
  "response.content_part.added": "onResponseContentPartAdded",
  "response.content_part.done": "onResponseContentPartDone",
  "response.text.delta": "onResponseTextDelta",
  "response.text.done": "onResponseTextDone",
  "response.audio_transcript.delta": "onResponseAudioTranscriptDelta",
  "response.audio_transcript.done": "onResponseAudioTranscriptDone",
  "response.audio.delta": "onResponseAudioDelta",
  "response.audio.done": "onResponseAudioDone",
  "response.animation_blendshapes.delta": "onResponseAnimationBlendshapesDelta",
  "response.animation_blendshapes.done": "onResponseAnimationBlendshapesDone",
  "response.audio_timestamp.delta": "onResponseAudioTimestampDelta",
  "response.audio_timestamp.done": "onResponseAudioTimestampDone",
  "response.animation_viseme.delta": "onResponseAnimationVisemeDelta",
  "response.animation_viseme.done": "onResponseAnimationVisemeDone",
  "conversation.item.input_audio_transcription.delta": "onConversationItemInputAudioTranscriptionDelta",
  "conversation.item.retrieved": "onConversationItemRetrieved",
  "response.function_call_arguments.delta": "onResponseFunctionCallArgumentsDelta",
  "response.function_call_arguments.done": "onResponseFunctionCallArgumentsDone",
  "response.system_tool_arguments.delta": "onResponseSystemToolArgumentsDelta",
  "response.system_tool_arguments.done": "onResponseSystemToolArgumentsDone",
  "session.end_conversation.cancelled": "onSessionEndConversationCancelled",
  "session.end_conversation.completed": "onSessionEndConversationCompleted",
  "mcp_list_tools.in_progress": "onMcpListToolsInProgress",
  "mcp_list_tools.completed": "onMcpListToolsCompleted",
  "mcp_list_tools.failed": "onMcpListToolsFailed",
  "response.mcp_call_arguments.delta": "onResponseMcpCallArgumentsDelta",
  "response.mcp_call_arguments.done": "onResponseMcpCallArgumentsDone",
  "response.mcp_call.in_progress": "onResponseMcpCallInProgress",
  "response.mcp_call.completed": "onResponseMcpCallCompleted",
  "response.mcp_call.failed": "onResponseMcpCallFailed",
  "session.avatar.switch_to_speaking": "onSessionAvatarSwitchToSpeaking",
  "session.avatar.switch_to_idle": "onSessionAvatarSwitchToIdle",
  "response.video.delta": "onResponseVideoDelta",
  "response.web_search_call.searching": "onResponseWebSearchCallSearching",
  "response.web_search_call.in_progress": "onResponseWebSearchCallInProgress",
  "response.web_search_call.completed": "onResponseWebSearchCallCompleted",
  "response.file_search_call.searching": "onResponseFileSearchCallSearching",
  "response.file_search_call.in_progress": "onResponseFileSearchCallInProgress",
  "response.file_search_call.completed": "onResponseFileSearchCallCompleted",
  "output_audio_buffer.cleared": "onOutputAudioBufferCleared",
  "response.audio_transcript.annotation.added": "onResponseAudioTranscriptAnnotationAdded",
  "response.invocation.delta": "onResponseInvocationDelta",
  "realtime.call.incoming": "onRealtimeCallIncoming",
  "realtime.call.connected": "onRealtimeCallConnected",
  "realtime.call.disconnected": "onRealtimeCallDisconnected",
  "realtime.call.failed": "onRealtimeCallFailed",
  "realtime.call.transfer.succeeded": "onRealtimeCallTransferSucceeded",
  "realtime.call.transfer.failed": "onRealtimeCallTransferFailed",
  "response.output_text.delta": "onResponseOutputTextDelta",
  "response.output_text.done": "onResponseOutputTextDone",
  "response.output_audio_transcript.delta": "onResponseOutputAudioTranscriptDelta",
  "response.output_audio_transcript.done": "onResponseOutputAudioTranscriptDone",
  "response.output_audio.delta": "onResponseOutputAudioDelta",
  "response.output_audio.done": "onResponseOutputAudioDone",
  "conversation.created": "onConversationCreated",
  "conversation.item.added": "onConversationItemAdded",
  "conversation.item.done": "onConversationItemDone",
  "conversation.item.input_audio_transcription.segment": "onConversationItemInputAudioTranscriptionSegment",
  "input_audio_buffer.timeout_triggered": "onInputAudioBufferTimeoutTriggered",
  "input_audio_buffer.dtmf_event_received": "onInputAudioBufferDtmfEventReceived",
  "output_audio_buffer.started": "onOutputAudioBufferStarted",
  "output_audio_buffer.stopped": "onOutputAudioBufferStopped",
  "rate_limits.updated": "onRateLimitsUpdated",
} as const;

/**
 * For each model, the wire fields that are renamed in the TypeScript models or hold further models:
 * wire name → [model name, what the value is]. The value is a model or dispatch entry name, "[]"
 * before a name for an array of it, or null for a value whose keys are never re-cased.
 * Built on its first call.
 */
export function wireFields(): Record<string, Record<string, readonly [string, string | null]>> {
  return (wireFieldsBuilt ??= {
    ActionSearch: { "sources": ["sources", "[]ActionSearchSource"] },
    AgentConfig: { "agent_id": ["agentId", null], "thread_id": ["threadId", null] },
    Animation: { "model_name": ["modelName", null] },
    AssistantMessageItem: { "content": ["content", "[]MessageContentPart"] },
    AudioEchoCancellation: { "reference_source": ["referenceSource", null] },
    AudioInputTranscriptionOptions: { "custom_speech": ["customSpeech", null], "phrase_list": ["phraseList", null] },
    AvatarConfig: { "ice_servers": ["iceServers", "[]IceServer"], "video": ["video", "VideoParams"], "scene": ["scene", "Scene"], "output_protocol": ["outputProtocol", null], "output_audit_audio": ["outputAuditAudio", null] },
    AzureAvatarVoiceSyncVoice: { "custom_lexicon_url": ["customLexiconUrl", null], "custom_text_normalization_url": ["customTextNormalizationUrl", null], "prefer_locales": ["preferLocales", null] },
    AzureCustomVoice: { "endpoint_id": ["endpointId", null], "custom_lexicon_url": ["customLexiconUrl", null], "prefer_locales": ["preferLocales", null], "custom_text_normalization_url": ["customTextNormalizationUrl", null] },
    AzurePersonalVoice: { "custom_lexicon_url": ["customLexiconUrl", null], "custom_text_normalization_url": ["customTextNormalizationUrl", null], "prefer_locales": ["preferLocales", null] },
    AzureSemanticDetection: { "threshold_level": ["thresholdLevel", null], "timeout_ms": ["timeoutInMs", null] },
    AzureSemanticDetectionEn: { "threshold_level": ["thresholdLevel", null], "timeout_ms": ["timeoutInMs", null] },
    AzureSemanticDetectionMultilingual: { "threshold_level": ["thresholdLevel", null], "timeout_ms": ["timeoutInMs", null] },
    AzureSemanticVad: { "prefix_padding_ms": ["prefixPaddingInMs", null], "silence_duration_ms": ["silenceDurationInMs", null], "end_of_utterance_detection": ["endOfUtteranceDetection", "EouDetection"], "speech_duration_ms": ["speechDurationInMs", null], "remove_filler_words": ["removeFillerWords", null], "auto_truncate": ["autoTruncate", null], "create_response": ["createResponse", null], "interrupt_response": ["interruptResponse", null] },
    AzureSemanticVadEn: { "prefix_padding_ms": ["prefixPaddingInMs", null], "silence_duration_ms": ["silenceDurationInMs", null], "end_of_utterance_detection": ["endOfUtteranceDetection", "EouDetection"], "speech_duration_ms": ["speechDurationInMs", null], "remove_filler_words": ["removeFillerWords", null], "auto_truncate": ["autoTruncate", null], "create_response": ["createResponse", null], "interrupt_response": ["interruptResponse", null] },
    AzureSemanticVadMultilingual: { "prefix_padding_ms": ["prefixPaddingInMs", null], "silence_duration_ms": ["silenceDurationInMs", null], "end_of_utterance_detection": ["endOfUtteranceDetection", "EouDetection"], "speech_duration_ms": ["speechDurationInMs", null], "remove_filler_words": ["removeFillerWords", null], "auto_truncate": ["autoTruncate", null], "create_response": ["createResponse", null], "interrupt_response": ["interruptResponse", null] },
    AzureStandardVoice: { "custom_lexicon_url": ["customLexiconUrl", null], "prefer_locales": ["preferLocales", null], "custom_text_normalization_url": ["customTextNormalizationUrl", null] },
    Background: { "image_url": ["imageUrl", null] },
    CachedTokenDetails: { "text_tokens": ["textTokens", null], "audio_tokens": ["audioTokens", null], "image_tokens": ["imageTokens", null] },
    ClientEvent: { "event_id": ["eventId", null] },
    ClientEventConversationItemCreate: { "event_id": ["eventId", null], "previous_item_id": ["previousItemId", null], "item": ["item", "ConversationRequestItem"] },
    ClientEventConversationItemDelete: { "event_id": ["eventId", null], "item_id": ["itemId", null] },
    ClientEventConversationItemRetrieve: { "event_id": ["eventId", null], "item_id": ["itemId", null] },
    ClientEventConversationItemTruncate: { "event_id": ["eventId", null], "item_id": ["itemId", null], "content_index": ["contentIndex", null], "audio_end_ms": ["audioEndInMs", null] },
    ClientEventInputAudioBufferAppend: { "event_id": ["eventId", null] },
    ClientEventInputAudioBufferClear: { "event_id": ["eventId", null] },
    ClientEventInputAudioBufferCommit: { "event_id": ["eventId", null] },
    ClientEventInputAudioClear: { "event_id": ["eventId", null] },
    ClientEventInputAudioTurnAppend: { "event_id": ["eventId", null], "turn_id": ["turnId", null] },
    ClientEventInputAudioTurnCancel: { "event_id": ["eventId", null], "turn_id": ["turnId", null] },
    ClientEventInputAudioTurnEnd: { "event_id": ["eventId", null], "turn_id": ["turnId", null] },
    ClientEventInputAudioTurnStart: { "event_id": ["eventId", null], "turn_id": ["turnId", null] },
    ClientEventInputTextDelta: { "event_id": ["eventId", null], "content_index": ["contentIndex", null] },
    ClientEventInputTextDone: { "event_id": ["eventId", null], "content_index": ["contentIndex", null] },
    ClientEventOutputAudioBufferClear: { "event_id": ["eventId", null] },
    ClientEventResponseCancel: { "event_id": ["eventId", null], "response_id": ["responseId", null] },
    ClientEventResponseCreate: { "event_id": ["eventId", null], "response": ["response", "ResponseCreateParams"], "additional_instructions": ["additionalInstructions", null] },
    ClientEventSessionAvatarConnect: { "event_id": ["eventId", null], "client_sdp": ["clientSdp", null] },
    ClientEventSessionUpdate: { "event_id": ["eventId", null], "session": ["session", "RequestSession"] },
    ErrorResponse: { "error": ["error", "VoiceLiveErrorDetails"] },
    FileSearchResult: { "file_id": ["fileId", null] },
    FunctionCallItem: { "call_id": ["callId", null] },
    FunctionCallOutputItem: { "call_id": ["callId", null] },
    InputTokenDetails: { "cached_tokens": ["cachedTokens", null], "text_tokens": ["textTokens", null], "audio_tokens": ["audioTokens", null], "image_tokens": ["imageTokens", null], "cached_tokens_details": ["cachedTokensDetails", "CachedTokenDetails"] },
    InterimResponseConfigBase: { "latency_threshold_ms": ["latencyThresholdInMs", null] },
    LlmInterimResponseConfig: { "latency_threshold_ms": ["latencyThresholdInMs", null], "max_completion_tokens": ["maxCompletionTokens", null] },
    MCPApprovalResponseRequestItem: { "approval_request_id": ["approvalRequestId", null] },
    MCPServer: { "server_label": ["serverLabel", null], "server_url": ["serverUrl", null], "allowed_tools": ["allowedTools", null], "require_approval": ["requireApproval", null] },
    MCPTool: { "input_schema": ["inputSchema", null] },
    MessageItem: { "content": ["content", "[]MessageContentPart"] },
    OutputTokenDetails: { "text_tokens": ["textTokens", null], "audio_tokens": ["audioTokens", null], "reasoning_tokens": ["reasoningTokens", null] },
    RateLimit: { "reset_seconds": ["resetSeconds", null] },
    RequestImageContentPart: { "image_url": ["imageUrl", null] },
    RequestSession: { "animation": ["animation", "Animation"], "voice": ["voice", "Voice"], "input_audio_sampling_rate": ["inputAudioSamplingRate", null], "input_audio_format": ["inputAudioFormat", null], "output_audio_format": ["outputAudioFormat", null], "turn_detection": ["turnDetection", "TurnDetection"], "input_audio_noise_reduction": ["inputAudioNoiseReduction", "AudioNoiseReduction"], "input_audio_echo_cancellation": ["inputAudioEchoCancellation", "AudioEchoCancellation"], "avatar": ["avatar", "AvatarConfig"], "input_audio_transcription": ["inputAudioTranscription", "AudioInputTranscriptionOptions"], "output_audio_timestamp_types": ["outputAudioTimestampTypes", null], "tools": ["tools", "[]Tool"], "tool_choice": ["toolChoice", "ToolChoiceObject"], "parallel_tool_calls": ["parallelToolCalls", null], "max_response_output_tokens": ["maxResponseOutputTokens", null], "reasoning_effort": ["reasoningEffort", null], "interim_response": ["interimResponse", "InterimResponseConfig"], "output_modalities": ["outputModalities", null], "audio": ["audio", "SessionAudio"], "max_output_tokens": ["maxOutputTokens", null], "reasoning": ["reasoning", "ReasoningConfig"] },
    ResponseAudio: { "output": ["output", "ResponseAudioOutput"] },
    ResponseAudioOutput: { "voice": ["voice", "Voice"] },
    ResponseCreateParams: { "cancel_previous": ["cancelPrevious", null], "append_input_items": ["appendInputItems", "[]ConversationRequestItem"], "input_items": ["inputItems", "[]ConversationRequestItem"], "voice": ["voice", "Voice"], "output_audio_format": ["outputAudioFormat", null], "tools": ["tools", "[]Tool"], "tool_choice": ["toolChoice", null], "max_output_tokens": ["maxOutputTokens", null], "pre_generated_assistant_message": ["preGeneratedAssistantMessage", "AssistantMessageItem"], "reasoning_effort": ["reasoningEffort", null], "interim_response": ["interimResponse", "InterimResponseConfig"], "invoke_input": ["invokeInput", null], "output_modalities": ["outputModalities", null], "audio": ["audio", "ResponseAudio"], "reasoning": ["reasoning", "ReasoningConfig"], "parallel_tool_calls": ["parallelToolCalls", null] },
    ResponseFileSearchCallItem: { "results": ["results", "[]FileSearchResult"] },
    ResponseFunctionCallItem: { "call_id": ["callId", null] },
    ResponseFunctionCallOutputItem: { "call_id": ["callId", null] },
    ResponseMCPApprovalRequestItem: { "server_label": ["serverLabel", null] },
    ResponseMCPApprovalResponseItem: { "approval_request_id": ["approvalRequestId", null] },
    ResponseMCPCallItem: { "approval_request_id": ["approvalRequestId", null], "server_label": ["serverLabel", null] },
    ResponseMCPListToolItem: { "tools": ["tools", "[]MCPTool"], "server_label": ["serverLabel", null] },
    ResponseMessageItem: { "content": ["content", "[]ContentPart"] },
    ResponseSession: { "animation": ["animation", "Animation"], "voice": ["voice", "Voice"], "input_audio_sampling_rate": ["inputAudioSamplingRate", null], "input_audio_format": ["inputAudioFormat", null], "output_audio_format": ["outputAudioFormat", null], "turn_detection": ["turnDetection", "TurnDetection"], "input_audio_noise_reduction": ["inputAudioNoiseReduction", "AudioNoiseReduction"], "input_audio_echo_cancellation": ["inputAudioEchoCancellation", "AudioEchoCancellation"], "avatar": ["avatar", "AvatarConfig"], "input_audio_transcription": ["inputAudioTranscription", "AudioInputTranscriptionOptions"], "output_audio_timestamp_types": ["outputAudioTimestampTypes", null], "tools": ["tools", "[]Tool"], "tool_choice": ["toolChoice", "ToolChoiceObject"], "parallel_tool_calls": ["parallelToolCalls", null], "max_response_output_tokens": ["maxResponseOutputTokens", null], "reasoning_effort": ["reasoningEffort", null], "interim_response": ["interimResponse", "InterimResponseConfig"], "agent": ["agent", "AgentConfig"], "expires_at": ["expiresAt", null], "output_modalities": ["outputModalities", null], "audio": ["audio", "SessionAudio"], "max_output_tokens": ["maxOutputTokens", null], "reasoning": ["reasoning", "ReasoningConfig"] },
    ResponseSystemToolItem: { "call_id": ["callId", null] },
    Scene: { "position_x": ["positionX", null], "position_y": ["positionY", null], "rotation_x": ["rotationX", null], "rotation_y": ["rotationY", null], "rotation_z": ["rotationZ", null] },
    ServerEvent: { "event_id": ["eventId", null] },
    ServerEventConversationCreated: { "event_id": ["eventId", null], "conversation": ["conversation", "ConversationResource"] },
    ServerEventConversationItemAdded: { "event_id": ["eventId", null], "previous_item_id": ["previousItemId", null], "item": ["item", "ResponseItem"] },
    ServerEventConversationItemCreated: { "event_id": ["eventId", null], "previous_item_id": ["previousItemId", null], "item": ["item", "ResponseItem"] },
    ServerEventConversationItemDeleted: { "event_id": ["eventId", null], "item_id": ["itemId", null] },
    ServerEventConversationItemDone: { "event_id": ["eventId", null], "previous_item_id": ["previousItemId", null], "item": ["item", "ResponseItem"] },
    ServerEventConversationItemInputAudioTranscriptionCompleted: { "event_id": ["eventId", null], "item_id": ["itemId", null], "content_index": ["contentIndex", null], "logprobs": ["logprobs", "[]LogProbProperties"], "phrases": ["phrases", "[]TranscriptionPhrase"] },
    ServerEventConversationItemInputAudioTranscriptionDelta: { "event_id": ["eventId", null], "item_id": ["itemId", null], "content_index": ["contentIndex", null], "logprobs": ["logprobs", "[]LogProbProperties"] },
    ServerEventConversationItemInputAudioTranscriptionFailed: { "event_id": ["eventId", null], "item_id": ["itemId", null], "content_index": ["contentIndex", null], "error": ["error", "VoiceLiveErrorDetails"] },
    ServerEventConversationItemInputAudioTranscriptionSegment: { "event_id": ["eventId", null], "item_id": ["itemId", null], "content_index": ["contentIndex", null] },
    ServerEventConversationItemRetrieved: { "event_id": ["eventId", null], "item": ["item", "ResponseItem"] },
    ServerEventConversationItemTruncated: { "event_id": ["eventId", null], "item_id": ["itemId", null], "content_index": ["contentIndex", null], "audio_end_ms": ["audioEndInMs", null] },
    ServerEventError: { "event_id": ["eventId", null], "error": ["error", "ServerEventErrorDetails"] },
    ServerEventErrorDetails: { "event_id": ["eventId", null] },
    ServerEventInputAudioBufferCleared: { "event_id": ["eventId", null] },
    ServerEventInputAudioBufferCommitted: { "event_id": ["eventId", null], "previous_item_id": ["previousItemId", null], "item_id": ["itemId", null] },
    ServerEventInputAudioBufferDtmfEventReceived: { "event_id": ["eventId", null], "received_at": ["receivedAt", null] },
    ServerEventInputAudioBufferSpeechStarted: { "event_id": ["eventId", null], "audio_start_ms": ["audioStartInMs", null], "item_id": ["itemId", null] },
    ServerEventInputAudioBufferSpeechStopped: { "event_id": ["eventId", null], "audio_end_ms": ["audioEndInMs", null], "item_id": ["itemId", null] },
    ServerEventInputAudioBufferTimeoutTriggered: { "event_id": ["eventId", null], "audio_start_ms": ["audioStartInMs", null], "audio_end_ms": ["audioEndInMs", null], "item_id": ["itemId", null] },
    ServerEventMcpListToolsCompleted: { "event_id": ["eventId", null], "item_id": ["itemId", null] },
    ServerEventMcpListToolsFailed: { "event_id": ["eventId", null], "item_id": ["itemId", null] },
    ServerEventMcpListToolsInProgress: { "event_id": ["eventId", null], "item_id": ["itemId", null] },
    ServerEventOutputAudioBufferCleared: { "event_id": ["eventId", null] },
    ServerEventOutputAudioBufferStarted: { "event_id": ["eventId", null], "response_id": ["responseId", null] },
    ServerEventOutputAudioBufferStopped: { "event_id": ["eventId", null], "response_id": ["responseId", null] },
    ServerEventRateLimitsUpdated: { "event_id": ["eventId", null], "rate_limits": ["rateLimits", "[]RateLimit"] },
    ServerEventRealtimeCallConnected: { "event_id": ["eventId", null], "call_id": ["callId", null], "chain_id": ["chainId", null], "terminal_reason": ["terminalReason", null], "error_code": ["errorCode", null] },
    ServerEventRealtimeCallDisconnected: { "event_id": ["eventId", null], "call_id": ["callId", null], "chain_id": ["chainId", null], "terminal_reason": ["terminalReason", null], "error_code": ["errorCode", null] },
    ServerEventRealtimeCallFailed: { "event_id": ["eventId", null], "call_id": ["callId", null], "chain_id": ["chainId", null], "terminal_reason": ["terminalReason", null], "error_code": ["errorCode", null] },
    ServerEventRealtimeCallIncoming: { "event_id": ["eventId", null], "call_id": ["callId", null], "chain_id": ["chainId", null], "terminal_reason": ["terminalReason", null], "error_code": ["errorCode", null] },
    ServerEventRealtimeCallTransferFailed: { "event_id": ["eventId", null], "call_id": ["callId", null], "transfer_id": ["transferId", null], "sip_code": ["sipCode", null] },
    ServerEventRealtimeCallTransferSucceeded: { "event_id": ["eventId", null], "call_id": ["callId", null], "transfer_id": ["transferId", null], "sip_code": ["sipCode", null] },
    ServerEventResponseAnimationBlendshapeDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null], "frame_index": ["frameIndex", null] },
    ServerEventResponseAnimationBlendshapeDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null] },
    ServerEventResponseAnimationVisemeDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null], "audio_offset_ms": ["audioOffsetInMs", null], "viseme_id": ["visemeId", null] },
    ServerEventResponseAnimationVisemeDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseAudioDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseAudioDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseAudioTimestampDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null], "audio_offset_ms": ["audioOffsetInMs", null], "audio_duration_ms": ["audioDurationInMs", null], "timestamp_type": ["timestampType", null] },
    ServerEventResponseAudioTimestampDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseAudioTranscriptAnnotationAdded: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null], "annotation_index": ["annotationIndex", null] },
    ServerEventResponseAudioTranscriptDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseAudioTranscriptDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseContentPartAdded: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null], "part": ["part", "ContentPart"] },
    ServerEventResponseContentPartDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null], "part": ["part", "ContentPart"] },
    ServerEventResponseCreated: { "event_id": ["eventId", null], "response": ["response", "VoiceLiveResponse"] },
    ServerEventResponseDone: { "event_id": ["eventId", null], "response": ["response", "VoiceLiveResponse"] },
    ServerEventResponseFileSearchCallCompleted: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "sequence_number": ["sequenceNumber", null] },
    ServerEventResponseFileSearchCallInProgress: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "sequence_number": ["sequenceNumber", null] },
    ServerEventResponseFileSearchCallSearching: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "sequence_number": ["sequenceNumber", null] },
    ServerEventResponseFunctionCallArgumentsDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "call_id": ["callId", null] },
    ServerEventResponseFunctionCallArgumentsDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "call_id": ["callId", null] },
    ServerEventResponseInvocationDelta: { "event_id": ["eventId", null] },
    ServerEventResponseMcpCallArgumentsDelta: { "event_id": ["eventId", null], "item_id": ["itemId", null], "response_id": ["responseId", null], "output_index": ["outputIndex", null] },
    ServerEventResponseMcpCallArgumentsDone: { "event_id": ["eventId", null], "item_id": ["itemId", null], "response_id": ["responseId", null], "output_index": ["outputIndex", null] },
    ServerEventResponseMcpCallCompleted: { "event_id": ["eventId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null] },
    ServerEventResponseMcpCallFailed: { "event_id": ["eventId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null] },
    ServerEventResponseMcpCallInProgress: { "event_id": ["eventId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null] },
    ServerEventResponseOutputAudioDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseOutputAudioDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseOutputAudioTranscriptDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseOutputAudioTranscriptDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseOutputItemAdded: { "event_id": ["eventId", null], "response_id": ["responseId", null], "output_index": ["outputIndex", null], "item": ["item", "ResponseItem"] },
    ServerEventResponseOutputItemDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "output_index": ["outputIndex", null], "item": ["item", "ResponseItem"] },
    ServerEventResponseOutputTextDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseOutputTextDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseSystemToolArgumentsDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "call_id": ["callId", null] },
    ServerEventResponseSystemToolArgumentsDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "call_id": ["callId", null] },
    ServerEventResponseTextDelta: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseTextDone: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "content_index": ["contentIndex", null] },
    ServerEventResponseVideoDelta: { "event_id": ["eventId", null], "output_index": ["outputIndex", null] },
    ServerEventResponseWebSearchCallCompleted: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "sequence_number": ["sequenceNumber", null] },
    ServerEventResponseWebSearchCallInProgress: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "sequence_number": ["sequenceNumber", null] },
    ServerEventResponseWebSearchCallSearching: { "event_id": ["eventId", null], "response_id": ["responseId", null], "item_id": ["itemId", null], "output_index": ["outputIndex", null], "sequence_number": ["sequenceNumber", null] },
    ServerEventSessionAvatarConnecting: { "event_id": ["eventId", null], "server_sdp": ["serverSdp", null] },
    ServerEventSessionAvatarSwitchToIdle: { "event_id": ["eventId", null], "turn_id": ["turnId", null] },
    ServerEventSessionAvatarSwitchToSpeaking: { "event_id": ["eventId", null], "turn_id": ["turnId", null] },
    ServerEventSessionCreated: { "event_id": ["eventId", null], "session": ["session", "ResponseSession"] },
    ServerEventSessionEndConversationCancelled: { "event_id": ["eventId", null] },
    ServerEventSessionEndConversationCompleted: { "event_id": ["eventId", null] },
    ServerEventSessionUpdated: { "event_id": ["eventId", null], "session": ["session", "ResponseSession"] },
    ServerEventWarning: { "event_id": ["eventId", null], "warning": ["warning", "ServerEventWarningDetails"] },
    ServerVad: { "prefix_padding_ms": ["prefixPaddingInMs", null], "silence_duration_ms": ["silenceDurationInMs", null], "end_of_utterance_detection": ["endOfUtteranceDetection", "EouDetection"], "auto_truncate": ["autoTruncate", null], "create_response": ["createResponse", null], "interrupt_response": ["interruptResponse", null] },
    SessionAudio: { "input": ["input", "SessionAudioInput"], "output": ["output", "SessionAudioOutput"] },
    SessionAudioInput: { "sampling_rate": ["samplingRate", null], "transcription": ["transcription", "AudioInputTranscriptionOptions"], "noise_reduction": ["noiseReduction", "AudioNoiseReduction"], "echo_cancellation": ["echoCancellation", "AudioEchoCancellation"], "turn_detection": ["turnDetection", "TurnDetection"] },
    SessionAudioOutput: { "voice": ["voice", "Voice"], "timestamp_types": ["timestampTypes", null] },
    StaticInterimResponseConfig: { "latency_threshold_ms": ["latencyThresholdInMs", null] },
    SystemMessageItem: { "content": ["content", "[]MessageContentPart"] },
    TokenUsage: { "total_tokens": ["totalTokens", null], "input_tokens": ["inputTokens", null], "output_tokens": ["outputTokens", null], "input_token_details": ["inputTokenDetails", "InputTokenDetails"], "output_token_details": ["outputTokenDetails", "OutputTokenDetails"] },
    TranscriptionPhrase: { "offset_milliseconds": ["offsetInMs", null], "duration_milliseconds": ["durationInMs", null], "words": ["words", "[]TranscriptionWord"] },
    TranscriptionWord: { "offset_milliseconds": ["offsetInMs", null], "duration_milliseconds": ["durationInMs", null] },
    UserMessageItem: { "content": ["content", "[]MessageContentPart"] },
    VideoCrop: { "top_left": ["topLeft", null], "bottom_right": ["bottomRight", null] },
    VideoParams: { "crop": ["crop", "VideoCrop"], "resolution": ["resolution", "VideoResolution"], "background": ["background", "Background"], "gop_size": ["gopSize", null] },
    VoiceLiveErrorDetails: { "event_id": ["eventId", null] },
    VoiceLiveResponse: { "status_details": ["statusDetails", "ResponseStatusDetails"], "output": ["output", "[]ResponseItem"], "usage": ["usage", "TokenUsage"], "conversation_id": ["conversationId", null], "voice": ["voice", "Voice"], "output_audio_format": ["outputAudioFormat", null], "max_output_tokens": ["maxOutputTokens", null], "output_modalities": ["outputModalities", null], "audio": ["audio", "ResponseAudio"] },
  });
}
let wireFieldsBuilt: Record<string, Record<string, readonly [string, string | null]>> | undefined;

/**
 * Polymorphic values: the field that selects the model, the known values, and the model for other values.
 * Built on its first call.
 */
export function dispatchTable(): Record<string, { property: string; cases: Record<string, string>; fallback: string | null }> {
  return (dispatchTableBuilt ??= {
    AzureVoice: { property: "type", cases: {"azure-standard":"AzureStandardVoice","azure-custom":"AzureCustomVoice","azure-personal":"AzurePersonalVoice","avatar-voice-sync":"AzureAvatarVoiceSyncVoice"}, fallback: "AzureVoice" },
    ClientEvent: { property: "type", cases: {"session.update":"ClientEventSessionUpdate","session.avatar.connect":"ClientEventSessionAvatarConnect","input_audio.turn.start":"ClientEventInputAudioTurnStart","input_audio.turn.append":"ClientEventInputAudioTurnAppend","input_audio.turn.end":"ClientEventInputAudioTurnEnd","input_audio.turn.cancel":"ClientEventInputAudioTurnCancel","input_audio.clear":"ClientEventInputAudioClear","input_text.delta":"ClientEventInputTextDelta","input_text.done":"ClientEventInputTextDone","input_audio_buffer.append":"ClientEventInputAudioBufferAppend","input_audio_buffer.commit":"ClientEventInputAudioBufferCommit","input_audio_buffer.clear":"ClientEventInputAudioBufferClear","conversation.item.create":"ClientEventConversationItemCreate","conversation.item.truncate":"ClientEventConversationItemTruncate","conversation.item.delete":"ClientEventConversationItemDelete","response.create":"ClientEventResponseCreate","response.cancel":"ClientEventResponseCancel","conversation.item.retrieve":"ClientEventConversationItemRetrieve","output_audio_buffer.clear":"ClientEventOutputAudioBufferClear"}, fallback: "ClientEvent" },
    ContentPart: { property: "type", cases: {"input_text":"RequestTextContentPart","input_audio":"RequestAudioContentPart","input_image":"RequestImageContentPart","text":"ResponseTextContentPart","audio":"ResponseAudioContentPart"}, fallback: "ContentPart" },
    ConversationRequestItem: { property: "type", cases: {"message":"MessageItem","function_call":"FunctionCallItem","function_call_output":"FunctionCallOutputItem","mcp_approval_response":"MCPApprovalResponseRequestItem"}, fallback: "ConversationRequestItem" },
    EouDetection: { property: "model", cases: {"semantic_detection_v1":"AzureSemanticDetection","semantic_detection_v1_en":"AzureSemanticDetectionEn","semantic_detection_v1_multilingual":"AzureSemanticDetectionMultilingual"}, fallback: "EouDetection" },
    InterimResponseConfig: { property: "type", cases: {"static_interim_response":"StaticInterimResponseConfig","llm_interim_response":"LlmInterimResponseConfig"}, fallback: null },
    InterimResponseConfigBase: { property: "type", cases: {"static_interim_response":"StaticInterimResponseConfig","llm_interim_response":"LlmInterimResponseConfig"}, fallback: "InterimResponseConfigBase" },
    MessageContentPart: { property: "type", cases: {"input_text":"InputTextContentPart","input_audio":"InputAudioContentPart","text":"OutputTextContentPart"}, fallback: "MessageContentPart" },
    MessageItem: { property: "role", cases: {"system":"SystemMessageItem","user":"UserMessageItem","assistant":"AssistantMessageItem"}, fallback: "MessageItem" },
    ResponseItem: { property: "type", cases: {"message":"ResponseMessageItem","function_call":"ResponseFunctionCallItem","system_tool":"ResponseSystemToolItem","function_call_output":"ResponseFunctionCallOutputItem","mcp_list_tools":"ResponseMCPListToolItem","mcp_call":"ResponseMCPCallItem","mcp_approval_request":"ResponseMCPApprovalRequestItem","mcp_approval_response":"ResponseMCPApprovalResponseItem","web_search_call":"ResponseWebSearchCallItem","file_search_call":"ResponseFileSearchCallItem"}, fallback: "ResponseItem" },
    ResponseStatusDetails: { property: "type", cases: {"cancelled":"ResponseCancelledDetails","incomplete":"ResponseIncompleteDetails","failed":"ResponseFailedDetails"}, fallback: "ResponseStatusDetails" },
    ServerEvent: { property: "type", cases: {"error":"ServerEventError","warning":"ServerEventWarning","session.created":"ServerEventSessionCreated","session.updated":"ServerEventSessionUpdated","session.avatar.connecting":"ServerEventSessionAvatarConnecting","input_audio_buffer.committed":"ServerEventInputAudioBufferCommitted","input_audio_buffer.cleared":"ServerEventInputAudioBufferCleared","input_audio_buffer.speech_started":"ServerEventInputAudioBufferSpeechStarted","input_audio_buffer.speech_stopped":"ServerEventInputAudioBufferSpeechStopped","conversation.item.created":"ServerEventConversationItemCreated","conversation.item.input_audio_transcription.completed":"ServerEventConversationItemInputAudioTranscriptionCompleted","conversation.item.input_audio_transcription.failed":"ServerEventConversationItemInputAudioTranscriptionFailed","conversation.item.truncated":"ServerEventConversationItemTruncated","conversation.item.deleted":"ServerEventConversationItemDeleted","response.created":"ServerEventResponseCreated","response.done":"ServerEventResponseDone","response.output_item.added":"ServerEventResponseOutputItemAdded","response.output_item.done":"ServerEventResponseOutputItemDone","response.content_part.added":"ServerEventResponseContentPartAdded","response.content_part.done":"ServerEventResponseContentPartDone","response.text.delta":"ServerEventResponseTextDelta","response.text.done":"ServerEventResponseTextDone","response.audio_transcript.delta":"ServerEventResponseAudioTranscriptDelta","response.audio_transcript.done":"ServerEventResponseAudioTranscriptDone","response.audio.delta":"ServerEventResponseAudioDelta","response.audio.done":"ServerEventResponseAudioDone","response.animation_blendshapes.delta":"ServerEventResponseAnimationBlendshapeDelta","response.animation_blendshapes.done":"ServerEventResponseAnimationBlendshapeDone","response.audio_timestamp.delta":"ServerEventResponseAudioTimestampDelta","response.audio_timestamp.done":"ServerEventResponseAudioTimestampDone","response.animation_viseme.delta":"ServerEventResponseAnimationVisemeDelta","response.animation_viseme.done":"ServerEventResponseAnimationVisemeDone","conversation.item.input_audio_transcription.delta":"ServerEventConversationItemInputAudioTranscriptionDelta","conversation.item.retrieved":"ServerEventConversationItemRetrieved","response.function_call_arguments.delta":"ServerEventResponseFunctionCallArgumentsDelta","response.function_call_arguments.done":"ServerEventResponseFunctionCallArgumentsDone","response.system_tool_arguments.delta":"ServerEventResponseSystemToolArgumentsDelta","response.system_tool_arguments.done":"ServerEventResponseSystemToolArgumentsDone","session.end_conversation.cancelled":"ServerEventSessionEndConversationCancelled","session.end_conversation.completed":"ServerEventSessionEndConversationCompleted","mcp_list_tools.in_progress":"ServerEventMcpListToolsInProgress","mcp_list_tools.completed":"ServerEventMcpListToolsCompleted","mcp_list_tools.failed":"ServerEventMcpListToolsFailed","response.mcp_call_arguments.delta":"ServerEventResponseMcpCallArgumentsDelta","response.mcp_call_arguments.done":"ServerEventResponseMcpCallArgumentsDone","response.mcp_call.in_progress":"ServerEventResponseMcpCallInProgress","response.mcp_call.completed":"ServerEventResponseMcpCallCompleted","response.mcp_call.failed":"ServerEventResponseMcpCallFailed","session.avatar.switch_to_speaking":"ServerEventSessionAvatarSwitchToSpeaking","session.avatar.switch_to_idle":"ServerEventSessionAvatarSwitchToIdle","response.video.delta":"ServerEventResponseVideoDelta","response.web_search_call.searching":"ServerEventResponseWebSearchCallSearching","response.web_search_call.in_progress":"ServerEventResponseWebSearchCallInProgress","response.web_search_call.completed":"ServerEventResponseWebSearchCallCompleted","response.file_search_call.searching":"ServerEventResponseFileSearchCallSearching","response.file_search_call.in_progress":"ServerEventResponseFileSearchCallInProgress","response.file_search_call.completed":"ServerEventResponseFileSearchCallCompleted","output_audio_buffer.cleared":"ServerEventOutputAudioBufferCleared","response.audio_transcript.annotation.added":"ServerEventResponseAudioTranscriptAnnotationAdded","response.invocation.delta":"ServerEventResponseInvocationDelta","realtime.call.incoming":"ServerEventRealtimeCallIncoming","realtime.call.connected":"ServerEventRealtimeCallConnected","realtime.call.disconnected":"ServerEventRealtimeCallDisconnected","realtime.call.failed":"ServerEventRealtimeCallFailed","realtime.call.transfer.succeeded":"ServerEventRealtimeCallTransferSucceeded","realtime.call.transfer.failed":"ServerEventRealtimeCallTransferFailed","response.output_text.delta":"ServerEventResponseOutputTextDelta","response.output_text.done":"ServerEventResponseOutputTextDone","response.output_audio_transcript.delta":"ServerEventResponseOutputAudioTranscriptDelta","response.output_audio_transcript.done":"ServerEventResponseOutputAudioTranscriptDone","response.output_audio.delta":"ServerEventResponseOutputAudioDelta","response.output_audio.done":"ServerEventResponseOutputAudioDone","conversation.created":"ServerEventConversationCreated","conversation.item.added":"ServerEventConversationItemAdded","conversation.item.done":"ServerEventConversationItemDone","conversation.item.input_audio_transcription.segment":"ServerEventConversationItemInputAudioTranscriptionSegment","input_audio_buffer.timeout_triggered":"ServerEventInputAudioBufferTimeoutTriggered","input_audio_buffer.dtmf_event_received":"ServerEventInputAudioBufferDtmfEventReceived","output_audio_buffer.started":"ServerEventOutputAudioBufferStarted","output_audio_buffer.stopped":"ServerEventOutputAudioBufferStopped","rate_limits.updated":"ServerEventRateLimitsUpdated"}, fallback: "ServerEvent" },
    Tool: { property: "type", cases: {"function":"FunctionTool","end_conversation":"EndConversationTool","mcp":"MCPServer"}, fallback: "Tool" },
    ToolChoiceObject: { property: "type", cases: {"function":"ToolChoiceFunctionObject"}, fallback: "ToolChoiceObject" },
    TurnDetection: { property: "type", cases: {"server_vad":"ServerVad","azure_semantic_vad":"AzureSemanticVad","azure_semantic_vad_en":"AzureSemanticVadEn","azure_semantic_vad_multilingual":"AzureSemanticVadMultilingual"}, fallback: "TurnDetection" },
    Voice: { property: "type", cases: {"openai":"OpenAIVoice","azure-standard":"AzureVoice","azure-custom":"AzureVoice","azure-personal":"AzureVoice","avatar-voice-sync":"AzureVoice","azure-realtime-native":"AzureRealtimeNativeVoice"}, fallback: "AzureVoice" },
  });
}
let dispatchTableBuilt: Record<string, { property: string; cases: Record<string, string>; fallback: string | null }> | undefined;

/** The client events that carry audio (base64 on the wire), and their audio fields. */
export const audioEventFields: Readonly<Record<string, readonly string[]>> = {"input_audio.turn.append":["audio"],"input_audio_buffer.append":["audio"]};

/** The server events that carry `bytes` fields (base64 on the wire, `Uint8Array` in the models), and those fields. */
export const serverEventBytesFields: Readonly<Record<string, readonly string[]>> = {"response.audio.delta":["delta"],"response.output_audio.delta":["delta"]};

/** The client event that changes the session config, and its field that holds the config. */
export const sessionUpdateEvent = { type: "session.update", field: "session" } as const;

/** The realtime WebSocket endpoint: its path, and the query parameter of each setting. */
export const realtimeEndpoint = {
  path: "/voice-live/realtime",
  query: { apiVersion: "api-version", model: "model" },
  agentQuery: { agentName: "agent-name", projectName: "agent-project-name", agentVersion: "agent-version", conversationId: "conversation-id", authenticationIdentityClientId: "agent-authentication-identity-client-id", foundryResourceOverride: "foundry-resource-override" },
} as const;

/**
 * The model of each known event type.
 * Built on its first call.
 */
export function eventModels(): { readonly client: Record<string, string>; readonly server: Record<string, string> } {
  return (eventModelsBuilt ??= {
    client: {"session.update":"ClientEventSessionUpdate","session.avatar.connect":"ClientEventSessionAvatarConnect","input_audio.turn.start":"ClientEventInputAudioTurnStart","input_audio.turn.append":"ClientEventInputAudioTurnAppend","input_audio.turn.end":"ClientEventInputAudioTurnEnd","input_audio.turn.cancel":"ClientEventInputAudioTurnCancel","input_audio.clear":"ClientEventInputAudioClear","input_text.delta":"ClientEventInputTextDelta","input_text.done":"ClientEventInputTextDone","input_audio_buffer.append":"ClientEventInputAudioBufferAppend","input_audio_buffer.commit":"ClientEventInputAudioBufferCommit","input_audio_buffer.clear":"ClientEventInputAudioBufferClear","conversation.item.create":"ClientEventConversationItemCreate","conversation.item.truncate":"ClientEventConversationItemTruncate","conversation.item.delete":"ClientEventConversationItemDelete","response.create":"ClientEventResponseCreate","response.cancel":"ClientEventResponseCancel","conversation.item.retrieve":"ClientEventConversationItemRetrieve","output_audio_buffer.clear":"ClientEventOutputAudioBufferClear"},
    server: {"error":"ServerEventError","warning":"ServerEventWarning","session.created":"ServerEventSessionCreated","session.updated":"ServerEventSessionUpdated","session.avatar.connecting":"ServerEventSessionAvatarConnecting","input_audio_buffer.committed":"ServerEventInputAudioBufferCommitted","input_audio_buffer.cleared":"ServerEventInputAudioBufferCleared","input_audio_buffer.speech_started":"ServerEventInputAudioBufferSpeechStarted","input_audio_buffer.speech_stopped":"ServerEventInputAudioBufferSpeechStopped","conversation.item.created":"ServerEventConversationItemCreated","conversation.item.input_audio_transcription.completed":"ServerEventConversationItemInputAudioTranscriptionCompleted","conversation.item.input_audio_transcription.failed":"ServerEventConversationItemInputAudioTranscriptionFailed","conversation.item.truncated":"ServerEventConversationItemTruncated","conversation.item.deleted":"ServerEventConversationItemDeleted","response.created":"ServerEventResponseCreated","response.done":"ServerEventResponseDone","response.output_item.added":"ServerEventResponseOutputItemAdded","response.output_item.done":"ServerEventResponseOutputItemDone","response.content_part.added":"ServerEventResponseContentPartAdded","response.content_part.done":"ServerEventResponseContentPartDone","response.text.delta":"ServerEventResponseTextDelta","response.text.done":"ServerEventResponseTextDone","response.audio_transcript.delta":"ServerEventResponseAudioTranscriptDelta","response.audio_transcript.done":"ServerEventResponseAudioTranscriptDone","response.audio.delta":"ServerEventResponseAudioDelta","response.audio.done":"ServerEventResponseAudioDone","response.animation_blendshapes.delta":"ServerEventResponseAnimationBlendshapeDelta","response.animation_blendshapes.done":"ServerEventResponseAnimationBlendshapeDone","response.audio_timestamp.delta":"ServerEventResponseAudioTimestampDelta","response.audio_timestamp.done":"ServerEventResponseAudioTimestampDone","response.animation_viseme.delta":"ServerEventResponseAnimationVisemeDelta","response.animation_viseme.done":"ServerEventResponseAnimationVisemeDone","conversation.item.input_audio_transcription.delta":"ServerEventConversationItemInputAudioTranscriptionDelta","conversation.item.retrieved":"ServerEventConversationItemRetrieved","response.function_call_arguments.delta":"ServerEventResponseFunctionCallArgumentsDelta","response.function_call_arguments.done":"ServerEventResponseFunctionCallArgumentsDone","response.system_tool_arguments.delta":"ServerEventResponseSystemToolArgumentsDelta","response.system_tool_arguments.done":"ServerEventResponseSystemToolArgumentsDone","session.end_conversation.cancelled":"ServerEventSessionEndConversationCancelled","session.end_conversation.completed":"ServerEventSessionEndConversationCompleted","mcp_list_tools.in_progress":"ServerEventMcpListToolsInProgress","mcp_list_tools.completed":"ServerEventMcpListToolsCompleted","mcp_list_tools.failed":"ServerEventMcpListToolsFailed","response.mcp_call_arguments.delta":"ServerEventResponseMcpCallArgumentsDelta","response.mcp_call_arguments.done":"ServerEventResponseMcpCallArgumentsDone","response.mcp_call.in_progress":"ServerEventResponseMcpCallInProgress","response.mcp_call.completed":"ServerEventResponseMcpCallCompleted","response.mcp_call.failed":"ServerEventResponseMcpCallFailed","session.avatar.switch_to_speaking":"ServerEventSessionAvatarSwitchToSpeaking","session.avatar.switch_to_idle":"ServerEventSessionAvatarSwitchToIdle","response.video.delta":"ServerEventResponseVideoDelta","response.web_search_call.searching":"ServerEventResponseWebSearchCallSearching","response.web_search_call.in_progress":"ServerEventResponseWebSearchCallInProgress","response.web_search_call.completed":"ServerEventResponseWebSearchCallCompleted","response.file_search_call.searching":"ServerEventResponseFileSearchCallSearching","response.file_search_call.in_progress":"ServerEventResponseFileSearchCallInProgress","response.file_search_call.completed":"ServerEventResponseFileSearchCallCompleted","output_audio_buffer.cleared":"ServerEventOutputAudioBufferCleared","response.audio_transcript.annotation.added":"ServerEventResponseAudioTranscriptAnnotationAdded","response.invocation.delta":"ServerEventResponseInvocationDelta","realtime.call.incoming":"ServerEventRealtimeCallIncoming","realtime.call.connected":"ServerEventRealtimeCallConnected","realtime.call.disconnected":"ServerEventRealtimeCallDisconnected","realtime.call.failed":"ServerEventRealtimeCallFailed","realtime.call.transfer.succeeded":"ServerEventRealtimeCallTransferSucceeded","realtime.call.transfer.failed":"ServerEventRealtimeCallTransferFailed","response.output_text.delta":"ServerEventResponseOutputTextDelta","response.output_text.done":"ServerEventResponseOutputTextDone","response.output_audio_transcript.delta":"ServerEventResponseOutputAudioTranscriptDelta","response.output_audio_transcript.done":"ServerEventResponseOutputAudioTranscriptDone","response.output_audio.delta":"ServerEventResponseOutputAudioDelta","response.output_audio.done":"ServerEventResponseOutputAudioDone","conversation.created":"ServerEventConversationCreated","conversation.item.added":"ServerEventConversationItemAdded","conversation.item.done":"ServerEventConversationItemDone","conversation.item.input_audio_transcription.segment":"ServerEventConversationItemInputAudioTranscriptionSegment","input_audio_buffer.timeout_triggered":"ServerEventInputAudioBufferTimeoutTriggered","input_audio_buffer.dtmf_event_received":"ServerEventInputAudioBufferDtmfEventReceived","output_audio_buffer.started":"ServerEventOutputAudioBufferStarted","output_audio_buffer.stopped":"ServerEventOutputAudioBufferStopped","rate_limits.updated":"ServerEventRateLimitsUpdated"},
  });
}
let eventModelsBuilt: { readonly client: Record<string, string>; readonly server: Record<string, string> } | undefined;
