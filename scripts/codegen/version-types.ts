/**
 * IR → `generated/version-types.ts`: the TypeScript types that follow a label API version (`v1`),
 * so that a session opened with `apiVersion: "v1"` offers v1's events and refuses at compile time
 * the fields v1 does not have. The dated versions keep the models as they are (every field of every
 * version, optional), so nothing changes for their users.
 */
import type { ProtocolIR } from "./ir.js";
import { isModel } from "./ir.js";
import { EVENT_ROOTS, eventsOf } from "./shared.js";

const union = (values: string[]) => (values.length ? values.map((v) => JSON.stringify(v)).join(" | ") : "never");

/** The models with fields that some label version lacks, each with those fields (TypeScript names) per version. */
export function labelMissingFields(ir: ProtocolIR): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const v of ir.labelVersions) {
    const perModel = new Map<string, string[]>();
    for (const [name, d] of ir.declarations) {
      if (!isModel(d) || !d.versions.includes(v)) continue;
      const missing = d.properties.filter((p) => !p.versions.includes(v)).map((p) => p.tsName);
      if (missing.length) perModel.set(name, missing);
    }
    out.set(v, perModel);
  }
  return out;
}

export function emitVersionTypes(ir: ProtocolIR): string {
  const missing = labelMissingFields(ir);
  const [, server] = EVENT_ROOTS.map((r) => eventsOf(ir, r));
  const out: string[] = [
    `import type { ServerEvent, ServerEventMap } from "./models.js";`,
    ``,
    `/** Per label version, the fields (TypeScript names) of each model that the version does not have. */`,
    `export interface LabelVersionMissingFields {`,
  ];
  for (const [v, perModel] of missing) {
    out.push(`  ${JSON.stringify(v)}: {`);
    for (const [name, fields] of [...perModel].sort(([a], [b]) => a.localeCompare(b))) out.push(`    ${name}: ${union(fields)};`);
    out.push(`  };`);
  }
  out.push(
    `}`,
    ``,
    `/** Per label version, its server event types. */`,
    `export interface LabelVersionServerEventTypes {`,
    ...ir.labelVersions.map((v) => `  ${JSON.stringify(v)}: ${union(server.filter((e) => e.versions.includes(v)).map((e) => e.type))};`),
    `}`,
    ``,
    `/** An API version this SDK models as a label (\`v1\`). */`,
    `export type LabelApiVersion = keyof LabelVersionMissingFields;`,
    ``,
    `/** Model \`M\` (named \`Name\` in the spec) as API version \`V\` has it: without the fields a label version lacks; as it is otherwise. */`,
    `export type ModelIn<V extends string, Name extends string, M> = V extends LabelApiVersion`,
    `  ? Name extends keyof LabelVersionMissingFields[V]`,
    `    ? Omit<M, LabelVersionMissingFields[V][Name] & keyof M>`,
    `    : M`,
    `  : M;`,
    ``,
    `/**`,
    ` * The type parameter of a session of api-version \`V\`: the label version itself, or \`string\` for any other, so that`,
    ` * a session of a dated version is the same type whichever dated version it speaks.`,
    ` */`,
    `export type SessionApiVersion<V extends string> = V extends LabelApiVersion ? V : string;`,
    ``,
    `/** The known server event types of API version \`V\`: a label version's own, or those of every version. */`,
    `export type ServerEventTypeIn<V extends string> = V extends LabelApiVersion ? LabelVersionServerEventTypes[V] : keyof ServerEventMap;`,
    ``,
    `/** A known server event of API version \`V\` (as \`ServerEvent\` is of every version). */`,
    `export type ServerEventIn<V extends string> = V extends LabelApiVersion ? ServerEventMap[LabelVersionServerEventTypes[V]] : ServerEvent;`,
  );
  return out.join("\n");
}
