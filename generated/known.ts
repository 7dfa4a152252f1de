// Generated from spec/ by npm run generate. Do not edit.
/** The known values of `AnimationOutputType` (other strings are accepted too). */
export const KnownAnimationOutputType = {
  /** Frames of facial blendshape weights, sent in `response.animation_blendshapes.delta`. */
  Blendshapes: "blendshapes",
  /** Viseme ids with audio offsets, sent in `response.animation_viseme.delta`. */
  VisemeId: "viseme_id",
} as const;

/** The known values of `AudioNoiseReductionType` (other strings are accepted too). */
export const KnownAudioNoiseReductionType = {
  /** Azure's deep-learning noise suppression. */
  AzureDeepNoiseSuppression: "azure_deep_noise_suppression",
  /** Tuned for a microphone close to the speaker, such as a headset. */
  NearField: "near_field",
  /** Tuned for a distant microphone, such as a laptop or conference room device. */
  FarField: "far_field",
} as const;

/** The known values of `AudioTimestampType` (other strings are accepted too). */
export const KnownAudioTimestampType = {
  /** One timestamp per spoken word. */
  Word: "word",
} as const;

/**
 * The known values of `AvatarConfigTypes` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownAvatarConfigTypes = {
  /** An avatar rendered from recorded video of a real person. */
  VideoAvatar: "video-avatar",
  /** An avatar animated from one still photo. */
  PhotoAvatar: "photo-avatar",
} as const;

/**
 * The known values of `AvatarOutputProtocol` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownAvatarOutputProtocol = {
  /** Media flows over a WebRTC peer connection negotiated with `session.avatar.connect`. */
  Webrtc: "webrtc",
  /** Video chunks arrive on this WebSocket as `response.video.delta` events. */
  Websocket: "websocket",
} as const;

/**
 * The known values of `AzureRealtimeNativeVoiceName` (other strings are accepted too).
 * Since api-version 2026-07-15.
 */
export const KnownAzureRealtimeNativeVoiceName = {
  /** Built-in voice Aarti. */
  Aarti: "aarti",
  /** Built-in voice Andrew. */
  Andrew: "andrew",
  /** Built-in voice Ava, the default. */
  Ava: "ava",
  /** Built-in voice Denise. */
  Denise: "denise",
  /** Built-in voice Diya. */
  Diya: "diya",
  /** Built-in voice Elsa. */
  Elsa: "elsa",
  /** Built-in voice Florian. */
  Florian: "florian",
  /** Built-in voice Francisca. */
  Francisca: "francisca",
  /** Built-in voice Meera. */
  Meera: "meera",
  /** Built-in voice Xiaoxiao. */
  Xiaoxiao: "xiaoxiao",
  /** Built-in voice Yunxi. */
  Yunxi: "yunxi",
  /** Built-in voice Ximena. */
  Ximena: "ximena",
} as const;

/** The known values of `AzureVoiceType` (other strings are accepted too). */
export const KnownAzureVoiceType = {
  /** A Custom Neural Voice trained for the customer and hosted on its own endpoint. */
  AzureCustom: "azure-custom",
  /** A prebuilt Azure neural voice from the public voice gallery. */
  AzureStandard: "azure-standard",
  /** A personal voice cloned from a short recording of a consenting speaker. */
  AzurePersonal: "azure-personal",
  /**
   * A voice kept in sync with the avatar's lip movements.
   * Since api-version 2026-04-10.
   */
  AvatarVoiceSync: "avatar-voice-sync",
} as const;

