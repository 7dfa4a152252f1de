/**
 * The protocol without the WebSocket: generated models, serializers and tables, API versions, and
 * validation with errors in the models' own terms. Both entry points export it.
 */
export * from "../generated/index.js";
export { resolveApiVersion } from "./versions.js";
export {
  modelPath,
  validateClientEvent,
  validateServerEvent,
  validateWireEvent,
  type EventDirection,
  type ValidationIssue,
  type ValidationRule,
} from "./validation.js";
