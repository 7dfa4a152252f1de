// Generated from spec/ by npm run generate. Do not edit.
/** A Foundry agent to talk to, in its project. */
export interface AgentSessionConfig {
  /**
   * The agent's name.
   * The `agent-name` query parameter of the URL.
   */
  agentName: string;
  /**
   * The Foundry project that holds the agent.
   * The `agent-project-name` query parameter of the URL.
   */
  projectName: string;
  /**
   * A version of the agent; the latest when omitted.
   * The `agent-version` query parameter of the URL.
   */
  agentVersion?: string;
  /**
   * An existing conversation to continue.
   * The `conversation-id` query parameter of the URL.
   */
  conversationId?: string;
  /**
   * Client id of a user-assigned managed identity the service uses to call the agent.
   * The `agent-authentication-identity-client-id` query parameter of the URL.
   */
  authenticationIdentityClientId?: string;
  /**
   * Another Foundry resource that hosts the agent.
   * The `foundry-resource-override` query parameter of the URL.
   */
  foundryResourceOverride?: string;
}

/**
 * An event type this SDK does not know, marked as such by `unknownEventType("...")`. Known types
 * are string literals; the mark keeps them apart, so that a misspelt known type does not compile.
 */
export type UnknownEventType = string & { readonly __unknownEventType: true };

/**
 * Web search action: look for a text pattern inside a page.
 * Since api-version 2026-04-10.
 */
export interface ActionFind {
  /** Text or pattern searched for on the page. */
  pattern: string;
  /** Marks a find-in-page action. */
  type: "find";
  /** Address of the page searched. */
  url: string;
}

/**
 * Web search action: open a page.
 * Since api-version 2026-04-10.
 */
export interface ActionOpenPage {
  /** Marks an open-page action. */
  type: "open_page";
  /** Address of the page opened. */
  url: string;
}

/**
 * Web search action: run a search query.
 * Since api-version 2026-04-10.
 */
export interface ActionSearch {
  /** Query that was searched for. */
  query?: string;
  /** Marks a search action. */
  type: "search";
  /** Pages the search consulted. */
  sources?: ActionSearchSource[];
}

/**
 * A page consulted by a web search.
 * Since api-version 2026-04-10.
 */
export interface ActionSearchSource {
  /** Marks a URL source. */
  type: "url";
  /** Address of the page. */
  url: string;
}

/** Describes the Foundry agent that answers in an agent-mode session. */
export interface AgentConfig {
  /** Marks this object as an agent description; always `agent`. */
  type: "agent";
  /** Display name of the agent. */
  name: string;
  /** Free-text description of what the agent does. */
  description?: string;
  /** Identifier of the agent in its Foundry project. */
  agentId: string;
  /** Identifier of the agent conversation thread the session writes to. */
  threadId: string;
}

/** Requests facial animation data that a client can use to drive its own character. */
export interface Animation {
  /** Animation model to use. Defaults to `default`. */
  modelName?: string;
  /** Kinds of animation data to stream. Defaults to `["blendshapes"]`. */
  outputs?: AnimationOutputType[];
}

/**
 * Kinds of facial animation data.
 *
 * Known values (any other string is accepted too):
 * - `blendshapes`: Frames of facial blendshape weights, sent in `response.animation_blendshapes.delta`.
 * - `viseme_id`: Viseme ids with audio offsets, sent in `response.animation_viseme.delta`.
 */
export type AnimationOutputType =
  | "blendshapes"
  | "viseme_id"
  | (string & {});

/** A message attributed to the assistant, for example to seed conversation history; it may carry text but not audio. */
export interface AssistantMessageItem {
  /** Marks a message item. */
  type: "message";
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
  /** Authored by the assistant. */
  role: "assistant";
  /** Ordered pieces of text or audio that make up the message. */
  content: MessageContentPartUnion[];
  /** Whether the message is complete or was cut short. */
  status?: ItemParamStatus;
}

/** Server-side echo cancellation, which removes the assistant's own playback picked up by the microphone. */
export interface AudioEchoCancellation {
  /** Selects server-side echo cancellation; the only supported kind. */
  type: "server_echo_cancellation";
  /**
   * Where the playback reference signal comes from. Defaults to `server`.
   *
   * Since api-version 2026-07-15.
   */
  referenceSource?: EchoCancellationReferenceSource;
  /**
   * Number of channels in the input audio: 1 for plain microphone audio, 2 for interleaved stereo with the
   * microphone on channel 0 and the playback reference on channel 1 (only with `reference_source: client`
   * and `pcm16`). Defaults to 1.
   * Range: 1 to 2.
   * Since api-version 2026-07-15.
   */
  channels?: number;
}

/** Settings for transcribing the user's spoken input. */
export interface AudioInputTranscriptionOptions {
  /** Speech-to-text model that produces the transcript. */
  model: TranscriptionModel;
  /**
   * Expected spoken language: a BCP-47 tag such as `en-US`, an ISO-639-1 code such as `en`, or a
   * comma-separated list such as `en,zh` for automatic detection among several languages.
   */
  language?: string;
  /** Azure Custom Speech configuration, given as string key/value pairs. */
  customSpeech?: Record<string, string>;
  /** Words and phrases the recognizer should favour, such as product names. */
  phraseList?: string[];
}

/** Noise suppression applied to the user's audio before voice activity detection and recognition. */
export interface AudioNoiseReduction {
  /** Which noise suppression algorithm to run. */
  type: AudioNoiseReductionType;
}

/**
 * Known noise suppression algorithms.
 *
 * Known values (any other string is accepted too):
 * - `azure_deep_noise_suppression`: Azure's deep-learning noise suppression.
 * - `near_field`: Tuned for a microphone close to the speaker, such as a headset.
 * - `far_field`: Tuned for a distant microphone, such as a laptop or conference room device.
 */
export type AudioNoiseReductionType =
  | "azure_deep_noise_suppression"
  | "near_field"
  | "far_field"
  | (string & {});

/**
 * Granularity of timing information reported for synthesized audio.
 *
 * Known values (any other string is accepted too):
 * - `word`: One timestamp per spoken word.
 */
export type AudioTimestampType =
  | "word"
  | (string & {});

/** Talking avatar that renders the assistant's speech as video, streamed over WebRTC or the WebSocket. */
export interface AvatarConfig {
  /**
   * Kind of avatar: a video avatar or one animated from a single photo.
   *
   * Since api-version 2026-04-10.
   */
  type?: AvatarConfigTypes;
  /** STUN/TURN servers the client and the service use to set up the WebRTC media connection. */
  iceServers?: IceServer[];
  /** Name of the avatar character to render. */
  character: string;
  /** Pose or outfit variant of the character, where it has several. */
  style?: string;
  /**
   * Base model that animates a photo avatar; required when `type` is `photo-avatar`.
   *
   * Since api-version 2026-04-10.
   */
  model?: PhotoAvatarBaseModes;
  /** Whether `character` names a custom avatar trained for the customer rather than a prebuilt one. */
  customized: boolean;
  /** Encoding, size, cropping and background of the avatar video. */
  video?: VideoParams;
  /**
   * Framing and motion of a photo avatar within the picture.
   *
   * Since api-version 2026-04-10.
   */
  scene?: Scene;
  /**
   * Transport that carries the avatar video. Defaults to `webrtc`.
   *
   * Since api-version 2026-04-10.
   */
  outputProtocol?: AvatarOutputProtocol;
  /**
   * Whether the service should also send the spoken audio for auditing while the avatar streams. Defaults to false.
   *
   * Since api-version 2026-04-10.
   */
  outputAuditAudio?: boolean;
}

/**
 * Kinds of avatar.
 *
 * Known values (any other string is accepted too):
 * - `video-avatar`: An avatar rendered from recorded video of a real person.
 * - `photo-avatar`: An avatar animated from one still photo.
 * Since api-version 2026-04-10.
 */
export type AvatarConfigTypes =
  | "video-avatar"
  | "photo-avatar"
  | (string & {});

/**
 * Transports for avatar video.
 *
 * Known values (any other string is accepted too):
 * - `webrtc`: Media flows over a WebRTC peer connection negotiated with `session.avatar.connect`.
 * - `websocket`: Video chunks arrive on this WebSocket as `response.video.delta` events.
 * Since api-version 2026-04-10.
 */
export type AvatarOutputProtocol =
  | "webrtc"
  | "websocket"
  | (string & {});

/**
 * Voice generated to match a photo or video avatar; it has no voice name, only a base model.
 * Since api-version 2026-04-10.
 */
export interface AzureAvatarVoiceSyncVoice {
  /** Selects the avatar-synchronized voice. */
  type: "avatar-voice-sync";
  /** Base model that renders the avatar's voice. */
  model: PersonalVoiceModels;
  /**
   * Sampling temperature from 0 to 1; higher values make the delivery more varied.
   * Range: 0 to 1.
   */
  temperature?: number;
  /** Address of a custom pronunciation lexicon file applied to synthesis. */
  customLexiconUrl?: string;
  /** Address of a custom text normalization rule file applied before synthesis. */
  customTextNormalizationUrl?: string;
  /** Locales (BCP-47) whose accent the voice should prefer when speaking multilingual text. */
  preferLocales?: string[];
  /** Forces synthesis in one locale (BCP-47) regardless of the text's language. */
  locale?: string;
  /** Speaking style, where the base model supports styles. */
  style?: string;
  /** Pitch adjustment in SSML prosody syntax, such as `high`, `+5%` or `-2st`. */
  pitch?: string;
  /** Speaking rate in SSML prosody syntax, such as `slow`, `1.2` or `+10%`. */
  rate?: string;
  /** Loudness in SSML prosody syntax, such as `loud` or `-6dB`. */
  volume?: string;
}

/** Custom Neural Voice deployed on a customer-owned endpoint. */
export interface AzureCustomVoice {
  /** Selects a custom Azure voice. */
  type: "azure-custom";
  /**
   * Name of the custom voice inside its deployment.
   * At least 1 character.
   */
  name: string;
  /**
   * Identifier of the deployment endpoint that hosts the custom voice.
   * At least 1 character.
   */
  endpointId: string;
  /**
   * Sampling temperature from 0 to 1; higher values make the delivery more varied.
   * Range: 0 to 1.
   */
  temperature?: number;
  /** Address of a custom pronunciation lexicon file applied to synthesis. */
  customLexiconUrl?: string;
  /** Locales (BCP-47) whose accent the voice should prefer when speaking multilingual text. */
  preferLocales?: string[];
  /** Forces synthesis in one locale (BCP-47) regardless of the text's language. */
  locale?: string;
  /** Speaking style of the voice, where the custom voice was trained with styles. */
  style?: string;
  /** Pitch adjustment in SSML prosody syntax, such as `high`, `+5%` or `-2st`. */
  pitch?: string;
  /** Speaking rate in SSML prosody syntax, such as `slow`, `1.2` or `+10%`. */
  rate?: string;
  /** Loudness in SSML prosody syntax, such as `loud` or `-6dB`. */
  volume?: string;
  /** Address of a custom text normalization rule file applied before synthesis. */
  customTextNormalizationUrl?: string;
}

/** Personal voice: a speaker profile cloned from consented audio, rendered by a personal voice base model. */
export interface AzurePersonalVoice {
  /** Selects an Azure personal voice. */
  type: "azure-personal";
  /**
   * Speaker profile identifier of the personal voice.
   * At least 1 character.
   */
  name: string;
  /**
   * Sampling temperature from 0 to 1; higher values make the delivery more varied.
   * Range: 0 to 1.
   */
  temperature?: number;
  /** Base model that renders the personal voice. */
  model: PersonalVoiceModels;
  /** Address of a custom pronunciation lexicon file applied to synthesis. */
  customLexiconUrl?: string;
  /** Address of a custom text normalization rule file applied before synthesis. */
  customTextNormalizationUrl?: string;
  /** Locales (BCP-47) whose accent the voice should prefer when speaking multilingual text. */
  preferLocales?: string[];
  /** Forces synthesis in one locale (BCP-47) regardless of the text's language. */
  locale?: string;
  /** Speaking style, where the base model supports styles. */
  style?: string;
  /** Pitch adjustment in SSML prosody syntax, such as `high`, `+5%` or `-2st`. */
  pitch?: string;
  /** Speaking rate in SSML prosody syntax, such as `slow`, `1.2` or `+10%`. */
  rate?: string;
  /** Loudness in SSML prosody syntax, such as `loud` or `-6dB`. */
  volume?: string;
}

/**
 * Built-in voice of the `azure-realtime` model; it works only in sessions that use that model.
 * Since api-version 2026-07-15.
 */
export interface AzureRealtimeNativeVoice {
  /** Marks a native `azure-realtime` voice; always `azure-realtime-native`. */
  type: "azure-realtime-native";
  /** Which built-in voice to use; `ava` is the model's default. */
  name: AzureRealtimeNativeVoiceName;
}

/**
 * Names of the voices built into the `azure-realtime` model.
 *
 * Known values (any other string is accepted too):
 * - `aarti`: Built-in voice Aarti.
 * - `andrew`: Built-in voice Andrew.
 * - `ava`: Built-in voice Ava, the default.
 * - `denise`: Built-in voice Denise.
 * - `diya`: Built-in voice Diya.
 * - `elsa`: Built-in voice Elsa.
 * - `florian`: Built-in voice Florian.
 * - `francisca`: Built-in voice Francisca.
 * - `meera`: Built-in voice Meera.
 * - `xiaoxiao`: Built-in voice Xiaoxiao.
 * - `yunxi`: Built-in voice Yunxi.
 * - `ximena`: Built-in voice Ximena.
 * Since api-version 2026-07-15.
 */
export type AzureRealtimeNativeVoiceName =
  | "aarti"
  | "andrew"
  | "ava"
  | "denise"
  | "diya"
  | "elsa"
  | "florian"
  | "francisca"
  | "meera"
  | "xiaoxiao"
  | "yunxi"
  | "ximena"
  | (string & {});

/** Language-independent semantic end-of-utterance detection. */
export interface AzureSemanticDetection {
  /** Selects the language-independent model. */
  model: "semantic_detection_v1";
  /** How sure the model must be before it declares the utterance finished. */
  thresholdLevel?: EouThresholdLevel;
  /**
   * Longest wait in milliseconds for the model's decision before the turn is ended anyway.
   * At least 0.
   */
  timeoutInMs?: number;
}

/** Semantic end-of-utterance detection tuned for English. */
export interface AzureSemanticDetectionEn {
  /** Selects the English model. */
  model: "semantic_detection_v1_en";
  /** How sure the model must be before it declares the utterance finished. */
  thresholdLevel?: EouThresholdLevel;
  /**
   * Longest wait in milliseconds for the model's decision before the turn is ended anyway.
   * At least 0.
   */
  timeoutInMs?: number;
}

/** Semantic end-of-utterance detection for several languages. */
export interface AzureSemanticDetectionMultilingual {
  /** Selects the multilingual model. */
  model: "semantic_detection_v1_multilingual";
  /** How sure the model must be before it declares the utterance finished. */
  thresholdLevel?: EouThresholdLevel;
  /**
   * Longest wait in milliseconds for the model's decision before the turn is ended anyway.
   * At least 0.
   */
  timeoutInMs?: number;
}

/** Azure semantic voice activity detection for any language. */
export interface AzureSemanticVad {
  /** Selects language-independent semantic detection. */
  type: "azure_semantic_vad";
  /**
   * Speech probability from 0 to 1 above which audio counts as speech; higher values ignore more background sound.
   * Range: 0 to 1.
   */
  threshold?: number;
  /** Milliseconds of audio kept from before the detected start of speech. */
  prefixPaddingInMs?: number;
  /** Milliseconds of silence after which the user's turn is considered finished. */
  silenceDurationInMs?: number;
  /** Optional semantic end-of-utterance model that confirms the end of the turn. */
  endOfUtteranceDetection?: EouDetectionUnion;
  /** Minimum milliseconds of continuous speech before the service reports that speech started. */
  speechDurationInMs?: number;
  /** Whether filler sounds such as "um" are ignored instead of being treated as the start of speech. */
  removeFillerWords?: boolean;
  /** Languages the user is expected to speak, as BCP-47 or ISO-639-1 codes. */
  languages?: string[];
  /** Whether the assistant's current audio item is cut back to the part already played when the user barges in. */
  autoTruncate?: boolean;
  /** Whether a response is generated automatically when the user's turn ends. */
  createResponse?: boolean;
  /** Whether user speech interrupts a response that is still being produced. */
  interruptResponse?: boolean;
}

/** Azure semantic voice activity detection tuned for English speech. */
export interface AzureSemanticVadEn {
  /** Selects English semantic detection. */
  type: "azure_semantic_vad_en";
  /**
   * Speech probability from 0 to 1 above which audio counts as speech; higher values ignore more background sound.
   * Range: 0 to 1.
   */
  threshold?: number;
  /** Milliseconds of audio kept from before the detected start of speech. */
  prefixPaddingInMs?: number;
  /** Milliseconds of silence after which the user's turn is considered finished. */
  silenceDurationInMs?: number;
  /** Optional semantic end-of-utterance model that confirms the end of the turn. */
  endOfUtteranceDetection?: EouDetectionUnion;
  /** Minimum milliseconds of continuous speech before the service reports that speech started. */
  speechDurationInMs?: number;
  /** Whether filler sounds such as "um" are ignored instead of being treated as the start of speech. */
  removeFillerWords?: boolean;
  /** Whether the assistant's current audio item is cut back to the part already played when the user barges in. */
  autoTruncate?: boolean;
  /** Whether a response is generated automatically when the user's turn ends. */
  createResponse?: boolean;
  /** Whether user speech interrupts a response that is still being produced. */
  interruptResponse?: boolean;
}