/** The known values of `ClientEventType` (other strings are accepted too). */
export const KnownClientEventType = {
  /** Change the session configuration. */
  SessionUpdate: "session.update",
  /** Append base64 audio to the input audio buffer. */
  InputAudioBufferAppend: "input_audio_buffer.append",
  /** Turn the buffered input audio into a user message item. */
  InputAudioBufferCommit: "input_audio_buffer.commit",
  /** Throw away the buffered input audio. */
  InputAudioBufferClear: "input_audio_buffer.clear",
  /** Open an explicitly delimited audio turn. */
  InputAudioTurnStart: "input_audio.turn.start",
  /** Add audio to an open audio turn. */
  InputAudioTurnAppend: "input_audio.turn.append",
  /** Close an audio turn so that it is processed. */
  InputAudioTurnEnd: "input_audio.turn.end",
  /** Abandon an audio turn. */
  InputAudioTurnCancel: "input_audio.turn.cancel",
  /** Discard all pending input audio. */
  InputAudioClear: "input_audio.clear",
  /** Add an item to the conversation. */
  ConversationItemCreate: "conversation.item.create",
  /** Ask the service for a stored conversation item. */
  ConversationItemRetrieve: "conversation.item.retrieve",
  /** Cut an assistant audio message short. */
  ConversationItemTruncate: "conversation.item.truncate",
  /** Remove an item from the conversation. */
  ConversationItemDelete: "conversation.item.delete",
  /** Ask the model to generate a response. */
  ResponseCreate: "response.create",
  /** Stop the response in progress. */
  ResponseCancel: "response.cancel",
  /** Send the WebRTC offer that connects the avatar video. */
  SessionAvatarConnect: "session.avatar.connect",
  /**
   * Approval decision for an MCP tool call. No event model carries this type: the decision travels as a
   * `conversation.item.create` whose item has `type: "mcp_approval_response"`.
   * Since api-version 2026-04-10.
   */
  McpApprovalResponse: "mcp_approval_response",
  /**
   * Stop playback of assistant audio that the service has not yet sent.
   * Since api-version 2026-04-10.
   */
  OutputAudioBufferClear: "output_audio_buffer.clear",
  /**
   * Stream a chunk of user text input.
   * Since api-version 2026-07-15.
   */
  InputTextDelta: "input_text.delta",
  /**
   * Finish a streamed user text input.
   * Since api-version 2026-07-15.
   */
  InputTextDone: "input_text.done",
} as const;

/** The known values of `ContentPartType` (other strings are accepted too). */
export const KnownContentPartType = {
  /** Text typed or supplied by the client. */
  InputText: "input_text",
  /** Audio supplied by the client. */
  InputAudio: "input_audio",
  /**
   * An image supplied by the client.
   * Since api-version 2026-04-10.
   */
  InputImage: "input_image",
  /** Text produced by the assistant. */
  Text: "text",
  /** Audio produced by the assistant. */
  Audio: "audio",
} as const;

/**
 * The known values of `EchoCancellationReferenceSource` (other strings are accepted too).
 * Since api-version 2026-07-15.
 */
export const KnownEchoCancellationReferenceSource = {
  /** The service uses the audio it generated itself as the reference. */
  Server: "server",
  /** The client supplies the reference as the second channel of its input audio. */
  Client: "client",
} as const;

/** The known values of `EouDetectionModel` (other strings are accepted too). */
export const KnownEouDetectionModel = {
  /** Semantic end-of-utterance model for any language. */
  SemanticDetectionV1: "semantic_detection_v1",
  /** Semantic end-of-utterance model tuned for English. */
  SemanticDetectionV1En: "semantic_detection_v1_en",
  /** Semantic end-of-utterance model for several languages. */
  SemanticDetectionV1Multilingual: "semantic_detection_v1_multilingual",
} as const;

/** The known values of `EouThresholdLevel` (other strings are accepted too). */
export const KnownEouThresholdLevel = {
  /** Low bar: turns end readily, which lowers latency but may cut the user off. */
  Low: "low",
  /** Middle bar between responsiveness and patience. */
  Medium: "medium",
  /** High bar: the model waits for clearer signs that the user is done. */
  High: "high",
  /** Let the service apply its standard level. */
  Default: "default",
} as const;

/** The known values of `InputAudioFormat` (other strings are accepted too). */
export const KnownInputAudioFormat = {
  /** 16-bit little-endian PCM, mono; 24 kHz unless `input_audio_sampling_rate` says otherwise. */
  Pcm16: "pcm16",
  /** G.711 mu-law at 8 kHz. */
  G711Ulaw: "g711_ulaw",
  /** G.711 A-law at 8 kHz. */
  G711Alaw: "g711_alaw",
} as const;

/**
 * The known values of `InterimResponseConfigType` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownInterimResponseConfigType = {
  /** Phrases come from a fixed list. */
  StaticInterimResponse: "static_interim_response",
  /** Phrases are generated by a language model. */
  LlmInterimResponse: "llm_interim_response",
} as const;

