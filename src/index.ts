/**
 * ai-voicelive: a TypeScript SDK for Azure AI Voice Live, the realtime speech-to-speech WebSocket API.
 *
 * @example
 * import { AzureKeyCredential } from "@azure/core-auth";
 * import { VoiceLiveClient } from "ai-voicelive";
 *
 * const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(key));
 * const session = await client.startSession("gpt-realtime");
 */
export { VoiceLiveClient, type AgentTarget, type RequestSessionWithModel, type SessionTarget, type StartSessionOptions, type VoiceLiveClientOptions } from "./client.js";
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
  type VoiceLiveHandlers,
  type VoiceLiveSessionOptions,
  type VoiceLiveSubscription,
  type WaitForOptions,
} from "./session.js";
export { anonymousCredential, type AnonymousCredential } from "./credentials.js";
export * from "./errors.js";
export * from "./protocol.js";
// Credentials come from @azure/core-auth (AzureKeyCredential) or @azure/identity, as in the Azure SDKs. Not
// re-exported: @azure/core-auth's runtime is a fifth of this package's import time, and only types are needed here.
export type { KeyCredential, TokenCredential } from "@azure/core-auth";
