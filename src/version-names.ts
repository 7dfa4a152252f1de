/**
 * What exists in some API versions only (`generated/versioned-names.ts`). Apart from versions.ts because
 * the SDK's entry does not need it: `ai-voicelive/models`, the emulator and the command load it.
 */
import type { ApiVersion } from "../generated/tables.js";
import { versionedNames } from "../generated/versioned-names.js";

/** Something that exists in some API versions only: a model, `Model.field`, or `Union.value`. */
export type VersionedName = keyof typeof versionedNames;

/**
 * Whether something that exists in some API versions only exists in `version`.
 *
 * @example
 * isInApiVersion("ResponseSession.expires_at", "2025-10-01"); // false
 */
export function isInApiVersion(name: VersionedName, version: ApiVersion): boolean {
  return (versionedNames[name] as readonly string[]).includes(version);
}
