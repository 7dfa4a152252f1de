/**
 * Compares upstream's published OpenAPI files (Azure/azure-rest-api-specs,
 * specification/ai/data-plane/VoiceLive/stable/<version>/VoiceLive.json) with each other and with
 * the generated schema, field by field. The first step of adding an API version
 * (docs/adding-an-api-version.md); it reads files you saved, and needs no network.
 *
 *   npm run upstream:check -- diff <older.json> <newer.json>
 *     what the newer version adds, removes or changes: definitions, fields, requiredness, enum values,
 *     discriminator values
 *   npm run upstream:check -- schema <upstream.json> <api-version>
 *     what generated/schema/<api-version>.json lacks or has beyond the upstream file
 *
 * Only facts are compared (names, requiredness, known values, discriminator values); descriptions and
 * types are not: OpenAPI 2.0 cannot say what the spec says about unions and nullability.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

type Json = Record<string, unknown>;

/** One upstream definition reduced to facts: fields with requiredness and known values, or enum values. */
interface Facts {
  fields: Map<string, { required: boolean; values?: string[] }>;
  values?: string[];
  /** For a polymorphic base: discriminator value → model. */
  subtypes: Map<string, string>;
}

/** The facts of every definition of an upstream OpenAPI 2.0 file, inherited fields included. */
export function upstreamFacts(doc: Json): Map<string, Facts> {
  const defs = (doc.definitions ?? {}) as Record<string, Json>;
  const out = new Map<string, Facts>();
  const refName = (s: Json | undefined) => (typeof s?.$ref === "string" ? s.$ref.replace("#/definitions/", "") : undefined);
  const enumOf = (s: Json): string[] | undefined => {
    if (Array.isArray(s.enum)) return (s.enum as unknown[]).map(String);
    const named = refName(s);
    return named && Array.isArray(defs[named]?.enum) ? (defs[named].enum as unknown[]).map(String) : undefined;
  };
  const collect = (name: string, into: Facts, seen = new Set<string>()) => {
    const d = defs[name];
    if (!d || seen.has(name)) return;
    seen.add(name);
    const required = new Set((d.required as string[] | undefined) ?? []);
    for (const base of (d.allOf as Json[] | undefined) ?? []) {
      const b = refName(base);
      if (!b) continue;
      collect(b, into, seen);
      // A variant narrows its base's discriminator to its own value.
      const tag = defs[b]?.discriminator;
      const value = d["x-ms-discriminator-value"];
      if (typeof tag === "string" && typeof value === "string") into.fields.set(tag, { required: true, values: [value] });
    }
    for (const [field, schema] of Object.entries((d.properties ?? {}) as Record<string, Json>)) {
      const values = enumOf(schema) ?? (schema.type === "array" ? enumOf((schema.items ?? {}) as Json) : undefined);
      into.fields.set(field, { required: required.has(field) || into.fields.get(field)?.required === true, ...(values ? { values } : {}) });
    }
  };
  for (const [name, d] of Object.entries(defs)) {
    const facts: Facts = { fields: new Map(), subtypes: new Map() };
    collect(name, facts);
    if (Array.isArray(d.enum)) facts.values = (d.enum as unknown[]).map(String);
    out.set(name, facts);
  }
  for (const [name, d] of Object.entries(defs)) {
    const value = d["x-ms-discriminator-value"];
    if (typeof value !== "string") continue;
    for (const base of (d.allOf as Json[] | undefined) ?? []) {
      const b = refName(base);
      if (b && typeof defs[b]?.discriminator === "string") out.get(b)!.subtypes.set(value, name);
    }
  }
  return out;
}