/**
 * The known values of `InterimResponseTrigger` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownInterimResponseTrigger = {
  /** The answer takes longer than the configured latency threshold. */
  Latency: "latency",
  /** The model is waiting for a tool call to finish. */
  Tool: "tool",
} as const;

/** The known values of `ItemParamStatus` (other strings are accepted too). */
export const KnownItemParamStatus = {
  /** The item is whole. */
  Completed: "completed",
  /** The item was cut off before it finished. */
  Incomplete: "incomplete",
} as const;

/** The known values of `ItemType` (other strings are accepted too). */
export const KnownItemType = {
  /** A message from the system, the user or the assistant. */
  Message: "message",
  /** A call of a client function requested by the model. */
  FunctionCall: "function_call",
  /** The result the client returns for a function call. */
  FunctionCallOutput: "function_call_output",
  /**
   * The tool list that an MCP server reported.
   * Since api-version 2026-04-10.
   */
  McpListTools: "mcp_list_tools",
  /**
   * A call of a tool on an MCP server.
   * Since api-version 2026-04-10.
   */
  McpCall: "mcp_call",
  /**
   * A request from the service for the client's permission to run an MCP tool call.
   * Since api-version 2026-04-10.
   */
  McpApprovalRequest: "mcp_approval_request",
  /**
   * The client's decision on an MCP approval request.
   * Since api-version 2026-04-10.
   */
  McpApprovalResponse: "mcp_approval_response",
  /**
   * A web search performed while producing a response.
   * Since api-version 2026-04-10.
   */
  WebSearchCall: "web_search_call",
  /**
   * A file search performed while producing a response.
   * Since api-version 2026-04-10.
   */
  FileSearchCall: "file_search_call",
  /**
   * A call of a tool that the service itself runs, such as `end_conversation` (published for 2026-04-10 only).
   * Only in api-version 2026-04-10.
   */
  SystemTool: "system_tool",
} as const;

/**
 * The known values of `MCPApprovalType` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownMCPApprovalType = {
  /** Calls run without asking the client. */
  Never: "never",
  /** Every call waits for an `mcp_approval_response` item from the client. */
  Always: "always",
} as const;

/** The known values of `MessageRole` (other strings are accepted too). */
export const KnownMessageRole = {
  /** Instructions or context from the application. */
  System: "system",
  /** The human talking to the assistant. */
  User: "user",
  /** The voice assistant. */
  Assistant: "assistant",
} as const;

/** The known values of `Modality` (other strings are accepted too). */
export const KnownModality = {
  /** Written text. */
  Text: "text",
  /** Synthesized speech. */
  Audio: "audio",
  /** Facial animation data (blendshapes or viseme ids). */
  Animation: "animation",
  /** Streamed avatar video. */
  Avatar: "avatar",
} as const;

/** The known values of `OAIVoice` (other strings are accepted too). */
export const KnownOAIVoice = {
  /** OpenAI preset voice Alloy. */
  Alloy: "alloy",
  /** OpenAI preset voice Ash. */
  Ash: "ash",
  /** OpenAI preset voice Ballad. */
  Ballad: "ballad",
  /** OpenAI preset voice Coral. */
  Coral: "coral",
  /** OpenAI preset voice Echo. */
  Echo: "echo",
  /** OpenAI preset voice Sage. */
  Sage: "sage",
  /** OpenAI preset voice Shimmer. */
  Shimmer: "shimmer",
  /** OpenAI preset voice Verse. */
  Verse: "verse",
  /**
   * OpenAI preset voice Marin.
   * Since api-version 2026-04-10.
   */
  Marin: "marin",
  /**
   * OpenAI preset voice Cedar.
   * Since api-version 2026-04-10.
   */
  Cedar: "cedar",
} as const;

/** The known values of `OutputAudioFormat` (other strings are accepted too). */
export const KnownOutputAudioFormat = {
  /** 16-bit little-endian PCM, mono, at 24 kHz. */
  Pcm16: "pcm16",
  /**
   * 16-bit PCM, mono, resampled to 8 kHz.
   * Since api-version 2026-04-10.
   */
  Pcm168000Hz: "pcm16_8000hz",
  /**
   * 16-bit PCM, mono, resampled to 16 kHz.
   * Since api-version 2026-04-10.
   */
  Pcm1616000Hz: "pcm16_16000hz",
  /** G.711 mu-law at 8 kHz. */
  G711Ulaw: "g711_ulaw",
  /** G.711 A-law at 8 kHz. */
  G711Alaw: "g711_alaw",
} as const;

