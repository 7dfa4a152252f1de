/**
 * Validation of events against the wire schema of an API version, with errors in the user's terms.
 *
 * The precompiled validators (generated/validators) report ajv errors on the wire JSON. This module
 * turns the first real failure into a `ValidationIssue`: what rule broke, where (as a wire JSON
 * pointer and as the camelCase path of the TypeScript models), and a sentence that says both,
 * such as `session.turnDetection.threshold must be <= 1 (got 1.5)`.
 */
import type { ClientEvent, UnknownClientEvent } from "../generated/models.js";
import { serializeClientEvent } from "../generated/serializers.js";
import { dispatchTable, eventModels, movedFields, serverEventTypeRenames, wireFields } from "../generated/tables.js";
import type { ApiVersion } from "../generated/tables.js";
import type { WireCheck } from "./runtime/validators.js";
import { checkFor, type WireSchemaError } from "./validators.js";
import { VoiceLiveError } from "./errors.js";
import { isLabelOnlyEventType, placeApiVersion, resolveApiVersion } from "./versions.js";

/** The rule an invalid value broke. */
export type ValidationRule =
  | "type"
  | "required"
  | "minimum"
  | "maximum"
  | "exclusiveMinimum"
  | "exclusiveMaximum"
  | "minLength"
  | "maxLength"
  | "minItems"
  | "maxItems"
  | "maxProperties"
  | "propertyName"
  | "enum"
  | "unavailable";

/** One problem found in an event. */
export interface ValidationIssue {
  /** A sentence naming the field in camelCase, the rule and the value, e.g. `session.turnDetection.threshold must be <= 1 (got 1.5)`. */
  message: string;
  /** Where, as a JSON pointer into the wire JSON: `/session/turn_detection/threshold`. */
  wirePath: string;
  /** Where, in the names of the TypeScript models: `session.turnDetection.threshold`. Empty for the event itself. */
  path: string;
  /** The rule that failed. */
  rule: ValidationRule;
  /** The limit or the allowed values of the rule, when it has one. */
  limit?: unknown;
}

/** Which side of the protocol an event belongs to. */
export type EventDirection = "client" | "server";

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

/**
 * Validates a client event (in model form, as passed to the send methods) for an API version.
 * Returns no issues when the event is valid.
 *
 * @param event - the event, with camelCase fields; an event of an unknown type is taken as wire JSON
 * @param apiVersion - any api-version string; see `resolveApiVersion`. Defaults to the newest.
 * @example
 * const issues = validateClientEvent({ type: "session.update", session: { turnDetection: { type: "server_vad", threshold: 1.5 } } });
 * issues[0].message; // "session.turnDetection.threshold must be <= 1 (got 1.5)"
 */
export function validateClientEvent(event: ClientEvent | UnknownClientEvent, apiVersion?: string): readonly ValidationIssue[] {
  return validateWireEvent(serializeClientEvent(event), "client", apiVersion);
}


/**
 * Validates one frame of wire JSON (snake_case, as it travels) as a client or server event of an
 * API version. Returns no issues when it is valid. This is the check behind schema conformance tests.
 *
 * A version's validators are loaded by a session of that version when it connects, by
 * `loadValidators(version)`, or all at once by importing `ai-voicelive/models`.
 */
export function validateWireEvent(frame: unknown, direction: EventDirection, apiVersion?: string): readonly ValidationIssue[] {
  // A session asks with the same version for every event it sends: placing that string and finding its
  // validators again each time was most of this function's own cost on the audio path, and a
  // version's validators never unload once loaded, so the last answer stays right.
  let cached = last !== undefined && apiVersion === last.asked ? last : undefined;
  if (!cached) {
    const version = resolveApiVersion(apiVersion);
    cached = { asked: apiVersion, version, placed: apiVersion !== undefined && placeApiVersion(apiVersion).kind === "dated" };
    if (apiVersion !== undefined) last = cached;
  }
  const { version, placed } = cached;
  let check = cached[direction];
  if (!check) {
    check = checkFor(version, direction);
    if (!check) {
      throw new VoiceLiveError(
        "INVALID_STATE",
        `the ${direction} validators of api-version ${version} are not loaded yet: import from "ai-voicelive/models" (which loads every version), or await loadValidators("${version}") first (a session does it when it connects)`,
      );
    }
    cached[direction] = check;
  }
  if (placed && isObject(frame) && typeof frame.type === "string" && isLabelOnlyEventType(direction, frame.type)) return NO_ISSUES;
  const errors = check(frame);
  return errors ? [toIssue(errors, frame, direction, version)] : NO_ISSUES;
}

/**
 * The api-version string of the previous call, the modelled version whose rules apply, whether the string is another
 * dated version placed on it (rather than modelled itself), and the checks found for it so far (loaded).
 */
