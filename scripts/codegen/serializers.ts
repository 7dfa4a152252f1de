/**
 * IR → serializers (model → wire JSON) and deserializers (wire JSON → model), `generated/serializers.ts`.
 *
 * Every conversion is lossless:
 * - a field the spec does not know is copied under its own name (wire name on the model side);
 * - keys inside free-form values (`metadata`, tool `parameters`, MCP `headers`, ...) are never re-cased;
 * - a value of an unexpected shape is passed through untouched instead of throwing;
 * - an event of an unknown type is returned as it is.
 * Each model gets a table of the keys that change name or value, and a function that hands it to the
 * shared conversion loop of src/runtime/convert.ts (which says why one loop and not a function per
 * model). Dispatch on a discriminator is a table lookup too. Each table is built on the first call of
 * its function: a session converts a few dozen of the ~400 models, and tables built at import were
 * about 100 KB of heap kept for the life of the process.
 */
import type * as ConvertRuntime from "../../src/runtime/convert.js";
import type { ModelIR, ProtocolIR, TypeRef } from "./ir.js";
import { forEachRef, isModel } from "./ir.js";
import { dispatchPlan } from "./schema.js";
import { EVENT_ROOTS, eventsOf } from "./shared.js";

export type Direction = "serialize" | "deserialize";

/** The value exports of src/runtime/convert.ts that generated code may call. */
export type RuntimeName = keyof typeof ConvertRuntime;

/** Told of what a converter being written out refers to. */
interface ConverterHooks {
  runtime?(name: RuntimeName): void;
  converter?(declaration: string, dir: Direction, fn: string): void;
}

/**
 * The names of the generated converters: which declarations need one, and the expression that
 * converts a value of a type (or null where values pass through unchanged). With `track`, the hooks
 * hear of the runtime helpers and converters that the expression uses.
 */
export function converters(ir: ProtocolIR, hooks: ConverterHooks = {}) {
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

  /** A runtime helper's name, noted as used when `track` is set. */
  const rt = (name: RuntimeName, track: boolean) => {
    if (track) hooks.runtime?.(name);
    return name;
  };

  /** Name of the function that converts a declaration, or null when values pass through unchanged. */
  const fnFor = (name: string, dir: Direction, track = false): string | null => {
    if (!declNeedsWork(name)) return null;
    const d = ir.declarations.get(name)!;
    const fn = `${dir}${name}${isModel(d) && d.discriminator ? "Union" : ""}`;
    if (track) hooks.converter?.(name, dir, fn);
    return fn;
  };

  /** A function converting a value of type `t`, or null for identity. `track`: it is being written out. */
  function conv(t: TypeRef, dir: Direction, track = false): string | null {
    switch (t.kind) {
      case "scalar":
        if (t.name === "bytes") return rt(dir === "deserialize" ? "bytesFromWire" : "bytesToWire", track);
        if (t.name === "unixTime") return rt(dir === "deserialize" ? "dateFromWire" : "dateToWire", track);
        return null;
      case "ref":
        return fnFor(t.name, dir, track);
      case "array": {
        const inner = conv(t.items, dir, track);
        return inner ? `(v: Wire) => ${rt("convertItems", track)}(v, ${inner})` : null;
      }
      case "record":
        if (conv(t.values, dir)) throw new Error("maps of converted values are not supported");
        return null;
      case "union": {
        const converting = t.variants.filter((x) => conv(x, dir) !== null);
        if (converting.length === 0) return null;
        // Model converters pass other shapes (null, strings, numbers) through, so one converting member is enough.
        if (converting.length === 1 && converting[0].kind === "ref") return conv(converting[0], dir, track);
        throw new Error("inline unions with several converted members are not supported");
      }
      default:
        return null;
    }
  }

  return { declNeedsWork, fnFor, conv };
}

/** `import { ... } from "<path>"` of the runtime helpers and types a module uses. */
function runtimeImport(values: Set<RuntimeName>, types: string[], path: string): string {
  const names = [...types.map((t) => `type ${t}`), ...[...values].sort()];
  return `import {\n${names.map((n) => `  ${n},`).join("\n")}\n} from "${path}";\n`;
}

/**
 * Two modules: `serializers.ts` holds what a client needs (client events → wire, wire → server events);
 * `server-serializers.ts` holds the other two directions, which a server (the
 * emulator) or a test needs. The SDK's entry point loads only the first.
 */
