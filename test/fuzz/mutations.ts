/**
 * One-place mutations of a generated valid frame, each with the wire path where it breaks the schema
 * and the rule it breaks. Which mutations are possible at a place follows from the schema the
 * generator recorded there (`Meta`): a wrong JSON type, `null` where null is not allowed, a value
 * outside a closed enum, a string over its maxLength, a number out of range, a missing required
 * key, a key this API version does not have, a map with too many entries or too long a key.
 */
import type { ValidationRule } from "../../src/validation.js";
import { put, type Meta, type Schema, type SchemaArbitraries, type SchemaObject } from "./schema-arbitrary.js";

export type MutationKind = "type" | "null" | "enum" | "maxLength" | "range" | "required" | "unavailable" | "maxProperties" | "propertyName";

export interface Mutation {
  kind: MutationKind;
  /** Wire path segments of the place the validator must name. */
  at: string[];
  /** The rules that may be reported for it (usually one). */
  rules: ValidationRule[];
  /** What was done, for failure messages. */
  what: string;
  /** Applies the mutation to a copy of the frame. */
  apply(frame: Record<string, unknown>): Record<string, unknown>;
}

const jsonTypeOf = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v;

/** The branches of a place's schema (unions flattened), dereferenced. */
function branches(sa: SchemaArbitraries, schema: Schema): Schema[] {
  const s = sa.deref(schema);
  if (typeof s === "object" && (s.anyOf || s.oneOf)) return (s.anyOf ?? s.oneOf)!.flatMap((b) => branches(sa, b));
  return [s];
}

/** JSON types a branch accepts, or null for "anything". */
function acceptedTypes(s: Schema): Set<string> | null {
  if (s === true) return null;
  if (s === false) return new Set();
  if ("const" in s) return new Set([jsonTypeOf(s.const)]);
  if (s.enum) return new Set(s.enum.map(jsonTypeOf));
  const t = s.type === undefined ? (s.properties || s.additionalProperties !== undefined || s.allOf ? ["object"] : undefined) : Array.isArray(s.type) ? s.type : [s.type];
  return t ? new Set(t) : null;
}

function accepts(types: Set<string>, v: unknown): boolean {
  const t = jsonTypeOf(v);
  return types.has(t) || (t === "integer" && types.has("number"));
}

function setAt(frame: Record<string, unknown>, at: string[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(frame)) as Record<string, unknown>;
  let cur = copy as Record<string, unknown> | unknown[];
  for (const seg of at.slice(0, -1)) cur = (Array.isArray(cur) ? cur[Number(seg)] : cur[seg]) as Record<string, unknown>;
  const last = at[at.length - 1];
  if (Array.isArray(cur)) cur[Number(last)] = value;
  else put(cur, last, value);
  return copy;
}

function removeAt(frame: Record<string, unknown>, at: string[]): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(frame)) as Record<string, unknown>;
  let cur = copy as Record<string, unknown>;
  for (const seg of at.slice(0, -1)) cur = (cur as Record<string, unknown>)[seg] as Record<string, unknown>;
  delete cur[at[at.length - 1]];
  return copy;
}

function transform(frame: Record<string, unknown>, at: string[], change: (o: Record<string, unknown>) => void): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(frame)) as Record<string, unknown>;
  let cur = copy as Record<string, unknown>;
  for (const seg of at) cur = cur[seg] as Record<string, unknown>;
  change(cur);
  return copy;
}

const WRONG_VALUES: unknown[] = [true, "fuzz", 1.5, { fuzz: 1 }, ["fuzz"], 7];

/** Every mutation the schema makes certainly invalid at some place of `value` (the event's own `type` excepted). */
export function mutationsOf(sa: SchemaArbitraries, value: unknown, meta: Meta, at: string[] = []): Mutation[] {
  const out: Mutation[] = [];
  const isRoot = at.length === 0;
  if (!isRoot) out.push(...leafMutations(sa, value, meta, at));
  if (meta.object && value && typeof value === "object" && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const { required, fields, map, unavailable } = meta.object;
    for (const key of required) {
      if (isRoot && key === "type") continue;
      if (!(key in o)) continue;
      out.push({ kind: "required", at: [...at, key], rules: ["required"], what: `removed required ${key}`, apply: (f) => removeAt(f, [...at, key]) });
    }
    for (const key of unavailable) {
      out.push({ kind: "unavailable", at: [...at, key], rules: ["unavailable"], what: `added ${key}, which this version does not have`, apply: (f) => setAt(f, [...at, key], "fuzz") });
    }
    if (map) out.push(...mapMutations(sa, o, map, at));
    for (const [key, child] of Object.entries(fields)) {
      if (isRoot && key === "type") continue;
      out.push(...mutationsOf(sa, o[key], child, [...at, key]));
    }
  }
  if (meta.items && Array.isArray(value)) meta.items.forEach((m, i) => out.push(...mutationsOf(sa, value[i], m, [...at, String(i)])));
  return out;
}