let last: { asked: string | undefined; version: ApiVersion; placed: boolean; client?: WireCheck; server?: WireCheck } | undefined;

/** Picks the error that explains the failure, and words it. */
function toIssue(errors: WireSchemaError[], frame: unknown, direction: EventDirection, version: string): ValidationIssue {
  const unionPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const wrappers = new Set(["if", "anyOf", "oneOf", "allOf", "then", "else"]);
  const real = errors.filter((e) => !wrappers.has(e.keyword));
  // Inside a union, a branch that fails on `type` at the union's own place only says "not this branch":
  // drop it, with whatever else that branch reported there (an `enum` of strings, say). A branch written
  // in place is told by its schema path (`#/anyOf/1/...`). A branch that is a reference runs as a function
  // of its own, whose paths start again at `#`, and stops at its first error: there is nothing else of it
  // to drop, and other branches' errors share that `#`.
  const branch = (e: WireSchemaError) => {
    const end = e.schemaPath.lastIndexOf("/");
    return end > 1 ? `${e.instancePath} ${e.schemaPath.slice(0, end)}` : undefined;
  };
  const atUnion = (e: WireSchemaError) => unionPaths.has(e.instancePath);
  const notThisBranch = (e: WireSchemaError) => e.keyword === "type" && atUnion(e);
  const mismatched = new Set(real.filter(notThisBranch).map(branch).filter((b) => b !== undefined));
  const specific = real.filter((e) => !notThisBranch(e) && !(atUnion(e) && mismatched.has(branch(e) ?? "")));
  if (specific.length) return describe(specific[0], frame, direction, version);
  const typeErrors = real.filter((e) => e.keyword === "type");
  if (typeErrors.length) {
    // Only type mismatches are left. The deepest place is the one that is wrong: a mismatch higher up
    // only says that a union's other branches do not fit there (`voice: { type: true }` is an object
    // voice whose `type` is wrong, not a voice that must be a string).
    const depth = (e: WireSchemaError) => e.instancePath.split("/").length;
    const deepest = Math.max(...typeErrors.map(depth));
    const place = typeErrors.find((e) => depth(e) === deepest)!.instancePath;
    const here = typeErrors.filter((e) => e.instancePath === place);
    const expected = [...new Set(here.flatMap((e) => String(e.params.type).split(",")))];
    return describe({ ...here[0], params: { type: expected.join(",") } }, frame, direction, version);
  }
  return describe(errors[0], frame, direction, version);
}