/** Azure semantic voice activity detection tuned for multilingual conversations. */
export interface AzureSemanticVadMultilingual {
  /** Selects multilingual semantic detection. */
  type: "azure_semantic_vad_multilingual";
  /**
   * Speech probability from 0 to 1 above which audio counts as speech; higher values ignore more background sound.
   * Range: 0 to 1.
   */
  threshold?: number;
  /** Milliseconds of audio kept from before the detected start of speech. */
  prefixPaddingInMs?: number;
  /** Milliseconds of silence after which the user's turn is considered finished. */
  silenceDurationInMs?: number;
  /** Optional semantic end-of-utterance model that confirms the end of the turn. */
  endOfUtteranceDetection?: EouDetectionUnion;
  /** Minimum milliseconds of continuous speech before the service reports that speech started. */
  speechDurationInMs?: number;
  /** Whether filler sounds such as "um" are ignored instead of being treated as the start of speech. */
  removeFillerWords?: boolean;
  /** Languages the user is expected to speak, as BCP-47 or ISO-639-1 codes. */
  languages?: string[];
  /** Whether the assistant's current audio item is cut back to the part already played when the user barges in. */
  autoTruncate?: boolean;
  /** Whether a response is generated automatically when the user's turn ends. */
  createResponse?: boolean;
  /** Whether user speech interrupts a response that is still being produced. */
  interruptResponse?: boolean;
}

/** Prebuilt Azure neural voice, chosen by its voice id. */
export interface AzureStandardVoice {
  /** Selects a prebuilt Azure voice. */
  type: "azure-standard";
  /**
   * Azure voice id, for example `en-US-Ava:DragonHDLatestNeural`.
   * At least 1 character.
   */
  name: string;
  /**
   * Sampling temperature from 0 to 1; higher values make the delivery more varied.
   * Range: 0 to 1.
   */
  temperature?: number;
  /** Address of a custom pronunciation lexicon file applied to synthesis. */
  customLexiconUrl?: string;
  /** Locales (BCP-47) whose accent the voice should prefer when speaking multilingual text. */
  preferLocales?: string[];
  /** Forces synthesis in one locale (BCP-47) regardless of the text's language. */
  locale?: string;
  /** Speaking style of the voice, such as `cheerful`, where the voice supports styles. */
  style?: string;
  /** Pitch adjustment in SSML prosody syntax, such as `high`, `+5%` or `-2st`. */
  pitch?: string;
  /** Speaking rate in SSML prosody syntax, such as `slow`, `1.2` or `+10%`. */
  rate?: string;
  /** Loudness in SSML prosody syntax, such as `loud` or `-6dB`. */
  volume?: string;
  /** Address of a custom text normalization rule file applied before synthesis. */
  customTextNormalizationUrl?: string;
}

/** Azure text-to-speech voice; the `type` field tells which kind of Azure voice it is. */
export interface AzureVoice {
  /** Kind of Azure voice. */
  type: AzureVoiceType;
}

/** Any AzureVoice: one of the known variants, or a variant this SDK does not know yet (as `AzureVoice`). */
export type AzureVoiceUnion =
  | AzureStandardVoice
  | AzureCustomVoice
  | AzurePersonalVoice
  | AzureAvatarVoiceSyncVoice
  | AzureVoice;

/**
 * Kinds of Azure text-to-speech voices.
 *
 * Known values (any other string is accepted too):
 * - `azure-custom`: A Custom Neural Voice trained for the customer and hosted on its own endpoint.
 * - `azure-standard`: A prebuilt Azure neural voice from the public voice gallery.
 * - `azure-personal`: A personal voice cloned from a short recording of a consenting speaker.
 * - `avatar-voice-sync`: A voice kept in sync with the avatar's lip movements. Since api-version 2026-04-10.
 */
export type AzureVoiceType =
  | "azure-custom"
  | "azure-standard"
  | "azure-personal"
  | "avatar-voice-sync"
  | (string & {});

/** Backdrop behind the avatar; set either `color` or `image_url`, not both. */
export interface Background {
  /** Background colour as hex RGBA, for example `#00FF00FF`. */
  color?: string;
  /** Address of an image to use as the background. */
  imageUrl?: string;
}

/** Cached input tokens split by kind. */
export interface CachedTokenDetails {
  /** Cached tokens from text. */
  textTokens: number;
  /** Cached tokens from audio. */
  audioTokens: number;
  /** Cached tokens from images. */
  imageTokens: number;
}

/**
 * Any JSON frame the client sends over the WebSocket; `type` tells which event it is.
 *
 * Narrow on `type`: every known event has its own literal `type`.
 */
export type ClientEvent =
  | ClientEventSessionUpdate
  | ClientEventSessionAvatarConnect
  | ClientEventInputAudioTurnStart
  | ClientEventInputAudioTurnAppend
  | ClientEventInputAudioTurnEnd
  | ClientEventInputAudioTurnCancel
  | ClientEventInputAudioClear
  | ClientEventInputTextDelta
  | ClientEventInputTextDone
  | ClientEventInputAudioBufferAppend
  | ClientEventInputAudioBufferCommit
  | ClientEventInputAudioBufferClear
  | ClientEventConversationItemCreate
  | ClientEventConversationItemTruncate
  | ClientEventConversationItemDelete
  | ClientEventResponseCreate
  | ClientEventResponseCancel
  | ClientEventConversationItemRetrieve
  | ClientEventOutputAudioBufferClear;

/**
 * A client event whose `type` this SDK does not know, in wire form. Its `type` is marked with
 * `unknownEventType()`, so that a misspelt known type or field stays a compile error.
 */
export interface UnknownClientEvent {
  type: UnknownEventType;
  event_id?: string;
  [wireField: string]: unknown;
}

/** Each known client event type, mapped to its model. */
export interface ClientEventMap {
  "session.update": ClientEventSessionUpdate;
  "session.avatar.connect": ClientEventSessionAvatarConnect;
  "input_audio.turn.start": ClientEventInputAudioTurnStart;
  "input_audio.turn.append": ClientEventInputAudioTurnAppend;
  "input_audio.turn.end": ClientEventInputAudioTurnEnd;
  "input_audio.turn.cancel": ClientEventInputAudioTurnCancel;
  "input_audio.clear": ClientEventInputAudioClear;
  "input_text.delta": ClientEventInputTextDelta;
  "input_text.done": ClientEventInputTextDone;
  "input_audio_buffer.append": ClientEventInputAudioBufferAppend;
  "input_audio_buffer.commit": ClientEventInputAudioBufferCommit;
  "input_audio_buffer.clear": ClientEventInputAudioBufferClear;
  "conversation.item.create": ClientEventConversationItemCreate;
  "conversation.item.truncate": ClientEventConversationItemTruncate;
  "conversation.item.delete": ClientEventConversationItemDelete;
  "response.create": ClientEventResponseCreate;
  "response.cancel": ClientEventResponseCancel;
  "conversation.item.retrieve": ClientEventConversationItemRetrieve;
  "output_audio_buffer.clear": ClientEventOutputAudioBufferClear;
}

/** Adds an item (message, function call or function output, and more in later versions) to the conversation. */
export interface ClientEventConversationItemCreate {
  /** Event name `conversation.item.create`. */
  type: "conversation.item.create";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the item after which to insert the new one; `root` inserts at the start, omitting it appends at the end. */
  previousItemId?: string;
  /** The item to add. */
  item?: ConversationRequestItemUnion;
}

/** Removes an item from the conversation history. */
export interface ClientEventConversationItemDelete {
  /** Event name `conversation.item.delete`. */
  type: "conversation.item.delete";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the item to remove; an unknown id produces an error. */
  itemId: string;
}

/** Requests one stored conversation item; the service answers with `conversation.item.retrieved`. */
export interface ClientEventConversationItemRetrieve {
  /** Event name `conversation.item.retrieve`. */
  type: "conversation.item.retrieve";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the item to fetch; an unknown id produces an error. */
  itemId: string;
}

/**
 * Shortens an assistant audio message to the part the user actually heard, typically after an interruption.
 * Fails if the item is not an assistant message or the audio is shorter than `audio_end_ms`.
 */
export interface ClientEventConversationItemTruncate {
  /** Event name `conversation.item.truncate`. */
  type: "conversation.item.truncate";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the assistant message item to truncate. */
  itemId: string;
  /** Index of the content part to truncate; use 0. */
  contentIndex: number;
  /** Playback position in milliseconds up to which the audio is kept; its transcript is trimmed to match. */
  audioEndInMs: number;
}

/** Appends audio to the input audio buffer. The service sends no acknowledgement. */
export interface ClientEventInputAudioBufferAppend {
  /** Event name `input_audio_buffer.append`. */
  type: "input_audio_buffer.append";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /**
   * Base64-encoded audio in the session's input audio format, at most 15 MiB of base64 text per event.
   * At most 15728640 characters.
   */
  audio: string;
}

/** Empties the input audio buffer; the service confirms with `input_audio_buffer.cleared`. */
export interface ClientEventInputAudioBufferClear {
  /** Event name `input_audio_buffer.clear`. */
  type: "input_audio_buffer.clear";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
}

/**
 * Commits the input audio buffer as a new user message item. With turn detection enabled the service commits on
 * its own; committing an empty buffer is an error.
 */
export interface ClientEventInputAudioBufferCommit {
  /** Event name `input_audio_buffer.commit`. */
  type: "input_audio_buffer.commit";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
}

/** Discards all input audio the service holds that has not yet been processed. */
export interface ClientEventInputAudioClear {
  /** Event name `input_audio.clear`. */
  type: "input_audio.clear";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
}

/** Adds a chunk of audio to an open audio turn. */
export interface ClientEventInputAudioTurnAppend {
  /** Event name `input_audio.turn.append`. */
  type: "input_audio.turn.append";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the turn opened with `input_audio.turn.start`. */
  turnId: string;
  /**
   * Base64-encoded audio in the session's input audio format.
   * At most 15728640 characters.
   */
  audio: string;
}

/** Abandons an audio turn; its audio is discarded. */
export interface ClientEventInputAudioTurnCancel {
  /** Event name `input_audio.turn.cancel`. */
  type: "input_audio.turn.cancel";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the turn to abandon. */
  turnId: string;
}

/** Closes an audio turn, handing its audio to the service for processing. */
export interface ClientEventInputAudioTurnEnd {
  /** Event name `input_audio.turn.end`. */
  type: "input_audio.turn.end";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the turn to close. */
  turnId: string;
}

/** Opens an audio turn that the client delimits itself, as an alternative to the input audio buffer. */
export interface ClientEventInputAudioTurnStart {
  /** Event name `input_audio.turn.start`. */
  type: "input_audio.turn.start";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Client-chosen id that the following append, end or cancel events refer to. */
  turnId: string;
}

/**
 * Streams part of a user text input, so that processing can begin before the whole text is known.
 * Since api-version 2026-07-15.
 */
export interface ClientEventInputTextDelta {
  /** Event name `input_text.delta`. */
  type: "input_text.delta";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Client-chosen id shared by all chunks of the same text input. */
  id: string;
  /** The next chunk of text. */
  delta: string;
  /** Index of the content part the text belongs to. */
  contentIndex?: number;
}

/**
 * Marks a streamed user text input as complete.
 * Since api-version 2026-07-15.
 */
export interface ClientEventInputTextDone {
  /** Event name `input_text.done`. */
  type: "input_text.done";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the text input that is now complete. */
  id: string;
  /** Index of the content part the text belongs to. */
  contentIndex?: number;
}

/**
 * Drops assistant audio that is queued for output but not yet delivered, for example after the user interrupts.
 * Since api-version 2026-04-10.
 */
export interface ClientEventOutputAudioBufferClear {
  /** Event name `output_audio_buffer.clear`. */
  type: "output_audio_buffer.clear";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
}

/** Cancels the response that is in progress; fails when there is none. */
export interface ClientEventResponseCancel {
  /** Event name `response.cancel`. */
  type: "response.cancel";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Id of the response to cancel; the current response when omitted. */
  responseId?: string;
}

/** Asks the model to produce a response. Only one response can be in progress at a time. */
export interface ClientEventResponseCreate {
  /** Event name `response.create`. */
  type: "response.create";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Settings that apply to this response only. */
  response?: ResponseCreateParams;
  /** Text appended to the session instructions for this response only. */
  additionalInstructions?: string;
}

/** Starts the WebRTC connection for avatar video by sending the client's SDP offer. */
export interface ClientEventSessionAvatarConnect {
  /** Event name `session.avatar.connect`. */
  type: "session.avatar.connect";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** The client's WebRTC SDP offer; the answer arrives in `session.avatar.connecting`. */
  clientSdp: string;
}

/**
 * Updates the session configuration. Only the fields present change; the model cannot be changed after connecting.
 * The service answers with `session.updated`, or with `error` if the update is rejected.
 */
export interface ClientEventSessionUpdate {
  /** Event name `session.update`. */
  type: "session.update";
  /**
   * Optional client-chosen id for the event; the service quotes it back in an `error` caused by this event.
   * At most 512 characters.
   */
  eventId?: string;
  /** Session fields to change. */
  session: RequestSession;
}

/**
 * Names of the events a client can send.
 *
 * Known values (any other string is accepted too):
 * - `session.update`: Change the session configuration.
 * - `input_audio_buffer.append`: Append base64 audio to the input audio buffer.
 * - `input_audio_buffer.commit`: Turn the buffered input audio into a user message item.
 * - `input_audio_buffer.clear`: Throw away the buffered input audio.
 * - `input_audio.turn.start`: Open an explicitly delimited audio turn.
 * - `input_audio.turn.append`: Add audio to an open audio turn.
 * - `input_audio.turn.end`: Close an audio turn so that it is processed.
 * - `input_audio.turn.cancel`: Abandon an audio turn.
 * - `input_audio.clear`: Discard all pending input audio.
 * - `conversation.item.create`: Add an item to the conversation.
 * - `conversation.item.retrieve`: Ask the service for a stored conversation item.
 * - `conversation.item.truncate`: Cut an assistant audio message short.
 * - `conversation.item.delete`: Remove an item from the conversation.
 * - `response.create`: Ask the model to generate a response.
 * - `response.cancel`: Stop the response in progress.
 * - `session.avatar.connect`: Send the WebRTC offer that connects the avatar video.
 * - `mcp_approval_response`: Approval decision for an MCP tool call. No event model carries this type: the decision travels as a
 * `conversation.item.create` whose item has `type: "mcp_approval_response"`. Since api-version 2026-04-10.
 * - `output_audio_buffer.clear`: Stop playback of assistant audio that the service has not yet sent. Since api-version 2026-04-10.
 * - `input_text.delta`: Stream a chunk of user text input. Since api-version 2026-07-15.
 * - `input_text.done`: Finish a streamed user text input. Since api-version 2026-07-15.
 */
export type ClientEventType =
  | "session.update"
  | "input_audio_buffer.append"
  | "input_audio_buffer.commit"
  | "input_audio_buffer.clear"
  | "input_audio.turn.start"
  | "input_audio.turn.append"
  | "input_audio.turn.end"
  | "input_audio.turn.cancel"
  | "input_audio.clear"
  | "conversation.item.create"
  | "conversation.item.retrieve"
  | "conversation.item.truncate"
  | "conversation.item.delete"
  | "response.create"
  | "response.cancel"
  | "session.avatar.connect"
  | "mcp_approval_response"
  | "output_audio_buffer.clear"
  | "input_text.delta"
  | "input_text.done"
  | (string & {});

/** A piece of an item's content as reported by the service, discriminated by `type`. */
export interface ContentPart {
  /** Kind of content piece. */
  type: ContentPartType;
}

/** Any ContentPart: one of the known variants, or a variant this SDK does not know yet (as `ContentPart`). */
export type ContentPartUnion =
  | RequestTextContentPart
  | RequestAudioContentPart
  | RequestImageContentPart
  | ResponseTextContentPart
  | ResponseAudioContentPart
  | ContentPart;

/**
 * Kinds of content pieces in messages.
 *
 * Known values (any other string is accepted too):
 * - `input_text`: Text typed or supplied by the client.
 * - `input_audio`: Audio supplied by the client.
 * - `input_image`: An image supplied by the client. Since api-version 2026-04-10.
 * - `text`: Text produced by the assistant.
 * - `audio`: Audio produced by the assistant.
 */
export type ContentPartType =
  | "input_text"
  | "input_audio"
  | "input_image"
  | "text"
  | "audio"
  | (string & {});

/** A conversation item as the client supplies it, discriminated by `type`. */
export interface ConversationRequestItem {
  /** Kind of item. */
  type: ItemType;
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
}

/** Any ConversationRequestItem: one of the known variants, or a variant this SDK does not know yet (as `ConversationRequestItem`). */
export type ConversationRequestItemUnion =
  | MessageItemUnion
  | FunctionCallItem
  | FunctionCallOutputItem
  | MCPApprovalResponseRequestItem
  | ConversationRequestItem;

/**
 * The conversation that a session's items belong to.
 * Since api-version v1.
 */
export interface ConversationResource {
  /** Identifier of the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.conversation`. */
  object?: "realtime.conversation";
}

/**
 * Origin of the playback signal that echo cancellation subtracts.
 *
 * Known values (any other string is accepted too):
 * - `server`: The service uses the audio it generated itself as the reference.
 * - `client`: The client supplies the reference as the second channel of its input audio.
 * Since api-version 2026-07-15.
 */
export type EchoCancellationReferenceSource =
  | "server"
  | "client"
  | (string & {});

/**
 * A tool the service runs itself: the model calls it, with a non-empty `reason`, to end the conversation. The
 * service lets the pending output (a spoken goodbye, say) finish, then closes the WebSocket with code 1001. The
 * call arrives as a `system_tool` item with `response.system_tool_arguments.*` events, and the close is
 * announced by `session.end_conversation.completed`; new user input before then cancels it
 * (`session.end_conversation.cancelled`).
 * Only in api-version 2026-04-10.
 */
export interface EndConversationTool {
  /** Declares the end-conversation tool. */
  type: "end_conversation";
  /**
   * Guidance for the model on when and how to end the conversation. Empty or omitted keeps the service's own,
   * which has the model say goodbye before calling the tool.
   */
  description?: string;
}

/**
 * Semantic end-of-utterance detection: a model that judges from the words spoken whether the user has really
 * finished, rather than relying on silence alone. Discriminated by `model`.
 */
export interface EouDetection {
  /** End-of-utterance model to run. */
  model: EouDetectionModel;
}

