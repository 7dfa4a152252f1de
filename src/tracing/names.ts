/**
 * The names this SDK's spans and their attributes use, in one place, so that the code that sets them
 * and `docs/tracing.md` agree. OpenTelemetry GenAI and general semantic conventions where one fits
 * (`gen_ai.*`, `server.address`, `error.type`); `voicelive.*` where none does.
 */

/** The Azure resource provider namespace of Voice Live, as the Azure SDK guidelines ask for `az.namespace`. */
export const TRACING_NAMESPACE = "Microsoft.CognitiveServices";

/** `gen_ai.system` of every span: there is no registered value for Voice Live, so Azure's prefix is used. */
export const GEN_AI_SYSTEM = "az.ai.voicelive";

export const SpanNames = {
  connect: "voicelive.connect",
  session: "voicelive.session",
  response: "voicelive.response",
} as const;

export const Attr = {
  operation: "gen_ai.operation.name",
  system: "gen_ai.system",
  model: "gen_ai.request.model",
  agentName: "gen_ai.agent.name",
  agentProject: "voicelive.agent.project_name",
  conversationId: "gen_ai.conversation.id",
  responseId: "gen_ai.response.id",
  inputTokens: "gen_ai.usage.input_tokens",
  outputTokens: "gen_ai.usage.output_tokens",
  serverAddress: "server.address",
  serverPort: "server.port",
  statusCode: "http.response.status_code",
  errorType: "error.type",
  apiVersion: "voicelive.api_version",
  attempt: "voicelive.connect.attempt",
  reconnect: "voicelive.connect.reconnect",
  closeCode: "voicelive.close.code",
  closeReason: "voicelive.close.reason",
  status: "voicelive.response.status",
  statusReason: "voicelive.response.status_reason",
  inputAudioTokens: "voicelive.usage.input_audio_tokens",
  outputAudioTokens: "voicelive.usage.output_audio_tokens",
  cachedTokens: "voicelive.usage.cached_tokens",
  /** What the turn's times count from: `speech_stopped`, `committed` or `response_created`. */
  turnStart: "voicelive.turn.start",
  responseCreatedMs: "voicelive.response.time_to_created_ms",
  firstAudioMs: "voicelive.response.time_to_first_audio_ms",
  firstTranscriptMs: "voicelive.response.time_to_first_transcript_ms",
  doneMs: "voicelive.response.time_to_done_ms",
  truncated: "voicelive.response.truncated",
  eventType: "voicelive.event.type",
  itemId: "voicelive.item.id",
  audioEndMs: "voicelive.item.audio_end_ms",
  /** Content: set only with `enableContentRecording`. */
  transcript: "voicelive.response.transcript",
  /** Content: a service error's message may quote what the user sent; set only with `enableContentRecording`. */
  errorMessage: "voicelive.error.message",
} as const;

export const EventNames = {
  sendError: "voicelive.send_error",
  receiveError: "voicelive.receive_error",
  serverError: "voicelive.server_error",
  truncated: "voicelive.item.truncated",
} as const;
