/**
 * API versions: which modelled version's rules apply to an api-version string, and what exists in
 * which version. Everything here is derived from the spec's tables; nothing compares version
 * strings by hand.
 */
import { apiVersions, datedApiVersions, eventTypesByVersion, labelApiVersions, latestApiVersion, previewApiVersions, serverEventTypeRenames, type ApiVersion } from "../generated/tables.js";
import { VoiceLiveError } from "./errors.js";

export { apiVersions, datedApiVersions, labelApiVersions, latestApiVersion, previewApiVersions, type ApiVersion };

/** How an api-version string was placed: a modelled version, another dated one (a preview, say), or another label (`v2`). */
export type ApiVersionKind = "modelled" | "dated" | "label";

const DATED = /^(\d{4}-\d{2}-\d{2})(-[A-Za-z0-9.]+)?$/;
const LABEL = /^v\d+$/;
/**
 * A preview without a date, such as `virtual-public-preview`: upstream publishes it as the preview
 * surface of the label version (`v1` plus features fenced out of it), so it is placed as a label.
 */
const UNDATED_PREVIEW = /^[a-z]+(?:-[a-z]+)*-preview$/;


/**
 * Places an api-version string: the modelled version whose rules apply to it, and how it was placed.
 * Throws `INVALID_ARGUMENT`, naming the known versions, for a string it cannot place.
 */
export function placeApiVersion(version: string): { schemaVersion: ApiVersion; kind: ApiVersionKind } {
  if ((apiVersions as readonly string[]).includes(version)) return { schemaVersion: version as ApiVersion, kind: "modelled" };
  const date = DATED.exec(version)?.[1];
  if (date !== undefined) {
    // ISO dates compare as strings, among the dated versions only (a preview's date is its first ten
    // characters): the oldest dated on or after this one, else the newest dated one, so that a frame
    // a newer service takes is not refused for being newer.
    return { schemaVersion: datedApiVersions.find((v) => v.slice(0, 10) >= date) ?? datedApiVersions.at(-1)!, kind: "dated" };
  }
  // A label the SDK does not model, or an undated preview of the label surface, is likelier to follow
  // the newest modelled label than a dated version.
  if (LABEL.test(version) || UNDATED_PREVIEW.test(version)) return { schemaVersion: labelApiVersions.at(-1) ?? latestApiVersion, kind: "label" };
  throw new VoiceLiveError(
    "INVALID_ARGUMENT",
    `api-version ${JSON.stringify(version.slice(0, 40))} is not one this SDK can place: use ${apiVersions.join(", ")}, another dated version (YYYY-MM-DD, with a suffix such as -preview), or a label such as v1`,
  );
}

/**
 * The modelled version whose rules apply to an api-version string:
 * - a modelled version is itself, a modelled preview (`previewApiVersions`) and the label `v1` included;
 * - another dated version (`YYYY-MM-DD`, a preview's `-preview` suffix allowed) maps to the oldest
 *   modelled dated version on or after it (`2026-01-01-preview` → `2026-04-10`), and a date after
 *   every modelled version to the newest dated one, so that the SDK never refuses what a newer
 *   service takes; labels are never picked by date;
 * - another label (`v2`), and an undated preview of the label surface (`virtual-public-preview`),
 *   maps to the newest modelled label;
 * - no version (`undefined`) is the default, `latestApiVersion`: the newest generally available dated version.
 * Anything else is refused with `INVALID_ARGUMENT`, naming the known versions. docs/api-versions.md
 * says which published previews this rule was checked against.
 *
 * @example
 * resolveApiVersion("2025-10-01"); // "2025-10-01"
 * resolveApiVersion("2025-05-01-preview"); // "2025-10-01"
 * resolveApiVersion("2027-01-01"); // the newest dated modelled version
 * resolveApiVersion("v1"); // "v1"
 */
export function resolveApiVersion(version: string | undefined): ApiVersion {
  return version === undefined ? latestApiVersion : placeApiVersion(version).schemaVersion;
}

/**
 * Whether an api-version string is placed on a label version (`v1`), whose shapes are the OpenAI
 * ones and which takes the credential in a header only.
 */
export function isLabelApiVersion(version: string): boolean {
  return (labelApiVersions as readonly string[]).includes(placeApiVersion(version).schemaVersion);
}

/**
 * Whether an event type is known to label versions (`v1`) only, to no dated one. Under another dated
 * version, placed on a modelled one by its date, such an event passes as unknown, as it did before the
 * label was modelled: the label's events are not on the date line, and a preview may have them
 * (2026-06-01-preview has `output_audio_buffer.started`, which v1 models). Modelling a label version
 * changes nothing of how a dated version string is judged.
 */
export function isLabelOnlyEventType(direction: "client" | "server", type: string): boolean {
  const has = (v: ApiVersion) => eventTypesByVersion[v][direction].includes(type);
  return labelApiVersions.some(has) && !datedApiVersions.some(has);
}

/** A renamed server event type → its dated name, over every version (`response.output_audio.delta` → `response.audio.delta`). */
const datedNames = new Map(Object.values(serverEventTypeRenames).flatMap((renames) => Object.entries(renames).map(([dated, renamed]) => [renamed, dated] as const)));

/**
 * The dated name of a server event type that some version sends under another name (`v1`'s
 * `response.output_audio.delta` is `response.audio.delta`, with the same fields); any other type as it is.
 */
export function datedServerEventType(type: string): string {
  return datedNames.get(type) ?? type;
}