/**
 * The known values of `OutputModality` (other strings are accepted too).
 * Since api-version v1.
 */
export const KnownOutputModality = {
  /** Written text only. */
  Text: "text",
  /** Synthesized speech, with its transcript. */
  Audio: "audio",
} as const;

/** The known values of `PersonalVoiceModels` (other strings are accepted too). */
export const KnownPersonalVoiceModels = {
  /** The latest Dragon personal voice model. */
  DragonLatestNeural: "DragonLatestNeural",
  /** The latest Phoenix personal voice model. */
  PhoenixLatestNeural: "PhoenixLatestNeural",
  /** Version 2 of the Phoenix personal voice model. */
  PhoenixV2Neural: "PhoenixV2Neural",
  /**
   * The latest Dragon HD Omni model.
   * Since api-version 2026-04-10.
   */
  DragonHDOmniLatestNeural: "DragonHDOmniLatestNeural",
  /**
   * Microsoft AI's MAI-Voice-1 model.
   * Since api-version 2026-04-10.
   */
  MAIVoice1: "MAI-Voice-1",
} as const;

/**
 * The known values of `PhotoAvatarBaseModes` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownPhotoAvatarBaseModes = {
  /** Microsoft's VASA-1 face animation model. */
  Vasa1: "vasa-1",
} as const;

/**
 * The known values of `RateLimitName` (other strings are accepted too).
 * Since api-version v1.
 */
export const KnownRateLimitName = {
  /** Requests. */
  Requests: "requests",
  /** Tokens. */
  Tokens: "tokens",
} as const;

/**
 * The known values of `ReasoningEffort` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownReasoningEffort = {
  /** Skip reasoning entirely. */
  None: "none",
  /** The smallest amount of reasoning. */
  Minimal: "minimal",
  /** Light reasoning, favouring speed. */
  Low: "low",
  /** A balance between speed and depth. */
  Medium: "medium",
  /** Thorough reasoning, favouring quality over latency. */
  High: "high",
  /** The deepest reasoning level offered. */
  Xhigh: "xhigh",
} as const;

/**
 * The known values of `RequestImageContentPartDetail` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownRequestImageContentPartDetail = {
  /** Let the service choose the level. */
  Auto: "auto",
  /** Low resolution, which is faster and uses fewer tokens. */
  Low: "low",
  /** High resolution, which shows more detail at a higher token cost. */
  High: "high",
} as const;

/** The known values of `ResponseCancelledReason` (other strings are accepted too). */
export const KnownResponseCancelledReason = {
  /** Turn detection noticed the user speaking and interrupted the response. */
  TurnDetected: "turn_detected",
  /** The client sent `response.cancel`. */
  ClientCancelled: "client_cancelled",
} as const;

/** The known values of `ResponseIncompleteReason` (other strings are accepted too). */
export const KnownResponseIncompleteReason = {
  /** The output token limit was reached. */
  MaxOutputTokens: "max_output_tokens",
  /** A content filter blocked further output. */
  ContentFilter: "content_filter",
} as const;

/** The known values of `ResponseItemStatus` (other strings are accepted too). */
export const KnownResponseItemStatus = {
  /** Still being generated. */
  InProgress: "in_progress",
  /** Finished normally. */
  Completed: "completed",
  /** Stopped before it was finished, for example by an interruption or a token limit. */
  Incomplete: "incomplete",
} as const;

/** The known values of `ResponseStatus` (other strings are accepted too). */
export const KnownResponseStatus = {
  /** Finished normally. */
  Completed: "completed",
  /** Stopped by the client or by the user starting to speak. */
  Cancelled: "cancelled",
  /** Ended because of an error. */
  Failed: "failed",
  /** Ended early, for example at the token limit or by a content filter. */
  Incomplete: "incomplete",
  /** Still being generated. */
  InProgress: "in_progress",
} as const;

