/**
 * The validators of one API version, built from its precompiled module (generated/validators/<version>.ts).
 * A module holds ajv's validator of each event model, the base validators of the two event roots,
 * and a map from event type to validator; this turns them into the two checks the SDK calls.
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

/** What a generated validator module exports. */
export interface ValidatorModule {
  /** The base checks of a client and a server event (an unknown `type` is checked against these alone). */
  ClientEvent: CompiledValidator;
  ServerEvent: CompiledValidator;
  /** The validator of each known event type of the version. */
  clientEventValidators: ReadonlyMap<string, CompiledValidator>;
  serverEventValidators: ReadonlyMap<string, CompiledValidator>;
}

/**
 * The checks of one version. A frame is checked by the validator of its own `type` (one precise
 * error, no 50-way `oneOf`), or by the base when its type is unknown.
 */
export function wireValidators(m: ValidatorModule): WireValidators {
  const run = (validators: ReadonlyMap<string, CompiledValidator>, base: CompiledValidator, frame: unknown) => {
    const validate = (frame !== null && typeof frame === "object" && validators.get((frame as { type?: string }).type as string)) || base;
    return validate(frame) ? null : (validate.errors ?? []);
  };
  return {
    validateClientEvent: (frame) => run(m.clientEventValidators, m.ClientEvent, frame),
    validateServerEvent: (frame) => run(m.serverEventValidators, m.ServerEvent, frame),
  };
}
