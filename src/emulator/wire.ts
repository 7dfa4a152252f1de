/** Small helpers for wire JSON: objects, cloning, merging, error codes and params. */
import type { ValidationIssue } from "../validation.js";

/** A JSON object on the wire (snake_case). */
export type Wire = Record<string, unknown>;

export function isObject(value: unknown): value is Wire {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON data. */
export function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** An object without its `undefined` fields. */
export function compact(value: Wire): Wire {
  const out: Wire = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Merges a `session.update` patch into a config value: objects merge field by field (recursively),
 * anything else (arrays, strings, numbers, `null`) replaces. An object whose discriminator (`type`,
 * or `model` for end-of-utterance detection and voices) differs from the current one replaces it
 * whole, since the variants have different fields.
 */
export function mergeConfig(current: unknown, patch: unknown): unknown {
  if (!isObject(patch) || !isObject(current)) return clone(patch);
  for (const key of ["type", "model"]) {
    if (key in patch && key in current && patch[key] !== current[key]) return clone(patch);
  }
  const out: Wire = { ...current };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) out[k] = mergeConfig(current[k], v);
  return out;
}

/** A wire JSON pointer as the service's `param`: `/session/tools/0/name` → `session.tools[0].name`; the root → null. */
export function paramOf(pointer: string): string | null {
  if (!pointer) return null;
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(segment) ? `[${segment}]` : `${out ? "." : ""}${segment}`;
  }
  return out;
}

/** The error `code` for a schema issue, in the service's vocabulary. */
export function codeOf(issue: ValidationIssue): string {
  switch (issue.rule) {
    case "required":
      return "missing_required_parameter";
    case "type":
      return "invalid_type";
    case "unavailable":
      return issue.wirePath === "/type" ? "invalid_value" : "unknown_parameter";
    case "maxLength":
      return "string_above_max_length";
    case "minLength":
      return "string_below_min_length";
    default:
      return "invalid_value";
  }
}

/** A finite number, or the fallback for anything else. */
export function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Rough token count of a text: one token per four characters. */
export function textTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Splits a text into word-sized deltas whose concatenation is the text. */
export function textPieces(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
}

/** Splits a string into pieces of at most `size` characters. */
export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
