/**
 * IR → JSON Schema (draft 2020-12), one bundle per API version.
 *
 * `@typespec/json-schema` ignores `@typespec/versioning` and always emits the superset, so the
 * per-version projection is done here, from the IR:
 * - what a version does not have is left out; a property or discriminator value that another
 *   modelled version has is explicitly refused (`false`), so a 2026-only field fails under 2025-10-01;
 * - discriminated hierarchies are open: a known discriminator value selects its variant through
 *   `if`/`then` (so the variant's rules apply), and any other value is checked against the base alone.
 */
import type { Constraints, ModelIR, ProtocolIR, TypeRef, UnionIR } from "./ir.js";
import { isModel, lookup } from "./ir.js";

export type Schema = Record<string, unknown> | boolean;

export const SCHEMA_ID_BASE = "https://ai-voicelive.dev/schema/voicelive";

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

export function emitSchema(ir: ProtocolIR, version: string): Record<string, unknown> {
  const has = (versions: string[]) => versions.includes(version);
  const defs: Record<string, Schema> = {};
  const names = [...ir.declarations.keys()].sort();
  for (const name of names) {
    const d = ir.declarations.get(name)!;
    if (!has(d.versions)) continue;
    defs[name] = d.kind === "model" ? modelSchema(d) : unionSchema(d);
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${SCHEMA_ID_BASE}/${version}.json`,
    title: `Azure AI Voice Live wire protocol, api-version ${version}`,
    description:
      "Every frame of the protocol: a client event (`#/$defs/ClientEvent`) or a server event (`#/$defs/ServerEvent`).",
    anyOf: [ref("ClientEvent"), ref("ServerEvent")],
    $defs: defs,
  };

  function modelSchema(m: ModelIR): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const p of m.properties) {
      if (!has(p.versions)) {
        properties[p.wireName] = false; // known in another version only: refused in this one
        continue;
      }
      properties[p.wireName] = { description: p.doc, ...typeSchema(p.type), ...constraintSchema(p.constraints) };
      if (!p.optional) required.push(p.wireName);
    }
    const s: Record<string, unknown> = { description: m.doc, type: "object", properties };
    if (required.length) s.required = required;
    if (m.discriminator) {
      const prop = m.discriminator.property;
      const rules: Schema[] = [];
      const unavailable: string[] = [];
      for (const sub of m.discriminator.subtypes) {
        if (has(sub.versions)) rules.push({ if: tagIs(prop, { const: sub.value }), then: ref(sub.model) });
        else unavailable.push(sub.value);
      }
      if (unavailable.length) rules.push({ if: tagIs(prop, { enum: unavailable }), then: { properties: { [prop]: false } } });
      if (rules.length) s.allOf = rules;
    }
    return s;
  }

  function unionSchema(u: UnionIR): Schema {
    const variants = u.variants.filter((v) => has(v.versions));
    const literals = variants.filter((v) => v.type.kind === "literal");
    const head = { description: u.doc };
    if (literals.length === variants.length) {
      const values = literals.map((v) => (v.type as { value: string | number | boolean }).value);
      if (!u.open) return { ...head, enum: values };
      // Any string, and the known values (typed, so that a non-string fails the branch on `type`).
      return { ...head, anyOf: [{ type: "string" }, { type: "string", enum: values }] };
    }
    const s = unionOf(variants.map((v) => v.type), u.open);
    return { ...head, ...(s as object) };
  }

  /** An `if` that matches objects whose discriminator holds the given value(s). */
  function tagIs(prop: string, match: Record<string, unknown>): Schema {
    return { required: [prop], properties: { [prop]: match } };
  }

  function typeSchema(t: TypeRef): Record<string, unknown> {
    switch (t.kind) {
      case "scalar":
        return { ...scalarSchema(t.name), ...constraintSchema(t.constraints) };
      case "literal":
        return { const: t.value };
      case "null":
        return { type: "null" };
      case "ref":
        return ref(t.name);
      case "array":
        return { type: "array", items: typeSchema(t.items) };
      case "record":
        return { type: "object", additionalProperties: typeSchema(t.values) };
      case "union":
        return unionOf(t.variants, false) as Record<string, unknown>;
    }
  }

  /**
   * A union of types. Literal branches carry their JSON type, so that a value of another JSON type
   * fails them with a `type` error, which the error mapper treats as "not this branch". Several
   * object variants that share a discriminator are dispatched on it, like a discriminated base.
   */
  function unionOf(types: TypeRef[], open: boolean): Schema {
    const nullable = types.some((t) => t.kind === "null");
    const rest = types.filter((t) => t.kind !== "null");
    if (nullable && rest.length === 1 && rest[0].kind === "scalar" && rest[0].name !== "unknown") {
      const base = typeSchema(rest[0]);
      return { ...base, type: [base.type, "null"] };
    }
    const literalTypes = new Set(rest.map((t) => (t.kind === "literal" ? jsonTypeOf(t.value) : "")));
    if (!open && !nullable && literalTypes.size === 1 && !literalTypes.has("")) {
      return { type: [...literalTypes][0], enum: rest.map((t) => (t as { value: unknown }).value) };
    }
    const branches: Schema[] = [];
    if (open) branches.push({ type: "string" });
    const objects: string[] = [];
    for (const t of rest) {
      if (t.kind === "ref" && isModel(ir.declarations.get(t.name))) objects.push(t.name);
      else if (t.kind === "literal") branches.push({ type: jsonTypeOf(t.value), const: t.value });
      else branches.push(typeSchema(t));
    }
    if (objects.length === 1) branches.push(ref(objects[0]));
    else if (objects.length > 1) branches.push(objectDispatch(objects));
    if (nullable) branches.push({ type: "null" });
    return branches.length === 1 ? branches[0] : { anyOf: branches };
  }

  function objectDispatch(models: string[]): Schema {
    const plan = dispatchPlan(ir, models, version);
    const rules: Schema[] = plan.cases.map(([value, model]) => ({ if: tagIs(plan.property, { const: value }), then: ref(model) }));
    if (plan.fallback) {
      rules.push({ if: tagIs(plan.property, { enum: plan.cases.map(([v]) => v) }), else: ref(plan.fallback) });
    }
    return { type: "object", required: [plan.property], properties: { [plan.property]: { type: "string" } }, allOf: rules };
  }
}

