/**
 * Session and response settings in the shape of the session's API version. The emulator works on
 * the dated shape (flat `input_audio_format`, `voice`, `modalities`, ...); a version that keeps a
 * setting elsewhere (`v1`: `audio.input.format`, `audio.output.voice`, `output_modalities`) has it
 * moved back on the way in and out again on the way out, by the generated `movedFields` table, so
 * that nothing here names a field or a version.
 */
import { movedFields } from "../../generated/tables.js";
import type { ApiVersion } from "../versions.js";
import { isObject, type Wire } from "./wire.js";

/** `wire`, a `model` object in `version`'s shape, in the dated shape. The input is not changed. */
export function toDatedShape(model: string, wire: Wire, version: ApiVersion): Wire {
  const moves = movedFields[version][model];
  if (!moves) return wire;
  const out: Wire = { ...wire };
  for (const [field, path] of Object.entries(moves)) {
    const found = take(out, path);
    if (found.present) out[field] = found.value;
  }
  return out;
}

/** `wire`, a `model` object in the dated shape, in `version`'s shape. The input is not changed. */
export function toVersionShape(model: string, wire: Wire, version: ApiVersion): Wire {
  const moves = movedFields[version][model];
  if (!moves) return wire;
  const out: Wire = { ...wire };
  for (const [field, path] of Object.entries(moves)) {
    if (!(field in out)) continue;
    const value = out[field];
    delete out[field];
    put(out, path, value);
  }
  return out;
}

/** Removes and returns the value at `path` (copying the objects on the way), dropping objects it leaves empty. */
function take(obj: Wire, path: readonly string[]): { present: boolean; value?: unknown } {
  const [head, ...rest] = path;
  if (!(head in obj)) return { present: false };
  if (!rest.length) {
    const value = obj[head];
    delete obj[head];
    return { present: true, value };
  }
  const child = obj[head];
  if (!isObject(child)) return { present: false };
  const copy = { ...child };
  const found = take(copy, rest);
  if (Object.keys(copy).length) obj[head] = copy;
  else delete obj[head];
  return found;
}

/** Sets the value at `path`, copying the objects on the way and creating the missing ones. */
function put(obj: Wire, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (!rest.length) {
    obj[head] = value;
    return;
  }
  const child: Wire = isObject(obj[head]) ? { ...(obj[head] as Wire) } : {};
  obj[head] = child;
  put(child, rest, value);
}
