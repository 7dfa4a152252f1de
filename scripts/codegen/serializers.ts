/**
 * IR → serializers (model → wire JSON) and deserializers (wire JSON → model), `generated/serializers.ts`.
 *
 * Every conversion is lossless:
 * - a field the spec does not know is copied under its own name (wire name on the model side);
 * - keys inside free-form values (`metadata`, tool `parameters`, MCP `headers`, ...) are never re-cased;
 * - a value of an unexpected shape is passed through untouched instead of throwing;
 * - an event of an unknown type is returned as it is.
 * Each model is converted in one pass over its keys, by one shared loop (`convertKeys`) driven by a
 * table of the keys that change name or value. Dispatch on a discriminator is a table lookup too.
 *
 * Why tables and not a function per model: V8 optimizes each hot function on its own, inlining what
 * it calls. A `for...in` with a `switch` per model, nested through unions, made it compile a large
 * function for every kind of event, and an app pays for that during its first thousands of events
 * (measured: 20,000 events of a realistic flood, from a fresh process, cost ~10% more CPU). The
 * shared loop compiles once; once warm it costs a few tenths of a µs more per event (its key reads
 * and writes are megamorphic), which a session's first thousands of events more than repay.
 */
import type { ModelIR, ProtocolIR, TypeRef } from "./ir.js";
import { forEachRef, isModel } from "./ir.js";
import { dispatchPlan } from "./schema.js";
import { EVENT_ROOTS, eventsOf } from "./shared.js";

type Direction = "serialize" | "deserialize";

/** The shared conversion helpers: `generated/convert.ts`, internal (the models' entry point does not export it). */
const CONVERT = `/** One conversion loop for every model, driven by tables of the keys that change (see scripts/codegen/serializers.ts). */
export type Wire = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export function isObject(v: unknown): v is Wire {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** How a key changes between wire and model form: its new name, or its new name and a conversion of its value. */
export type KeyRule = string | readonly [name: string, convert: (value: Wire) => Wire];
export type Table<T> = Readonly<Record<string, T>>;

/** A lookup table without a prototype, so that keys such as \`constructor\` find nothing. */
export function table<T>(entries: Record<string, T>): Table<T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * A new object with the keys of \`w\`: those with a rule renamed (and their value converted), any other
 * copied as it is (\`__proto__\` too, as an own key). Keys whose value is \`undefined\` are left out.
 */
export function convertKeys(w: Wire, rules: Table<KeyRule>): Wire {
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    const rule = rules[k];
    if (rule === undefined) {
      if (k === "__proto__") Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
      else o[k] = v;
    } else if (typeof rule === "string") o[rule] = v;
    else o[rule[0]] = rule[1](v);
  }
  return o;
}

/** Converts each element of an array with \`f\`; anything else passes through. */
export function convertItems(v: Wire, f: (value: Wire) => Wire): Wire {
  if (!Array.isArray(v)) return v;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = f(v[i]);
  return out;
}

/** Converts \`w\` with the converter its \`property\` names in \`by\`, else with \`fallback\` (or not at all). */
export function dispatch(w: Wire, property: string, by: Table<(w: Wire) => Wire>, fallback?: (w: Wire) => Wire): Wire {
  if (!isObject(w)) return w;
  const key = w[property];
  const f = typeof key === "string" ? by[key] : undefined;
  return f ? f(w) : fallback ? fallback(w) : w;
}

/** Identity, for a variant that needs no conversion where the others do. */
export function keep(w: Wire): Wire {
  return w;
}

interface NodeBufferClass {
  from(text: string, encoding: "base64"): Uint8Array;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: "base64"): string };
}
const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;

/** Base64 → bytes. The result owns its memory, so views such as \`Int16Array\` can be made on it. */
export function base64ToBytes(text: string): Uint8Array {
  if (NodeBuffer) {
    const b = NodeBuffer.from(text, "base64");
    return b.byteOffset === 0 && b.buffer.byteLength === b.length ? new Uint8Array(b.buffer) : new Uint8Array(b);
  }
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes → base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A \`bytes\` field: base64 on the wire, \`Uint8Array\` in the models (other shapes pass through). */
export const bytesFromWire = (v: Wire): Wire => (typeof v === "string" ? base64ToBytes(v) : v);
export const bytesToWire = (v: Wire): Wire => (v instanceof Uint8Array ? bytesToBase64(v) : v);
/** A \`unixTime\` field: seconds on the wire, \`Date\` in the models. */
export const dateFromWire = (v: Wire): Wire => (typeof v === "number" ? new Date(v * 1000) : v);
export const dateToWire = (v: Wire): Wire => (v instanceof Date ? Math.round(v.getTime() / 1000) : v);
`;

/** What the client module adds before its converters. */
const CLIENT_HEAD = `/** A JSON object in wire form (snake_case keys). */
export type WireObject = Record<string, unknown>;

export { base64ToBytes, bytesToBase64 } from "./convert.js";
`;