/** Any EouDetection: one of the known variants, or a variant this SDK does not know yet (as `EouDetection`). */
export type EouDetectionUnion =
  | AzureSemanticDetection
  | AzureSemanticDetectionEn
  | AzureSemanticDetectionMultilingual
  | EouDetection;

/**
 * Known end-of-utterance detection models.
 *
 * Known values (any other string is accepted too):
 * - `semantic_detection_v1`: Semantic end-of-utterance model for any language.
 * - `semantic_detection_v1_en`: Semantic end-of-utterance model tuned for English.
 * - `semantic_detection_v1_multilingual`: Semantic end-of-utterance model for several languages.
 */
export type EouDetectionModel =
  | "semantic_detection_v1"
  | "semantic_detection_v1_en"
  | "semantic_detection_v1_multilingual"
  | (string & {});

/**
 * Confidence level the end-of-utterance model needs before it ends the user's turn.
 *
 * Known values (any other string is accepted too):
 * - `low`: Low bar: turns end readily, which lowers latency but may cut the user off.
 * - `medium`: Middle bar between responsiveness and patience.
 * - `high`: High bar: the model waits for clearer signs that the user is done.
 * - `default`: Let the service apply its standard level.
 */
export type EouThresholdLevel =
  | "low"
  | "medium"
  | "high"
  | "default"
  | (string & {});

/** Envelope that wraps a single error description. */
export interface ErrorResponse {
  /** The error that occurred. */
  error: VoiceLiveErrorDetails;
}

/**
 * One document that matched a file search.
 * Since api-version 2026-04-10.
 */
export interface FileSearchResult {
  /** Metadata attributes stored with the file. */
  attributes?: Record<string, string>;
  /** Identifier of the matching file. */
  fileId?: string;
  /** Name of the matching file. */
  filename?: string;
  /** Relevance score of the match; higher is more relevant. */
  score?: number;
  /** Text of the matching passage. */
  text?: string;
}

/** A function call inserted by the client, typically to replay conversation history. */
export interface FunctionCallItem {
  /** Marks a function call item. */
  type: "function_call";
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
  /** Name of the called function. */
  name: string;
  /** Identifier that links the call to its output item. */
  callId: string;
  /** Call arguments as a JSON-encoded string. */
  arguments: string;
  /** Whether the call item is complete. */
  status?: ItemParamStatus;
}

/** The client's result for a function call, which the model uses in its next response. */
export interface FunctionCallOutputItem {
  /** Marks a function call output item. */
  type: "function_call_output";
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
  /** The `call_id` of the function call this output answers. */
  callId: string;
  /** Result of the function, usually a JSON-encoded string. */
  output: string;
  /** Whether the output item is complete. */
  status?: ItemParamStatus;
}

/**
 * Function the client implements. It is declared flat, in the OpenAI Realtime style (no nested `function` object);
 * the client answers a call with a `function_call_output` item.
 */
export interface FunctionTool {
  /** Declares a client-side function. */
  type: "function";
  /** Function name the model uses when calling it. */
  name: string;
  /** What the function does and when to call it; the model reads this to decide. */
  description?: string;
  /** JSON Schema object that describes the function's arguments. */
  parameters?: unknown;
}

/** One ICE (STUN or TURN) server entry for WebRTC connection setup. */
export interface IceServer {
  /** URIs of the server, such as `turn:relay.example.net:3478`. */
  urls: string[];
  /** User name for TURN authentication. */
  username?: string;
  /** Password or token for TURN authentication. */
  credential?: string;
}

/** Audio recorded from the user, embedded in a message. */
export interface InputAudioContentPart {
  /** Marks input audio. */
  type: "input_audio";
  /** Base64-encoded audio in the session's input audio format (16-bit PCM, 24 kHz, mono by default). */
  audio: string;
  /** Text of what is said in the audio, if the client already knows it. */
  transcript?: string;
}

/**
 * Encodings accepted for audio that the client streams to the service.
 *
 * Known values (any other string is accepted too):
 * - `pcm16`: 16-bit little-endian PCM, mono; 24 kHz unless `input_audio_sampling_rate` says otherwise.
 * - `g711_ulaw`: G.711 mu-law at 8 kHz.
 * - `g711_alaw`: G.711 A-law at 8 kHz.
 */
export type InputAudioFormat =
  | "pcm16"
  | "g711_ulaw"
  | "g711_alaw"
  | (string & {});

/** Text written by the user or the system. */
export interface InputTextContentPart {
  /** Marks input text. */
  type: "input_text";
  /** Text written by the user or the system. */
  text: string;
}

/** Input tokens split by kind. */
export interface InputTokenDetails {
  /** Input tokens served from the prompt cache. */
  cachedTokens: number;
  /** Input tokens from text. */
  textTokens: number;
  /** Input tokens from audio. */
  audioTokens: number;
  /** Input tokens from images. */
  imageTokens: number;
  /** Cached input tokens split by kind. */
  cachedTokensDetails: CachedTokenDetails;
}

/**
 * Interim (filler) response settings: either fixed phrases or phrases generated by a language model.
 * Since api-version 2026-04-10.
 */
export type InterimResponseConfig =
  | StaticInterimResponseConfig
  | LlmInterimResponseConfig;

/**
 * Common part of the interim response settings, discriminated by `type`. An interim response is a short
 * phrase spoken while the actual answer is still pending.
 * Since api-version 2026-04-10.
 */
export interface InterimResponseConfigBase {
  /** Which way the filler text is produced. */
  type: InterimResponseConfigType;
  /** Conditions that cause a filler phrase to be spoken. Defaults to `["latency"]`. */
  triggers?: InterimResponseTrigger[];
  /**
   * Delay in milliseconds after which the latency trigger fires. Defaults to 2000.
   * At least 0.
   */
  latencyThresholdInMs?: number;
}

/** Any InterimResponseConfigBase: one of the known variants, or a variant this SDK does not know yet (as `InterimResponseConfigBase`). */
export type InterimResponseConfigBaseUnion =
  | StaticInterimResponseConfig
  | LlmInterimResponseConfig
  | InterimResponseConfigBase;

/**
 * Ways of producing interim response text.
 *
 * Known values (any other string is accepted too):
 * - `static_interim_response`: Phrases come from a fixed list.
 * - `llm_interim_response`: Phrases are generated by a language model.
 * Since api-version 2026-04-10.
 */
export type InterimResponseConfigType =
  | "static_interim_response"
  | "llm_interim_response"
  | (string & {});

/**
 * Situations in which an interim response is spoken.
 *
 * Known values (any other string is accepted too):
 * - `latency`: The answer takes longer than the configured latency threshold.
 * - `tool`: The model is waiting for a tool call to finish.
 * Since api-version 2026-04-10.
 */
export type InterimResponseTrigger =
  | "latency"
  | "tool"
  | (string & {});

/**
 * Completion state of an item supplied by the client.
 *
 * Known values (any other string is accepted too):
 * - `completed`: The item is whole.
 * - `incomplete`: The item was cut off before it finished.
 */
export type ItemParamStatus =
  | "completed"
  | "incomplete"
  | (string & {});

/**
 * Kinds of conversation items, shared by request and response items.
 *
 * Known values (any other string is accepted too):
 * - `message`: A message from the system, the user or the assistant.
 * - `function_call`: A call of a client function requested by the model.
 * - `function_call_output`: The result the client returns for a function call.
 * - `mcp_list_tools`: The tool list that an MCP server reported. Since api-version 2026-04-10.
 * - `mcp_call`: A call of a tool on an MCP server. Since api-version 2026-04-10.
 * - `mcp_approval_request`: A request from the service for the client's permission to run an MCP tool call. Since api-version 2026-04-10.
 * - `mcp_approval_response`: The client's decision on an MCP approval request. Since api-version 2026-04-10.
 * - `web_search_call`: A web search performed while producing a response. Since api-version 2026-04-10.
 * - `file_search_call`: A file search performed while producing a response. Since api-version 2026-04-10.
 * - `system_tool`: A call of a tool that the service itself runs, such as `end_conversation` (published for 2026-04-10 only). Only in api-version 2026-04-10.
 */
export type ItemType =
  | "message"
  | "function_call"
  | "function_call_output"
  | "mcp_list_tools"
  | "mcp_call"
  | "mcp_approval_request"
  | "mcp_approval_response"
  | "web_search_call"
  | "file_search_call"
  | "system_tool"
  | (string & {});

/**
 * Interim responses written on the fly by a language model.
 * Since api-version 2026-04-10.
 */
export interface LlmInterimResponseConfig {
  /** Selects model-generated filler phrases. */
  type: "llm_interim_response";
  /** Conditions that cause a filler phrase to be spoken. Defaults to `["latency"]`. */
  triggers?: InterimResponseTrigger[];
  /**
   * Delay in milliseconds after which the latency trigger fires. Defaults to 2000.
   * At least 0.
   */
  latencyThresholdInMs?: number;
  /** Model that writes the filler phrase. Defaults to `gpt-4.1-mini`. */
  model?: string;
  /** Extra guidance for the model that writes the filler phrase. */
  instructions?: string;
  /**
   * Token budget for one filler phrase. Defaults to 50.
   * At least 1.
   */
  maxCompletionTokens?: number;
}

/** Log probability of one token in a transcription. */
export interface LogProbProperties {
  /** Text of the token as the model produced it. */
  token: string;
  /** Natural logarithm of the token's probability. */
  logprob: number;
  /** UTF-8 bytes of the token. */
  bytes: number[];
}

/**
 * The client's approval or refusal of an MCP tool call the service asked about.
 * Since api-version 2026-04-10.
 */
export interface MCPApprovalResponseRequestItem {
  /** Marks an MCP approval response. */
  type: "mcp_approval_response";
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
  /** Id of the `mcp_approval_request` item being answered. */
  approvalRequestId: string;
  /** True lets the tool call run; false blocks it. */
  approve: boolean;
}

/**
 * Approval policies for MCP tool calls.
 *
 * Known values (any other string is accepted too):
 * - `never`: Calls run without asking the client.
 * - `always`: Every call waits for an `mcp_approval_response` item from the client.
 * Since api-version 2026-04-10.
 */
export type MCPApprovalType =
  | "never"
  | "always"
  | (string & {});

/**
 * A Model Context Protocol server whose tools the service lists and calls on the model's behalf.
 * Since api-version 2026-04-10.
 */
export interface MCPServer {
  /** Declares an MCP server. */
  type: "mcp";
  /** Short label that identifies this server in MCP items and events. */
  serverLabel: string;
  /** Address of the MCP server endpoint. */
  serverUrl: string;
  /** Authorization value the service presents to the MCP server. */
  authorization?: string;
  /** Extra HTTP headers sent with every request to the MCP server. */
  headers?: Record<string, string>;
  /** Names of the server's tools the model may use; all tools when omitted. */
  allowedTools?: string[];
  /**
   * Whether a tool call needs the client's approval first: `always`, `never`, or an object that maps a policy
   * (such as `always` or `never`) to the names of the tools it applies to.
   */
  requireApproval?: MCPApprovalType | Record<string, string[]>;
}

/**
 * A tool advertised by an MCP server, as reported in an `mcp_list_tools` item.
 * Since api-version 2026-04-10.
 */
export interface MCPTool {
  /** Tool name on the MCP server. */
  name: string;
  /** The server's description of the tool. */
  description?: string;
  /** JSON Schema of the tool's input arguments. */
  inputSchema: unknown;
  /** Additional hints the server attaches to the tool. */
  annotations?: unknown;
}

/** A piece of a client-supplied message, discriminated by `type`. */
export interface MessageContentPart {
  /** Kind of content piece. */
  type: ContentPartType;
}

/** Any MessageContentPart: one of the known variants, or a variant this SDK does not know yet (as `MessageContentPart`). */
export type MessageContentPartUnion =
  | InputTextContentPart
  | InputAudioContentPart
  | OutputTextContentPart
  | MessageContentPart;

/** A message item supplied by the client; discriminated further by `role`. */
export interface MessageItem {
  /** Marks a message item. */
  type: "message";
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
  /** Who authored the message. */
  role: MessageRole;
  /** Ordered pieces of text or audio that make up the message. */
  content: MessageContentPartUnion[];
  /** Whether the message is complete or was cut short. */
  status?: ItemParamStatus;
}

/** Any MessageItem: one of the known variants, or a variant this SDK does not know yet (as `MessageItem`). */
export type MessageItemUnion =
  | SystemMessageItem
  | UserMessageItem
  | AssistantMessageItem
  | MessageItem;

/**
 * Authors of conversation messages.
 *
 * Known values (any other string is accepted too):
 * - `system`: Instructions or context from the application.
 * - `user`: The human talking to the assistant.
 * - `assistant`: The voice assistant.
 */
export type MessageRole =
  | "system"
  | "user"
  | "assistant"
  | (string & {});

/**
 * Kinds of output a session or response can produce.
 *
 * Known values (any other string is accepted too):
 * - `text`: Written text.
 * - `audio`: Synthesized speech.
 * - `animation`: Facial animation data (blendshapes or viseme ids).
 * - `avatar`: Streamed avatar video.
 */
export type Modality =
  | "text"
  | "audio"
  | "animation"
  | "avatar"
  | (string & {});

/**
 * Names of the preset OpenAI voices.
 *
 * Known values (any other string is accepted too):
 * - `alloy`: OpenAI preset voice Alloy.
 * - `ash`: OpenAI preset voice Ash.
 * - `ballad`: OpenAI preset voice Ballad.
 * - `coral`: OpenAI preset voice Coral.
 * - `echo`: OpenAI preset voice Echo.
 * - `sage`: OpenAI preset voice Sage.
 * - `shimmer`: OpenAI preset voice Shimmer.
 * - `verse`: OpenAI preset voice Verse.
 * - `marin`: OpenAI preset voice Marin. Since api-version 2026-04-10.
 * - `cedar`: OpenAI preset voice Cedar. Since api-version 2026-04-10.
 */
export type OAIVoice =
  | "alloy"
  | "ash"
  | "ballad"
  | "coral"
  | "echo"
  | "sage"
  | "shimmer"
  | "verse"
  | "marin"
  | "cedar"
  | (string & {});

/** OpenAI preset voice written as an object instead of a bare name. */
export interface OpenAIVoice {
  /** Marks an OpenAI voice; always `openai`. */
  type: "openai";
  /** Which OpenAI preset voice to speak with. */
  name: OAIVoice;
}

/**
 * Encodings the service can use for the audio it sends back.
 *
 * Known values (any other string is accepted too):
 * - `pcm16`: 16-bit little-endian PCM, mono, at 24 kHz.
 * - `pcm16_8000hz`: 16-bit PCM, mono, resampled to 8 kHz. Since api-version 2026-04-10.
 * - `pcm16_16000hz`: 16-bit PCM, mono, resampled to 16 kHz. Since api-version 2026-04-10.
 * - `g711_ulaw`: G.711 mu-law at 8 kHz.
 * - `g711_alaw`: G.711 A-law at 8 kHz.
 */
export type OutputAudioFormat =
  | "pcm16"
  | "pcm16_8000hz"
  | "pcm16_16000hz"
  | "g711_ulaw"
  | "g711_alaw"
  | (string & {});

/**
 * Output kinds a `v1` session or response answers with. Audio always comes with its transcript.
 *
 * Known values (any other string is accepted too):
 * - `text`: Written text only.
 * - `audio`: Synthesized speech, with its transcript.
 * Since api-version v1.
 */
export type OutputModality =
  | "text"
  | "audio"
  | (string & {});

/** Text attributed to the assistant in a client-supplied message. */
export interface OutputTextContentPart {
  /** Marks assistant text. */
  type: "text";
  /** Text the assistant is recorded as having said. */
  text: string;
}

/** Output tokens split by kind. */
export interface OutputTokenDetails {
  /** Output tokens of text. */
  textTokens: number;
  /** Output tokens of audio. */
  audioTokens: number;
  /**
   * Tokens the model spent on internal reasoning.
   *
   * Since api-version 2026-04-10.
   */
  reasoningTokens?: number;
}

/**
 * Base models that can render personal and avatar-synchronized voices.
 *
 * Known values (any other string is accepted too):
 * - `DragonLatestNeural`: The latest Dragon personal voice model.
 * - `PhoenixLatestNeural`: The latest Phoenix personal voice model.
 * - `PhoenixV2Neural`: Version 2 of the Phoenix personal voice model.
 * - `DragonHDOmniLatestNeural`: The latest Dragon HD Omni model. Since api-version 2026-04-10.
 * - `MAI-Voice-1`: Microsoft AI's MAI-Voice-1 model. Since api-version 2026-04-10.
 */
export type PersonalVoiceModels =
  | "DragonLatestNeural"
  | "PhoenixLatestNeural"
  | "PhoenixV2Neural"
  | "DragonHDOmniLatestNeural"
  | "MAI-Voice-1"
  | (string & {});

/**
 * Models that can animate a photo avatar.
 *
 * Known values (any other string is accepted too):
 * - `vasa-1`: Microsoft's VASA-1 face animation model.
 * Since api-version 2026-04-10.
 */
export type PhotoAvatarBaseModes =
  | "vasa-1"
  | (string & {});

/**
 * One rate limit and how much of it is left.
 * Since api-version v1.
 */
export interface RateLimit {
  /** The limited quantity, such as `requests` or `tokens`. */
  name?: RateLimitName;
  /** The maximum allowed in the window. */
  limit?: number;
  /** How much is left in the current window. */
  remaining?: number;
  /** Seconds until the window resets. */
  resetSeconds?: number;
}

/**
 * Quantities that rate limits apply to.
 *
 * Known values (any other string is accepted too):
 * - `requests`: Requests.
 * - `tokens`: Tokens.
 * Since api-version v1.
 */
export type RateLimitName =
  | "requests"
  | "tokens"
  | (string & {});

/**
 * Reasoning settings of a reasoning-capable model.
 * Since api-version v1.
 */
export interface ReasoningConfig {
  /** How much reasoning the model spends before answering. */
  effort?: ReasoningEffort;
}

