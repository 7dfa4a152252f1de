/**
 * IR → `Known*` constants (`generated/known.ts`): for each union of known string values in the spec,
 * an `as const` object of its values, named as in Azure SDKs (`KnownOAIVoice.Alloy === "alloy"`), so
 * that code written against `@azure/ai-voicelive` carries over.
 */
import type { ProtocolIR, UnionIR } from "./ir.js";
import { knownMemberName } from "./naming.js";
import { availability, docBlock } from "./shared.js";

/** The unions that get a `Known*` constant: those whose members are string values. */
function knownUnions(ir: ProtocolIR): UnionIR[] {
  return [...ir.declarations.values()]
    .filter((d): d is UnionIR => d.kind === "union")
    .filter((u) => u.variants.length > 0 && u.variants.every((v) => v.type.kind === "literal" && typeof v.type.value === "string"))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function emitKnown(ir: ProtocolIR): string {
  const out: string[] = [];
  for (const u of knownUnions(ir)) {
    const names = new Set<string>();
    out.push(docBlock([`The known values of \`${u.name}\`${u.open ? " (other strings are accepted too)" : ""}.`, availability(ir, u.versions)]));
    out.push(`export const Known${u.name} = {`);
    for (const v of u.variants) {
      const value = (v.type as { value: string }).value;
      const name = knownMemberName(v.name || value);
      if (names.has(name)) throw new Error(`Known${u.name} would have two members named ${name}`);
      names.add(name);
      out.push(docBlock([v.doc, v.versions.length < u.versions.length ? availability(ir, v.versions) : ""], "  "));
      out.push(`  ${name}: ${JSON.stringify(value)},`);
    }
    out.push("} as const;", "");
  }
  return out.join("\n");
}
