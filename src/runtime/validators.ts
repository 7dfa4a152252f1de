/**
 * The validators of one API version, built from its precompiled modules (generated/validators/<version>.client.ts
 * and .server.ts). A module holds ajv's validator of each event model of its direction, the base
 * validator of its event root, and a map from event type to validator; this turns them into the checks
 * the SDK calls.
 */

/** One error of a precompiled validator (ajv's error object). */
export interface WireSchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The validators of one API version: each returns null when the frame is valid, or the errors. */
export interface WireValidators {
  validateClientEvent(frame: unknown): WireSchemaError[] | null;
  validateServerEvent(frame: unknown): WireSchemaError[] | null;
}

/** An ajv validator: true when valid; otherwise its `errors` say why. */
export interface CompiledValidator {
  (frame: unknown): boolean;
  errors?: WireSchemaError[] | null;
}

/** What a version's generated module of client-event validators exports. */
export interface ClientValidatorModule {
  /** The base check of a client event (an unknown `type` is checked against it alone). */
  ClientEvent: CompiledValidator;
  /** The validator of each known client event type of the version. */
  clientEventValidators: ReadonlyMap<string, CompiledValidator>;
}

/** What a version's generated module of server-event validators exports. */
export interface ServerValidatorModule {
  ServerEvent: CompiledValidator;
  serverEventValidators: ReadonlyMap<string, CompiledValidator>;
}

/** Both modules of a version. */
export type ValidatorModule = ClientValidatorModule & ServerValidatorModule;

/** One direction's check: null when the frame is valid, or the errors. */
export type WireCheck = (frame: unknown) => WireSchemaError[] | null;

/**
 * The check of one direction. A frame is checked by the validator of its own `type` (one precise
 * error, no 50-way `oneOf`), or by the base when its type is unknown.
 */
function wireCheck(validators: ReadonlyMap<string, CompiledValidator>, base: CompiledValidator): WireCheck {
  return (frame) => {
    const validate = (frame !== null && typeof frame === "object" && validators.get((frame as { type?: string }).type as string)) || base;
    return validate(frame) ? null : (validate.errors ?? []);
  };
}

/** The client check of a version's client module. */
export const clientCheck = (m: ClientValidatorModule): WireCheck => wireCheck(m.clientEventValidators, m.ClientEvent);

/** The server check of a version's server module. */
export const serverCheck = (m: ServerValidatorModule): WireCheck => wireCheck(m.serverEventValidators, m.ServerEvent);