/**
 * How much internal reasoning a reasoning-capable model spends before it answers.
 *
 * Known values (any other string is accepted too):
 * - `none`: Skip reasoning entirely.
 * - `minimal`: The smallest amount of reasoning.
 * - `low`: Light reasoning, favouring speed.
 * - `medium`: A balance between speed and depth.
 * - `high`: Thorough reasoning, favouring quality over latency.
 * - `xhigh`: The deepest reasoning level offered.
 * Since api-version 2026-04-10.
 */
export type ReasoningEffort =
  | "none"
  | "minimal"
  | "low"
  | "medium"
  | "high"
  | "xhigh"
  | (string & {});

/** Audio that came from the client. */
export interface RequestAudioContentPart {
  /** Marks input audio. */
  type: "input_audio";
  /** Base64-encoded audio, 16-bit PCM at 24 kHz mono unless the session says otherwise. */
  audio: string;
  /** Transcription of the audio, when available. */
  transcript?: string;
}

/**
 * An image that came from the client.
 * Since api-version 2026-04-10.
 */
export interface RequestImageContentPart {
  /** Marks an input image. */
  type: "input_image";
  /** The image, as an address or a `data:` URL with base64 content. */
  imageUrl?: string;
  /** How much detail the model should look at in the image. */
  detail?: RequestImageContentPartDetail;
}

/**
 * Levels of image detail the model considers.
 *
 * Known values (any other string is accepted too):
 * - `auto`: Let the service choose the level.
 * - `low`: Low resolution, which is faster and uses fewer tokens.
 * - `high`: High resolution, which shows more detail at a higher token cost.
 * Since api-version 2026-04-10.
 */
export type RequestImageContentPartDetail =
  | "auto"
  | "low"
  | "high"
  | (string & {});

/**
 * Session settings a client sends in `session.update`. Every field is optional: only the fields
 * present in the frame are changed, the others keep their current value.
 */
export interface RequestSession {
  /**
   * Deployment or model name that drives the conversation. It is fixed by the `model` query
   * parameter at connect time, so `session.update` cannot switch to another model.
   */
  model?: string;
  /**
   * Output kinds the service should produce, for example text only or text plus audio.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  modalities?: Modality[];
  /** Requests facial animation data (blendshapes and/or viseme ids) alongside the spoken audio. */
  animation?: Animation;
  /**
   * Voice used for synthesized speech: an OpenAI voice name, an OpenAI voice object or an Azure voice.
   * The service documentation excludes the voice from later updates, so pick it in the first `session.update`.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  voice?: Voice;
  /** System instructions that steer the assistant for the whole session; an empty string clears them. */
  instructions?: string;
  /**
   * Sample rate in Hz of the audio the client sends. 8000 and 16000 are allowed for `pcm16`; the G.711
   * formats are always 8000 Hz. Defaults to 24000.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioSamplingRate?: 8000 | 16000 | 24000;
  /**
   * Encoding of the audio the client sends. Defaults to `pcm16`.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioFormat?: InputAudioFormat;
  /**
   * Encoding of the audio the service returns. Defaults to `pcm16`.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  outputAudioFormat?: OutputAudioFormat;
  /**
   * How the service decides that the user has finished speaking. Send `null` to switch automatic
   * turn detection off and drive turns manually with `input_audio_buffer.commit` and `response.create`.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  turnDetection?: TurnDetectionUnion | null;
  /**
   * Noise suppression applied to the incoming audio before it is analysed; `null` turns it off.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioNoiseReduction?: AudioNoiseReduction | null;
  /**
   * Removes the assistant's own playback from the microphone signal; `null` turns it off.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioEchoCancellation?: AudioEchoCancellation | null;
  /** Settings for a streamed talking avatar that lip-syncs the assistant's speech. */
  avatar?: AvatarConfig;
  /**
   * Enables transcription of the user's audio and selects the speech-to-text model; `null` turns it off.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioTranscription?: AudioInputTranscriptionOptions | null;
  /**
   * Kinds of timing information to emit for synthesized audio (currently per word).
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  outputAudioTimestampTypes?: AudioTimestampType[];
  /** Function and MCP tools the model may call during the session. */
  tools?: ToolUnion[];
  /** Whether and which tool the model should call: `auto`, `none`, `required` or one named function. */
  toolChoice?: ToolChoice;
  /**
   * Whether the model may call several tools in one response; the service's default is `true`.
   *
   * Since api-version 2026-07-15.
   */
  parallelToolCalls?: boolean;
  /** Sampling temperature of the model; higher values give more varied answers. The session documentation gives 0.7 as the default. */
  temperature?: number;
  /**
   * Upper bound on output tokens per assistant response, or `"inf"` for no limit, which is the default.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  maxResponseOutputTokens?: number | "inf";
  /**
   * How much reasoning a reasoning-capable model should spend before answering.
   *
   * Only in api-version 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  reasoningEffort?: ReasoningEffort;
  /**
   * Configures short filler replies played while the real answer is delayed by latency or a tool call.
   *
   * Since api-version 2026-04-10.
   */
  interimResponse?: InterimResponseConfig;
  /**
   * Optional extra data the service should add to server events, such as transcription log probabilities.
   *
   * Since api-version 2026-04-10.
   */
  include?: SessionIncludeOption[];
  /**
   * Caller-defined key/value labels attached to the session: at most 16 pairs, keys up to 64 and values up to 512 characters.
   * At most 16 entries. Keys of at most 64 characters.
   * Since api-version 2026-04-10.
   */
  metadata?: Record<string, string>;
  /**
   * Marks the settings as those of a realtime conversation session; always `realtime`.
   *
   * Since api-version v1.
   */
  type?: "realtime";
  /**
   * Output kinds the model answers with: audio (which always comes with its transcript) or text, not both.
   *
   * Since api-version v1.
   */
  outputModalities?: OutputModality[];
  /**
   * Input and output audio settings, grouped by direction.
   *
   * Since api-version v1.
   */
  audio?: SessionAudio;
  /**
   * Upper bound on output tokens per assistant response, 1 to 4096, or `"inf"` for no limit, which is the default.
   *
   * Since api-version v1.
   */
  maxOutputTokens?: number | "inf";
  /**
   * Reasoning settings of a reasoning-capable model.
   *
   * Since api-version v1.
   */
  reasoning?: ReasoningConfig;
}

/** Text that came from the client. */
export interface RequestTextContentPart {
  /** Marks input text. */
  type: "input_text";
  /** Text that the client supplied. */
  text?: string;
}

/**
 * The audio settings of one response.
 * Since api-version v1.
 */
export interface ResponseAudio {
  /** Settings of the response's spoken output. */
  output?: ResponseAudioOutput;
}

/** Audio generated by the assistant; the audio bytes travel in `response.audio.delta` events, not here. */
export interface ResponseAudioContentPart {
  /** Marks generated audio. */
  type: "audio";
  /** Text of what the assistant says in this audio. */
  transcript?: string;
}

/**
 * Settings of a response's spoken output.
 * Since api-version v1.
 */
export interface ResponseAudioOutput {
  /** Encoding of the response's audio. */
  format?: OutputAudioFormat;
  /** Voice the response is spoken with. */
  voice?: Voice;
}

/** Details of a cancelled response. */
export interface ResponseCancelledDetails {
  /** Marks a cancellation. */
  type: "cancelled";
  /** What cancelled the response. */
  reason: ResponseCancelledReason;
}

/**
 * Known causes of a cancellation.
 *
 * Known values (any other string is accepted too):
 * - `turn_detected`: Turn detection noticed the user speaking and interrupted the response.
 * - `client_cancelled`: The client sent `response.cancel`.
 */
export type ResponseCancelledReason =
  | "turn_detected"
  | "client_cancelled"
  | (string & {});

/**
 * Settings for one response requested with `response.create`. Fields given here apply to this response only and
 * override the session settings.
 */
export interface ResponseCreateParams {
  /** Whether pending input audio is committed to the conversation before generating. Defaults to true. */
  commit?: boolean;
  /** Whether a response that is still running is cancelled first. Defaults to true. */
  cancelPrevious?: boolean;
  /** Items appended to the conversation just before this response is generated. */
  appendInputItems?: ConversationRequestItemUnion[];
  /** Items that replace the conversation context for this response only; an empty array means no context. */
  inputItems?: ConversationRequestItemUnion[];
  /**
   * Output kinds for this response.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  modalities?: Modality[];
  /** Instructions that replace the session instructions for this response. */
  instructions?: string;
  /**
   * Voice for this response.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  voice?: Voice;
  /**
   * Audio encoding for this response.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  outputAudioFormat?: OutputAudioFormat;
  /** Tools available for this response. */
  tools?: ToolUnion[];
  /** Tool selection policy for this response, as a keyword such as `auto`, `none` or `required`. */
  toolChoice?: string;
  /** Sampling temperature for this response. The response documentation gives 0.8 as the default. */
  temperature?: number;
  /** Output token cap for this response, 1 to 4096, or `"inf"` for no cap. Defaults to `"inf"`. */
  maxOutputTokens?: number | "inf";
  /** An assistant message the service should speak as this response instead of generating one. */
  preGeneratedAssistantMessage?: AssistantMessageItem;
  /**
   * Reasoning effort for this response.
   *
   * Only in api-version 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  reasoningEffort?: ReasoningEffort;
  /**
   * Key/value labels attached to the response: at most 16 pairs, keys up to 64 and values up to 512 characters.
   * At most 16 entries. Keys of at most 64 characters.
   */
  metadata?: Record<string, string>;
  /**
   * Interim (filler) response settings for this response.
   *
   * Since api-version 2026-04-10.
   */
  interimResponse?: InterimResponseConfig;
  /**
   * Arbitrary JSON object of invocation inputs passed to the service with this response request.
   *
   * Since api-version 2026-07-15.
   */
  invokeInput?: Record<string, unknown>;
  /**
   * Output kinds for this response: audio (with its transcript) or text.
   *
   * Since api-version v1.
   */
  outputModalities?: OutputModality[];
  /**
   * Audio settings for this response.
   *
   * Since api-version v1.
   */
  audio?: ResponseAudio;
  /**
   * Reasoning settings for this response.
   *
   * Since api-version v1.
   */
  reasoning?: ReasoningConfig;
  /**
   * Whether the model may call several tools in this response.
   *
   * Since api-version v1.
   */
  parallelToolCalls?: boolean;
}

/** Details of a failed response. */
export interface ResponseFailedDetails {
  /** Marks a failure. */
  type: "failed";
  /** Error information describing the failure. */
  error: unknown;
}

/**
 * A file search the service ran while producing a response.
 * Since api-version 2026-04-10.
 */
export interface ResponseFileSearchCallItem {
  /** Marks a file search call item. */
  type: "file_search_call";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Search queries that were issued. */
  queries?: string[];
  /** Progress of the search, such as `in_progress`, `searching` or `completed`. */
  status: string;
  /** Matching documents; sent only when the session includes `file_search_call.results`. */
  results?: FileSearchResult[];
}

/** A call of a client function that the model requested. */
export interface ResponseFunctionCallItem {
  /** Marks a function call item. */
  type: "function_call";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Name of the function to call. */
  name: string;
  /** Identifier the client quotes in its `function_call_output` item. */
  callId: string;
  /** Call arguments as a JSON-encoded string. */
  arguments: string;
  /** Progress of the call item; the arguments are final once it is `completed`. */
  status: ResponseItemStatus;
}

/** A function result that is part of the conversation. */
export interface ResponseFunctionCallOutputItem {
  /** Marks a function call output item. */
  type: "function_call_output";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** The `call_id` of the function call this output answers. */
  callId: string;
  /** Result of the function, usually a JSON-encoded string. */
  output: string;
}

/** Details of a response that stopped before it was finished. */
export interface ResponseIncompleteDetails {
  /** Marks an incomplete response. */
  type: "incomplete";
  /** What stopped the response early. */
  reason: ResponseIncompleteReason;
}

/**
 * Known causes of an incomplete response.
 *
 * Known values (any other string is accepted too):
 * - `max_output_tokens`: The output token limit was reached.
 * - `content_filter`: A content filter blocked further output.
 */
export type ResponseIncompleteReason =
  | "max_output_tokens"
  | "content_filter"
  | (string & {});

/** A conversation item as the service reports it, discriminated by `type`. */
export interface ResponseItem {
  /** Kind of item. */
  type: ItemType;
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
}

/** Any ResponseItem: one of the known variants, or a variant this SDK does not know yet (as `ResponseItem`). */
export type ResponseItemUnion =
  | ResponseMessageItem
  | ResponseFunctionCallItem
  | ResponseSystemToolItem
  | ResponseFunctionCallOutputItem
  | ResponseMCPListToolItem
  | ResponseMCPCallItem
  | ResponseMCPApprovalRequestItem
  | ResponseMCPApprovalResponseItem
  | ResponseWebSearchCallItem
  | ResponseFileSearchCallItem
  | ResponseItem;

/**
 * Progress of an item reported by the service.
 *
 * Known values (any other string is accepted too):
 * - `in_progress`: Still being generated.
 * - `completed`: Finished normally.
 * - `incomplete`: Stopped before it was finished, for example by an interruption or a token limit.
 */
export type ResponseItemStatus =
  | "in_progress"
  | "completed"
  | "incomplete"
  | (string & {});

/**
 * The service asks the client whether it may run an MCP tool call; answer with an `mcp_approval_response` item.
 * Since api-version 2026-04-10.
 */
export interface ResponseMCPApprovalRequestItem {
  /** Marks an MCP approval request. */
  type: "mcp_approval_request";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Arguments of the pending call as a JSON-encoded string. */
  arguments?: string;
  /** Name of the tool that would be called. */
  name: string;
  /** Label of the MCP server that would run the tool. */
  serverLabel: string;
}

/**
 * The client's approval decision as recorded in the conversation.
 * Since api-version 2026-04-10.
 */
export interface ResponseMCPApprovalResponseItem {
  /** Marks an MCP approval response. */
  type: "mcp_approval_response";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Id of the approval request this decision answers. */
  approvalRequestId: string;
  /** Whether the call was allowed. */
  approve: boolean;
  /** Explanation given for the decision. */
  reason?: string;
}

/**
 * A tool call the service made on an MCP server.
 * Since api-version 2026-04-10.
 */
export interface ResponseMCPCallItem {
  /** Marks an MCP call item. */
  type: "mcp_call";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Id of the approval request that allowed this call, if one was needed. */
  approvalRequestId?: string;
  /** Call arguments as a JSON-encoded string. */
  arguments: string;
  /** Label of the MCP server that ran the tool. */
  serverLabel: string;
  /** Name of the tool that was called. */
  name: string;
  /** What the tool returned. */
  output?: string;
  /** Error details if the call failed. */
  error?: unknown;
}

/**
 * The tools an MCP server offered when the service asked it for its list.
 * Since api-version 2026-04-10.
 */
export interface ResponseMCPListToolItem {
  /** Marks an MCP tool list item. */
  type: "mcp_list_tools";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Tools the server advertised. */
  tools: MCPTool[];
  /** Label of the MCP server that was queried. */
  serverLabel: string;
}

/** A message in the conversation, from any role. */
export interface ResponseMessageItem {
  /** Marks a message item. */
  type: "message";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Who authored the message. */
  role: MessageRole;
  /** Ordered pieces of text, audio or image content. */
  content: ContentPartUnion[];
  /** Progress of the message. */
  status: ResponseItemStatus;
}

/**
 * Effective session configuration reported by the service in `session.created` and `session.updated`.
 * It mirrors `RequestSession` and adds identifiers assigned by the service.
 */
export interface ResponseSession {
  /** Model or deployment that serves this session. */
  model?: string;
  /**
   * Output kinds the session currently produces.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  modalities?: Modality[];
  /** Active facial animation settings, if animation output is enabled. */
  animation?: Animation;
  /**
   * Voice currently used for synthesized speech.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  voice?: Voice;
  /** System instructions currently in force. */
  instructions?: string;
  /**
   * Sample rate in Hz that the service expects for incoming audio. Defaults to 24000.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioSamplingRate?: 8000 | 16000 | 24000;
  /**
   * Encoding the service expects for incoming audio. Defaults to `pcm16`.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioFormat?: InputAudioFormat;
  /**
   * Encoding of the audio the service sends. Defaults to `pcm16`.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  outputAudioFormat?: OutputAudioFormat;
  /**
   * Active turn detection settings; `null` when turns are driven manually by the client.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  turnDetection?: TurnDetectionUnion | null;
  /**
   * Active noise suppression settings; `null` when noise suppression is off.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioNoiseReduction?: AudioNoiseReduction | null;
  /**
   * Active echo cancellation settings; `null` when echo cancellation is off.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioEchoCancellation?: AudioEchoCancellation | null;
  /** Active avatar settings, if an avatar is attached to the session. */
  avatar?: AvatarConfig;
  /**
   * Active transcription settings for user audio; `null` when transcription is off.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  inputAudioTranscription?: AudioInputTranscriptionOptions | null;
  /**
   * Kinds of audio timing information the service emits.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  outputAudioTimestampTypes?: AudioTimestampType[];
  /** Tools currently available to the model. */
  tools?: ToolUnion[];
  /** Current tool selection policy. */
  toolChoice?: ToolChoice;
  /**
   * Whether the model may call several tools in one response.
   *
   * Since api-version 2026-07-15.
   */
  parallelToolCalls?: boolean;
  /** Sampling temperature currently applied to the model. */
  temperature?: number;
  /**
   * Current cap on output tokens per response, or `"inf"` when unlimited.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  maxResponseOutputTokens?: number | "inf";
  /**
   * Reasoning effort currently requested from the model.
   *
   * Only in api-version 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  reasoningEffort?: ReasoningEffort;
  /**
   * Active interim (filler) response settings.
   *
   * Since api-version 2026-04-10.
   */
  interimResponse?: InterimResponseConfig;
  /**
   * Optional extra data currently added to server events.
   *
   * Since api-version 2026-04-10.
   */
  include?: SessionIncludeOption[];
  /**
   * Key/value labels attached to the session: at most 16 pairs, keys up to 64 and values up to 512 characters.
   * At most 16 entries. Keys of at most 64 characters.
   * Since api-version 2026-04-10.
   */
  metadata?: Record<string, string>;
  /** Foundry agent bound to this session when it was opened in agent mode. */
  agent?: AgentConfig;
  /** Identifier the service assigned to this session. */
  id?: string;
  /**
   * Moment the session will be closed by the service, sent as unix time in seconds (sessions last at most 60 minutes).
   *
   * Since api-version 2026-07-15.
   */
  expiresAt?: Date;
  /**
   * Marks the settings as those of a realtime conversation session; always `realtime`.
   *
   * Since api-version v1.
   */
  type?: "realtime";
  /**
   * Output kinds the session currently answers with.
   *
   * Since api-version v1.
   */
  outputModalities?: OutputModality[];
  /**
   * Active input and output audio settings, grouped by direction.
   *
   * Since api-version v1.
   */
  audio?: SessionAudio;
  /**
   * Current cap on output tokens per response, or `"inf"` when unlimited.
   *
   * Since api-version v1.
   */
  maxOutputTokens?: number | "inf";
  /**
   * Active reasoning settings.
   *
   * Since api-version v1.
   */
  reasoning?: ReasoningConfig;
}

