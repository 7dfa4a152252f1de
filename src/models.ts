/**
 * `ai-voicelive/models`: the generated protocol models, serializers in all four directions, tables
 * and precompiled validators, plus validation with errors in the models' own terms. No WebSocket
 * code. Importing it loads the validators of every modelled API version, so validation is
 * synchronous for any of them.
 */
import type { ServerEvent, UnknownServerEvent } from "../generated/models.js";
import { serializeServerEvent } from "../generated/server-serializers.js";
import { validateWireEvent, type ValidationIssue } from "./validation.js";

export * from "./protocol.js";
export * from "../generated/server-serializers.js";
export { validators } from "./internal/all-validators.js";

/** Validates a server event in model form for an API version. Returns no issues when it is valid. */
export function validateServerEvent(event: ServerEvent | UnknownServerEvent, apiVersion?: string): readonly ValidationIssue[] {
  return validateWireEvent(serializeServerEvent(event), "server", apiVersion);
}