/** The helpers of convert.ts that \`body\` uses, as an import. */
function convertImport(body: string): string {
  const used = [...CONVERT.matchAll(/^export (function|const|type) (\w+)/gm)].filter((m) => new RegExp(`\\b${m[2]}\\b`).test(body));
  return `import {\n${used.map((m) => `  ${m[1] === "type" ? "type " : ""}${m[2]},`).join("\n")}\n} from "./convert.js";\n`;
}

/**
 * Two modules: `serializers.ts` holds what a client needs (client events → wire, wire → server events)
 * and the shared runtime; `server-serializers.ts` holds the other two directions, which a server (the
 * emulator) or a test needs. The SDK's entry point loads only the first.
 */
export function emitSerializers(ir: ProtocolIR): { client: string; server: string; convert: string } {
  const sinks = { client: [] as string[], server: [] as string[] };
  let out = sinks.client;

  /** Whether values of a declaration change between wire and model form (a renamed key, bytes, dates, ...). */
  const needsWork = new Map<string, boolean>();
  const declNeedsWork = (name: string): boolean => {
    const known = needsWork.get(name);
    if (known !== undefined) return known;
    needsWork.set(name, true); // a cycle counts as work; the answer below settles it
    const d = ir.declarations.get(name)!;
    const result = isModel(d)
      ? d.properties.some((p) => p.wireName !== p.tsName || conv(p.type, "deserialize") !== null) ||
        (d.discriminator?.subtypes.some((s) => declNeedsWork(s.model)) ?? false)
      : d.variants.some((v) => conv(v.type, "deserialize") !== null);
    needsWork.set(name, result);
    return result;
  };

  /** Declarations reachable from the events under a root (through fields, union members and variants). */
  const reachable = (root: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const d = ir.declarations.get(name)!;
      const refs = isModel(d) ? d.properties.map((p) => p.type) : d.variants.map((v) => v.type);
      for (const r of refs) forEachRef(r, visit);
      if (isModel(d)) d.discriminator?.subtypes.forEach((sub) => visit(sub.model));
    };
    eventsOf(ir, root).forEach((e) => visit(e.name));
    return seen;
  };
  const clientSide = { serialize: reachable("ClientEvent"), deserialize: reachable("ServerEvent") };
  const sinkFor = (name: string, dir: Direction) => (clientSide[dir].has(name) ? "client" : "server");
  const imports = { client: new Set<string>(), server: new Set<string>() };

  /** Name of the function that converts a declaration, or null when values pass through unchanged. */
  const fnFor = (name: string, dir: Direction): string | null => {
    if (!declNeedsWork(name)) return null;
    const d = ir.declarations.get(name)!;
    return `${dir}${name}${isModel(d) && d.discriminator ? "Union" : ""}`;
  };

  /** A function converting a value of type `t`, or null for identity. */
  function conv(t: TypeRef, dir: Direction): string | null {
    switch (t.kind) {
      case "scalar":
        if (t.name === "bytes") return dir === "deserialize" ? "bytesFromWire" : "bytesToWire";
        if (t.name === "unixTime") return dir === "deserialize" ? "dateFromWire" : "dateToWire";
        return null;
      case "ref":
        return fnFor(t.name, dir);
      case "array": {
        const inner = conv(t.items, dir);
        return inner ? `(v: Wire) => convertItems(v, ${inner})` : null;
      }
      case "record":
        if (conv(t.values, dir)) throw new Error("maps of converted values are not supported");
        return null;
      case "union": {
        const converting = t.variants.filter((x) => conv(x, dir) !== null);
        if (converting.length === 0) return null;
        // Model converters pass other shapes (null, strings, numbers) through, so one converting member is enough.
        if (converting.length === 1 && converting[0].kind === "ref") return conv(converting[0], dir);
        throw new Error("inline unions with several converted members are not supported");
      }
      default:
        return null;
    }
  }

  /** `{ "key": value, ... }` over several lines, or `{}`. */
  const objectLiteral = (entries: [string, string][]) => (entries.length ? `{\n${entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${v},`).join("\n")}\n}` : "{}");

  const emitModel = (m: ModelIR, dir: Direction) => {
    const rules: [string, string][] = [];
    for (const p of m.properties) {
      const from = dir === "deserialize" ? p.wireName : p.tsName;
      const to = dir === "deserialize" ? p.tsName : p.wireName;
      const value = conv(p.type, dir);
      if (from === to && value === null) continue;
      rules.push([from, value === null ? JSON.stringify(to) : `[${JSON.stringify(to)}, ${value}]`]);
    }
    const fn = `${dir}${m.name}`;
    const [inType, outType] = dir === "deserialize" ? ["unknown", m.name] : [m.name, "WireObject"];
    out.push(
      `/** ${dir === "deserialize" ? "Wire JSON → " : ""}\`${m.name}\`${dir === "serialize" ? " → wire JSON" : ""}. */`,
      `export function ${fn}(value: ${inType}): ${outType};`,
      `export function ${fn}(w: Wire): Wire {`,
      `  return isObject(w) ? convertKeys(w, ${fn}Keys) : w;`,
      `}`,
      `const ${fn}Keys = table<KeyRule>(${objectLiteral(rules)});`,
      ``,
    );
  };

  /** Dispatch on a discriminator through a table, falling back to `fallback` (a function) or to the value itself. */
  const emitDispatch = (fn: string, inType: string, outType: string, property: string, allCases: [string, string | null][], fallback: string | null, doc: string) => {
    const entries = allCases.filter(([, target]) => target !== fallback).flatMap(([value, target]): [string, string][] => (target ? [[value, target]] : fallback ? [[value, "keep"]] : []));
    const byTable = `${fn}By${property[0].toUpperCase()}${property.slice(1).replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}`;
    out.push(
      `/** ${doc} */`,
      `export function ${fn}(value: ${inType}): ${outType};`,
      `export function ${fn}(w: Wire): Wire {`,
      `  return dispatch(w, ${JSON.stringify(property)}, ${byTable}${fallback ? `, ${fallback}` : ""});`,
      `}`,
      `const ${byTable} = table<(w: Wire) => Wire>(${objectLiteral(entries)});`,
      ``,
    );
  };

  for (const name of [...ir.declarations.keys()].sort()) {
    const d = ir.declarations.get(name)!;
    if (EVENT_ROOTS.includes(name)) continue;
    if (!declNeedsWork(name)) continue;
    for (const dir of ["serialize", "deserialize"] as const) {
      const sink = sinkFor(name, dir);
      out = sinks[sink];
      if (isModel(d)) {
        emitModel(d, dir);
        imports[sink].add(d.name);
        if (d.discriminator) {
          const cases = d.discriminator.subtypes.map(({ value, model }) => [value, fnFor(model, dir)] as [string, string | null]);
          const [i, o] = dir === "deserialize" ? ["unknown", `${d.name}Union`] : [`${d.name}Union`, "WireObject"];
          imports[sink].add(`${d.name}Union`);
          emitDispatch(`${dir}${d.name}Union`, i, o, d.discriminator.property, cases, `${dir}${d.name}`, `Any variant of \`${d.name}\`, chosen by \`${d.discriminator.property}\`; an unknown variant is converted as the base.`);
        }
      } else {
        const models = d.variants.flatMap((v) => (v.type.kind === "ref" && isModel(ir.declarations.get(v.type.name)) ? [v.type.name] : []));
        const plan = dispatchPlan(ir, models);
        const byModel = (m: string) => fnFor(m, dir);
        const cases = plan.cases.map(([value, model]) => [value, byModel(model)] as [string, string | null]);
        const [i, o] = dir === "deserialize" ? ["unknown", d.name] : [d.name, "WireObject | string"];
        imports[sink].add(d.name);
        emitDispatch(`${dir}${d.name}`, i, o, plan.property, cases, plan.fallback ? byModel(plan.fallback) : null, `\`${d.name}\`: strings pass through; objects are told apart by \`${plan.property}\`.`);
      }
    }
  }

  for (const root of EVENT_ROOTS) {
    const events = eventsOf(ir, root);
    for (const dir of ["serialize", "deserialize"] as const) {
      const sink = (root === "ClientEvent") === (dir === "serialize") ? "client" : "server";
      out = sinks[sink];
      imports[sink].add(root);
      imports[sink].add(`Unknown${root}`);
      const cases = events.map((e) => [e.type, `${dir}${e.name}`] as [string, string]);
      const [i, o] = dir === "deserialize" ? ["unknown", `${root} | Unknown${root}`] : [`${root} | Unknown${root}`, "WireObject"];
      emitDispatch(`${dir}${root}`, i, o, "type", cases, null, dir === "deserialize"
        ? `Wire JSON → a typed \`${root}\`. An event of an unknown type is returned as it is, in wire form.`
        : `A \`${root}\` → wire JSON. An event of an unknown type is passed through as it is (it is already in wire form).`);
    }
  }

  const typeImports = (names: Set<string>) => `import type {\n${[...names].sort().map((n) => `  ${n},`).join("\n")}\n} from "./models.js";\n`;
  const clientBody = sinks.client.join("\n");
  const client = [typeImports(imports.client), convertImport(clientBody), CLIENT_HEAD, clientBody].join("\n");
  // The server-side module uses client-side converters of shared models.
  const serverBody = sinks.server.join("\n");
  const exported = [...clientBody.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
  const used = [...new Set(exported.filter((fn) => new RegExp(`\\b${fn}\\b`).test(serverBody)))].sort();
  const server = [
    typeImports(imports.server),
    convertImport(serverBody),
    `import {\n${["type WireObject", ...used].map((n) => `  ${n},`).join("\n")}\n} from "./serializers.js";`,
    ``,
    serverBody,
  ].join("\n");
  return { client, server, convert: CONVERT };
}