/**
 * Life-cycle states of a response.
 *
 * Known values (any other string is accepted too):
 * - `completed`: Finished normally.
 * - `cancelled`: Stopped by the client or by the user starting to speak.
 * - `failed`: Ended because of an error.
 * - `incomplete`: Ended early, for example at the token limit or by a content filter.
 * - `in_progress`: Still being generated.
 */
export type ResponseStatus =
  | "completed"
  | "cancelled"
  | "failed"
  | "incomplete"
  | "in_progress"
  | (string & {});

/** Explains why a response did not complete normally, discriminated by `type`. */
export interface ResponseStatusDetails {
  /** Final status the details belong to. */
  type: ResponseStatus;
}

/** Any ResponseStatusDetails: one of the known variants, or a variant this SDK does not know yet (as `ResponseStatusDetails`). */
export type ResponseStatusDetailsUnion =
  | ResponseCancelledDetails
  | ResponseIncompleteDetails
  | ResponseFailedDetails
  | ResponseStatusDetails;

/**
 * A call of a tool that the service runs itself (`end_conversation`), as the model made it.
 * Only in api-version 2026-04-10.
 */
export interface ResponseSystemToolItem {
  /** Marks a system tool call item. */
  type: "system_tool";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Progress of the call; the arguments are final once it is `completed`. */
  status: ResponseItemStatus;
  /** Name of the system tool, such as `end_conversation`. */
  name: string;
  /** Identifier of the call, which its argument events and the end-conversation events quote. */
  callId: string;
  /** Call arguments as a JSON-encoded string; empty while they are still being generated. */
  arguments: string;
}

/** Text generated by the assistant. */
export interface ResponseTextContentPart {
  /** Marks generated text. */
  type: "text";
  /** Text the assistant generated for this part. */
  text?: string;
}

/**
 * A web search the service ran while producing a response.
 * Since api-version 2026-04-10.
 */
export interface ResponseWebSearchCallItem {
  /** Marks a web search call item. */
  type: "web_search_call";
  /** Identifier of the item in the conversation. */
  id?: string;
  /** Object kind marker; always `realtime.item`. */
  object?: "realtime.item";
  /** Progress of the search, such as `in_progress`, `searching` or `completed`. */
  status: string;
}

/**
 * Camera framing and head movement of a photo avatar.
 * Since api-version 2026-04-10.
 */
export interface Scene {
  /**
   * Zoom factor applied to the picture; must be greater than 0.
   * Must be more than 0.
   */
  zoom?: number;
  /**
   * Horizontal offset of the avatar, from -1 (left edge) to 1 (right edge).
   * Range: -1 to 1.
   */
  positionX?: number;
  /**
   * Vertical offset of the avatar, from -1 to 1.
   * Range: -1 to 1.
   */
  positionY?: number;
  /**
   * Rotation about the x axis in radians, between -π and π.
   * Range: -3.141592653589793 to 3.141592653589793.
   */
  rotationX?: number;
  /**
   * Rotation about the y axis in radians, between -π and π.
   * Range: -3.141592653589793 to 3.141592653589793.
   */
  rotationY?: number;
  /**
   * Rotation about the z axis in radians, between -π and π.
   * Range: -3.141592653589793 to 3.141592653589793.
   */
  rotationZ?: number;
  /**
   * Strength of the avatar's motion, greater than 0 and at most 1.
   * Range: more than 0 to 1.
   */
  amplitude?: number;
}

/**
 * Any JSON frame the service sends over the WebSocket; `type` tells which event it is.
 *
 * Narrow on `type`: every known event has its own literal `type`.
 */
export type ServerEvent =
  | ServerEventError
  | ServerEventWarning
  | ServerEventSessionCreated
  | ServerEventSessionUpdated
  | ServerEventSessionAvatarConnecting
  | ServerEventInputAudioBufferCommitted
  | ServerEventInputAudioBufferCleared
  | ServerEventInputAudioBufferSpeechStarted
  | ServerEventInputAudioBufferSpeechStopped
  | ServerEventConversationItemCreated
  | ServerEventConversationItemInputAudioTranscriptionCompleted
  | ServerEventConversationItemInputAudioTranscriptionFailed
  | ServerEventConversationItemTruncated
  | ServerEventConversationItemDeleted
  | ServerEventResponseCreated
  | ServerEventResponseDone
  | ServerEventResponseOutputItemAdded
  | ServerEventResponseOutputItemDone
  | ServerEventResponseContentPartAdded
  | ServerEventResponseContentPartDone
  | ServerEventResponseTextDelta
  | ServerEventResponseTextDone
  | ServerEventResponseAudioTranscriptDelta
  | ServerEventResponseAudioTranscriptDone
  | ServerEventResponseAudioDelta
  | ServerEventResponseAudioDone
  | ServerEventResponseAnimationBlendshapeDelta
  | ServerEventResponseAnimationBlendshapeDone
  | ServerEventResponseAudioTimestampDelta
  | ServerEventResponseAudioTimestampDone
  | ServerEventResponseAnimationVisemeDelta
  | ServerEventResponseAnimationVisemeDone
  | ServerEventConversationItemInputAudioTranscriptionDelta
  | ServerEventConversationItemRetrieved
  | ServerEventResponseFunctionCallArgumentsDelta
  | ServerEventResponseFunctionCallArgumentsDone
  | ServerEventResponseSystemToolArgumentsDelta
  | ServerEventResponseSystemToolArgumentsDone
  | ServerEventSessionEndConversationCancelled
  | ServerEventSessionEndConversationCompleted
  | ServerEventMcpListToolsInProgress
  | ServerEventMcpListToolsCompleted
  | ServerEventMcpListToolsFailed
  | ServerEventResponseMcpCallArgumentsDelta
  | ServerEventResponseMcpCallArgumentsDone
  | ServerEventResponseMcpCallInProgress
  | ServerEventResponseMcpCallCompleted
  | ServerEventResponseMcpCallFailed
  | ServerEventSessionAvatarSwitchToSpeaking
  | ServerEventSessionAvatarSwitchToIdle
  | ServerEventResponseVideoDelta
  | ServerEventResponseWebSearchCallSearching
  | ServerEventResponseWebSearchCallInProgress
  | ServerEventResponseWebSearchCallCompleted
  | ServerEventResponseFileSearchCallSearching
  | ServerEventResponseFileSearchCallInProgress
  | ServerEventResponseFileSearchCallCompleted
  | ServerEventOutputAudioBufferCleared
  | ServerEventResponseAudioTranscriptAnnotationAdded
  | ServerEventResponseInvocationDelta
  | ServerEventRealtimeCallIncoming
  | ServerEventRealtimeCallConnected
  | ServerEventRealtimeCallDisconnected
  | ServerEventRealtimeCallFailed
  | ServerEventRealtimeCallTransferSucceeded
  | ServerEventRealtimeCallTransferFailed
  | ServerEventResponseOutputTextDelta
  | ServerEventResponseOutputTextDone
  | ServerEventResponseOutputAudioTranscriptDelta
  | ServerEventResponseOutputAudioTranscriptDone
  | ServerEventResponseOutputAudioDelta
  | ServerEventResponseOutputAudioDone
  | ServerEventConversationCreated
  | ServerEventConversationItemAdded
  | ServerEventConversationItemDone
  | ServerEventConversationItemInputAudioTranscriptionSegment
  | ServerEventInputAudioBufferTimeoutTriggered
  | ServerEventInputAudioBufferDtmfEventReceived
  | ServerEventOutputAudioBufferStarted
  | ServerEventOutputAudioBufferStopped
  | ServerEventRateLimitsUpdated;

/** A server event whose `type` this SDK does not know, kept exactly as it is on the wire. */
export interface UnknownServerEvent {
  type: string;
  event_id?: string;
  [wireField: string]: unknown;
}

/** Each known server event type, mapped to its model. */
export interface ServerEventMap {
  "error": ServerEventError;
  "warning": ServerEventWarning;
  "session.created": ServerEventSessionCreated;
  "session.updated": ServerEventSessionUpdated;
  "session.avatar.connecting": ServerEventSessionAvatarConnecting;
  "input_audio_buffer.committed": ServerEventInputAudioBufferCommitted;
  "input_audio_buffer.cleared": ServerEventInputAudioBufferCleared;
  "input_audio_buffer.speech_started": ServerEventInputAudioBufferSpeechStarted;
  "input_audio_buffer.speech_stopped": ServerEventInputAudioBufferSpeechStopped;
  "conversation.item.created": ServerEventConversationItemCreated;
  "conversation.item.input_audio_transcription.completed": ServerEventConversationItemInputAudioTranscriptionCompleted;
  "conversation.item.input_audio_transcription.failed": ServerEventConversationItemInputAudioTranscriptionFailed;
  "conversation.item.truncated": ServerEventConversationItemTruncated;
  "conversation.item.deleted": ServerEventConversationItemDeleted;
  "response.created": ServerEventResponseCreated;
  "response.done": ServerEventResponseDone;
  "response.output_item.added": ServerEventResponseOutputItemAdded;
  "response.output_item.done": ServerEventResponseOutputItemDone;
  "response.content_part.added": ServerEventResponseContentPartAdded;
  "response.content_part.done": ServerEventResponseContentPartDone;
  "response.text.delta": ServerEventResponseTextDelta;
  "response.text.done": ServerEventResponseTextDone;
  "response.audio_transcript.delta": ServerEventResponseAudioTranscriptDelta;
  "response.audio_transcript.done": ServerEventResponseAudioTranscriptDone;
  "response.audio.delta": ServerEventResponseAudioDelta;
  "response.audio.done": ServerEventResponseAudioDone;
  "response.animation_blendshapes.delta": ServerEventResponseAnimationBlendshapeDelta;
  "response.animation_blendshapes.done": ServerEventResponseAnimationBlendshapeDone;
  "response.audio_timestamp.delta": ServerEventResponseAudioTimestampDelta;
  "response.audio_timestamp.done": ServerEventResponseAudioTimestampDone;
  "response.animation_viseme.delta": ServerEventResponseAnimationVisemeDelta;
  "response.animation_viseme.done": ServerEventResponseAnimationVisemeDone;
  "conversation.item.input_audio_transcription.delta": ServerEventConversationItemInputAudioTranscriptionDelta;
  "conversation.item.retrieved": ServerEventConversationItemRetrieved;
  "response.function_call_arguments.delta": ServerEventResponseFunctionCallArgumentsDelta;
  "response.function_call_arguments.done": ServerEventResponseFunctionCallArgumentsDone;
  "response.system_tool_arguments.delta": ServerEventResponseSystemToolArgumentsDelta;
  "response.system_tool_arguments.done": ServerEventResponseSystemToolArgumentsDone;
  "session.end_conversation.cancelled": ServerEventSessionEndConversationCancelled;
  "session.end_conversation.completed": ServerEventSessionEndConversationCompleted;
  "mcp_list_tools.in_progress": ServerEventMcpListToolsInProgress;
  "mcp_list_tools.completed": ServerEventMcpListToolsCompleted;
  "mcp_list_tools.failed": ServerEventMcpListToolsFailed;
  "response.mcp_call_arguments.delta": ServerEventResponseMcpCallArgumentsDelta;
  "response.mcp_call_arguments.done": ServerEventResponseMcpCallArgumentsDone;
  "response.mcp_call.in_progress": ServerEventResponseMcpCallInProgress;
  "response.mcp_call.completed": ServerEventResponseMcpCallCompleted;
  "response.mcp_call.failed": ServerEventResponseMcpCallFailed;
  "session.avatar.switch_to_speaking": ServerEventSessionAvatarSwitchToSpeaking;
  "session.avatar.switch_to_idle": ServerEventSessionAvatarSwitchToIdle;
  "response.video.delta": ServerEventResponseVideoDelta;
  "response.web_search_call.searching": ServerEventResponseWebSearchCallSearching;
  "response.web_search_call.in_progress": ServerEventResponseWebSearchCallInProgress;
  "response.web_search_call.completed": ServerEventResponseWebSearchCallCompleted;
  "response.file_search_call.searching": ServerEventResponseFileSearchCallSearching;
  "response.file_search_call.in_progress": ServerEventResponseFileSearchCallInProgress;
  "response.file_search_call.completed": ServerEventResponseFileSearchCallCompleted;
  "output_audio_buffer.cleared": ServerEventOutputAudioBufferCleared;
  "response.audio_transcript.annotation.added": ServerEventResponseAudioTranscriptAnnotationAdded;
  "response.invocation.delta": ServerEventResponseInvocationDelta;
  "realtime.call.incoming": ServerEventRealtimeCallIncoming;
  "realtime.call.connected": ServerEventRealtimeCallConnected;
  "realtime.call.disconnected": ServerEventRealtimeCallDisconnected;
  "realtime.call.failed": ServerEventRealtimeCallFailed;
  "realtime.call.transfer.succeeded": ServerEventRealtimeCallTransferSucceeded;
  "realtime.call.transfer.failed": ServerEventRealtimeCallTransferFailed;
  "response.output_text.delta": ServerEventResponseOutputTextDelta;
  "response.output_text.done": ServerEventResponseOutputTextDone;
  "response.output_audio_transcript.delta": ServerEventResponseOutputAudioTranscriptDelta;
  "response.output_audio_transcript.done": ServerEventResponseOutputAudioTranscriptDone;
  "response.output_audio.delta": ServerEventResponseOutputAudioDelta;
  "response.output_audio.done": ServerEventResponseOutputAudioDone;
  "conversation.created": ServerEventConversationCreated;
  "conversation.item.added": ServerEventConversationItemAdded;
  "conversation.item.done": ServerEventConversationItemDone;
  "conversation.item.input_audio_transcription.segment": ServerEventConversationItemInputAudioTranscriptionSegment;
  "input_audio_buffer.timeout_triggered": ServerEventInputAudioBufferTimeoutTriggered;
  "input_audio_buffer.dtmf_event_received": ServerEventInputAudioBufferDtmfEventReceived;
  "output_audio_buffer.started": ServerEventOutputAudioBufferStarted;
  "output_audio_buffer.stopped": ServerEventOutputAudioBufferStopped;
  "rate_limits.updated": ServerEventRateLimitsUpdated;
}

/**
 * The session's conversation exists; sent right after `session.created`.
 * Since api-version v1.
 */
export interface ServerEventConversationCreated {
  /** Event name `conversation.created`. */
  type: "conversation.created";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The conversation. */
  conversation: ConversationResource;
}

/**
 * An item joined the conversation; a generated item arrives empty and is completed by `conversation.item.done`.
 * Since api-version v1.
 */
export interface ServerEventConversationItemAdded {
  /** Event name `conversation.item.added`. */
  type: "conversation.item.added";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the item that precedes the new one; `null` when it is the first item. */
  previousItemId?: string | null;
  /** The item that was added. */
  item: ResponseItemUnion;
}

/** An item was added to the conversation, by the client, from committed audio or by a response. */
export interface ServerEventConversationItemCreated {
  /** Event name `conversation.item.created`. */
  type: "conversation.item.created";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the item that precedes the new one; `null` when it is the first item. */
  previousItemId?: string | null;
  /** The item that was added. */
  item?: ResponseItemUnion;
}

/** Confirms that an item was removed by `conversation.item.delete`. */
export interface ServerEventConversationItemDeleted {
  /** Event name `conversation.item.deleted`. */
  type: "conversation.item.deleted";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the removed item. */
  itemId: string;
}

/**
 * A conversation item is complete, with all of its content except raw audio.
 * Since api-version v1.
 */
export interface ServerEventConversationItemDone {
  /** Event name `conversation.item.done`. */
  type: "conversation.item.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the item that precedes this one; `null` when it is the first item. */
  previousItemId?: string | null;
  /** The finished item. */
  item: ResponseItemUnion;
}

/** Transcription of a user audio item finished. It runs separately from the response, so it may arrive after the response events. */
export interface ServerEventConversationItemInputAudioTranscriptionCompleted {
  /** Event name `conversation.item.input_audio_transcription.completed`. */
  type: "conversation.item.input_audio_transcription.completed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the transcribed user item. */
  itemId: string;
  /** Index of the audio content part that was transcribed. */
  contentIndex: number;
  /** Full transcript of the audio. */
  transcript: string;
  /**
   * Token log probabilities, when the session includes them.
   *
   * Since api-version 2026-04-10.
   */
  logprobs?: LogProbProperties[];
  /**
   * Recognized phrases with timing, when the session includes them.
   *
   * Since api-version 2026-04-10.
   */
  phrases?: TranscriptionPhrase[];
}

/** Streams a partial transcript of user audio while transcription is still running. */
export interface ServerEventConversationItemInputAudioTranscriptionDelta {
  /** Event name `conversation.item.input_audio_transcription.delta`. */
  type: "conversation.item.input_audio_transcription.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the user item being transcribed. */
  itemId: string;
  /** Index of the audio content part being transcribed. */
  contentIndex?: number;
  /** Transcript text to append. */
  delta?: string;
  /** Token log probabilities for this piece, when requested. */
  logprobs?: LogProbProperties[];
}

