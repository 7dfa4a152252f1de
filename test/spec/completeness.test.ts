/**
 * Spec completeness against the facts: every event, model, wire field, JSON type, requiredness,
 * known value and discriminator mapping in test/data/inventory.json (a copy of the protocol
 * inventory) must be in the generated schema of its API version, or be listed, with its reason,
 * in spec/DECISIONS.md. A listed departure that is no longer a departure fails too.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decisionRenames } from "../../scripts/upstream-check.js";
import { apiVersions } from "../../src/versions.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (p: string) => readFileSync(root + p, "utf8");

type Json = Record<string, unknown>;
interface InvField { type: string; required: boolean; knownValues?: string[] }
interface InvModel { kind: "model" | "enum" | "union"; fields?: Record<string, InvField>; discriminator?: string; subtypes?: Record<string, string> | null; values?: string[]; extensible?: boolean; variants?: string[] }
interface InvEvent { type: string; model: string; fields: Record<string, InvField> }
interface InvVersion { clientEvents: InvEvent[]; serverEvents: InvEvent[]; models: Record<string, InvModel> }

const inventory = JSON.parse(read("test/data/inventory.json")) as InvVersion & { apiVersion: string; otherVersions: Record<string, InvVersion> };
/** Every modelled version, with its facts: the top level is the first GA version, `otherVersions` holds the rest. */
const versions: [string, InvVersion | undefined][] = apiVersions.map((v) => [v, v === inventory.apiVersion ? inventory : inventory.otherVersions[v]]);

/** The departures spec/DECISIONS.md lists, as keys like `2025-10-01 ServerEventErrorDetails.param type` (`*` = every version). */
function decisionKeys(): Set<string> {
  const keys = new Set<string>();
  for (const m of read("spec/DECISIONS.md").matchAll(/`((?:\*|\d{4}-\d{2}-\d{2}(?:-[a-z]+)?|v\d+) [A-Za-z0-9]+(?:\.[a-z0-9_]+)? (?:model|field|type|required|values|subtypes|event))`/g)) {
    keys.add(m[1]);
  }
  return keys;
}

/** The models the spec names differently from the inventory (spec/DECISIONS.md, D10). */
const renamed = decisionRenames(read("spec/DECISIONS.md"));
const inventoryName = new Map([...renamed].map(([from, to]) => [to, from]));