/** The known values of `ServerEventType` (other strings are accepted too). */
export const KnownServerEventType = {
  /** A client event was rejected or something went wrong. */
  Error: "error",
  /**
   * A non-fatal notice; the session continues.
   * Since api-version 2026-04-10.
   */
  Warning: "warning",
  /** The service's WebRTC answer for the avatar connection. */
  SessionAvatarConnecting: "session.avatar.connecting",
  /** First event of every connection, with the initial session settings. */
  SessionCreated: "session.created",
  /** Confirms a `session.update` with the resulting settings. */
  SessionUpdated: "session.updated",
  /** Transcription of a user audio item finished. */
  ConversationItemInputAudioTranscriptionCompleted: "conversation.item.input_audio_transcription.completed",
  /** A piece of a user audio transcription. */
  ConversationItemInputAudioTranscriptionDelta: "conversation.item.input_audio_transcription.delta",
  /** Transcription of a user audio item failed. */
  ConversationItemInputAudioTranscriptionFailed: "conversation.item.input_audio_transcription.failed",
  /** An item was added to the conversation. */
  ConversationItemCreated: "conversation.item.created",
  /** Answer to `conversation.item.retrieve`. */
  ConversationItemRetrieved: "conversation.item.retrieved",
  /** An assistant audio item was truncated. */
  ConversationItemTruncated: "conversation.item.truncated",
  /** An item was removed from the conversation. */
  ConversationItemDeleted: "conversation.item.deleted",
  /** The input audio buffer was committed as a user item. */
  InputAudioBufferCommitted: "input_audio_buffer.committed",
  /** The input audio buffer was emptied. */
  InputAudioBufferCleared: "input_audio_buffer.cleared",
  /** Turn detection heard the user start speaking. */
  InputAudioBufferSpeechStarted: "input_audio_buffer.speech_started",
  /** Turn detection heard the user stop speaking. */
  InputAudioBufferSpeechStopped: "input_audio_buffer.speech_stopped",
  /** A response started. */
  ResponseCreated: "response.created",
  /** A response ended, whatever its final status. */
  ResponseDone: "response.done",
  /** A response began a new output item. */
  ResponseOutputItemAdded: "response.output_item.added",
  /** A response finished an output item. */
  ResponseOutputItemDone: "response.output_item.done",
  /** A new content part was added to an output item. */
  ResponseContentPartAdded: "response.content_part.added",
  /** A content part of an output item is complete. */
  ResponseContentPartDone: "response.content_part.done",
  /**
   * A chunk of generated text.
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  ResponseTextDelta: "response.text.delta",
  /**
   * The generated text is complete.
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  ResponseTextDone: "response.text.done",
  /**
   * A chunk of the transcript of generated audio.
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  ResponseAudioTranscriptDelta: "response.audio_transcript.delta",
  /**
   * The transcript of generated audio is complete.
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  ResponseAudioTranscriptDone: "response.audio_transcript.done",
  /**
   * A chunk of generated audio.
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  ResponseAudioDelta: "response.audio.delta",
  /**
   * The generated audio is complete.
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  ResponseAudioDone: "response.audio.done",
  /** A batch of facial blendshape frames. */
  ResponseAnimationBlendshapesDelta: "response.animation_blendshapes.delta",
  /** Blendshape streaming for an item is complete. */
  ResponseAnimationBlendshapesDone: "response.animation_blendshapes.done",
  /** Timing of a spoken word in generated audio. */
  ResponseAudioTimestampDelta: "response.audio_timestamp.delta",
  /** Word timing for an audio part is complete. */
  ResponseAudioTimestampDone: "response.audio_timestamp.done",
  /** A viseme id with its audio offset. */
  ResponseAnimationVisemeDelta: "response.animation_viseme.delta",
  /** Viseme streaming for an audio part is complete. */
  ResponseAnimationVisemeDone: "response.animation_viseme.done",
  /** A chunk of the arguments of a function call. */
  ResponseFunctionCallArgumentsDelta: "response.function_call_arguments.delta",
  /** The arguments of a function call are complete. */
  ResponseFunctionCallArgumentsDone: "response.function_call_arguments.done",
  /**
   * Part of the arguments of a call of a service-run tool.
   * Only in api-version 2026-04-10.
   */
  ResponseSystemToolArgumentsDelta: "response.system_tool_arguments.delta",
  /**
   * The arguments of a call of a service-run tool are complete.
   * Only in api-version 2026-04-10.
   */
  ResponseSystemToolArgumentsDone: "response.system_tool_arguments.done",
  /**
   * New user input called off a pending end of the conversation.
   * Only in api-version 2026-04-10.
   */
  SessionEndConversationCancelled: "session.end_conversation.cancelled",
  /**
   * The pending output has drained, and the service is about to close the connection.
   * Only in api-version 2026-04-10.
   */
  SessionEndConversationCompleted: "session.end_conversation.completed",
  /**
   * The service began asking an MCP server for its tools.
   * Since api-version 2026-04-10.
   */
  McpListToolsInProgress: "mcp_list_tools.in_progress",
  /**
   * An MCP server returned its tool list.
   * Since api-version 2026-04-10.
   */
  McpListToolsCompleted: "mcp_list_tools.completed",
  /**
   * Listing the tools of an MCP server failed.
   * Since api-version 2026-04-10.
   */
  McpListToolsFailed: "mcp_list_tools.failed",
  /**
   * A chunk of the arguments of an MCP tool call.
   * Since api-version 2026-04-10.
   */
  ResponseMcpCallArgumentsDelta: "response.mcp_call_arguments.delta",
  /**
   * The arguments of an MCP tool call are complete.
   * Since api-version 2026-04-10.
   */
  ResponseMcpCallArgumentsDone: "response.mcp_call_arguments.done",
  /**
   * An MCP tool call is running.
   * Since api-version 2026-04-10.
   */
  ResponseMcpCallInProgress: "response.mcp_call.in_progress",
  /**
   * An MCP tool call succeeded.
   * Since api-version 2026-04-10.
   */
  ResponseMcpCallCompleted: "response.mcp_call.completed",
  /**
   * An MCP tool call failed.
   * Since api-version 2026-04-10.
   */
  ResponseMcpCallFailed: "response.mcp_call.failed",
  /**
   * The avatar switched to its speaking state.
   * Since api-version 2026-04-10.
   */
  SessionAvatarSwitchToSpeaking: "session.avatar.switch_to_speaking",
  /**
   * The avatar switched to its idle state.
   * Since api-version 2026-04-10.
   */
  SessionAvatarSwitchToIdle: "session.avatar.switch_to_idle",
  /**
   * A chunk of avatar video sent over the WebSocket.
   * Since api-version 2026-04-10.
   */
  ResponseVideoDelta: "response.video.delta",
  /**
   * A web search is issuing queries.
   * Since api-version 2026-04-10.
   */
  ResponseWebSearchCallSearching: "response.web_search_call.searching",
  /**
   * A web search started.
   * Since api-version 2026-04-10.
   */
  ResponseWebSearchCallInProgress: "response.web_search_call.in_progress",
  /**
   * A web search finished.
   * Since api-version 2026-04-10.
   */
  ResponseWebSearchCallCompleted: "response.web_search_call.completed",
  /**
   * A file search is issuing queries.
   * Since api-version 2026-04-10.
   */
  ResponseFileSearchCallSearching: "response.file_search_call.searching",
  /**
   * A file search started.
   * Since api-version 2026-04-10.
   */
  ResponseFileSearchCallInProgress: "response.file_search_call.in_progress",
  /**
   * A file search finished.
   * Since api-version 2026-04-10.
   */
  ResponseFileSearchCallCompleted: "response.file_search_call.completed",
  /**
   * Queued assistant audio was dropped after `output_audio_buffer.clear`.
   * Since api-version 2026-04-10.
   */
  OutputAudioBufferCleared: "output_audio_buffer.cleared",
  /**
   * An annotation was attached to the transcript of generated audio.
   * Since api-version 2026-04-10.
   */
  ResponseAudioTranscriptAnnotationAdded: "response.audio_transcript.annotation.added",
  /**
   * A piece of invocation output.
   * Since api-version 2026-07-15.
   */
  ResponseInvocationDelta: "response.invocation.delta",
  /**
   * A SIP call came in and waits for the application to accept or reject it.
   * Only in api-version 2026-07-31-preview.
   */
  RealtimeCallIncoming: "realtime.call.incoming",
  /**
   * An accepted SIP call is connected to the session.
   * Only in api-version 2026-07-31-preview.
   */
  RealtimeCallConnected: "realtime.call.connected",
  /**
   * A SIP call ended.
   * Only in api-version 2026-07-31-preview.
   */
  RealtimeCallDisconnected: "realtime.call.disconnected",
  /**
   * A SIP call could not be set up, or broke while it ran.
   * Only in api-version 2026-07-31-preview.
   */
  RealtimeCallFailed: "realtime.call.failed",
  /**
   * A blind transfer of a SIP call went through.
   * Only in api-version 2026-07-31-preview.
   */
  RealtimeCallTransferSucceeded: "realtime.call.transfer.succeeded",
  /**
   * A blind transfer of a SIP call did not go through.
   * Only in api-version 2026-07-31-preview.
   */
  RealtimeCallTransferFailed: "realtime.call.transfer.failed",
  /**
   * A chunk of generated text (the `v1` name of `response.text.delta`).
   * Since api-version v1.
   */
  ResponseOutputTextDelta: "response.output_text.delta",
  /**
   * The generated text is complete (the `v1` name of `response.text.done`).
   * Since api-version v1.
   */
  ResponseOutputTextDone: "response.output_text.done",
  /**
   * A chunk of the transcript of generated audio (the `v1` name of `response.audio_transcript.delta`).
   * Since api-version v1.
   */
  ResponseOutputAudioTranscriptDelta: "response.output_audio_transcript.delta",
  /**
   * The transcript of generated audio is complete (the `v1` name of `response.audio_transcript.done`).
   * Since api-version v1.
   */
  ResponseOutputAudioTranscriptDone: "response.output_audio_transcript.done",
  /**
   * A chunk of generated audio (the `v1` name of `response.audio.delta`).
   * Since api-version v1.
   */
  ResponseOutputAudioDelta: "response.output_audio.delta",
  /**
   * The generated audio is complete (the `v1` name of `response.audio.done`).
   * Since api-version v1.
   */
  ResponseOutputAudioDone: "response.output_audio.done",
  /**
   * The conversation of the session was created, right after the session.
   * Since api-version v1.
   */
  ConversationCreated: "conversation.created",
  /**
   * An item was added to the conversation, possibly before its content is complete.
   * Since api-version v1.
   */
  ConversationItemAdded: "conversation.item.added",
  /**
   * A conversation item is complete.
   * Since api-version v1.
   */
  ConversationItemDone: "conversation.item.done",
  /**
   * A speaker-attributed segment of a user audio transcription.
   * Since api-version v1.
   */
  ConversationItemInputAudioTranscriptionSegment: "conversation.item.input_audio_transcription.segment",
  /**
   * Turn detection heard no speech for the configured idle time.
   * Since api-version v1.
   */
  InputAudioBufferTimeoutTriggered: "input_audio_buffer.timeout_triggered",
  /**
   * A telephone keypad press was received on a phone call.
   * Since api-version v1.
   */
  InputAudioBufferDtmfEventReceived: "input_audio_buffer.dtmf_event_received",
  /**
   * The service began playing assistant audio out (WebRTC and SIP connections).
   * Since api-version v1.
   */
  OutputAudioBufferStarted: "output_audio_buffer.started",
  /**
   * The service finished playing assistant audio out (WebRTC and SIP connections).
   * Since api-version v1.
   */
  OutputAudioBufferStopped: "output_audio_buffer.stopped",
  /**
   * The rate limits changed as a response reserved or released tokens.
   * Since api-version v1.
   */
  RateLimitsUpdated: "rate_limits.updated",
} as const;

