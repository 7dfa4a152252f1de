/**
 * IR → the tables about API versions themselves (part of `generated/tables.ts`): which versions are
 * dated and which are labels, the default, and how a version that renames events or moves
 * settings (`v1`) differs from the dated ones (`@supersedes`, `@movedTo`).
 */
import type { ProtocolIR } from "./ir.js";
import { isModel, movedVersions } from "./ir.js";
import { EVENT_ROOTS, eventsOf } from "./shared.js";

const json = (v: unknown) => JSON.stringify(v);

/** A generally available dated version: a date with no suffix such as `-preview`. */
const DATED_GA = /^\d{4}-\d{2}-\d{2}$/;

export function emitVersionTables(ir: ProtocolIR): string[] {
  const dated = ir.versions.filter((v) => !ir.labelVersions.includes(v));
  const latest = dated.filter((v) => DATED_GA.test(v)).at(-1);
  if (!latest) throw new Error("the spec models no dated generally available version to be the default");
  const out: string[] = [
    `/** The dated API versions, oldest first (ISO dates, so they also sort as strings). */`,
    `export const datedApiVersions = ${json(dated)} as const satisfies readonly ApiVersion[];`,
    ``,
    `/** The label API versions (such as \`v1\`): shapes of their own, not placed by date. */`,
    `export const labelApiVersions = ${json(ir.labelVersions)} as const satisfies readonly ApiVersion[];`,
    ``,
    `/** The modelled previews (dated, with a \`-preview\` suffix): their events are typed, but a preview is never the default. */`,
    `export const previewApiVersions = ${json(dated.filter((v) => !DATED_GA.test(v)))} as const satisfies readonly ApiVersion[];`,
    ``,
    `/** A dated API version this SDK models. */`,
    `export type DatedApiVersion = (typeof datedApiVersions)[number];`,
    ``,
    `/** The newest generally available dated version: the default of every client. */`,
    `export const latestApiVersion: ApiVersion = ${json(latest)};`,
    ``,
  ];

  // @supersedes: per version, the server event types it names differently from the versions that lack it.
  const [, server] = EVENT_ROOTS.map((r) => eventsOf(ir, r));
  const typeOf = new Map(server.map((e) => [e.name, e.type]));
  const renames: Record<string, Record<string, string>> = Object.fromEntries(ir.versions.map((v) => [v, {}]));
  for (const e of server) {
    const d = ir.declarations.get(e.name);
    if (!isModel(d) || !d.supersedes) continue;
    const old = ir.declarations.get(d.supersedes);
    for (const v of d.versions) if (isModel(old) && !old.versions.includes(v)) renames[v][typeOf.get(d.supersedes)!] = e.type;
  }
  out.push(
    `/**`,
    ` * Per version, the server event types it sends under another name than the dated versions:`,
    ` * dated type → this version's type, with the same fields (\`response.audio.delta\` → \`response.output_audio.delta\` in \`v1\`).`,
    ` */`,
    `export const serverEventTypeRenames: Record<ApiVersion, Readonly<Record<string, string>>> = {`,
    ...ir.versions.map((v) => `  ${json(v)}: ${json(renames[v])},`),
    `};`,
    ``,
  );

  // @movedTo: per version, model → dated field → where that version keeps the setting.
  const moves: Record<string, Record<string, Record<string, string[]>>> = Object.fromEntries(ir.versions.map((v) => [v, {}]));
  for (const name of [...ir.declarations.keys()].sort()) {
    const d = ir.declarations.get(name)!;
    if (!isModel(d)) continue;
    for (const p of d.properties) {
      if (!p.movedTo) continue;
      for (const v of movedVersions(d, p)) (moves[v][name] ??= {})[p.wireName] = p.movedTo;
    }
  }
  out.push(
    `/**`,
    ` * Per version, the settings it keeps at another place than the dated versions: model → dated field →`,
    ` * keys of its place in this version (\`RequestSession.input_audio_format\` → \`audio.input.format\` in \`v1\`).`,
    ` */`,
    `export const movedFields: Record<ApiVersion, Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>> = {`,
    ...ir.versions.map((v) => `  ${json(v)}: ${json(moves[v])},`),
    `};`,
    ``,
  );
  // The groups of the session config (`audio`, `audio.input`): the objects on the way to a moved setting,
  // whose fields a `session.update` changes one by one rather than replacing the group.
  const groups = new Set<string>();
  const session = ir.declarations.get("RequestSession");
  for (const p of isModel(session) ? session.properties : []) {
    for (let i = 1; i < (p.movedTo?.length ?? 0); i++) groups.add(p.movedTo!.slice(0, i).join("."));
  }
  out.push(
    `/** The groups of settings in a session config (\`audio\`, \`audio.input\`), whose fields an update merges one by one. */`,
    `export const sessionConfigGroups: readonly string[] = ${json([...groups].sort())};`,
    ``,
  );
  return out;
}