/** Transcription of a user audio item failed; the conversation itself is unaffected. */
export interface ServerEventConversationItemInputAudioTranscriptionFailed {
  /** Event name `conversation.item.input_audio_transcription.failed`. */
  type: "conversation.item.input_audio_transcription.failed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the user item whose transcription failed. */
  itemId: string;
  /** Index of the audio content part concerned. */
  contentIndex: number;
  /** Why the transcription failed. */
  error: VoiceLiveErrorDetails;
}

/**
 * A segment of a user audio transcription, attributed to a speaker.
 * Since api-version v1.
 */
export interface ServerEventConversationItemInputAudioTranscriptionSegment {
  /** Event name `conversation.item.input_audio_transcription.segment`. */
  type: "conversation.item.input_audio_transcription.segment";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the user item whose audio is transcribed. */
  itemId: string;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Identifier of the segment. */
  id: string;
  /** Text of the segment. */
  text: string;
  /** Label of the speaker the segment is attributed to. */
  speaker: string;
  /** Where the segment starts in the audio, in seconds. */
  start: number;
  /** Where the segment ends in the audio, in seconds. */
  end: number;
}

/** Answers `conversation.item.retrieve` with the requested item. */
export interface ServerEventConversationItemRetrieved {
  /** Event name `conversation.item.retrieved`. */
  type: "conversation.item.retrieved";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The stored item with the requested id. */
  item?: ResponseItemUnion;
}

/** Confirms that an assistant audio item was shortened by `conversation.item.truncate`. */
export interface ServerEventConversationItemTruncated {
  /** Event name `conversation.item.truncated`. */
  type: "conversation.item.truncated";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the truncated item. */
  itemId: string;
  /** Index of the truncated content part. */
  contentIndex: number;
  /** Milliseconds of audio that remain. */
  audioEndInMs: number;
}

/** Reports a problem with a client event or with the service. Most errors leave the session open. */
export interface ServerEventError {
  /** Event name `error`. */
  type: "error";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** What went wrong. */
  error: ServerEventErrorDetails;
}

/**
 * Error payload of the `error` server event. Most errors leave the session open, so the client can correct the
 * offending event and carry on.
 */
export interface ServerEventErrorDetails {
  /** Error category, such as `invalid_request_error` or `server_error`. */
  type: string;
  /** Machine-readable error code, such as `conversation_already_has_active_response`; often `null`. */
  code?: string | null;
  /** Human-readable explanation of the problem. */
  message: string;
  /** Name of the request parameter the error relates to; often `null`. */
  param?: string | null;
  /** The `event_id` of the client event that caused the error; `null` when it cannot be tied to one. */
  eventId?: string | null;
}

/** Confirms that the input audio buffer was emptied after `input_audio_buffer.clear`. */
export interface ServerEventInputAudioBufferCleared {
  /** Event name `input_audio_buffer.cleared`. */
  type: "input_audio_buffer.cleared";
  /** Id the service assigned to this event. */
  eventId?: string;
}

/** The input audio buffer was committed, by the client or by turn detection, and became a user message item. */
export interface ServerEventInputAudioBufferCommitted {
  /** Event name `input_audio_buffer.committed`. */
  type: "input_audio_buffer.committed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the item after which the new item was placed; `null` when it is the first item. */
  previousItemId?: string | null;
  /** Id of the user message item created from the audio. */
  itemId: string;
}

/**
 * A telephone keypad key was pressed during a phone (SIP) call.
 * Since api-version v1.
 */
export interface ServerEventInputAudioBufferDtmfEventReceived {
  /** Event name `input_audio_buffer.dtmf_event_received`. */
  type: "input_audio_buffer.dtmf_event_received";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The key that was pressed: a digit, `*`, `#`, or `A` to `D`. */
  event: string;
  /** When the service received the key press, as unix time in seconds. */
  receivedAt: number;
}

/** Turn detection found the start of user speech; a client playing assistant audio would usually stop it now. */
export interface ServerEventInputAudioBufferSpeechStarted {
  /** Event name `input_audio_buffer.speech_started`. */
  type: "input_audio_buffer.speech_started";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Milliseconds from the start of the session's input audio to the detected start of speech. */
  audioStartInMs: number;
  /** Id of the user message item that will hold this speech once it is committed. */
  itemId: string;
}

/** Turn detection found the end of user speech. */
export interface ServerEventInputAudioBufferSpeechStopped {
  /** Event name `input_audio_buffer.speech_stopped`. */
  type: "input_audio_buffer.speech_stopped";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Milliseconds from the start of the session's input audio to the detected end of speech. */
  audioEndInMs: number;
  /** Id of the user message item that will hold this speech. */
  itemId: string;
}

/**
 * Turn detection heard no speech for its idle timeout; the silent audio is committed and answered.
 * Since api-version v1.
 */
export interface ServerEventInputAudioBufferTimeoutTriggered {
  /** Event name `input_audio_buffer.timeout_triggered`. */
  type: "input_audio_buffer.timeout_triggered";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Offset in milliseconds, in the input audio, where the silence began (after the last response played). */
  audioStartInMs: number;
  /** Offset in milliseconds, in the input audio, where the timeout fired. */
  audioEndInMs: number;
  /** Id of the item that holds the silent segment. */
  itemId: string;
}

/**
 * The tool list of an MCP server was fetched.
 * Since api-version 2026-04-10.
 */
export interface ServerEventMcpListToolsCompleted {
  /** Event name `mcp_list_tools.completed`. */
  type: "mcp_list_tools.completed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the `mcp_list_tools` item that now holds the tools. */
  itemId: string;
}

/**
 * Fetching the tool list of an MCP server failed.
 * Since api-version 2026-04-10.
 */
export interface ServerEventMcpListToolsFailed {
  /** Event name `mcp_list_tools.failed`. */
  type: "mcp_list_tools.failed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the `mcp_list_tools` item concerned. */
  itemId: string;
}

/**
 * The service started fetching the tool list of an MCP server.
 * Since api-version 2026-04-10.
 */
export interface ServerEventMcpListToolsInProgress {
  /** Event name `mcp_list_tools.in_progress`. */
  type: "mcp_list_tools.in_progress";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the `mcp_list_tools` item being filled. */
  itemId: string;
}

/**
 * Confirms that queued assistant audio was dropped after `output_audio_buffer.clear`.
 * Since api-version 2026-04-10.
 */
export interface ServerEventOutputAudioBufferCleared {
  /** Event name `output_audio_buffer.cleared`. */
  type: "output_audio_buffer.cleared";
  /** Id the service assigned to this event. */
  eventId?: string;
}

/**
 * The service started playing assistant audio out, on connections where it does the playback (WebRTC, SIP).
 * Since api-version v1.
 */
export interface ServerEventOutputAudioBufferStarted {
  /** Event name `output_audio_buffer.started`. */
  type: "output_audio_buffer.started";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response whose audio is playing. */
  responseId: string;
}

/**
 * The service finished playing assistant audio out, on connections where it does the playback (WebRTC, SIP).
 * Since api-version v1.
 */
export interface ServerEventOutputAudioBufferStopped {
  /** Event name `output_audio_buffer.stopped`. */
  type: "output_audio_buffer.stopped";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response whose audio finished playing. */
  responseId: string;
}

/**
 * The rate limits now in force, sent when a response reserves output tokens and again when it settles.
 * Since api-version v1.
 */
export interface ServerEventRateLimitsUpdated {
  /** Event name `rate_limits.updated`. */
  type: "rate_limits.updated";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** One entry per limited quantity. */
  rateLimits: RateLimit[];
}

/**
 * An accepted SIP call is connected: the caller now talks to this session.
 * Only in api-version 2026-07-31-preview.
 */
export interface ServerEventRealtimeCallConnected {
  /** Event name `realtime.call.connected`. */
  type: "realtime.call.connected";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the SIP call. */
  callId: string;
  /** Id of the SIP chain, which routes and correlates the call's legs. */
  chainId: string;
  /** Where the call stands now. */
  state: SipCallState;
  /** Why the call ended; only once it has ended. */
  terminalReason?: SipCallTerminalReason;
  /** The failure's error code; only when the call failed. */
  errorCode?: string;
}

/**
 * A SIP call ended; `terminal_reason` says why.
 * Only in api-version 2026-07-31-preview.
 */
export interface ServerEventRealtimeCallDisconnected {
  /** Event name `realtime.call.disconnected`. */
  type: "realtime.call.disconnected";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the SIP call. */
  callId: string;
  /** Id of the SIP chain, which routes and correlates the call's legs. */
  chainId: string;
  /** Where the call stands now. */
  state: SipCallState;
  /** Why the call ended; only once it has ended. */
  terminalReason?: SipCallTerminalReason;
  /** The failure's error code; only when the call failed. */
  errorCode?: string;
}

/**
 * A SIP call failed while it was set up or while it ran; `error_code` says how.
 * Only in api-version 2026-07-31-preview.
 */
export interface ServerEventRealtimeCallFailed {
  /** Event name `realtime.call.failed`. */
  type: "realtime.call.failed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the SIP call. */
  callId: string;
  /** Id of the SIP chain, which routes and correlates the call's legs. */
  chainId: string;
  /** Where the call stands now. */
  state: SipCallState;
  /** Why the call ended; only once it has ended. */
  terminalReason?: SipCallTerminalReason;
  /** The failure's error code; only when the call failed. */
  errorCode?: string;
}

/**
 * A SIP call came in; the application decides whether to accept or reject it.
 * Only in api-version 2026-07-31-preview.
 */
export interface ServerEventRealtimeCallIncoming {
  /** Event name `realtime.call.incoming`. */
  type: "realtime.call.incoming";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the SIP call. */
  callId: string;
  /** Id of the SIP chain, which routes and correlates the call's legs. */
  chainId: string;
  /** Where the call stands now. */
  state: SipCallState;
  /** Why the call ended; only once it has ended. */
  terminalReason?: SipCallTerminalReason;
  /** The failure's error code; only when the call failed. */
  errorCode?: string;
}

/**
 * A blind transfer (SIP REFER) of the call did not go through.
 * Only in api-version 2026-07-31-preview.
 */
export interface ServerEventRealtimeCallTransferFailed {
  /** Event name `realtime.call.transfer.failed`. */
  type: "realtime.call.transfer.failed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the SIP call being transferred. */
  callId: string;
  /** Id of the transfer, which ties together the asynchronous updates of one REFER. */
  transferId: string;
  /** How far the transfer got. */
  state: SipTransferState;
  /** The SIP response code of the outcome, when the SIP side sent one. */
  sipCode?: number;
  /** The SIP reason phrase of the outcome, when the SIP side sent one. */
  reason?: string;
}

/**
 * A blind transfer (SIP REFER) of the call went through.
 * Only in api-version 2026-07-31-preview.
 */
export interface ServerEventRealtimeCallTransferSucceeded {
  /** Event name `realtime.call.transfer.succeeded`. */
  type: "realtime.call.transfer.succeeded";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the SIP call being transferred. */
  callId: string;
  /** Id of the transfer, which ties together the asynchronous updates of one REFER. */
  transferId: string;
  /** How far the transfer got. */
  state: SipTransferState;
  /** The SIP response code of the outcome, when the SIP side sent one. */
  sipCode?: number;
  /** The SIP reason phrase of the outcome, when the SIP side sent one. */
  reason?: string;
}

/** Streams facial blendshape frames that animate a face in sync with the assistant's audio. */
export interface ServerEventResponseAnimationBlendshapeDelta {
  /** Event name `response.animation_blendshapes.delta`. */
  type: "response.animation_blendshapes.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being animated. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Blendshape frames, either as an array of weight arrays (one per frame) or as an encoded string. */
  frames: number[][] | string;
  /** Index of the first frame of this batch within the item's animation. */
  frameIndex: number;
}

/** All blendshape frames for an output item have been sent. */
export interface ServerEventResponseAnimationBlendshapeDone {
  /** Event name `response.animation_blendshapes.done`. */
  type: "response.animation_blendshapes.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the output item whose blendshape stream is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
}

/** Reports a mouth shape (viseme) and when it occurs in the assistant's audio, for lip-syncing a character. */
export interface ServerEventResponseAnimationVisemeDelta {
  /** Event name `response.animation_viseme.delta`. */
  type: "response.animation_viseme.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being spoken. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Milliseconds from the start of the item's audio to the viseme. */
  audioOffsetInMs: number;
  /** Numeric id of the viseme (mouth position). */
  visemeId: number;
}

/** All visemes for an audio part have been sent. */
export interface ServerEventResponseAnimationVisemeDone {
  /** Event name `response.animation_viseme.done`. */
  type: "response.animation_viseme.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the output item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
}

/**
 * Streams a chunk of the assistant's audio in the session's output audio format.
 * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 */
export interface ServerEventResponseAudioDelta {
  /** Event name `response.audio.delta`. */
  type: "response.audio.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being spoken. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Audio bytes, base64-encoded on the wire. */
  delta: Uint8Array;
}

/**
 * All audio of an assistant audio part has been sent.
 * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 */
export interface ServerEventResponseAudioDone {
  /** Event name `response.audio.done`. */
  type: "response.audio.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the output item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
}

/** Reports when a word is spoken in the assistant's audio, for captions or highlighting. */
export interface ServerEventResponseAudioTimestampDelta {
  /** Event name `response.audio_timestamp.delta`. */
  type: "response.audio_timestamp.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being spoken. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Milliseconds from the start of the item's audio to the start of the word. */
  audioOffsetInMs: number;
  /** How long the word lasts, in milliseconds. */
  audioDurationInMs: number;
  /** The word that is spoken. */
  text: string;
  /** Granularity of the timestamp; always `word`. */
  timestampType: "word";
}

/** All word timestamps for an audio part have been sent. */
export interface ServerEventResponseAudioTimestampDone {
  /** Event name `response.audio_timestamp.done`. */
  type: "response.audio_timestamp.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the output item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
}

/**
 * An annotation (for example a citation) was attached to the transcript of the assistant's audio.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseAudioTranscriptAnnotationAdded {
  /** Event name `response.audio_transcript.annotation.added`. */
  type: "response.audio_transcript.annotation.added";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item whose transcript is annotated. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Position of this annotation among the part's annotations. */
  annotationIndex: number;
  /** The annotation object; its shape depends on the annotation kind. */
  annotation: unknown;
}

/**
 * Streams a piece of the transcript of the assistant's spoken audio.
 * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 */
export interface ServerEventResponseAudioTranscriptDelta {
  /** Event name `response.audio_transcript.delta`. */
  type: "response.audio_transcript.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being spoken. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Transcript text to append. */
  delta: string;
}

/**
 * The transcript of the assistant's spoken audio is complete.
 * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 */
export interface ServerEventResponseAudioTranscriptDone {
  /** Event name `response.audio_transcript.done`. */
  type: "response.audio_transcript.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the output item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** The complete transcript. */
  transcript: string;
}

/** A new content part was added to an assistant item while the response is generated. */
export interface ServerEventResponseContentPartAdded {
  /** Event name `response.content_part.added`. */
  type: "response.content_part.added";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item that received the part. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the part in the item's content list. */
  contentIndex: number;
  /** The new, still empty or partial content part. */
  part: ContentPartUnion;
}

/** A content part of an assistant item is complete. */
export interface ServerEventResponseContentPartDone {
  /** Event name `response.content_part.done`. */
  type: "response.content_part.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item that holds the part. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the part in the item's content list. */
  contentIndex: number;
  /** The finished content part. */
  part: ContentPartUnion;
}

/** A new response started, in status `in_progress`. */
export interface ServerEventResponseCreated {
  /** Event name `response.created`. */
  type: "response.created";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The response as it stands at the start. */
  response: VoiceLiveResponse;
}

/** A response ended (completed, cancelled, incomplete or failed); always the last event of a response. */
export interface ServerEventResponseDone {
  /** Event name `response.done`. */
  type: "response.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The final response, with all output items (without raw audio) and token usage. */
  response: VoiceLiveResponse;
}

/**
 * A file search call finished.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseFileSearchCallCompleted {
  /** Event name `response.file_search_call.completed`. */
  type: "response.file_search_call.completed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the `file_search_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Running number that orders the search events. */
  sequenceNumber: number;
}

/**
 * A file search call started.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseFileSearchCallInProgress {
  /** Event name `response.file_search_call.in_progress`. */
  type: "response.file_search_call.in_progress";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the `file_search_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Running number that orders the search events. */
  sequenceNumber: number;
}

/**
 * A file search call is running its queries.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseFileSearchCallSearching {
  /** Event name `response.file_search_call.searching`. */
  type: "response.file_search_call.searching";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the `file_search_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Running number that orders the search events. */
  sequenceNumber: number;
}

/** Streams a piece of the JSON arguments of a function call the model is making. */
export interface ServerEventResponseFunctionCallArgumentsDelta {
  /** Event name `response.function_call_arguments.delta`. */
  type: "response.function_call_arguments.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the function call item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Id of the call, to quote in the `function_call_output` item. */
  callId: string;
  /** Argument text to append. */
  delta: string;
}

/** The arguments of a function call are complete; the client can now run the function. */
export interface ServerEventResponseFunctionCallArgumentsDone {
  /** Event name `response.function_call_arguments.done`. */
  type: "response.function_call_arguments.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the function call item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Id of the call, to quote in the `function_call_output` item. */
  callId: string;
  /** Complete arguments as a JSON-encoded string. */
  arguments: string;
  /** Name of the function to run. */
  name: string;
}

/**
 * Streams a piece of invocation output as a free-form JSON object.
 * Since api-version 2026-07-15.
 */
export interface ServerEventResponseInvocationDelta {
  /** Event name `response.invocation.delta`. */
  type: "response.invocation.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The partial invocation output. */
  delta: Record<string, unknown>;
}

/**
 * Streams a piece of the JSON arguments of an MCP tool call.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseMcpCallArgumentsDelta {
  /** Event name `response.mcp_call_arguments.delta`. */
  type: "response.mcp_call_arguments.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Argument text to append. */
  delta: string;
  /** Id of the `mcp_call` item. */
  itemId: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Random padding that hides the payload length; carries no meaning. */
  obfuscation?: string;
}

/**
 * The arguments of an MCP tool call are complete.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseMcpCallArgumentsDone {
  /** Event name `response.mcp_call_arguments.done`. */
  type: "response.mcp_call_arguments.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the `mcp_call` item. */
  itemId: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Complete arguments as a JSON-encoded string. */
  arguments?: string;
}

