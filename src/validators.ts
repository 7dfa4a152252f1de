/**
 * The precompiled validators of each API version, loaded on demand. A version's module is large
 * (most of the SDK's import time), so it is loaded when a session of that version connects, when
 * `loadValidators` asks for it, or all at once by `ai-voicelive/models`.
 */
import type { ApiVersion } from "../generated/tables.js";
import { validatorModules } from "../generated/validators/index.js";
import { wireValidators, type ValidatorModule, type WireValidators } from "./runtime/validators.js";

export type { WireSchemaError, WireValidators } from "./runtime/validators.js";

const loaded = new Map<ApiVersion, WireValidators>();

/** The validators of a version if they are loaded, else undefined. */
export function validatorsFor(version: ApiVersion): WireValidators | undefined {
  return loaded.get(version);
}

/** Loads the validators of a version, once. */
export async function loadValidators(version: ApiVersion): Promise<WireValidators> {
  const known = loaded.get(version);
  if (known) return known;
  const v = wireValidators(await validatorModules[version]());
  loaded.set(version, v);
  return v;
}

/** Makes already imported validator modules available to `validatorsFor`. */
export function registerValidatorModules(modules: Record<ApiVersion, ValidatorModule>): Record<ApiVersion, WireValidators> {
  const out = {} as Record<ApiVersion, WireValidators>;
  for (const version of Object.keys(modules) as ApiVersion[]) {
    const v = loaded.get(version) ?? wireValidators(modules[version]);
    loaded.set(version, v);
    out[version] = v;
  }
  return out;
}