/** The same facts read from a generated schema bundle (generated/schema/<version>.json). */
export function schemaFacts(schema: Json): Map<string, Facts> {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const out = new Map<string, Facts>();
  const valuesOf = (s: Json): string[] | undefined => {
    if (typeof s.$ref === "string") {
      const d = defs[s.$ref.replace("#/$defs/", "")];
      return d ? valuesOf(d) : undefined;
    }
    if (Array.isArray(s.enum)) return (s.enum as unknown[]).map(String);
    if ("const" in s && typeof s.const === "string") return [s.const];
    const branches = ((s.anyOf as Json[] | undefined) ?? []).flatMap((b) => valuesOf(b) ?? []);
    if (branches.length) return branches;
    if (s.type === "array" && s.items) return valuesOf(s.items as Json);
    return undefined;
  };
  for (const [name, d] of Object.entries(defs)) {
    const facts: Facts = { fields: new Map(), subtypes: new Map() };
    const required = new Set((d.required as string[] | undefined) ?? []);
    for (const [field, s] of Object.entries((d.properties ?? {}) as Record<string, Json | boolean>)) {
      if (typeof s === "boolean") continue; // `false`: a field of another version
      const values = valuesOf(s);
      facts.fields.set(field, { required: required.has(field), ...(values ? { values } : {}) });
    }
    const values = valuesOf(d);
    if (values && !d.properties) facts.values = values;
    for (const rule of (d.allOf as Json[] | undefined) ?? []) {
      const cond = Object.values(((rule.if as Json | undefined)?.properties ?? {}) as Record<string, Json>)[0];
      const then = (rule.then as Json | undefined)?.$ref;
      if (cond && typeof cond.const === "string" && typeof then === "string") facts.subtypes.set(cond.const, then.replace("#/$defs/", ""));
    }
    out.set(name, facts);
  }
  return out;
}

/** The models the spec names differently from upstream, as spec/DECISIONS.md lists them (D10): `` `Old` → `New` ``. */
export function decisionRenames(decisions: string): Map<string, string> {
  return new Map([...decisions.matchAll(/`([A-Z][A-Za-z0-9]*)` → `([A-Z][A-Za-z0-9]*)`/g)].map((m) => [m[1], m[2]]));
}

/** Every difference between two fact sets, one line each: `+` only in `b`, `-` only in `a`, `~` changed. */
export function compareFacts(a: Map<string, Facts>, b: Map<string, Facts>): string[] {
  const lines: string[] = [];
  const setDiff = (x: string[] = [], y: string[] = []) => [y.filter((v) => !x.includes(v)), x.filter((v) => !y.includes(v))];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y) {
      lines.push(`${x ? "-" : "+"} ${name}`);
      continue;
    }
    for (const field of [...new Set([...x.fields.keys(), ...y.fields.keys()])].sort()) {
      const fx = x.fields.get(field);
      const fy = y.fields.get(field);
      if (!fx || !fy) {
        lines.push(`${fx ? "-" : "+"} ${name}.${field}`);
        continue;
      }
      if (fx.required !== fy.required) lines.push(`~ ${name}.${field} required: ${fx.required} → ${fy.required}`);
      if (fx.values && fy.values) {
        const [added, removed] = setDiff(fx.values, fy.values);
        if (added.length || removed.length) lines.push(`~ ${name}.${field} values: ${[...added.map((v) => `+${v}`), ...removed.map((v) => `-${v}`)].join(" ")}`);
      }
    }
    if (x.values && y.values) {
      const [added, removed] = setDiff(x.values, y.values);
      if (added.length || removed.length) lines.push(`~ ${name} values: ${[...added.map((v) => `+${v}`), ...removed.map((v) => `-${v}`)].join(" ")}`);
    }
    for (const value of [...new Set([...x.subtypes.keys(), ...y.subtypes.keys()])].sort()) {
      const mx = x.subtypes.get(value);
      const my = y.subtypes.get(value);
      if (mx !== my) lines.push(`~ ${name} subtype ${value}: ${mx ?? "(none)"} → ${my ?? "(none)"}`);
    }
  }
  return lines;
}

function main(argv: string[]): number {
  const read = (p: string) => JSON.parse(readFileSync(p, "utf8")) as Json;
  const [mode, first, second] = argv;
  if (mode === "diff" && first && second) {
    console.log(compareFacts(upstreamFacts(read(first)), upstreamFacts(read(second))).join("\n") || "no differences");
    return 0;
  }
  if (mode === "schema" && first && second) {
    const schema = read(fileURLToPath(new URL(`../generated/schema/${second}.json`, import.meta.url)));
    // Models the spec names differently (spec/DECISIONS.md D10) are compared under the spec's name.
    const renames = decisionRenames(readFileSync(fileURLToPath(new URL("../spec/DECISIONS.md", import.meta.url)), "utf8"));
    const upstream = new Map([...upstreamFacts(read(first))].map(([name, facts]) => [renames.get(name) ?? name, facts]));
    const lines = compareFacts(upstream, schemaFacts(schema));
    console.log(`'-': upstream only; '+': generated schema only; '~': both, but different\n${lines.join("\n") || "no differences"}`);
    return 0;
  }
  console.error("usage: upstream-check diff <older.json> <newer.json> | upstream-check schema <upstream.json> <api-version>");
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