/**
 * The known values of `SessionIncludeOption` (other strings are accepted too).
 * Since api-version 2026-04-10.
 */
export const KnownSessionIncludeOption = {
  /** Add token log probabilities to input audio transcription events. */
  ItemInputAudioTranscriptionLogprobs: "item.input_audio_transcription.logprobs",
  /** Add recognized phrases with timing to input audio transcription events. */
  ItemInputAudioTranscriptionPhrases: "item.input_audio_transcription.phrases",
  /** Add the matched documents to file search call items. */
  FileSearchCallResults: "file_search_call.results",
} as const;

/**
 * The known values of `SipCallState` (other strings are accepted too).
 * Only in api-version 2026-07-31-preview.
 */
export const KnownSipCallState = {
  /** The call arrived and waits for the application to accept or reject it. */
  WaitingForCustomer: "WaitingForCustomer",
  /** The application accepted the call; the service is setting it up. */
  Accepting: "Accepting",
  /** Media is negotiated, but the call is not fully connected yet. */
  Accepted: "Accepted",
  /** The call is live and bridged to the session. */
  Connected: "Connected",
  /** The application rejected the call; the rejection is under way. */
  Rejecting: "Rejecting",
  /** A blind transfer is under way. */
  Transferring: "Transferring",
  /** The call is being torn down. */
  Terminating: "Terminating",
  /** The call ended (hang-up, rejection or completed transfer). */
  Disconnected: "Disconnected",
  /** Setting up or running the call failed. */
  Failed: "Failed",
  /** Nobody decided on the waiting call in time. */
  Expired: "Expired",
} as const;

