/**
 * `ai-voicelive/models`: the generated protocol models, serializers, tables and precompiled
 * validators, plus validation with errors in the models' own terms. No WebSocket code.
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
