/**
 * IR → TypeScript model declarations (`generated/models.ts`).
 *
 * Names follow the spec (which follows the upstream names users import). Properties are camelCase.
 * A polymorphic base `X` gives an interface `X` (the shape of a variant this SDK does not know yet)
 * and `XUnion` (every known variant, then `X`). The event roots are different: `ClientEvent` and
 * `ServerEvent` are unions of the known events only, so that `switch (event.type)` narrows and can be
 * exhaustive; an event of an unknown type is delivered as its wire JSON (`UnknownServerEvent`).
 */
import type { Constraints, DeclarationIR, ModelIR, ProtocolIR, TypeRef, UnionIR } from "./ir.js";
import { availability, docBlock, EVENT_ROOTS, eventsOf, tsTypeOf } from "./shared.js";

export function emitModels(ir: ProtocolIR): string {
  const out: string[] = [];
  const since = (versions: string[]) => availability(ir, versions);

  const tsType = (t: TypeRef) => tsTypeOf(ir, t);

  const emitModel = (m: ModelIR) => {
    out.push(docBlock([m.doc, since(m.versions)]));
    out.push(`export interface ${m.name} {`);
    for (const p of m.properties) {
      const limits = describeConstraints({ ...(p.type.kind === "scalar" ? p.type.constraints : {}), ...p.constraints });
      out.push(docBlock([p.doc, limits, p.versions.length < m.versions.length ? since(p.versions) : ""], "  "));
      out.push(`  ${p.tsName}${p.optional ? "?" : ""}: ${tsType(p.type)};`);
    }
    out.push("}", "");
    if (m.discriminator) {
      const members = m.discriminator.subtypes.map((s) => tsType({ kind: "ref", name: s.model }));
      out.push(docBlock([`Any ${m.name}: one of the known variants, or a variant this SDK does not know yet (as \`${m.name}\`).`]));
      out.push(`export type ${m.name}Union =\n${[...members, m.name].map((x) => `  | ${x}`).join("\n")};`, "");
    }
  };

  const emitUnion = (u: UnionIR) => {
    const literals = u.variants.filter((v) => v.type.kind === "literal");
    const lines = [u.doc];
    if (literals.length) {
      lines.push("", u.open ? "Known values (any other string is accepted too):" : "Values:");
      for (const v of literals) {
        const note = v.versions.length < u.versions.length ? ` ${since(v.versions)}` : "";
        lines.push(`- \`${String((v.type as { value: unknown }).value)}\`: ${v.doc}${note}`);
      }
    }
    out.push(docBlock([lines.join("\n"), since(u.versions)]));
    const members = u.variants.map((v) => tsType(v.type));
    if (u.open) members.push("(string & {})");
    out.push(`export type ${u.name} =\n${members.map((x) => `  | ${x}`).join("\n")};`, "");
  };

  const emitEventRoot = (root: string) => {
    const base = ir.declarations.get(root) as ModelIR;
    const events = eventsOf(ir, root);
    out.push(docBlock([base.doc, "", `Narrow on \`type\`: every known event has its own literal \`type\`.`]));
    out.push(`export type ${root} =\n${events.map((e) => `  | ${e.name}`).join("\n")};`, "");
    if (root === "ClientEvent") {
      out.push(
        docBlock([
          "A client event whose `type` this SDK does not know, in wire form. Its `type` is marked with",
          "`unknownEventType()`, so that a misspelt known type or field stays a compile error.",
        ]),
        "export interface UnknownClientEvent {",
        "  type: UnknownEventType;",
        "  event_id?: string;",
        "  [wireField: string]: unknown;",
        "}",
        "",
      );
    } else {
      out.push(
        docBlock(["A server event whose `type` this SDK does not know, kept exactly as it is on the wire."]),
        "export interface UnknownServerEvent {",
        "  type: string;",
        "  event_id?: string;",
        "  [wireField: string]: unknown;",
        "}",
        "",
      );
    }
    out.push(docBlock([`Each known ${root === "ClientEvent" ? "client" : "server"} event type, mapped to its model.`]));
    out.push(`export interface ${root}Map {`);
    for (const e of events) out.push(`  ${JSON.stringify(e.type)}: ${e.name};`);
    out.push("}", "");
  };

  // The connection's settings that the SDK's users pass (the agent of an agent session).
  for (const g of ir.connection.groups) {
    out.push(docBlock([g.doc]), `export interface ${g.model} {`);
    for (const p of g.params) out.push(docBlock([p.doc, `The \`${p.queryName}\` query parameter of the URL.`], "  "), `  ${p.tsName}${p.optional ? "?" : ""}: string;`);
    out.push("}", "");
  }

  out.push(
    docBlock([
      "An event type this SDK does not know, marked as such by `unknownEventType(\"...\")`. Known types",
      "are string literals; the mark keeps them apart, so that a misspelt known type does not compile.",
    ]),
    `export type UnknownEventType = string & { readonly __unknownEventType: true };`,
    "",
  );

  const names = [...ir.declarations.keys()].sort();
  for (const name of names) {
    const d: DeclarationIR = ir.declarations.get(name)!;
    if (EVENT_ROOTS.includes(name)) emitEventRoot(name);
    else if (d.kind === "model") emitModel(d);
    else emitUnion(d);
  }
  return out.join("\n");
}

/** The wire rules of a field, for its doc: `Range: 0 to 1.`, `At most 512 characters.` */
function describeConstraints(c: Constraints): string {
  const parts: string[] = [];
  const low = c.minimum !== undefined ? `${c.minimum}` : c.exclusiveMinimum !== undefined ? `more than ${c.exclusiveMinimum}` : undefined;
  const high = c.maximum !== undefined ? `${c.maximum}` : c.exclusiveMaximum !== undefined ? `less than ${c.exclusiveMaximum}` : undefined;
  if (low !== undefined && high !== undefined) parts.push(`Range: ${low} to ${high}.`);
  else if (low !== undefined) parts.push(c.minimum !== undefined ? `At least ${low}.` : `Must be ${low}.`);
  else if (high !== undefined) parts.push(c.maximum !== undefined ? `At most ${high}.` : `Must be ${high}.`);
  if (c.minLength !== undefined) parts.push(`At least ${c.minLength} character${c.minLength === 1 ? "" : "s"}.`);
  if (c.maxLength !== undefined) parts.push(`At most ${c.maxLength} characters.`);
  if (c.minItems !== undefined && c.minItems === c.maxItems) parts.push(`Exactly ${c.minItems} items.`);
  else {
    if (c.minItems !== undefined) parts.push(`At least ${c.minItems} items.`);
    if (c.maxItems !== undefined) parts.push(`At most ${c.maxItems} items.`);
  }
  if (c.maxProperties !== undefined) parts.push(`At most ${c.maxProperties} entries.`);
  const keyLimit = c.propertyNames?.maxLength;
  if (typeof keyLimit === "number") parts.push(`Keys of at most ${keyLimit} characters.`);
  return parts.join(" ");
}
