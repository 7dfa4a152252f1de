/**
 * The protocol without the WebSocket, as a client needs it: generated models, the client's
 * serializers (client events to the wire, server events from it), tables, API versions, and
 * validation with errors in the models' own terms. `ai-voicelive/models` adds the server's
 * directions and every version's validators.
 */
export * from "../generated/models.js";
export * from "../generated/serializers.js";
export * from "../generated/tables.js";
export { base64ToBytes, bytesToBase64, type WireObject } from "./runtime/convert.js";
export { loadValidators, validatorsFor, type WireSchemaError, type WireValidators } from "./validators.js";
export { resolveApiVersion } from "./versions.js";
export {
  modelPath,
  validateClientEvent,
  validateWireEvent,
  type EventDirection,
  type ValidationIssue,
  type ValidationRule,
} from "./validation.js";