/**
 * The known values of `SipCallTerminalReason` (other strings are accepted too).
 * Only in api-version 2026-07-31-preview.
 */
export const KnownSipCallTerminalReason = {
  /** The application rejected the incoming call. */
  Rejected: "Rejected",
  /** The application hung up. */
  CustomerHangup: "CustomerHangup",
  /** The caller's side of the SIP call ended. */
  SipProxyTerminate: "SipProxyTerminate",
  /** Nobody accepted or rejected the incoming call in time. */
  DecisionTimeout: "DecisionTimeout",
  /** The call could not be set up. */
  SetupFailure: "SetupFailure",
  /** The call left the service because a transfer succeeded. */
  TransferSucceeded: "TransferSucceeded",
  /** An error while the call ran ended it. */
  RuntimeError: "RuntimeError",
} as const;

/**
 * The known values of `SipTransferState` (other strings are accepted too).
 * Only in api-version 2026-07-31-preview.
 */
export const KnownSipTransferState = {
  /** The SIP side took the transfer and is working on it. */
  Trying: "trying",
  /** The transfer went through. */
  Succeeded: "succeeded",
  /** The transfer did not go through. */
  Failed: "failed",
} as const;

/** The known values of `ToolChoiceLiteral` (other strings are accepted too). */
export const KnownToolChoiceLiteral = {
  /** The model decides whether to call a tool. */
  Auto: "auto",
  /** The model answers without calling tools. */
  None: "none",
  /** The model must call at least one tool. */
  Required: "required",
} as const;

