/**
 * fast-check arbitraries built from the wire JSON Schema bundles (`generated/schema/<version>.json`,
 * draft 2020-12): a small converter that knows the keywords the bundles use ($ref/$defs, type and
 * nullable types, enum, const, properties/required, `false` properties, additionalProperties,
 * maxProperties/propertyNames, items/minItems/maxItems, minimum/maximum/exclusive*, minLength/maxLength,
 * anyOf/oneOf, the if/then/else discriminators under allOf, base64 via `contentEncoding`).
 *
 * Each generated value comes with a `Meta` tree that says, for every place in it, the schema it was
 * declared with, so that the mutation suite knows what would be invalid where.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";

export type Schema = boolean | SchemaObject;

export interface SchemaObject {
  $ref?: string;
  $id?: string;
  $defs?: Record<string, Schema>;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema;
  maxProperties?: number;
  propertyNames?: Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  if?: Schema;
  then?: Schema;
  else?: Schema;
  contentEncoding?: string;
}

/** What is known about one place of a generated value. */
export interface Meta {
  /** The schema of this place as its parent declares it (union branches not chosen yet). */
  declared: Schema;
  /** The place holds the discriminator of its parent object. */
  discriminator?: boolean;
  /** An object: its required keys, what each present key holds, and its map schema if it is a map. */
  object?: { required: string[]; fields: Record<string, Meta>; map?: SchemaObject; unavailable: string[] };
  /** An array: what each item holds. */
  items?: Meta[];
}

export interface Gen {
  value: unknown;
  meta: Meta;
}

/** Optional fields deeper than this are left out and arrays kept at their minimum size. */
const MAX_DEPTH = 7;
/** Extra keys (the schema allows them: no object forbids additional properties) that test losslessness. */
const EXTRA_KEY = "x_fuzz_extra";
/** A discriminator value no version knows, for open discriminators. */
export const UNKNOWN_VARIANT = "x_fuzz_variant";

const ANNOTATIONS = new Set(["description", "$comment", "title", "$id", "$schema", "$defs", "examples", "default"]);

/** Sets a key as an own property, even `__proto__`. */
export function put(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Any code point, lone surrogates included, as a string unit. (fast-check's own `unit: "binary"` builds a
 * reverse mapping of every code point on the first use, which costs seconds.)
 */
export const anyCodePoint: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));

/** Small JSON values for free-form places (`{}` schemas), keys including ones that are special in JavaScript. */
const jsonKey = fc.oneof({ weight: 6, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "type", "event_id") });
const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 2, depthIdentifier: "json" },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 8, unit: anyCodePoint }),
    fc.array(tie("value"), { maxLength: 3, depthIdentifier: "json" }),
    fc.uniqueArray(fc.tuple(jsonKey, tie("value")), { maxLength: 3, selector: (e) => e[0], depthIdentifier: "json" }).map((entries) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries) put(o, k, v);
      return o;
    }),
  ),
})).value;

export function loadBundle(version: string): SchemaObject {
  return JSON.parse(readFileSync(new URL(`../../generated/schema/${version}.json`, import.meta.url), "utf8")) as SchemaObject;
}

function isFreeForm(s: SchemaObject): boolean {
  return Object.keys(s).every((k) => ANNOTATIONS.has(k));
}

/** The JSON types a value of this type name may have. */
function typesOf(s: SchemaObject): string[] | undefined {
  if (s.type === undefined) return s.properties || s.additionalProperties !== undefined ? ["object"] : s.items ? ["array"] : undefined;
  return Array.isArray(s.type) ? s.type : [s.type];
}

export class SchemaArbitraries {
  private readonly defs: Record<string, Schema>;

  constructor(readonly bundle: SchemaObject) {
    this.defs = bundle.$defs ?? {};
  }

