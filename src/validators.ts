/**
 * The precompiled validators of each API version, loaded on demand, one direction at a time. A
 * version's modules are large (most of the SDK's import time, and their source stays in the heap),
 * so a session loads its version's client module when it connects if it validates what it sends
 * (the default), and the server module only if it validates what it receives (`validateIncoming`).
 * `loadValidators` loads both; `ai-voicelive/models` loads every version at once.
 */
import type { ApiVersion } from "../generated/tables.js";
import { validatorModules } from "../generated/validators/index.js";
import { clientCheck, serverCheck, type ValidatorModule, type WireCheck, type WireValidators } from "./runtime/validators.js";
import type { EventDirection } from "./validation.js";

export type { WireSchemaError, WireValidators } from "./runtime/validators.js";

const checks: Record<EventDirection, Map<ApiVersion, WireCheck>> = { client: new Map(), server: new Map() };
const both = new Map<ApiVersion, WireValidators>();

/** The check of one direction of a version if it is loaded, else undefined. */
export function checkFor(version: ApiVersion, direction: EventDirection): WireCheck | undefined {
  return checks[direction].get(version);
}

/** Loads the validators of one direction of a version, once. */
export async function loadCheck(version: ApiVersion, direction: EventDirection): Promise<WireCheck> {
  const known = checks[direction].get(version);
  if (known) return known;
  const check = direction === "client" ? clientCheck(await validatorModules[version].client()) : serverCheck(await validatorModules[version].server());
  // Two concurrent loads of one module: keep the first, so a check's identity never changes.
  const first = checks[direction].get(version) ?? check;
  checks[direction].set(version, first);
  return first;
}

/** The validators of a version if both directions are loaded, else undefined. */
export function validatorsFor(version: ApiVersion): WireValidators | undefined {
  const known = both.get(version);
  if (known) return known;
  const validateClientEvent = checks.client.get(version);
  const validateServerEvent = checks.server.get(version);
  if (!validateClientEvent || !validateServerEvent) return undefined;
  const v = { validateClientEvent, validateServerEvent };
  both.set(version, v);
  return v;
}

/** Loads the validators of a version, both directions, once. */
export async function loadValidators(version: ApiVersion): Promise<WireValidators> {
  await Promise.all([loadCheck(version, "client"), loadCheck(version, "server")]);
  return validatorsFor(version)!;
}

/** Makes already imported validator modules (both directions) available to `validatorsFor` and `checkFor`. */
export function registerValidatorModules(modules: Record<ApiVersion, ValidatorModule>): Record<ApiVersion, WireValidators> {
  const out = {} as Record<ApiVersion, WireValidators>;
  for (const version of Object.keys(modules) as ApiVersion[]) {
    if (!checks.client.has(version)) checks.client.set(version, clientCheck(modules[version]));
    if (!checks.server.has(version)) checks.server.set(version, serverCheck(modules[version]));
    out[version] = validatorsFor(version)!;
  }
  return out;
}
