/**
 * IR → serializers (model → wire JSON) and deserializers (wire JSON → model), `generated/serializers.ts`.
 *
 * Every conversion is lossless:
 * - a field the spec does not know is copied under its own name (wire name on the model side);
 * - keys inside free-form values (`metadata`, tool `parameters`, MCP `headers`, ...) are never re-cased;
 * - a value of an unexpected shape is passed through untouched instead of throwing;
 * - an event of an unknown type is returned as it is.
 * Each model is converted in one pass over its keys; only keys that change name or value get a `case`.
 */
import type { ModelIR, ProtocolIR, TypeRef } from "./ir.js";
import { forEachRef, isModel } from "./ir.js";
import { dispatchPlan } from "./schema.js";
import { EVENT_ROOTS, eventsOf } from "./shared.js";

type Direction = "serialize" | "deserialize";

const RUNTIME = `type Wire = any; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A JSON object in wire form (snake_case keys). */
export type WireObject = Record<string, unknown>;

function isObject(v: unknown): v is Wire {
  return typeof v === "object" && v !== null && !Array.isArray(v);
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
`;

/**
 * Two modules: `serializers.ts` holds what a client needs (client events → wire, wire → server events)
 * and the shared runtime; `server-serializers.ts` holds the other two directions, which a server (the
 * emulator) or a test needs. The SDK's entry point loads only the first.
 */
export function emitSerializers(ir: ProtocolIR): { client: string; server: string } {
  const sinks = { client: [RUNTIME], server: [] as string[] };
  let out = sinks.client;

  /** Whether values of a declaration change between wire and model form (a renamed key, bytes, dates, ...). */
  const needsWork = new Map<string, boolean>();
  const declNeedsWork = (name: string): boolean => {
    const known = needsWork.get(name);
    if (known !== undefined) return known;
    needsWork.set(name, true); // a cycle counts as work; the answer below settles it
    const d = ir.declarations.get(name)!;
    const result = isModel(d)
      ? d.properties.some((p) => p.wireName !== p.tsName || conv(p.type, "deserialize", "x") !== null) ||
        (d.discriminator?.subtypes.some((s) => declNeedsWork(s.model)) ?? false)
      : d.variants.some((v) => conv(v.type, "deserialize", "x") !== null);
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

  /** An expression converting `v`, or null for identity. */
  function conv(t: TypeRef, dir: Direction, v: string): string | null {
    switch (t.kind) {
      case "scalar":
        if (t.name === "bytes")
          return dir === "deserialize" ? `(typeof ${v} === "string" ? base64ToBytes(${v}) : ${v})` : `(${v} instanceof Uint8Array ? bytesToBase64(${v}) : ${v})`;
        if (t.name === "unixTime")
          return dir === "deserialize" ? `(typeof ${v} === "number" ? new Date(${v} * 1000) : ${v})` : `(${v} instanceof Date ? Math.round(${v}.getTime() / 1000) : ${v})`;
        return null;
      case "ref": {
        const fn = fnFor(t.name, dir);
        return fn ? `${fn}(${v})` : null;
      }
      case "array": {
        const inner = conv(t.items, dir, "x");
        return inner ? `(Array.isArray(${v}) ? ${v}.map((x: Wire) => ${inner}) : ${v})` : null;
      }
      case "record":
        if (conv(t.values, dir, "x")) throw new Error("maps of converted values are not supported");
        return null;
      case "union": {
        const converting = t.variants.filter((x) => conv(x, dir, "x") !== null);
        if (converting.length === 0) return null;
        // Model converters pass other shapes (null, strings, numbers) through, so one converting member is enough.
        if (converting.length === 1 && converting[0].kind === "ref") return conv(converting[0], dir, v);
        throw new Error("inline unions with several converted members are not supported");
      }
      default:
        return null;
    }
  }

  const emitModel = (m: ModelIR, dir: Direction) => {
    const cases: string[] = [];
    for (const p of m.properties) {
      const from = dir === "deserialize" ? p.wireName : p.tsName;
      const to = dir === "deserialize" ? p.tsName : p.wireName;
      const value = conv(p.type, dir, "v");
      if (from === to && value === null) continue;
      cases.push(`      case ${JSON.stringify(from)}:\n        o.${to} = ${value ?? "v"};\n        break;`);
    }
    const [inType, outType] = dir === "deserialize" ? ["unknown", m.name] : [m.name, "WireObject"];
    const skipUndefined = dir === "serialize" ? "\n    if (v === undefined) continue;" : "";
    const body = cases.length
      ? `    switch (k) {\n${cases.join("\n")}\n      default:\n        o[k] = v;\n    }`
      : `    o[k] = v;`;
    out.push(
      `/** ${dir === "deserialize" ? "Wire JSON → " : ""}\`${m.name}\`${dir === "serialize" ? " → wire JSON" : ""}. */`,
      `export function ${dir}${m.name}(value: ${inType}): ${outType};`,
      `export function ${dir}${m.name}(w: Wire): Wire {`,
      `  if (!isObject(w)) return w;`,
      `  const o: Wire = {};`,
      `  for (const k in w) {`,
      `    const v = w[k];${skipUndefined}`,
      body,
      `  }`,
      `  return o;`,
      `}`,
      ``,
    );
  };

  /** A `switch` on a discriminator, falling back to `fallback` (a function) or to the value itself. */
  const emitDispatch = (fn: string, inType: string, outType: string, property: string, allCases: [string, string | null][], fallback: string | null, doc: string) => {
    const cases = allCases.filter(([, target]) => target !== fallback);
    out.push(`/** ${doc} */`, `export function ${fn}(value: ${inType}): ${outType};`, `export function ${fn}(w: Wire): Wire {`, `  if (!isObject(w)) return w;`, `  switch (w[${JSON.stringify(property)}]) {`);
    for (const [value, target] of cases) out.push(`    case ${JSON.stringify(value)}:`, `      return ${target ? `${target}(w)` : "w"};`);
    out.push(`    default:`, `      return ${fallback ? `${fallback}(w)` : "w"};`, `  }`, `}`, ``);
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
  const client = `${typeImports(imports.client)}\n${sinks.client.join("\n")}`;
  // The server-side module calls client-side converters of shared models, and the runtime helpers.
  const serverBody = sinks.server.join("\n");
  const exported = [...client.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
  const used = [...new Set(exported.filter((fn) => new RegExp(`\\b${fn}\\(`).test(serverBody)))].sort();
  const server = [
    typeImports(imports.server),
    `import {\n${["type WireObject", ...used].map((n) => `  ${n},`).join("\n")}\n} from "./serializers.js";`,
    ``,
    `type Wire = any; // eslint-disable-line @typescript-eslint/no-explicit-any`,
    ``,
    `function isObject(v: unknown): v is Wire {`,
    `  return typeof v === "object" && v !== null && !Array.isArray(v);`,
    `}`,
    ``,
    serverBody,
  ].join("\n");
  return { client, server };
}