  /** Follows `$ref` (to `#/$defs/Name`); sibling keywords of a `$ref` other than annotations are not expected. */
  deref(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; typeof s === "object" && s.$ref !== undefined; i++) {
      if (i > 20) throw new Error(`$ref loop at ${s.$ref}`);
      const extra = Object.keys(s).filter((k) => k !== "$ref" && !ANNOTATIONS.has(k));
      if (extra.length) throw new Error(`$ref ${s.$ref} with sibling keywords ${extra.join(", ")}: not supported by the fuzz converter`);
      const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
      if (!m || !(m[1] in this.defs)) throw new Error(`unresolvable $ref ${s.$ref}`);
      s = this.defs[m[1]];
    }
    return s;
  }

  def(name: string): SchemaObject {
    const s = this.defs[name];
    if (typeof s !== "object") throw new Error(`no $defs/${name}`);
    return s;
  }

  /** Valid wire frames of one client event type (the `ClientEvent` root with `type` fixed). */
  clientEvent(type: string): fc.Arbitrary<Gen> {
    const root = this.def("ClientEvent");
    const fixed: SchemaObject = { ...root, properties: { ...root.properties, type: { const: type } } };
    const arb = this.gen(fixed, 0);
    if (!arb) throw new Error(`client event ${type} cannot be generated`);
    // JSON-normalise (drops -0, null prototypes); the keys, and so the meta, stay the same.
    return arb.map((g) => {
      const value = JSON.parse(JSON.stringify(g.value)) as unknown;
      // fast-check prints a counterexample with this: the frame, not the meta tree.
      return { value, meta: g.meta, [fc.toStringMethod]: () => JSON.stringify(value) };
    });
  }

  /** An arbitrary of valid values of `declared`, or null when no value is valid (a `false` schema). */
  gen(declared: Schema, depth: number): fc.Arbitrary<Gen> | null {
    const s = this.deref(declared);
    if (s === false) return null;
    if (s === true || isFreeForm(s)) return anyJson.map((value) => ({ value, meta: { declared } }));
    const withDeclared = (arb: fc.Arbitrary<Gen>) => arb.map((g) => ({ value: g.value, meta: { ...g.meta, declared } }));
    const union = s.anyOf ?? s.oneOf;
    if (union) {
      // Only `anyOf` occurs in the bundles; a `oneOf` branch is taken the same way (its branches do not overlap there).
      const rest: SchemaObject = { ...s };
      delete rest.anyOf;
      delete rest.oneOf;
      const branches = union
        .map((b) => this.gen(isFreeForm(rest) ? b : { allOf: [rest, b] }, depth))
        .filter((b): b is fc.Arbitrary<Gen> => b !== null);
      if (!branches.length) return null;
      return withDeclared(fc.oneof(...branches));
    }
    if (s.allOf && !s.allOf.some((e) => typeof e === "object" && e.if !== undefined)) {
      // A conjunction (used above for a union's siblings): merged, then generated.
      return this.gen(this.merge(s.allOf.map((e) => this.deref(e))), depth);
    }
    if ("const" in s) return fc.constant({ value: s.const, meta: { declared } });
    if (s.enum) return fc.constantFrom(...s.enum).map((value) => ({ value, meta: { declared } }));
    const types = typesOf(s);
    if (!types) return anyJson.map((value) => ({ value, meta: { declared } }));
    const arbs = types.map((t) => this.ofType(t, s, declared, depth)).filter((a): a is fc.Arbitrary<Gen> => a !== null);
    if (!arbs.length) return null;
    return arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
  }

  private ofType(type: string, s: SchemaObject, declared: Schema, depth: number): fc.Arbitrary<Gen> | null {
    const leaf = (arb: fc.Arbitrary<unknown>) => arb.map((value) => ({ value, meta: { declared } }));
    switch (type) {
      case "null":
        return leaf(fc.constant(null));
      case "boolean":
        return leaf(fc.boolean());
      case "integer": {
        let min = s.minimum ?? (s.exclusiveMinimum !== undefined ? Math.floor(s.exclusiveMinimum) + 1 : undefined);
        let max = s.maximum ?? (s.exclusiveMaximum !== undefined ? Math.ceil(s.exclusiveMaximum) - 1 : undefined);
        if (min !== undefined) min = Math.ceil(min);
        if (max !== undefined) max = Math.floor(max);
        const bounded = fc.integer({ min: min ?? -0x80000000, max: max ?? 0x7fffffff });
        // Small values are what real frames carry; the boundaries come from the bounded one.
        const small = fc.integer({ min: Math.max(min ?? -1000, -1000), max: Math.min(max ?? 1000, 1000) });
        return leaf((min ?? -1000) <= (max ?? 1000) && Math.max(min ?? -1000, -1000) <= Math.min(max ?? 1000, 1000) ? fc.oneof(small, bounded) : bounded);
      }
      case "number": {
        const min = s.minimum ?? s.exclusiveMinimum;
        const max = s.maximum ?? s.exclusiveMaximum;
        return leaf(
          fc.double({
            min: min ?? -1e9,
            max: max ?? 1e9,
            minExcluded: s.exclusiveMinimum !== undefined,
            maxExcluded: s.exclusiveMaximum !== undefined,
            noNaN: true,
            noDefaultInfinity: true,
          }),
        );
      }
      case "string": {
        const minLength = s.minLength ?? 0;
        const maxLength = Math.min(s.maxLength ?? 12, Math.max(minLength, 12));
        if (s.contentEncoding === "base64" || /base64/i.test(s.description ?? "")) {
          // Bytes: base64 text of a few random bytes (at most 16 characters, always within the limits here).
          return leaf(fc.uint8Array({ minLength: minLength > 0 ? 1 : 0, maxLength: Math.floor((maxLength * 3) / 4) }).map((b) => Buffer.from(b).toString("base64")));
        }
        return leaf(fc.oneof(fc.string({ minLength, maxLength }), fc.string({ minLength, maxLength, unit: anyCodePoint })));
      }
      case "array": {
        const item = s.items === undefined ? anyJson.map((value): Gen => ({ value, meta: { declared: true } })) : this.gen(s.items, depth + 1);
        const minItems = s.minItems ?? 0;
        if (!item) return minItems === 0 ? fc.constant({ value: [], meta: { declared, items: [] } }) : null;
        const maxItems = depth >= MAX_DEPTH ? minItems : Math.min(s.maxItems ?? 3, Math.max(minItems, 3));
        return fc.array(item, { minLength: minItems, maxLength: maxItems }).map((gs) => ({ value: gs.map((g) => g.value), meta: { declared, items: gs.map((g) => g.meta) } }));
      }
      case "object":
        return this.object(s, declared, depth);
      default:
        throw new Error(`unsupported type ${type}`);
    }
  }

  /** Merges schemas that all apply (properties of later ones win; required keys add up; nested discriminators are kept). */
  merge(parts: Schema[]): SchemaObject {
    const out: SchemaObject = { type: "object", properties: {}, required: [] };
    const allOf: Schema[] = [];
    for (const p of parts) {
      if (p === true) continue;
      if (p === false) throw new Error("merge of a false schema");
      for (const [k, v] of Object.entries(p)) {
        if (ANNOTATIONS.has(k)) continue;
        if (k === "properties") Object.assign(out.properties!, v);
        else if (k === "required") out.required = [...new Set([...out.required!, ...(v as string[])])];
        else if (k === "allOf") allOf.push(...(v as Schema[]));
        else if (k === "type") out.type = v as string;
        else (out as Record<string, unknown>)[k] = v;
      }
    }
    if (allOf.length) out.allOf = allOf;
    return out;
  }

  /** Whether `value` (a string) is accepted by `schema`, for the keywords a discriminator's schema uses. */
  acceptsString(schema: Schema | undefined, value: string): boolean {
    if (schema === undefined) return true;
    const s = this.deref(schema);
    if (typeof s === "boolean") return s;
    if ("const" in s && s.const !== value) return false;
    if (s.enum && !s.enum.includes(value)) return false;
    const types = typesOf(s);
    if (types && !types.includes("string")) return false;
    if (s.maxLength !== undefined && value.length > s.maxLength) return false;
    if (s.minLength !== undefined && value.length < s.minLength) return false;
    const union = s.anyOf ?? s.oneOf;
    if (union && !union.some((b) => this.acceptsString(b, value))) return false;
    return true;
  }

  private object(s: SchemaObject, declared: Schema, depth: number): fc.Arbitrary<Gen> | null {
    const conditions = (s.allOf ?? []).filter((e): e is SchemaObject => typeof e === "object" && e.if !== undefined);
    if (conditions.length) return this.discriminated(s, conditions, declared, depth);
    return this.plain(s, declared, depth);
  }

  /** An object whose variant is chosen by a discriminator (`allOf` of `if {P: const} then {variant}`, maybe `else`). */
  private discriminated(s: SchemaObject, conditions: SchemaObject[], declared: Schema, depth: number): fc.Arbitrary<Gen> | null {
    const first = conditions[0].if as SchemaObject;
    const key = first.required?.[0];
    if (!key) throw new Error("a discriminator condition without a required key");
    const base = this.deref(s.properties?.[key] ?? true);
    let candidates: string[];
    if (typeof base === "object" && typeof base.const === "string") {
      candidates = [base.const];
    } else {
      candidates = [];
      for (const c of conditions) {
        const p = (c.if as SchemaObject).properties?.[key];
        if (typeof p === "object" && typeof p.const === "string") candidates.push(p.const);
      }
      // An open discriminator also takes values no version knows; they get the base's rules only.
      if (this.acceptsString(s.properties?.[key], UNKNOWN_VARIANT)) candidates.push(UNKNOWN_VARIANT);
    }
    const rest: SchemaObject = { ...s };
    delete rest.allOf;
    const arbs: fc.Arbitrary<Gen>[] = [];
    for (const value of candidates) {
      const applied: Schema[] = [];
      for (const c of conditions) {
        const branch = this.conditionHolds(c.if as SchemaObject, key, value) ? c.then : c.else;
        if (branch !== undefined) applied.push(this.deref(branch));
      }
      if (applied.includes(false)) continue;
      const merged = this.merge([rest, ...applied]);
      const keySchemas = [s.properties?.[key], ...applied.map((a) => (typeof a === "object" ? a.properties?.[key] : undefined))];
      if (!keySchemas.every((k) => k === undefined || this.acceptsString(k, value))) continue;
      merged.properties![key] = { const: value };
      const arb = this.object(merged, declared, depth);
      if (arb) arbs.push(arb.map((g) => ({ value: g.value, meta: markDiscriminator(g.meta, key, declared) })));
    }
    if (!arbs.length) return null;
    return fc.oneof(...arbs);
  }

  private conditionHolds(cond: SchemaObject, key: string, value: string): boolean {
    const p = this.deref(cond.properties?.[key] ?? true);
    if (typeof p === "boolean") return p;
    if ("const" in p) return p.const === value;
    if (p.enum) return p.enum.includes(value);
    throw new Error(`unsupported discriminator condition on ${key}`);
  }

  private plain(s: SchemaObject, declared: Schema, depth: number): fc.Arbitrary<Gen> | null {
    const required = s.required ?? [];
    const names: string[] = [];
    const unavailable: string[] = [];
    const arbs: fc.Arbitrary<Gen | undefined>[] = [];
    for (const [name, propSchema] of Object.entries(s.properties ?? {})) {
      const arb = this.gen(propSchema, depth + 1);
      if (!arb) {
        if (required.includes(name)) return null;
        if (this.deref(propSchema) === false) unavailable.push(name);
        continue; // a `false` property (not in this version): never generated
      }
      names.push(name);
      if (required.includes(name)) arbs.push(arb);
      else if (depth >= MAX_DEPTH) arbs.push(fc.constant(undefined));
      else arbs.push(fc.option(arb, { nil: undefined, freq: 2 }));
    }
    for (const name of required) if (!names.includes(name)) throw new Error(`required key ${name} without a schema`);
    const map = s.additionalProperties;
    let extra: fc.Arbitrary<[string, Gen][]>;
    let mapSchema: SchemaObject | undefined;
    if (map !== undefined && map !== false) {
      // A map (`metadata`, MCP `headers`, ...): a few entries within maxProperties and the key length.
      const value = this.gen(map, depth + 1);
      const keyMax = typeof s.propertyNames === "object" ? (s.propertyNames.maxLength ?? 10) : 10;
      const keyArb = fc.oneof({ weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(keyMax, 10) }) }, { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "event_id") });
      mapSchema = s;
      extra = value
        ? fc.uniqueArray(fc.tuple(keyArb.filter((k) => !names.includes(k) && k.length <= keyMax), value), {
            maxLength: depth >= MAX_DEPTH ? 0 : Math.min(3, s.maxProperties ?? 3),
            selector: (e) => e[0],
          })
        : fc.constant([]);
    } else if (map === undefined && names.length) {
      // The bundles never close an object: a key no version knows is valid, and must survive every step.
      extra = fc.option(anyJson, { nil: undefined, freq: 6 }).map((v): [string, Gen][] => (v === undefined ? [] : [[EXTRA_KEY, { value: v, meta: { declared: true } }]]));
    } else {
      extra = fc.constant([]);
    }
    return fc.tuple(fc.tuple(...arbs), extra).map(([values, entries]) => {
      const value: Record<string, unknown> = {};
      const fields: Record<string, Meta> = {};
      values.forEach((g, i) => {
        if (g === undefined) return;
        put(value, names[i], g.value);
        fields[names[i]] = g.meta;
      });
      for (const [k, g] of entries) {
        put(value, k, g.value);
        fields[k] = { ...g.meta, declared: mapSchema ? g.meta.declared : true };
      }
      return { value, meta: { declared, object: { required, fields, map: mapSchema, unavailable } } };
    });
  }
}

function markDiscriminator(meta: Meta, key: string, declared: Schema): Meta {
  const object = meta.object!;
  if (!(key in object.fields)) return { ...meta, declared };
  return { ...meta, declared, object: { ...object, fields: { ...object.fields, [key]: { ...object.fields[key], discriminator: true } } } };
}