/**
 * An MCP tool call finished successfully.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseMcpCallCompleted {
  /** Event name `response.mcp_call.completed`. */
  type: "response.mcp_call.completed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the `mcp_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
}

/**
 * An MCP tool call failed; the item's `error` field gives details.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseMcpCallFailed {
  /** Event name `response.mcp_call.failed`. */
  type: "response.mcp_call.failed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the `mcp_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
}

/**
 * An MCP tool call is being executed.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseMcpCallInProgress {
  /** Event name `response.mcp_call.in_progress`. */
  type: "response.mcp_call.in_progress";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the `mcp_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
}

/**
 * Streams a chunk of the assistant's audio in the session's output audio format.
 * Since api-version v1.
 */
export interface ServerEventResponseOutputAudioDelta {
  /** Event name `response.output_audio.delta`. */
  type: "response.output_audio.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being spoken. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Audio bytes, base64-encoded on the wire. */
  delta: Uint8Array;
}

/**
 * All audio of an assistant audio part has been sent.
 * Since api-version v1.
 */
export interface ServerEventResponseOutputAudioDone {
  /** Event name `response.output_audio.done`. */
  type: "response.output_audio.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
}

/**
 * Streams a piece of the transcript of the assistant's spoken audio.
 * Since api-version v1.
 */
export interface ServerEventResponseOutputAudioTranscriptDelta {
  /** Event name `response.output_audio_transcript.delta`. */
  type: "response.output_audio_transcript.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being spoken. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** Transcript text to append. */
  delta: string;
}

/**
 * The transcript of the assistant's spoken audio is complete.
 * Since api-version v1.
 */
export interface ServerEventResponseOutputAudioTranscriptDone {
  /** Event name `response.output_audio_transcript.done`. */
  type: "response.output_audio_transcript.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the audio part in the item's content list. */
  contentIndex: number;
  /** The complete transcript. */
  transcript: string;
}

/** A response began producing a new output item. */
export interface ServerEventResponseOutputItemAdded {
  /** Event name `response.output_item.added`. */
  type: "response.output_item.added";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** The new item, still in progress. */
  item?: ResponseItemUnion;
}

/** A response finished an output item. */
export interface ServerEventResponseOutputItemDone {
  /** Event name `response.output_item.done`. */
  type: "response.output_item.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** The item in its final state. */
  item?: ResponseItemUnion;
}

/**
 * Streams a piece of generated text.
 * Since api-version v1.
 */
export interface ServerEventResponseOutputTextDelta {
  /** Event name `response.output_text.delta`. */
  type: "response.output_text.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being written. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the text part in the item's content list. */
  contentIndex: number;
  /** Text to append. */
  delta: string;
}

/**
 * A generated text part is complete.
 * Since api-version v1.
 */
export interface ServerEventResponseOutputTextDone {
  /** Event name `response.output_text.done`. */
  type: "response.output_text.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the text part in the item's content list. */
  contentIndex: number;
  /** Full text of the part, the concatenation of all deltas. */
  text: string;
}

/**
 * Streams a piece of the JSON arguments of a call of a service-run tool (`end_conversation`).
 * Only in api-version 2026-04-10.
 */
export interface ServerEventResponseSystemToolArgumentsDelta {
  /** Event name `response.system_tool_arguments.delta`. */
  type: "response.system_tool_arguments.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the system tool item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Id of the call. */
  callId: string;
  /** Argument text to append. */
  delta: string;
  /** Padding that the service may add to hide the length of the delta. */
  obfuscation?: string;
}

/**
 * The arguments of a call of a service-run tool are complete; the service now runs the tool.
 * Only in api-version 2026-04-10.
 */
export interface ServerEventResponseSystemToolArgumentsDone {
  /** Event name `response.system_tool_arguments.done`. */
  type: "response.system_tool_arguments.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the system tool item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Id of the call. */
  callId: string;
  /** Name of the system tool. */
  name: string;
  /** Complete arguments as a JSON-encoded string. */
  arguments: string;
}

/**
 * Streams a piece of generated text.
 * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 */
export interface ServerEventResponseTextDelta {
  /** Event name `response.text.delta`. */
  type: "response.text.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the item being written. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the text part in the item's content list. */
  contentIndex: number;
  /** Text to append. */
  delta: string;
}

/**
 * A generated text part is complete.
 * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 */
export interface ServerEventResponseTextDone {
  /** Event name `response.text.done`. */
  type: "response.text.done";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the output item whose part is finished. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Position of the text part in the item's content list. */
  contentIndex: number;
  /** Full text of the part, the concatenation of all deltas. */
  text: string;
}

/**
 * Carries a chunk of avatar video when the avatar output protocol is `websocket`.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseVideoDelta {
  /** Event name `response.video.delta`. */
  type: "response.video.delta";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Position of the output item the video belongs to. */
  outputIndex: number;
  /** Codec of the video data, such as `h264`. */
  codec: string;
  /** Chunk of encoded video data, carried as text (base64) in the JSON frame. */
  delta: string;
}

/**
 * A web search call finished.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseWebSearchCallCompleted {
  /** Event name `response.web_search_call.completed`. */
  type: "response.web_search_call.completed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the `web_search_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Running number that orders the search events. */
  sequenceNumber: number;
}

