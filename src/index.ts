/**
 * ai-voicelive: a TypeScript SDK for Azure AI Voice Live, the realtime speech-to-speech WebSocket API.
 *
 * This entry point holds the client, the session, errors, credentials, the protocol's model types,
 * guards and `Known*` constants. Serializers, tables and validation are in `ai-voicelive/models`.
 *
 * @example
 * import { AzureKeyCredential } from "@azure/core-auth";
 * import { VoiceLiveClient } from "ai-voicelive";
 *
 * const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(key));
 * const session = await client.startSession("gpt-realtime");
 */
export { VoiceLiveClient, type CreateSessionOptions, type RequestSessionWithModel, type SessionTarget, type StartSessionOptions, type VoiceLiveClientOptions } from "./client.js";
export {
  VoiceLiveSession,
  type AnyServerEvent,
  type ConnectOptions,
  type EventContext,
  type EventIteratorOptions,
  type ReconnectedInfo,
  type ReconnectingInfo,
  type ReconnectOptions,
  type SendBufferOptions,
  type SendStats,
  type SessionState,
  type VoiceLiveSessionHandlers,
  type VoiceLiveSessionOptions,
  type VoiceLiveSubscription,
  type WaitForOptions,
} from "./session.js";
export * from "../generated/senders.js";
export type { AudioInput } from "./runtime/audio.js";
export { isKnownServerEventType, isUnknownServerEvent, unknownEventType } from "./events.js";
export { anonymousCredential, type AnonymousCredential } from "./credentials.js";
export * from "./errors.js";
export { webSocketTransport, type Transport, type TransportEvents, type TransportFactory, type TransportInit, type WebSocketClass, type WebSocketLike } from "./transport.js";
export type { ValidationIssue, ValidationRule } from "./validation.js";
export { apiVersions, latestApiVersion, previewApiVersions, resolveApiVersion, type ApiVersion } from "./versions.js";
export type * from "../generated/models.js";
export * from "../generated/known.js";
export * from "./deprecated.js";
// Credentials come from @azure/core-auth (AzureKeyCredential) or @azure/identity, as in the Azure SDKs. Not
// re-exported: @azure/core-auth's runtime is a fifth of this package's import time, and only types are needed here.
export type { KeyCredential, TokenCredential } from "@azure/core-auth";