export function emitSerializers(ir: ProtocolIR): { client: string; server: string } {
  const sinks = { client: [] as string[], server: [] as string[] };
  let out = sinks.client;

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
  const runtime = { client: new Set<RuntimeName>(), server: new Set<RuntimeName>() };
  let sink: "client" | "server" = "client";
  /** Client-module converters that the server module calls. */
  const sharedConverters = new Set<string>();
  /** A runtime helper's name, noted as used by the module being written. */
  const rt = (name: RuntimeName) => {
    runtime[sink].add(name);
    return name;
  };
  const { declNeedsWork, fnFor, conv } = converters(ir, {
    runtime: (name) => runtime[sink].add(name),
    // The server module imports the client module's converters of shared models.
    converter: (decl, dir, fn) => {
      if (sinkFor(decl, dir) !== sink) sharedConverters.add(fn);
    },
  });

  /** Indents the lines after the first by two more spaces (a literal inside a function body). */
  const indent = (text: string) => text.replace(/\n/g, "\n  ");
  /** `{ "key": value, ... }` over several lines, or `{}`. */
  const objectLiteral = (entries: [string, string][]) => (entries.length ? `{\n${entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${v},`).join("\n")}\n}` : "{}");

  const emitModel = (m: ModelIR, dir: Direction) => {
    const rules: [string, string][] = [];
    for (const p of m.properties) {
      const from = dir === "deserialize" ? p.wireName : p.tsName;
      const to = dir === "deserialize" ? p.tsName : p.wireName;
      const value = conv(p.type, dir, true);
      if (from === to && value === null) continue;
      rules.push([from, value === null ? JSON.stringify(to) : `[${JSON.stringify(to)}, ${value}]`]);
    }
    const fn = `${dir}${m.name}`;
    const [inType, outType] = dir === "deserialize" ? ["unknown", m.name] : [m.name, "WireObject"];
    out.push(
      `/** ${dir === "deserialize" ? "Wire JSON → " : ""}\`${m.name}\`${dir === "serialize" ? " → wire JSON" : ""}. */`,
      `export function ${fn}(value: ${inType}): ${outType};`,
      `export function ${fn}(w: Wire): Wire {`,
      `  return ${rt("isObject")}(w) ? ${rt("convertKeys")}(w, (${fn}Keys ??= ${rt("table")}<KeyRule>(${indent(objectLiteral(rules))}))) : w;`,
      `}`,
      `let ${fn}Keys: Table<KeyRule> | undefined;`,
      ``,
    );
  };

  /** Dispatch on a discriminator through a table, falling back to `fallback` (a function) or to the value itself. */
  const emitDispatch = (fn: string, inType: string, outType: string, property: string, allCases: [string, string | null][], fallback: string | null, doc: string) => {
    const entries = allCases.filter(([, target]) => target !== fallback).flatMap(([value, target]): [string, string][] => (target ? [[value, target]] : fallback ? [[value, rt("keep")]] : []));
    const byTable = `${fn}By${property[0].toUpperCase()}${property.slice(1).replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}`;
    out.push(
      `/** ${doc} */`,
      `export function ${fn}(value: ${inType}): ${outType};`,
      `export function ${fn}(w: Wire): Wire {`,
      `  return ${rt("dispatch")}(w, ${JSON.stringify(property)}, (${byTable} ??= ${rt("table")}<(w: Wire) => Wire>(${indent(objectLiteral(entries))}))${fallback ? `, ${fallback}` : ""});`,
      `}`,
      `let ${byTable}: Table<(w: Wire) => Wire> | undefined;`,
      ``,
    );
  };

  for (const name of [...ir.declarations.keys()].sort()) {
    const d = ir.declarations.get(name)!;
    if (EVENT_ROOTS.includes(name)) continue;
    if (!declNeedsWork(name)) continue;
    for (const dir of ["serialize", "deserialize"] as const) {
      sink = sinkFor(name, dir);
      out = sinks[sink];
      if (isModel(d)) {
        emitModel(d, dir);
        imports[sink].add(d.name);
        if (d.discriminator) {
          const cases = d.discriminator.subtypes.map(({ value, model }) => [value, fnFor(model, dir, true)] as [string, string | null]);
          const [i, o] = dir === "deserialize" ? ["unknown", `${d.name}Union`] : [`${d.name}Union`, "WireObject"];
          imports[sink].add(`${d.name}Union`);
          emitDispatch(`${dir}${d.name}Union`, i, o, d.discriminator.property, cases, `${dir}${d.name}`, `Any variant of \`${d.name}\`, chosen by \`${d.discriminator.property}\`; an unknown variant is converted as the base.`);
        }
      } else {
        const models = d.variants.flatMap((v) => (v.type.kind === "ref" && isModel(ir.declarations.get(v.type.name)) ? [v.type.name] : []));
        const plan = dispatchPlan(ir, models);
        const byModel = (m: string) => fnFor(m, dir, true);
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
      sink = (root === "ClientEvent") === (dir === "serialize") ? "client" : "server";
      out = sinks[sink];
      imports[sink].add(root);
      imports[sink].add(`Unknown${root}`);
      const cases = events.map((e) => [e.type, `${dir}${e.name}`] as [string, string]);
      // Typed as the known union, so that \`switch (event.type)\` narrows; \`isUnknown${root}\` tells the others.
      const [i, o] = dir === "deserialize" ? ["unknown", root] : [`${root} | Unknown${root}`, "WireObject"];
      emitDispatch(`${dir}${root}`, i, o, "type", cases, null, dir === "deserialize"
        ? `Wire JSON → a typed \`${root}\`. An event of a type this SDK does not know is returned as it is, in wire form (\`isUnknown${root}\` tells).`
        : `A \`${root}\` → wire JSON. An event of an unknown type is passed through as it is (it is already in wire form).`);
    }
  }

  const typeImports = (names: Set<string>) => `import type {\n${[...names].sort().map((n) => `  ${n},`).join("\n")}\n} from "./models.js";\n`;
  const RUNTIME = "../src/runtime/convert.js";
  const client = [typeImports(imports.client), runtimeImport(runtime.client, ["KeyRule", "Table", "Wire", "WireObject"], RUNTIME), sinks.client.join("\n")].join("\n");
  // The server-side module uses client-side converters of shared models.
  const server = [
    typeImports(imports.server),
    runtimeImport(runtime.server, ["KeyRule", "Table", "Wire", "WireObject"], RUNTIME),
    `import {\n${[...sharedConverters].sort().map((n) => `  ${n},`).join("\n")}\n} from "./serializers.js";`,
    ``,
    sinks.server.join("\n"),
  ].join("\n");
  return { client, server };
}