function describe(e: WireSchemaError, frame: unknown, direction: EventDirection, version: string): ValidationIssue {
  let pointer = e.instancePath;
  let rule: ValidationRule;
  let limit: unknown;
  let text: string;
  const p = e.params;
  // Errors raised while checking the keys of a map (`propertyNames`) name the offending key.
  const key = (e as { propertyName?: string }).propertyName ?? (e.keyword === "propertyNames" ? String(p.propertyName) : undefined);
  const keyword = key === undefined ? e.keyword : "propertyNames";
  switch (keyword) {
    case "required":
      pointer = `${pointer}/${escapePointer(String(p.missingProperty))}`;
      rule = "required";
      text = "is required";
      break;
    case "type":
      rule = "type";
      limit = String(p.type).split(",");
      text = `must be ${(limit as string[]).map(article).join(" or ")}`;
      break;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      rule = keyword;
      limit = p.limit;
      text = `must be ${String(p.comparison)} ${String(p.limit)}`;
      break;
    case "minLength":
    case "maxLength":
      rule = keyword;
      limit = p.limit;
      text = `must be at ${keyword === "minLength" ? "least" : "most"} ${plural(Number(p.limit), "character")} long`;
      break;
    case "minItems":
    case "maxItems":
      rule = keyword;
      limit = p.limit;
      text = `must have at ${keyword === "minItems" ? "least" : "most"} ${plural(Number(p.limit), "item")}`;
      break;
    case "maxProperties":
      rule = "maxProperties";
      limit = p.limit;
      text = `must have at most ${plural(Number(p.limit), "entry", "entries")}`;
      break;
    case "propertyNames":
      rule = "propertyName";
      text = `has an invalid key ${JSON.stringify(clip(String(key)))}${e.keyword === "maxLength" ? ` (keys are at most ${String(p.limit)} characters long)` : ""}`;
      break;
    case "enum":
    case "const":
      rule = "enum";
      limit = e.keyword === "enum" ? p.allowedValues : [p.allowedValue];
      text = `must be ${(limit as unknown[]).length > 1 ? "one of " : ""}${(limit as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      break;
    case "false schema":
      rule = "unavailable";
      text = `is not available in api-version ${version}${movedHint(frame, direction, pointer, version)}`;
      break;
    default:
      rule = e.keyword as ValidationRule;
      text = e.message ?? `breaks the rule "${e.keyword}"`;
  }
  const value = resolvePointer(frame, pointer);
  const got = rule === "required" || rule === "propertyName" ? "" : ` (got ${show(value, rule)})`;
  const path = modelPath(frame, direction, pointer);
  const subject = path || (direction === "client" ? "the client event" : "the server event");
  const issue: ValidationIssue = { message: `${subject} ${text}${got}`, wirePath: pointer, path, rule };
  if (limit !== undefined) issue.limit = limit;
  return issue;
}

/**
 * Translates a wire JSON pointer into the camelCase path of the models, following the models
 * (and, for polymorphic values, the discriminator found in the frame). Keys of free-form values
 * and fields the spec does not know keep their wire names, as they do on the models.
 */
export function modelPath(frame: unknown, direction: EventDirection, pointer: string): string {
  return walk(frame, direction, pointer).path;
}

/**
 * What `version` has instead of what it lacks at `pointer`, as a hint: where it keeps a setting (v1's
 * `audio.output.voice` for `voice`, by `movedFields`) or how it names an event (`serverEventTypeRenames`).
 */
function movedHint(frame: unknown, direction: EventDirection, pointer: string, version: string): string {
  const { owner } = walk(frame, direction, pointer.slice(0, pointer.lastIndexOf("/")));
  const field = unescapePointer(pointer.slice(pointer.lastIndexOf("/") + 1));
  const moved = owner === null ? undefined : movedFields[version as ApiVersion]?.[owner]?.[field];
  if (moved) return `; ${version} has it at ${moved.join(".")}`;
  const type = isObject(frame) ? frame.type : undefined;
  const renamed = pointer === "/type" && typeof type === "string" ? serverEventTypeRenames[version as ApiVersion]?.[type] : undefined;
  return renamed ? `; ${version} sends it as ${renamed}` : "";
}

/** Follows a wire JSON pointer through the models: the camelCase path, and the model of the value it ends at. */
function walk(frame: unknown, direction: EventDirection, pointer: string): { path: string; owner: string | null } {
  if (!pointer) return { path: "", owner: isObject(frame) && typeof frame.type === "string" ? (eventModels()[direction][frame.type] ?? null) : null };
  const segments = pointer.slice(1).split("/").map(unescapePointer);
  const type = isObject(frame) ? frame.type : undefined;
  let shape: string | null = typeof type === "string" ? (eventModels()[direction][type] ?? null) : null;
  let data: unknown = frame;
  let out = "";
  for (const segment of segments) {
    if (Array.isArray(data)) {
      out += `[${segment}]`;
      shape = shape?.startsWith("[]") ? shape.slice(2) : null;
      data = data[Number(segment)];
      continue;
    }
    const model = shape === null ? null : resolveModel(shape, data);
    const field = model === null ? undefined : wireFields()[model]?.[segment];
    const name = field ? field[0] : segment;
    out += /^[A-Za-z_$][\w$]*$/.test(name) ? `${out ? "." : ""}${name}` : `[${JSON.stringify(name)}]`;
    shape = field ? field[1] : null;
    data = isObject(data) ? data[segment] : undefined;
  }
  return { path: out, owner: shape === null || shape.startsWith("[]") ? null : resolveModel(shape, data) };
}

/** Follows polymorphic values to the model that describes `data`. */
function resolveModel(shape: string, data: unknown): string {
  let name = shape;
  const table = dispatchTable();
  for (let entry = table[name]; entry; entry = table[name]) {
    const tag = isObject(data) ? data[entry.property] : undefined;
    const next = (typeof tag === "string" && entry.cases[tag]) || entry.fallback;
    if (!next || next === name) break;
    name = next;
  }
  return name;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function resolvePointer(data: unknown, pointer: string): unknown {
  if (!pointer) return data;
  let cur = data;
  for (const s of pointer.slice(1).split("/").map(unescapePointer)) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isObject(cur)) cur = cur[s];
    else return undefined;
  }
  return cur;
}

const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const unescapePointer = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");

function article(jsonType: string): string {
  const names: Record<string, string> = {
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "a boolean",
    object: "an object",
    array: "an array",
    null: "null",
  };
  return names[jsonType] ?? jsonType;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function clip(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The offending value, short: numbers as they are, strings quoted and clipped, long strings by length. */
function show(value: unknown, rule: ValidationRule): string {
  if (typeof value === "string") {
    return rule === "minLength" || rule === "maxLength" ? plural(value.length, "character") : JSON.stringify(clip(value));
  }
  if (Array.isArray(value)) return rule === "minItems" || rule === "maxItems" ? plural(value.length, "item") : "an array";
  if (isObject(value)) return rule === "maxProperties" ? plural(Object.keys(value).length, "entry", "entries") : "an object";
  return value === undefined ? "nothing" : String(value);
}