function leafMutations(sa: SchemaArbitraries, value: unknown, meta: Meta, at: string[]): Mutation[] {
  const out: Mutation[] = [];
  const bs = branches(sa, meta.declared);
  const typeSets = bs.map(acceptedTypes);
  if (typeSets.some((t) => t === null)) return out; // free-form: nothing is wrong here
  const allowed = new Set(typeSets.flatMap((t) => [...t!]));
  const explicitTypes = bs.every((b) => typeof b === "object" && b.type !== undefined);
  const typeRules: ValidationRule[] = explicitTypes ? ["type"] : ["type", "enum"];
  const wrong = WRONG_VALUES.filter((v) => !accepts(allowed, v));
  for (const w of wrong) {
    out.push({ kind: "type", at, rules: typeRules, what: `set to ${JSON.stringify(w)} (a ${jsonTypeOf(w)})`, apply: (f) => setAt(f, at, w) });
  }
  if (!allowed.has("null")) out.push({ kind: "null", at, rules: typeRules, what: "set to null", apply: (f) => setAt(f, at, null) });

  // A closed enum: every branch is a const or an enum (an open union has a plain string branch).
  const closed = bs.every((b) => typeof b === "object" && ("const" in b || b.enum !== undefined));
  if (closed && !meta.discriminator) {
    const values = bs.flatMap((b) => ((b as SchemaObject).enum ?? [(b as SchemaObject).const]) as unknown[]);
    const outside = values.every((v) => typeof v === "string") ? "zz_not_in_the_enum" : values.every((v) => typeof v === "number") ? 12345 : undefined;
    if (outside !== undefined && !values.includes(outside)) {
      out.push({ kind: "enum", at, rules: ["enum"], what: `set to ${JSON.stringify(outside)}, outside the enum`, apply: (f) => setAt(f, at, outside) });
    }
  }

  // Limits: only where a single branch of that type carries them (no other branch could take the value).
  const strings = bs.filter((b): b is SchemaObject => typeof b === "object" && acceptedTypes(b)?.has("string") === true);
  if (strings.length === 1 && strings[0].maxLength !== undefined && strings[0].maxLength <= 4096) {
    const long = "a".repeat(strings[0].maxLength + 1);
    out.push({ kind: "maxLength", at, rules: ["maxLength"], what: `set to ${long.length} characters`, apply: (f) => setAt(f, at, long) });
  }
  const numbers = bs.filter((b): b is SchemaObject => typeof b === "object" && (acceptedTypes(b)?.has("number") === true || acceptedTypes(b)?.has("integer") === true));
  if (numbers.length === 1) {
    const n = numbers[0];
    const step = acceptedTypes(n)!.has("number") ? 0.5 : 1;
    const range: [ValidationRule, number][] = [];
    if (n.maximum !== undefined) range.push(["maximum", n.maximum + step]);
    if (n.exclusiveMaximum !== undefined) range.push(["exclusiveMaximum", n.exclusiveMaximum]);
    if (n.minimum !== undefined) range.push(["minimum", n.minimum - step]);
    if (n.exclusiveMinimum !== undefined) range.push(["exclusiveMinimum", n.exclusiveMinimum]);
    for (const [rule, v] of range) {
      out.push({ kind: "range", at, rules: [rule], what: `set to ${v} (${rule})`, apply: (f) => setAt(f, at, v) });
    }
  }
  return out;
}

function mapMutations(sa: SchemaArbitraries, o: Record<string, unknown>, map: SchemaObject, at: string[]): Mutation[] {
  const out: Mutation[] = [];
  const valueSchema = sa.deref(map.additionalProperties ?? true);
  // A value that the map certainly takes: the maps with limits hold strings.
  if (typeof valueSchema !== "object" || valueSchema.type !== "string") return out;
  const count = Object.keys(o).length;
  if (map.maxProperties !== undefined) {
    const max = map.maxProperties;
    out.push({
      kind: "maxProperties",
      at,
      rules: ["maxProperties"],
      what: `filled to ${max + 1} entries`,
      apply: (f) =>
        transform(f, at, (m) => {
          for (let i = 0; count + i <= max; i++) put(m, `fuzz_key_${i}`, "v");
        }),
    });
  }
  const keyMax = typeof map.propertyNames === "object" ? map.propertyNames.maxLength : undefined;
  if (keyMax !== undefined && count < (map.maxProperties ?? Infinity)) {
    out.push({
      kind: "propertyName",
      at,
      rules: ["propertyName"],
      what: `given a key of ${keyMax + 1} characters`,
      apply: (f) => transform(f, at, (m) => put(m, "k".repeat(keyMax + 1), "v")),
    });
  }
  return out;
}

/** The model's names along a wire path, found by walking the wire frame and its model side by side (keys keep their order). */
export function modelNamesOf(wire: unknown, model: unknown, at: string[]): (string | number)[] {
  const names: (string | number)[] = [];
  let w = wire;
  let m = model;
  for (const seg of at) {
    if (Array.isArray(w)) {
      names.push(Number(seg));
      w = w[Number(seg)];
      m = (m as unknown[])[Number(seg)];
      continue;
    }
    const wk = Object.keys(w as object);
    const mk = Object.keys(m as object);
    if (wk.length !== mk.length) throw new Error(`wire and model differ in their keys at /${at.join("/")}: ${wk.join(",")} / ${mk.join(",")}`);
    const i = wk.indexOf(seg);
    if (i < 0) throw new Error(`no ${seg} in the frame on the way to /${at.join("/")}`);
    names.push(mk[i]);
    w = (w as Record<string, unknown>)[seg];
    m = (m as Record<string, unknown>)[mk[i]];
  }
  return names;
}

/** Model names as a path: `session.turnDetection.threshold`, `item.content[0].text`, `metadata["a b"]`. */
export function formatModelPath(names: (string | number)[]): string {
  let out = "";
  for (const name of names) {
    if (typeof name === "number") out += `[${name}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(name) ? `${out ? "." : ""}${name}` : `[${JSON.stringify(name)}]`;
  }
  return out;
}

export const pointerOf = (at: string[]) => at.map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
