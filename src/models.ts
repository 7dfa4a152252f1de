/**
 * `ai-voicelive/models`: the protocol without the WebSocket. The generated models and `Known*`
 * constants, serializers in all four directions, the protocol's tables, the precompiled validators
 * of every API version (loaded at import, so validation is synchronous for any of them), and
 * validation with errors in the models' own terms. For schema conformance tests, servers, proxies
 * and tools.
 */
import type { ServerEvent, UnknownServerEvent } from "../generated/models.js";
import { serializeServerEvent } from "../generated/server-serializers.js";
import { validateWireEvent, type ValidationIssue } from "./validation.js";

export type * from "../generated/models.js";
export * from "../generated/known.js";
export * from "../generated/serializers.js";
export * from "../generated/server-serializers.js";
export {
  apiVersions,
  clientEventTypes,
  datedApiVersions,
  eventTypesByVersion,
  labelApiVersions,
  latestApiVersion,
  movedFields,
  previewApiVersions,
  realtimeEndpoint,
  serverEventHandlerNames,
  serverEventTypeRenames,
  serverEventTypes,
  type ApiVersion,
  type DatedApiVersion,
} from "../generated/tables.js";
export { base64ToBytes, bytesToBase64, type WireObject } from "./runtime/convert.js";
export { validators } from "./internal/all-validators.js";
export { loadValidators, validatorsFor, type WireSchemaError, type WireValidators } from "./validators.js";
export { versionedNames } from "../generated/versioned-names.js";
export { isInApiVersion, type VersionedName } from "./version-names.js";
export { isLabelApiVersion, resolveApiVersion } from "./versions.js";
export { isKnownClientEventType, isKnownServerEventType, isUnknownClientEvent, isUnknownServerEvent, unknownEventType } from "./events.js";
export {
  modelPath,
  validateClientEvent,
  validateWireEvent,
  type EventDirection,
  type ValidationIssue,
  type ValidationRule,
} from "./validation.js";

/** Validates a server event in model form for an API version. Returns no issues when it is valid. */
export function validateServerEvent(event: ServerEvent | UnknownServerEvent, apiVersion?: string): readonly ValidationIssue[] {
  return validateWireEvent(serializeServerEvent(event), "server", apiVersion);
}
