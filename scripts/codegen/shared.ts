/** Small helpers shared by the emitters. */
import type { ModelIR, ProtocolIR } from "./ir.js";

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