/** The known values of `ToolType` (other strings are accepted too). */
export const KnownToolType = {
  /** A function implemented by the client; the model emits call arguments and the client returns the result. */
  Function: "function",
  /**
   * A remote Model Context Protocol server whose tools the service calls directly.
   * Since api-version 2026-04-10.
   */
  Mcp: "mcp",
  /**
   * A tool the service runs itself to end the conversation (published for 2026-04-10 only).
   * Only in api-version 2026-04-10.
   */
  EndConversation: "end_conversation",
} as const;

/** The known values of `TranscriptionModel` (other strings are accepted too). */
export const KnownTranscriptionModel = {
  /** OpenAI Whisper. */
  Whisper1: "whisper-1",
  /** OpenAI GPT-4o transcription. */
  Gpt4OTranscribe: "gpt-4o-transcribe",
  /** The smaller OpenAI GPT-4o mini transcription model. */
  Gpt4OMiniTranscribe: "gpt-4o-mini-transcribe",
  /**
   * OpenAI GPT-4o transcription that also tells the speakers apart.
   * Since api-version 2026-04-10.
   */
  Gpt4OTranscribeDiarize: "gpt-4o-transcribe-diarize",
  /**
   * Microsoft AI's MAI-Transcribe-1.
   * Since api-version 2026-04-10.
   */
  MaiTranscribe1: "mai-transcribe-1",
  /** Azure AI Speech recognition, intended for cascaded (non-multimodal) pipelines. */
  AzureSpeech: "azure-speech",
} as const;

/** The known values of `TurnDetectionType` (other strings are accepted too). */
export const KnownTurnDetectionType = {
  /** Voice activity detection based on audio energy and silence (OpenAI-compatible). */
  ServerVad: "server_vad",
  /** Azure semantic voice activity detection for any language. */
  AzureSemanticVad: "azure_semantic_vad",
  /** Azure semantic voice activity detection tuned for English. */
  AzureSemanticVadEn: "azure_semantic_vad_en",
  /** Azure semantic voice activity detection tuned for several languages at once. */
  AzureSemanticVadMultilingual: "azure_semantic_vad_multilingual",
} as const;