/**
 * How a union of several models is told apart on the wire: one property whose value names the
 * model. A polymorphic base among them takes its subtypes' values and every unknown value.
 */
export interface DispatchPlan {
  property: string;
  cases: [value: string, model: string][];
  fallback?: string;
}

export function dispatchPlan(ir: ProtocolIR, models: string[], version?: string): DispatchPlan {
  const decls = models.map((n) => lookup(ir, n) as ModelIR);
  const property = decls.find((m) => m.discriminator)?.discriminator?.property ?? "type";
  const cases: [string, string][] = [];
  let fallback: string | undefined;
  for (const m of decls) {
    if (m.discriminator) {
      if (m.discriminator.property !== property) throw new Error(`union members ${models.join(", ")} disagree on their discriminator`);
      if (fallback) throw new Error(`union members ${models.join(", ")} have two polymorphic bases`);
      fallback = m.name;
      for (const s of m.discriminator.subtypes) if (!version || s.versions.includes(version)) cases.push([s.value, m.name]);
      continue;
    }
    const tag = m.properties.find((p) => p.wireName === property);
    if (tag?.type.kind !== "literal") throw new Error(`${m.name} has no literal "${property}" to tell it apart in a union`);
    cases.push([String(tag.type.value), m.name]);
  }
  return { property, cases, fallback };
}

function jsonTypeOf(v: string | number | boolean): string {
  return typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v;
}

function scalarSchema(name: string): Record<string, unknown> {
  switch (name) {
    case "string":
      return { type: "string" };
    case "boolean":
      return { type: "boolean" };
    case "int32":
      return { type: "integer" };
    case "float32":
      return { type: "number" };
    case "bytes":
      return { type: "string", contentEncoding: "base64" };
    case "unixTime":
      return { type: "integer", description: "Unix time in seconds." };
    default:
      return {};
  }
}

function constraintSchema(c: Constraints | undefined): Record<string, unknown> {
  return c ? { ...c } : {};
}

