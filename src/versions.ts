import { apiVersions, latestApiVersion, type ApiVersion } from "../generated/tables.js";

export { apiVersions, latestApiVersion, type ApiVersion };

const DATED = /^(\d{4}-\d{2}-\d{2})/;

/**
 * Maps any api-version string to the modelled version whose rules apply to it.
 *
 * A modelled version maps to itself. Another dated version (a preview, say) maps to the oldest
 * modelled version that is not older than it: `2026-01-01-preview` → `2026-07-15`. Anything newer
 * than every modelled version, or not dated at all (`v1`), maps to the newest, so that the SDK never
 * rejects what a newer service accepts.
 *
 * @example
 * resolveApiVersion("2025-10-01"); // "2025-10-01"
 * resolveApiVersion("2025-05-01-preview"); // "2025-10-01"
 * resolveApiVersion("2027-01-01"); // "2026-07-15"
 */
export function resolveApiVersion(version: string | undefined): ApiVersion {
  if (version === undefined) return latestApiVersion;
  if ((apiVersions as readonly string[]).includes(version)) return version as ApiVersion;
  const date = DATED.exec(version)?.[1];
  if (!date) return latestApiVersion;
  return apiVersions.find((v) => v >= date) ?? latestApiVersion;
}
