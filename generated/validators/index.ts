// Generated from spec/ by npm run generate. Do not edit.
import type { ApiVersion } from "../tables.js";

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

// Each version's validators are a large module (most of the SDK's import time): a version's module is
// loaded when a session of that version connects, or when `loadValidators` or `all.js` asks for it.
const loaded = new Map<ApiVersion, WireValidators>();
const importers: Record<ApiVersion, () => Promise<WireValidators>> = {
  "2025-10-01": () => import("./2025-10-01.js"),
  "2026-07-15": () => import("./2026-07-15.js"),
};

/** The validators of a version if they are loaded, else undefined. */
export function validatorsFor(version: ApiVersion): WireValidators | undefined {
  return loaded.get(version);
}

/** Loads the validators of a version, once. */
export async function loadValidators(version: ApiVersion): Promise<WireValidators> {
  const known = loaded.get(version);
  if (known) return known;
  const v = await importers[version]();
  loaded.set(version, v);
  return v;
}

/** Makes already imported validators available to validatorsFor. */
export function registerValidators(version: ApiVersion, v: WireValidators): void {
  loaded.set(version, v);
}