/** Compares one version's inventory with one schema bundle; returns the keys of every difference. */
function differences(version: string, inv: InvVersion, schema: Json): string[] {
  const bundle = schema.$defs as Record<string, Json>;
  // Looked up by the inventory's names; a renamed model is found under its name in the spec.
  const defs = new Proxy(bundle, { get: (target, name: string) => target[renamed.get(name) ?? name] });
  const fromSchema = (name: string) => inventoryName.get(name) ?? name;
  const found: string[] = [];
  const diff = (subject: string, aspect: string) => found.push(`${version} ${subject} ${aspect}`);

  const resolve = (s: Json): Json => (typeof s.$ref === "string" ? defs[s.$ref.replace("#/$defs/", "")] ?? {} : s);
  const isStringEnumDef = (d: Json) => signatures(d, false).every((x) => x === "string" || x.startsWith('"'));

  /** The inventory notation of a schema: `string`, `int32`, `Name`, `T[]`, `Record<T>`, `"literal"`, `null`, `unknown`. */
  function signatures(s: Json, expandStringEnums: boolean): string[] {
    if (typeof s.$ref === "string") {
      const name = s.$ref.replace("#/$defs/", "");
      const d = defs[name];
      if (expandStringEnums && d && isStringEnumDef(d) && (d.anyOf as Json[] | undefined)?.some((b) => b.type === "string")) return ["string"];
      return [fromSchema(name)];
    }
    if ("const" in s) return [JSON.stringify(s.const)];
    if (Array.isArray(s.enum)) return s.enum.every((v) => Number.isInteger(v)) ? ["int32"] : s.enum.map((v) => JSON.stringify(v));
    if (Array.isArray(s.anyOf)) return [...new Set((s.anyOf as Json[]).flatMap((b) => signatures(b, expandStringEnums)))];
    const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
    if (!types.length) return ["unknown"];
    return types.map((t) => {
      switch (t) {
        case "string":
          return s.contentEncoding === "base64" ? "bytes(base64)" : "string";
        case "integer":
          return "int32";
        case "number":
          return "float32";
        case "array":
          return `${signatures(s.items as Json, expandStringEnums).join(" | ")}[]`;
        case "object":
          return s.additionalProperties ? `Record<${signatures(s.additionalProperties as Json, expandStringEnums).join(" | ")}>` : "object";
        default:
          return t;
      }
    });
  }

  const inventoryTypes = (t: string) => t.split(" | ").map((x) => (x === "utcDateTime(unixTimestamp32)" ? "int32" : x.trim()));
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

  /** Known values of a (possibly referenced) open or closed string union schema. */
  function knownValues(s: Json): string[] {
    const d = resolve(s);
    if (Array.isArray(d.enum)) return d.enum as string[];
    return ((d.anyOf as Json[] | undefined) ?? []).flatMap((b) => (Array.isArray(b.enum) ? (b.enum as string[]) : "const" in b ? [b.const as string] : []));
  }

  /** The `if const → then $ref` pairs of a dispatching schema. */
  function mapping(d: Json, property: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const rule of (d.allOf as Json[] | undefined) ?? []) {
      const cond = ((rule.if as Json | undefined)?.properties as Record<string, Json> | undefined)?.[property];
      const then = rule.then as Json | undefined;
      if (cond && "const" in cond && typeof then?.$ref === "string") out[cond.const as string] = fromSchema(then.$ref.replace("#/$defs/", ""));
    }
    return out;
  }

  function checkFields(name: string, d: Json, fields: Record<string, InvField>) {
    const props = (d.properties ?? {}) as Record<string, Json | boolean>;
    const required = (d.required ?? []) as string[];
    for (const [field, f] of Object.entries(fields)) {
      const p = props[field];
      if (p === undefined || p === false || p === true) {
        diff(`${name}.${field}`, "field");
        continue;
      }
      const want = inventoryTypes(f.type);
      if (!sameSet(signatures(p, false), want) && !sameSet(signatures(p, true), want)) diff(`${name}.${field}`, "type");
      if (required.includes(field) !== f.required) diff(`${name}.${field}`, "required");
      if (f.knownValues && !sameSet(knownValues(p), f.knownValues)) diff(`${name}.${field}`, "values");
    }
  }

  for (const [root, events] of [["ClientEvent", inv.clientEvents], ["ServerEvent", inv.serverEvents]] as const) {
    const dispatch = mapping(defs[root] ?? {}, "type");
    const want = Object.fromEntries(events.map((e) => [e.type, e.model]));
    if (!sameSet(Object.entries(dispatch).map((x) => x.join("=")), Object.entries(want).map((x) => x.join("=")))) diff(root, "subtypes");
    for (const e of events) {
      const d = defs[e.model];
      if (!d) diff(e.model, "event");
      else checkFields(e.model, d, e.fields);
    }
  }

  for (const [name, m] of Object.entries(inv.models)) {
    const d = defs[name];
    if (!d) {
      diff(name, "model");
      continue;
    }
    if (m.kind === "model") {
      checkFields(name, d, m.fields ?? {});
      if (m.discriminator && m.subtypes && !sameSet(Object.entries(mapping(d, m.discriminator)).map((x) => x.join("=")), Object.entries(m.subtypes).map((x) => x.join("=")))) {
        diff(name, "subtypes");
      }
    } else if (m.kind === "enum") {
      const open = ((d.anyOf as Json[] | undefined) ?? []).some((b) => b.type === "string" && !("const" in b));
      if (!sameSet(knownValues(d), m.values ?? []) || open !== Boolean(m.extensible)) diff(name, "values");
    } else {
      const refs = new Set([...JSON.stringify(d).matchAll(/"#\/\$defs\/([A-Za-z0-9]+)"/g)].map((x) => x[1]));
      if (!(m.variants ?? []).every((v) => refs.has(v))) diff(name, "type");
    }
  }
  return found;
}

describe("spec completeness against the protocol inventory", () => {
  const listed = decisionKeys();
  const allFound = new Set<string>();

  for (const [version, inv] of versions) {
    it(`covers every event, model, field, type, requiredness, known value and mapping of ${version}`, () => {
      assert.ok(inv, `inventory.json has no facts of ${version}: add them (docs/adding-an-api-version.md)`);
      const schema = JSON.parse(read(`generated/schema/${version}.json`)) as Json;
      const found = differences(version, inv, schema);
      found.forEach((k) => allFound.add(k));
      const unexplained = found.filter((k) => !listed.has(k) && !listed.has(k.replace(version, "*")));
      assert.deepEqual(unexplained, [], `differences from inventory.json that spec/DECISIONS.md does not explain:\n${unexplained.join("\n")}`);
    });
  }

  it("lists no departure in spec/DECISIONS.md that is not one", () => {
    const stale = [...listed].filter((k) =>
      k.startsWith("*") ? !versions.some(([v]) => allFound.has(k.replace("*", v))) : !allFound.has(k),
    );
    assert.deepEqual(stale, [], `spec/DECISIONS.md lists these, but the spec matches the inventory there:\n${stale.join("\n")}`);
  });

  it("fails a loose spec: a session typed as a free-form record is reported", () => {
    const schema = JSON.parse(read("generated/schema/2026-07-15.json")) as Json;
    const defs = schema.$defs as Record<string, Json>;
    defs.ClientEventSessionUpdate = { type: "object", properties: { type: { const: "session.update" }, event_id: { type: "string" }, session: { type: "object", additionalProperties: {} } }, required: ["type", "session"] };
    defs.TurnDetection = { type: "object", properties: { type: { type: "string" } }, required: ["type"] };
    const found = differences("2026-07-15", inventory.otherVersions["2026-07-15"], schema);
    assert.ok(found.includes("2026-07-15 ClientEventSessionUpdate.session type"), found.join("\n"));
    assert.ok(found.includes("2026-07-15 TurnDetection subtypes"), found.join("\n"));
  });
});
