/** Small helpers shared by the emitters. */
import type { ModelIR, ProtocolIR, TypeRef } from "./ir.js";
import { isModel } from "./ir.js";

/** The two polymorphic roots of the protocol. */
export const EVENT_ROOTS = ["ClientEvent", "ServerEvent"];

/** The known events under a root, in spec order. */
export function eventsOf(ir: ProtocolIR, root: string): { type: string; name: string; versions: string[] }[] {
  return [...ir.declarations.values()]
    .filter((d): d is ModelIR => d.kind === "model" && d.base === root)
    .map((m) => ({ type: m.discriminatorValue!, name: m.name, versions: m.versions }));
}

/** A JSDoc block from paragraphs; empty paragraphs at the ends are dropped. */
export function docBlock(paragraphs: string[], indent = ""): string {
  const text = paragraphs.filter((p, i) => p !== "" || (i > 0 && i < paragraphs.length - 1)).join("\n").trim();
  if (!text) return "";
  const lines = text.split("\n").map((l) => l.replace(/\*\//g, "*\\/"));
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return [`${indent}/**`, ...lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`), `${indent} */`].join("\n");
}

/**
 * Where something exists, for its doc: nothing when in every version, `Since api-version X.` when in
 * every version from X on, else the versions that have it.
 */
export function availability(ir: ProtocolIR, versions: string[]): string {
  const all = ir.versions;
  if (versions.length === all.length) return "";
  const suffix = all.slice(all.length - versions.length);
  if (versions.every((v, i) => v === suffix[i])) return `Since api-version ${versions[0]}.`;
  return `Only in api-version ${versions.join(", ")}.`;
}

/** The TypeScript type of a value in the models: camelCase models, `Uint8Array` for bytes, `Date` for Unix times. */
export function tsTypeOf(ir: ProtocolIR, t: TypeRef): string {
  switch (t.kind) {
    case "scalar":
      return { string: "string", boolean: "boolean", int32: "number", float32: "number", bytes: "Uint8Array", unixTime: "Date", unknown: "unknown" }[t.name];
    case "literal":
      return JSON.stringify(t.value);
    case "null":
      return "null";
    case "ref": {
      const d = ir.declarations.get(t.name);
      return isModel(d) && d.discriminator ? `${t.name}Union` : t.name;
    }
    case "array": {
      const inner = tsTypeOf(ir, t.items);
      return /[ |]/.test(inner) ? `Array<${inner}>` : `${inner}[]`;
    }
    case "record":
      return `Record<string, ${tsTypeOf(ir, t.values)}>`;
    case "union":
      return t.variants.map((v) => tsTypeOf(ir, v)).join(" | ");
  }
}