/**
 * A web search call started.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseWebSearchCallInProgress {
  /** Event name `response.web_search_call.in_progress`. */
  type: "response.web_search_call.in_progress";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the `web_search_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Running number that orders the search events. */
  sequenceNumber: number;
}

/**
 * A web search call is running its queries.
 * Since api-version 2026-04-10.
 */
export interface ServerEventResponseWebSearchCallSearching {
  /** Event name `response.web_search_call.searching`. */
  type: "response.web_search_call.searching";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the response this event belongs to. */
  responseId: string;
  /** Id of the `web_search_call` item. */
  itemId: string;
  /** Position of the item in the response's output list. */
  outputIndex: number;
  /** Running number that orders the search events. */
  sequenceNumber: number;
}

/** Answers `session.avatar.connect` with the service's side of the WebRTC negotiation. */
export interface ServerEventSessionAvatarConnecting {
  /** Event name `session.avatar.connecting`. */
  type: "session.avatar.connecting";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The service's WebRTC SDP answer. */
  serverSdp: string;
}

/**
 * The avatar changed back to its idle state.
 * Since api-version 2026-04-10.
 */
export interface ServerEventSessionAvatarSwitchToIdle {
  /** Event name `session.avatar.switch_to_idle`. */
  type: "session.avatar.switch_to_idle";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the turn that just ended. */
  turnId?: string;
}

/**
 * The avatar changed to its speaking state.
 * Since api-version 2026-04-10.
 */
export interface ServerEventSessionAvatarSwitchToSpeaking {
  /** Event name `session.avatar.switch_to_speaking`. */
  type: "session.avatar.switch_to_speaking";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Id of the turn the avatar is speaking for. */
  turnId?: string;
}

/** Sent once right after the connection opens, with the session's initial settings. */
export interface ServerEventSessionCreated {
  /** Event name `session.created`. */
  type: "session.created";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Initial session settings. */
  session: ResponseSession;
}

/**
 * New user input called off a pending end of the conversation; the session stays open, and the tool may be called again.
 * Only in api-version 2026-04-10.
 */
export interface ServerEventSessionEndConversationCancelled {
  /** Event name `session.end_conversation.cancelled`. */
  type: "session.end_conversation.cancelled";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The `call_id` of the `system_tool` item whose end was called off. */
  id: string;
}

/**
 * The pending output has drained: the service now closes the WebSocket, with code 1001.
 * Only in api-version 2026-04-10.
 */
export interface ServerEventSessionEndConversationCompleted {
  /** Event name `session.end_conversation.completed`. */
  type: "session.end_conversation.completed";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** The `call_id` of the `system_tool` item that ended the conversation. */
  id: string;
}

/** Confirms a `session.update` and reports the settings now in force. */
export interface ServerEventSessionUpdated {
  /** Event name `session.updated`. */
  type: "session.updated";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** Session settings after the update. */
  session: ResponseSession;
}

/**
 * Names of the events the service can send.
 *
 * Known values (any other string is accepted too):
 * - `error`: A client event was rejected or something went wrong.
 * - `warning`: A non-fatal notice; the session continues. Since api-version 2026-04-10.
 * - `session.avatar.connecting`: The service's WebRTC answer for the avatar connection.
 * - `session.created`: First event of every connection, with the initial session settings.
 * - `session.updated`: Confirms a `session.update` with the resulting settings.
 * - `conversation.item.input_audio_transcription.completed`: Transcription of a user audio item finished.
 * - `conversation.item.input_audio_transcription.delta`: A piece of a user audio transcription.
 * - `conversation.item.input_audio_transcription.failed`: Transcription of a user audio item failed.
 * - `conversation.item.created`: An item was added to the conversation.
 * - `conversation.item.retrieved`: Answer to `conversation.item.retrieve`.
 * - `conversation.item.truncated`: An assistant audio item was truncated.
 * - `conversation.item.deleted`: An item was removed from the conversation.
 * - `input_audio_buffer.committed`: The input audio buffer was committed as a user item.
 * - `input_audio_buffer.cleared`: The input audio buffer was emptied.
 * - `input_audio_buffer.speech_started`: Turn detection heard the user start speaking.
 * - `input_audio_buffer.speech_stopped`: Turn detection heard the user stop speaking.
 * - `response.created`: A response started.
 * - `response.done`: A response ended, whatever its final status.
 * - `response.output_item.added`: A response began a new output item.
 * - `response.output_item.done`: A response finished an output item.
 * - `response.content_part.added`: A new content part was added to an output item.
 * - `response.content_part.done`: A content part of an output item is complete.
 * - `response.text.delta`: A chunk of generated text. Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 * - `response.text.done`: The generated text is complete. Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 * - `response.audio_transcript.delta`: A chunk of the transcript of generated audio. Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 * - `response.audio_transcript.done`: The transcript of generated audio is complete. Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 * - `response.audio.delta`: A chunk of generated audio. Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 * - `response.audio.done`: The generated audio is complete. Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
 * - `response.animation_blendshapes.delta`: A batch of facial blendshape frames.
 * - `response.animation_blendshapes.done`: Blendshape streaming for an item is complete.
 * - `response.audio_timestamp.delta`: Timing of a spoken word in generated audio.
 * - `response.audio_timestamp.done`: Word timing for an audio part is complete.
 * - `response.animation_viseme.delta`: A viseme id with its audio offset.
 * - `response.animation_viseme.done`: Viseme streaming for an audio part is complete.
 * - `response.function_call_arguments.delta`: A chunk of the arguments of a function call.
 * - `response.function_call_arguments.done`: The arguments of a function call are complete.
 * - `response.system_tool_arguments.delta`: Part of the arguments of a call of a service-run tool. Only in api-version 2026-04-10.
 * - `response.system_tool_arguments.done`: The arguments of a call of a service-run tool are complete. Only in api-version 2026-04-10.
 * - `session.end_conversation.cancelled`: New user input called off a pending end of the conversation. Only in api-version 2026-04-10.
 * - `session.end_conversation.completed`: The pending output has drained, and the service is about to close the connection. Only in api-version 2026-04-10.
 * - `mcp_list_tools.in_progress`: The service began asking an MCP server for its tools. Since api-version 2026-04-10.
 * - `mcp_list_tools.completed`: An MCP server returned its tool list. Since api-version 2026-04-10.
 * - `mcp_list_tools.failed`: Listing the tools of an MCP server failed. Since api-version 2026-04-10.
 * - `response.mcp_call_arguments.delta`: A chunk of the arguments of an MCP tool call. Since api-version 2026-04-10.
 * - `response.mcp_call_arguments.done`: The arguments of an MCP tool call are complete. Since api-version 2026-04-10.
 * - `response.mcp_call.in_progress`: An MCP tool call is running. Since api-version 2026-04-10.
 * - `response.mcp_call.completed`: An MCP tool call succeeded. Since api-version 2026-04-10.
 * - `response.mcp_call.failed`: An MCP tool call failed. Since api-version 2026-04-10.
 * - `session.avatar.switch_to_speaking`: The avatar switched to its speaking state. Since api-version 2026-04-10.
 * - `session.avatar.switch_to_idle`: The avatar switched to its idle state. Since api-version 2026-04-10.
 * - `response.video.delta`: A chunk of avatar video sent over the WebSocket. Since api-version 2026-04-10.
 * - `response.web_search_call.searching`: A web search is issuing queries. Since api-version 2026-04-10.
 * - `response.web_search_call.in_progress`: A web search started. Since api-version 2026-04-10.
 * - `response.web_search_call.completed`: A web search finished. Since api-version 2026-04-10.
 * - `response.file_search_call.searching`: A file search is issuing queries. Since api-version 2026-04-10.
 * - `response.file_search_call.in_progress`: A file search started. Since api-version 2026-04-10.
 * - `response.file_search_call.completed`: A file search finished. Since api-version 2026-04-10.
 * - `output_audio_buffer.cleared`: Queued assistant audio was dropped after `output_audio_buffer.clear`. Since api-version 2026-04-10.
 * - `response.audio_transcript.annotation.added`: An annotation was attached to the transcript of generated audio. Since api-version 2026-04-10.
 * - `response.invocation.delta`: A piece of invocation output. Since api-version 2026-07-15.
 * - `realtime.call.incoming`: A SIP call came in and waits for the application to accept or reject it. Only in api-version 2026-07-31-preview.
 * - `realtime.call.connected`: An accepted SIP call is connected to the session. Only in api-version 2026-07-31-preview.
 * - `realtime.call.disconnected`: A SIP call ended. Only in api-version 2026-07-31-preview.
 * - `realtime.call.failed`: A SIP call could not be set up, or broke while it ran. Only in api-version 2026-07-31-preview.
 * - `realtime.call.transfer.succeeded`: A blind transfer of a SIP call went through. Only in api-version 2026-07-31-preview.
 * - `realtime.call.transfer.failed`: A blind transfer of a SIP call did not go through. Only in api-version 2026-07-31-preview.
 * - `response.output_text.delta`: A chunk of generated text (the `v1` name of `response.text.delta`). Since api-version v1.
 * - `response.output_text.done`: The generated text is complete (the `v1` name of `response.text.done`). Since api-version v1.
 * - `response.output_audio_transcript.delta`: A chunk of the transcript of generated audio (the `v1` name of `response.audio_transcript.delta`). Since api-version v1.
 * - `response.output_audio_transcript.done`: The transcript of generated audio is complete (the `v1` name of `response.audio_transcript.done`). Since api-version v1.
 * - `response.output_audio.delta`: A chunk of generated audio (the `v1` name of `response.audio.delta`). Since api-version v1.
 * - `response.output_audio.done`: The generated audio is complete (the `v1` name of `response.audio.done`). Since api-version v1.
 * - `conversation.created`: The conversation of the session was created, right after the session. Since api-version v1.
 * - `conversation.item.added`: An item was added to the conversation, possibly before its content is complete. Since api-version v1.
 * - `conversation.item.done`: A conversation item is complete. Since api-version v1.
 * - `conversation.item.input_audio_transcription.segment`: A speaker-attributed segment of a user audio transcription. Since api-version v1.
 * - `input_audio_buffer.timeout_triggered`: Turn detection heard no speech for the configured idle time. Since api-version v1.
 * - `input_audio_buffer.dtmf_event_received`: A telephone keypad press was received on a phone call. Since api-version v1.
 * - `output_audio_buffer.started`: The service began playing assistant audio out (WebRTC and SIP connections). Since api-version v1.
 * - `output_audio_buffer.stopped`: The service finished playing assistant audio out (WebRTC and SIP connections). Since api-version v1.
 * - `rate_limits.updated`: The rate limits changed as a response reserved or released tokens. Since api-version v1.
 */
export type ServerEventType =
  | "error"
  | "warning"
  | "session.avatar.connecting"
  | "session.created"
  | "session.updated"
  | "conversation.item.input_audio_transcription.completed"
  | "conversation.item.input_audio_transcription.delta"
  | "conversation.item.input_audio_transcription.failed"
  | "conversation.item.created"
  | "conversation.item.retrieved"
  | "conversation.item.truncated"
  | "conversation.item.deleted"
  | "input_audio_buffer.committed"
  | "input_audio_buffer.cleared"
  | "input_audio_buffer.speech_started"
  | "input_audio_buffer.speech_stopped"
  | "response.created"
  | "response.done"
  | "response.output_item.added"
  | "response.output_item.done"
  | "response.content_part.added"
  | "response.content_part.done"
  | "response.text.delta"
  | "response.text.done"
  | "response.audio_transcript.delta"
  | "response.audio_transcript.done"
  | "response.audio.delta"
  | "response.audio.done"
  | "response.animation_blendshapes.delta"
  | "response.animation_blendshapes.done"
  | "response.audio_timestamp.delta"
  | "response.audio_timestamp.done"
  | "response.animation_viseme.delta"
  | "response.animation_viseme.done"
  | "response.function_call_arguments.delta"
  | "response.function_call_arguments.done"
  | "response.system_tool_arguments.delta"
  | "response.system_tool_arguments.done"
  | "session.end_conversation.cancelled"
  | "session.end_conversation.completed"
  | "mcp_list_tools.in_progress"
  | "mcp_list_tools.completed"
  | "mcp_list_tools.failed"
  | "response.mcp_call_arguments.delta"
  | "response.mcp_call_arguments.done"
  | "response.mcp_call.in_progress"
  | "response.mcp_call.completed"
  | "response.mcp_call.failed"
  | "session.avatar.switch_to_speaking"
  | "session.avatar.switch_to_idle"
  | "response.video.delta"
  | "response.web_search_call.searching"
  | "response.web_search_call.in_progress"
  | "response.web_search_call.completed"
  | "response.file_search_call.searching"
  | "response.file_search_call.in_progress"
  | "response.file_search_call.completed"
  | "output_audio_buffer.cleared"
  | "response.audio_transcript.annotation.added"
  | "response.invocation.delta"
  | "realtime.call.incoming"
  | "realtime.call.connected"
  | "realtime.call.disconnected"
  | "realtime.call.failed"
  | "realtime.call.transfer.succeeded"
  | "realtime.call.transfer.failed"
  | "response.output_text.delta"
  | "response.output_text.done"
  | "response.output_audio_transcript.delta"
  | "response.output_audio_transcript.done"
  | "response.output_audio.delta"
  | "response.output_audio.done"
  | "conversation.created"
  | "conversation.item.added"
  | "conversation.item.done"
  | "conversation.item.input_audio_transcription.segment"
  | "input_audio_buffer.timeout_triggered"
  | "input_audio_buffer.dtmf_event_received"
  | "output_audio_buffer.started"
  | "output_audio_buffer.stopped"
  | "rate_limits.updated"
  | (string & {});

/**
 * Reports a non-fatal condition the client may want to know about; the session carries on.
 * Since api-version 2026-04-10.
 */
export interface ServerEventWarning {
  /** Event name `warning`. */
  type: "warning";
  /** Id the service assigned to this event. */
  eventId?: string;
  /** What the warning is about. */
  warning: ServerEventWarningDetails;
}

/**
 * Payload of the `warning` server event: a non-fatal notice after which the session continues.
 * Since api-version 2026-04-10.
 */
export interface ServerEventWarningDetails {
  /** Human-readable description of the warning. */
  message: string;
  /** Machine-readable warning code; may be `null`. */
  code?: string | null;
  /** Name of the parameter the warning relates to; may be `null`. */
  param?: string | null;
}

/** Silence-based voice activity detection, compatible with OpenAI's `server_vad`. */
export interface ServerVad {
  /** Selects silence-based detection. */
  type: "server_vad";
  /**
   * Speech probability from 0 to 1 above which audio counts as speech; higher values ignore more background sound.
   * Range: 0 to 1.
   */
  threshold?: number;
  /** Milliseconds of audio kept from before the detected start of speech. */
  prefixPaddingInMs?: number;
  /** Milliseconds of silence after which the user's turn is considered finished. */
  silenceDurationInMs?: number;
  /** Optional semantic end-of-utterance model that confirms the end of the turn. */
  endOfUtteranceDetection?: EouDetectionUnion;
  /** Whether the assistant's current audio item is cut back to the part already played when the user barges in. */
  autoTruncate?: boolean;
  /** Whether a response is generated automatically when the user's turn ends. */
  createResponse?: boolean;
  /** Whether user speech interrupts a response that is still being produced. */
  interruptResponse?: boolean;
}

/**
 * A session's audio settings, grouped by direction.
 * Since api-version v1.
 */
export interface SessionAudio {
  /** Settings of the audio the client sends. */
  input?: SessionAudioInput;
  /** Settings of the audio the service sends. */
  output?: SessionAudioOutput;
}

/**
 * Settings of the audio the client sends, and of what the service does with it.
 * Since api-version v1.
 */
export interface SessionAudioInput {
  /** Encoding of the audio the client sends. Defaults to `pcm16`. */
  format?: InputAudioFormat;
  /**
   * Sample rate in Hz of the audio the client sends. 8000 and 16000 are allowed for `pcm16`; the G.711
   * formats are always 8000 Hz. Defaults to 24000.
   */
  samplingRate?: 8000 | 16000 | 24000;
  /** Enables transcription of the user's audio and selects the speech-to-text model; `null` turns it off. */
  transcription?: AudioInputTranscriptionOptions | null;
  /** Noise suppression applied to the incoming audio before it is analysed; `null` turns it off. */
  noiseReduction?: AudioNoiseReduction | null;
  /** Removes the assistant's own playback from the microphone signal; `null` turns it off. */
  echoCancellation?: AudioEchoCancellation | null;
  /**
   * How the service decides that the user has finished speaking. Send `null` to switch automatic
   * turn detection off and drive turns manually with `input_audio_buffer.commit` and `response.create`.
   */
  turnDetection?: TurnDetectionUnion | null;
}

/**
 * Settings of the audio the service sends.
 * Since api-version v1.
 */
export interface SessionAudioOutput {
  /** Encoding of the audio the service returns. Defaults to `pcm16`. */
  format?: OutputAudioFormat;
  /**
   * Voice used for synthesized speech: an OpenAI voice name, an OpenAI voice object or an Azure voice.
   * Pick it in the first `session.update`: the service keeps it once audio has been produced.
   */
  voice?: Voice;
  /** Kinds of timing information to emit for synthesized audio (currently per word). */
  timestampTypes?: AudioTimestampType[];
}

/**
 * Optional data the client asks the service to add to server events.
 *
 * Known values (any other string is accepted too):
 * - `item.input_audio_transcription.logprobs`: Add token log probabilities to input audio transcription events.
 * - `item.input_audio_transcription.phrases`: Add recognized phrases with timing to input audio transcription events.
 * - `file_search_call.results`: Add the matched documents to file search call items.
 * Since api-version 2026-04-10.
 */
export type SessionIncludeOption =
  | "item.input_audio_transcription.logprobs"
  | "item.input_audio_transcription.phrases"
  | "file_search_call.results"
  | (string & {});

/**
 * Where a SIP call stands. The service may report states this list does not know yet.
 *
 * Known values (any other string is accepted too):
 * - `WaitingForCustomer`: The call arrived and waits for the application to accept or reject it.
 * - `Accepting`: The application accepted the call; the service is setting it up.
 * - `Accepted`: Media is negotiated, but the call is not fully connected yet.
 * - `Connected`: The call is live and bridged to the session.
 * - `Rejecting`: The application rejected the call; the rejection is under way.
 * - `Transferring`: A blind transfer is under way.
 * - `Terminating`: The call is being torn down.
 * - `Disconnected`: The call ended (hang-up, rejection or completed transfer).
 * - `Failed`: Setting up or running the call failed.
 * - `Expired`: Nobody decided on the waiting call in time.
 * Only in api-version 2026-07-31-preview.
 */
export type SipCallState =
  | "WaitingForCustomer"
  | "Accepting"
  | "Accepted"
  | "Connected"
  | "Rejecting"
  | "Transferring"
  | "Terminating"
  | "Disconnected"
  | "Failed"
  | "Expired"
  | (string & {});

/**
 * Why a SIP call ended. The service may report reasons this list does not know yet.
 *
 * Known values (any other string is accepted too):
 * - `Rejected`: The application rejected the incoming call.
 * - `CustomerHangup`: The application hung up.
 * - `SipProxyTerminate`: The caller's side of the SIP call ended.
 * - `DecisionTimeout`: Nobody accepted or rejected the incoming call in time.
 * - `SetupFailure`: The call could not be set up.
 * - `TransferSucceeded`: The call left the service because a transfer succeeded.
 * - `RuntimeError`: An error while the call ran ended it.
 * Only in api-version 2026-07-31-preview.
 */
export type SipCallTerminalReason =
  | "Rejected"
  | "CustomerHangup"
  | "SipProxyTerminate"
  | "DecisionTimeout"
  | "SetupFailure"
  | "TransferSucceeded"
  | "RuntimeError"
  | (string & {});

/**
 * How far a blind transfer got. The service may report states this list does not know yet.
 *
 * Known values (any other string is accepted too):
 * - `trying`: The SIP side took the transfer and is working on it.
 * - `succeeded`: The transfer went through.
 * - `failed`: The transfer did not go through.
 * Only in api-version 2026-07-31-preview.
 */
export type SipTransferState =
  | "trying"
  | "succeeded"
  | "failed"
  | (string & {});

/**
 * Interim responses chosen from a list of fixed phrases.
 * Since api-version 2026-04-10.
 */
export interface StaticInterimResponseConfig {
  /** Selects fixed filler phrases. */
  type: "static_interim_response";
  /** Conditions that cause a filler phrase to be spoken. Defaults to `["latency"]`. */
  triggers?: InterimResponseTrigger[];
  /**
   * Delay in milliseconds after which the latency trigger fires. Defaults to 2000.
   * At least 0.
   */
  latencyThresholdInMs?: number;
  /** Phrases the service may speak as filler. */
  texts?: string[];
}

/** A system message that adds instructions or context for the model mid-conversation. */
export interface SystemMessageItem {
  /** Marks a message item. */
  type: "message";
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
  /** Authored by the system. */
  role: "system";
  /** Ordered pieces of text or audio that make up the message. */
  content: MessageContentPartUnion[];
  /** Whether the message is complete or was cut short. */
  status?: ItemParamStatus;
}

/** Token counts for a response. */
export interface TokenUsage {
  /** Input plus output tokens. */
  totalTokens: number;
  /** Tokens consumed as input, including cached ones. */
  inputTokens: number;
  /** Tokens generated as output. */
  outputTokens: number;
  /** Breakdown of the input tokens by kind. */
  inputTokenDetails: InputTokenDetails;
  /** Breakdown of the output tokens by kind. */
  outputTokenDetails: OutputTokenDetails;
}

/** A tool the model may use while answering, discriminated by `type`. */
export interface Tool {
  /** Kind of tool. */
  type: ToolType;
}

/** Any Tool: one of the known variants, or a variant this SDK does not know yet (as `Tool`). */
export type ToolUnion =
  | FunctionTool
  | EndConversationTool
  | MCPServer
  | Tool;

/** Tool selection policy: a keyword or an object naming one specific function. */
export type ToolChoice =
  | ToolChoiceLiteral
  | ToolChoiceObjectUnion;

/** Forces the model to call the named function. */
export interface ToolChoiceFunctionObject {
  /** Selects a function tool. */
  type: "function";
  /** Name of the function the model must call. */
  name: string;
}

/**
 * Keyword tool selection policies.
 *
 * Known values (any other string is accepted too):
 * - `auto`: The model decides whether to call a tool.
 * - `none`: The model answers without calling tools.
 * - `required`: The model must call at least one tool.
 */
export type ToolChoiceLiteral =
  | "auto"
  | "none"
  | "required"
  | (string & {});

/** Tool selection that names one tool, discriminated by `type`. */
export interface ToolChoiceObject {
  /** Kind of tool being selected. */
  type: ToolType;
}

/** Any ToolChoiceObject: one of the known variants, or a variant this SDK does not know yet (as `ToolChoiceObject`). */
export type ToolChoiceObjectUnion =
  | ToolChoiceFunctionObject
  | ToolChoiceObject;

/**
 * Kinds of tools.
 *
 * Known values (any other string is accepted too):
 * - `function`: A function implemented by the client; the model emits call arguments and the client returns the result.
 * - `mcp`: A remote Model Context Protocol server whose tools the service calls directly. Since api-version 2026-04-10.
 * - `end_conversation`: A tool the service runs itself to end the conversation (published for 2026-04-10 only). Only in api-version 2026-04-10.
 */
export type ToolType =
  | "function"
  | "mcp"
  | "end_conversation"
  | (string & {});

/**
 * Known speech-to-text models for input transcription.
 *
 * Known values (any other string is accepted too):
 * - `whisper-1`: OpenAI Whisper.
 * - `gpt-4o-transcribe`: OpenAI GPT-4o transcription.
 * - `gpt-4o-mini-transcribe`: The smaller OpenAI GPT-4o mini transcription model.
 * - `gpt-4o-transcribe-diarize`: OpenAI GPT-4o transcription that also tells the speakers apart. Since api-version 2026-04-10.
 * - `mai-transcribe-1`: Microsoft AI's MAI-Transcribe-1. Since api-version 2026-04-10.
 * - `azure-speech`: Azure AI Speech recognition, intended for cascaded (non-multimodal) pipelines.
 */
export type TranscriptionModel =
  | "whisper-1"
  | "gpt-4o-transcribe"
  | "gpt-4o-mini-transcribe"
  | "gpt-4o-transcribe-diarize"
  | "mai-transcribe-1"
  | "azure-speech"
  | (string & {});

/**
 * A recognized phrase in a transcription, with its position in the audio.
 * Since api-version 2026-04-10.
 */
export interface TranscriptionPhrase {
  /** Start of the phrase, in milliseconds from the start of the audio. */
  offsetInMs: number;
  /** Length of the phrase in milliseconds. */
  durationInMs: number;
  /** Recognized text of the phrase. */
  text: string;
  /** Individual words of the phrase with their timing. */
  words?: TranscriptionWord[];
  /** Locale the phrase was recognized in. */
  locale?: string;
  /** Recognition confidence for the phrase. */
  confidence?: number;
}

/**
 * A recognized word with its position in the audio.
 * Since api-version 2026-04-10.
 */
export interface TranscriptionWord {
  /** Recognized text of the word. */
  text: string;
  /** Start of the word, in milliseconds from the start of the audio. */
  offsetInMs: number;
  /** Length of the word in milliseconds. */
  durationInMs: number;
}

/** Automatic turn detection: how the service finds where the user's turn starts and ends. Discriminated by `type`. */
export interface TurnDetection {
  /** Detection algorithm to use. */
  type: TurnDetectionType;
}

/** Any TurnDetection: one of the known variants, or a variant this SDK does not know yet (as `TurnDetection`). */
export type TurnDetectionUnion =
  | ServerVad
  | AzureSemanticVad
  | AzureSemanticVadEn
  | AzureSemanticVadMultilingual
  | TurnDetection;

/**
 * Available turn detection algorithms.
 *
 * Known values (any other string is accepted too):
 * - `server_vad`: Voice activity detection based on audio energy and silence (OpenAI-compatible).
 * - `azure_semantic_vad`: Azure semantic voice activity detection for any language.
 * - `azure_semantic_vad_en`: Azure semantic voice activity detection tuned for English.
 * - `azure_semantic_vad_multilingual`: Azure semantic voice activity detection tuned for several languages at once.
 */
export type TurnDetectionType =
  | "server_vad"
  | "azure_semantic_vad"
  | "azure_semantic_vad_en"
  | "azure_semantic_vad_multilingual"
  | (string & {});

/** A message from the user, carrying text and/or audio. */
export interface UserMessageItem {
  /** Marks a message item. */
  type: "message";
  /** Client-chosen item id; the service generates one when it is omitted. */
  id?: string;
  /** Authored by the user. */
  role: "user";
  /** Ordered pieces of text or audio that make up the message. */
  content: MessageContentPartUnion[];
  /** Whether the message is complete or was cut short. */
  status?: ItemParamStatus;
}

/** Crop rectangle given by two corners in pixels of the rendered frame. */
export interface VideoCrop {
  /**
   * Upper-left corner as `[x, y]`.
   * Exactly 2 items.
   */
  topLeft: number[];
  /**
   * Lower-right corner as `[x, y]`.
   * Exactly 2 items.
   */
  bottomRight: number[];
}

/** Encoding and layout of the avatar video stream. */
export interface VideoParams {
  /** Target video bit rate in bits per second. Defaults to 2000000. */
  bitrate?: number;
  /** Video codec; H.264 is the only option and the default. */
  codec?: "h264";
  /** Rectangle of the rendered frame to keep. */
  crop?: VideoCrop;
  /** Output frame size in pixels. */
  resolution?: VideoResolution;
  /** Solid colour or image shown behind the avatar. */
  background?: Background;
  /**
   * Group-of-pictures size: number of frames between key frames, 1 to 2000. Defaults to 10.
   * Range: 1 to 2000.
   */
  gopSize?: number;
}

/** Size of the avatar video frame. */
export interface VideoResolution {
  /**
   * Frame width in pixels; must be positive.
   * Must be more than 0.
   */
  width: number;
  /**
   * Frame height in pixels; must be positive.
   * Must be more than 0.
   */
  height: number;
}

/**
 * Voice for synthesized speech. It is either a bare OpenAI voice name (`"alloy"`), an OpenAI voice object,
 * an Azure text-to-speech voice object discriminated by `type`, or (from 2026-07-15) a native voice of the
 * `azure-realtime` model.
 */
export type Voice =
  | OAIVoice
  | OpenAIVoice
  | AzureVoiceUnion
  | AzureRealtimeNativeVoice;

/** Error description used inside other server events, such as a failed input audio transcription. */
export interface VoiceLiveErrorDetails {
  /** Machine-readable error code; may be `null`. */
  code?: string | null;
  /** Human-readable explanation of the problem. */
  message: string;
  /** Name of the parameter the error relates to; may be `null`. */
  param?: string | null;
  /** Error category; may be `null`. */
  type?: string | null;
  /** The `event_id` of the client event that caused the error; may be `null`. */
  eventId?: string | null;
}

/** A model response: one turn of assistant output, reported in `response.created` and `response.done`. */
export interface VoiceLiveResponse {
  /** Identifier of the response. */
  id?: string;
  /** Object kind marker; always `realtime.response`. */
  object?: "realtime.response";
  /** Where the response is in its life cycle. */
  status?: ResponseStatus;
  /** Why the response was cancelled, left incomplete or failed; `null` while it runs or after normal completion. */
  statusDetails?: ResponseStatusDetailsUnion | null;
  /** Items produced by the response. In `response.done` these carry transcripts but no raw audio. */
  output?: ResponseItemUnion[];
  /** Token counts billed for the response; `null` until the response has finished. */
  usage?: TokenUsage | null;
  /** Identifier of the conversation the response belongs to. */
  conversationId?: string;
  /**
   * Voice the response was spoken with.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  voice?: Voice;
  /**
   * Output kinds the response produced.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  modalities?: Modality[];
  /**
   * Encoding of the response's audio.
   *
   * Only in api-version 2025-10-01, 2026-04-10, 2026-07-15, 2026-07-31-preview.
   */
  outputAudioFormat?: OutputAudioFormat;
  /** Sampling temperature used for the response. The response documentation gives 0.8 as the default. */
  temperature?: number;
  /** Output token cap that applied to the response, or `"inf"` when there was none. */
  maxOutputTokens?: number | "inf";
  /**
   * Key/value labels attached to the response: at most 16 pairs, keys up to 64 and values up to 512 characters.
   * At most 16 entries. Keys of at most 64 characters.
   */
  metadata?: Record<string, string>;
  /**
   * Output kinds the response produced.
   *
   * Since api-version v1.
   */
  outputModalities?: OutputModality[];
  /**
   * Audio settings the response was produced with.
   *
   * Since api-version v1.
   */
  audio?: ResponseAudio;
}
