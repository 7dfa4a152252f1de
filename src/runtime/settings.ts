/**
 * The session config the client has sent, read and merged the way the service does, whichever
 * shape the API version gives it: the dated versions keep settings flat (`input_audio_format`),
 * `v1` groups them (`audio.input.format`). The places come from the spec (`@movedTo`), through
 * generated tables.
 */
import { isObject, type WireObject } from "./convert.js";

/** The first of `paths` in `config` that holds a string. */
export function stringSettingAt(config: WireObject | undefined, paths: readonly (readonly string[])[]): string | undefined {
  for (const path of paths) {
    let at: unknown = config;
    for (const key of path) at = isObject(at) ? at[key] : undefined;
    if (typeof at === "string") return at;
  }
  return undefined;
}

/**
 * A `session.update` patch over the config sent so far: a field replaces the one before, except in
 * the groups (`audio`, `audio.input`: the dotted paths in `groups`), whose fields merge one by one,
 * so that an update of the output voice keeps the input format.
 */
export function mergeSessionConfig(before: WireObject | undefined, patch: WireObject, groups: ReadonlySet<string>, at = ""): WireObject {
  const out: WireObject = { ...before };
  for (const [key, value] of Object.entries(patch)) {
    const path = at ? `${at}.${key}` : key;
    out[key] = groups.has(path) && isObject(value) && isObject(out[key]) ? mergeSessionConfig(out[key] as WireObject, value, groups, path) : value;
  }
  return out;
}
