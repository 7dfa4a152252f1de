/**
 * API versions: which modelled version's rules apply to an api-version string, and what exists in
 * which version. Everything here is derived from the spec's tables; nothing compares version
 * strings by hand.
 */
import { apiVersions, latestApiVersion, previewApiVersions, versionedNames, type ApiVersion } from "../generated/tables.js";
import { VoiceLiveError } from "./errors.js";

export { apiVersions, latestApiVersion, previewApiVersions, type ApiVersion };

/** Something that exists in some API versions only: a model, `Model.field`, or `Union.value`. */
export type VersionedName = keyof typeof versionedNames;

/** How an api-version string was placed: a modelled version, a dated one (a preview, say), or a label such as `v1`. */
export type ApiVersionKind = "modelled" | "dated" | "label";

const DATED = /^(\d{4}-\d{2}-\d{2})(-[A-Za-z0-9.]+)?$/;
const LABEL = /^v\d+$/;
/**
 * A preview without a date, such as `virtual-public-preview`: upstream publishes it as the preview
 * surface of the label version (`v1` plus features fenced out of it), so it is placed as a label.
 */
const UNDATED_PREVIEW = /^[a-z]+(?:-[a-z]+)*-preview$/;

/** The modelled versions that carry a date, oldest first (a label such as `v1` carries none). */
const datedVersions: readonly ApiVersion[] = apiVersions.filter((v) => DATED.test(v));

/**
 * Places an api-version string: the modelled version whose rules apply to it, and how it was placed.
 * Throws `INVALID_ARGUMENT`, naming the known versions, for a string it cannot place.
 */
export function placeApiVersion(version: string): { schemaVersion: ApiVersion; kind: ApiVersionKind } {
  if ((apiVersions as readonly string[]).includes(version)) return { schemaVersion: version as ApiVersion, kind: "modelled" };
  const date = DATED.exec(version)?.[1];
  if (date !== undefined) {
    // ISO dates compare as strings: the oldest modelled version dated on or after this one, else the
    // newest dated one, so that a frame a newer service takes is not refused for being newer.
    return { schemaVersion: datedVersions.find((v) => v.slice(0, 10) >= date) ?? datedVersions.at(-1)!, kind: "dated" };
  }
  if (LABEL.test(version) || UNDATED_PREVIEW.test(version)) return { schemaVersion: latestApiVersion, kind: "label" };
  throw new VoiceLiveError(
    "INVALID_ARGUMENT",
    `api-version ${JSON.stringify(version.slice(0, 40))} is not one this SDK can place: use ${apiVersions.join(", ")}, another dated version (YYYY-MM-DD, with a suffix such as -preview), or a label such as v1`,
  );
}

/**
 * The modelled version whose rules apply to an api-version string:
 * - a modelled version is itself, a modelled preview (`previewApiVersions`) included;
 * - another dated version (`YYYY-MM-DD`, a preview's `-preview` suffix allowed) maps to the oldest
 *   modelled version dated on or after it (`2026-01-01-preview` → `2026-04-10`), and a date after
 *   every modelled version to the newest dated one, so that the SDK never refuses what a newer
 *   service takes;
 * - a label such as `v1`, and an undated preview of it (`virtual-public-preview`), maps to the
 *   default (its own shapes are not modelled yet);
 * - no version (`undefined`) is the default, `latestApiVersion`: the newest generally available one.
 * Anything else is refused with `INVALID_ARGUMENT`, naming the known versions. docs/api-versions.md
 * says which published previews this rule was checked against.
 *
 * @example
 * resolveApiVersion("2025-10-01"); // "2025-10-01"
 * resolveApiVersion("2025-05-01-preview"); // "2025-10-01"
 * resolveApiVersion("2027-01-01"); // the newest dated modelled version
 */
export function resolveApiVersion(version: string | undefined): ApiVersion {
  return version === undefined ? latestApiVersion : placeApiVersion(version).schemaVersion;
}

/**
 * Whether something that exists in some API versions only exists in `version`.
 *
 * @example
 * isInApiVersion("ResponseSession.expires_at", "2025-10-01"); // false
 */
export function isInApiVersion(name: VersionedName, version: ApiVersion): boolean {
  return (versionedNames[name] as readonly string[]).includes(version);
}
