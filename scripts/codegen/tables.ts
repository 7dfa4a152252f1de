/**
 * IR → the tables the handwritten layer needs (`generated/tables.ts`): API versions (versions.ts), event type
 * lists per version, server event handler names, and the wire → camelCase field map used to
 * report validation errors in the user's own terms.
 */
import type { ModelIR, ProtocolIR, QueryParamIR, TypeRef } from "./ir.js";
import { isModel } from "./ir.js";
import { handlerName } from "./naming.js";
import { dispatchPlan } from "./schema.js";
import { EVENT_ROOTS, eventsOf } from "./shared.js";
import { emitVersionTables } from "./versions.js";

const json = (v: unknown) => JSON.stringify(v);

/**
 * A table that only the wording of a refused event needs (and a few tools): a function that builds it
 * on its first call and keeps it. Importing the SDK then builds none of these objects; their text stays
 * in the module, which V8 keeps anyway.
 */
function lazyTable(name: string, type: string, doc: string[], entries: string[]): string[] {
  return [
    `/**`,
    ...doc.map((line) => ` * ${line}`),
    ` * Built on its first call.`,
    ` */`,
    `export function ${name}(): ${type} {`,
    `  return (${name}Built ??= {`,
    ...entries.map((e) => `  ${e}`),
    `  });`,
    `}`,
    `let ${name}Built: ${type} | undefined;`,
    ``,
  ];
}

export function emitTables(ir: ProtocolIR): string {
  const out: string[] = [];
  const [client, server] = EVENT_ROOTS.map((r) => eventsOf(ir, r));
  out.push(
    `/** The API versions this SDK models: the dated ones oldest first (previews among them), then the labels. */`,
    `export const apiVersions = ${json(ir.versions)} as const;`,
    ``,
    `/** An API version this SDK models. */`,
    `export type ApiVersion = (typeof apiVersions)[number];`,
    ``,
    ...emitVersionTables(ir),
    `/** Every known client event type, in any modelled version. */`,
    `export const clientEventTypes = ${json(client.map((e) => e.type))} as const;`,
    ``,
    `/** Every known server event type, in any modelled version. */`,
    `export const serverEventTypes = ${json(server.map((e) => e.type))} as const;`,
    ``,
    `/** The client and server event types of each API version. */`,
    `export const eventTypesByVersion: Record<ApiVersion, { readonly client: readonly string[]; readonly server: readonly string[] }> = {`,
  );
  for (const v of ir.versions) {
    const pick = (list: typeof client) => json(list.filter((e) => e.versions.includes(v)).map((e) => e.type));
    out.push(`  ${json(v)}: {`, `    client: ${pick(client)},`, `    server: ${pick(server)},`, `  },`);
  }
  out.push(`};`, ``);

  out.push(
    `/**`,
    ` * The subscriber handler of each server event type: \`response.audio.delta\` → \`onResponseAudioDelta\`.`,
    ` * \`error\` → \`onServerError\`, because \`onError\` is kept for the SDK's own errors.`,
    ` */`,
    `export const serverEventHandlerNames = {`,
    ...server.map((e) => `  ${json(e.type)}: ${json(handlerName(e.type))},`),
    `} as const;`,
    ``,
  );

  // Field map: for each model, the wire fields whose name changes or whose value holds more models.
  // A target names where to go next: a model, or a dispatch entry; "[]" in front means an array of it.
  // Fields not listed (and unknown ones) keep their wire name, and nothing below them is re-cased.
  const target = (t: TypeRef): string | null => {
    switch (t.kind) {
      case "ref": {
        const d = ir.declarations.get(t.name)!;
        if (isModel(d)) return t.name;
        const models = d.variants.flatMap((v) => (v.type.kind === "ref" && isModel(ir.declarations.get(v.type.name)) ? [v.type.name] : []));
        if (models.length > 1) return t.name;
        return models.length === 1 ? models[0] : null;
      }
      case "array": {
        const inner = target(t.items);
        return inner === null ? null : `[]${inner}`;
      }
      case "union": {
        const targets = t.variants.map(target).filter((x): x is string => x !== null);
        return targets.length === 1 ? targets[0] : null;
      }
      default:
        return null;
    }
  };
  const fields: string[] = [];
  const dispatch: string[] = [];
  for (const name of [...ir.declarations.keys()].sort()) {
    const d = ir.declarations.get(name)!;
    if (isModel(d)) {
      const entries = d.properties
        .map((p) => [p.wireName, p.tsName, target(p.type)] as const)
        .filter(([w, ts, t]) => w !== ts || t !== null)
        .map(([w, ts, t]) => `${json(w)}: [${json(ts)}, ${json(t)}]`);
      if (entries.length) fields.push(`  ${name}: { ${entries.join(", ")} },`);
      if (d.discriminator) {
        const cases = Object.fromEntries(d.discriminator.subtypes.map((s) => [s.value, s.model]));
        dispatch.push(`  ${name}: { property: ${json(d.discriminator.property)}, cases: ${json(cases)}, fallback: ${json(name)} },`);
      }
    } else {
      const models = d.variants.flatMap((v) => (v.type.kind === "ref" && isModel(ir.declarations.get(v.type.name)) ? [v.type.name] : []));
      if (models.length > 1) {
        const plan = dispatchPlan(ir, models);
        dispatch.push(`  ${name}: { property: ${json(plan.property)}, cases: ${json(Object.fromEntries(plan.cases))}, fallback: ${json(plan.fallback ?? null)} },`);
      }
    }
  }
  out.push(
    ...lazyTable(
      "wireFields",
      "Record<string, Record<string, readonly [string, string | null]>>",
      [
        "For each model, the wire fields that are renamed in the TypeScript models or hold further models:",
        'wire name → [model name, what the value is]. The value is a model or dispatch entry name, "[]"',
        "before a name for an array of it, or null for a value whose keys are never re-cased.",
      ],
      fields,
    ),
    ...lazyTable(
      "dispatchTable",
      "Record<string, { property: string; cases: Record<string, string>; fallback: string | null }>",
      ["Polymorphic values: the field that selects the model, the known values, and the model for other values."],
      dispatch,
    ),
  );
  // Event fields the session treats specially: audio (binary for the send methods, large on the wire),
  // bytes of server events, and the session config that a reconnect sends again.
  const fieldsOf = (events: typeof client, test: (t: TypeRef) => boolean) =>
    Object.fromEntries(
      events
        .map((e) => [e.type, (ir.declarations.get(e.name) as ModelIR).properties.filter((p) => test(p.type)).map((p) => p.wireName)] as const)
        .filter(([, fields]) => fields.length > 0),
    );
  const sessionUpdate = client
    .map((e) => [e.type, (ir.declarations.get(e.name) as ModelIR).properties.find((p) => p.type.kind === "ref" && p.type.name === "RequestSession")] as const)
    .find(([, p]) => p);
  if (!sessionUpdate) throw new Error("no client event carries a RequestSession");
  out.push(
    `/** The client events that carry audio (base64 on the wire), and their audio fields. */`,
    `export const audioEventFields: Readonly<Record<string, readonly string[]>> = ${json(fieldsOf(client, (t) => t.kind === "scalar" && t.audio === true))};`,
    ``,
    `/** The server events that carry \`bytes\` fields (base64 on the wire, \`Uint8Array\` in the models), and those fields. */`,
    `export const serverEventBytesFields: Readonly<Record<string, readonly string[]>> = ${json(fieldsOf(server, (t) => t.kind === "scalar" && t.name === "bytes"))};`,
    ``,
    `/** The client event that changes the session config, and its field that holds the config. */`,
    `export const sessionUpdateEvent = { type: ${json(sessionUpdate[0])}, field: ${json(sessionUpdate[1]!.wireName)} } as const;`,
    ``,
  );

  // The realtime URL (spec/connection.tsp), for the client that builds it and the emulator that reads it.
  const params = (list: QueryParamIR[]) => `{ ${list.map((p) => `${p.tsName}: ${json(p.queryName)}`).join(", ")} }`;
  out.push(
    `/** The realtime WebSocket endpoint: its path, and the query parameter of each setting. */`,
    `export const realtimeEndpoint = {`,
    `  path: ${json(ir.connection.path)},`,
    `  query: ${params(ir.connection.query)},`,
    ...ir.connection.groups.map((g) => `  ${g.property}Query: ${params(g.params)},`),
    `} as const;`,
    ``,
  );

  const eventModels = (list: typeof client) => json(Object.fromEntries(list.map((e) => [e.type, e.name])));
  out.push(
    ...lazyTable("eventModels", "{ readonly client: Record<string, string>; readonly server: Record<string, string> }", ["The model of each known event type."], [
      `  client: ${eventModels(client)},`,
      `  server: ${eventModels(server)},`,
    ]),
  );
  return out.join("\n");
}

/**
 * `generated/versioned-names.ts`: what exists in some API versions only. A module of its own because
 * only `ai-voicelive/models` (`isInApiVersion`), the emulator and the command use it: the SDK's entry
 * does not load it.
 */
export function emitVersionedNames(ir: ProtocolIR): string {
  const out: string[] = [`import type { ApiVersion } from "./tables.js";`, ``];
  // Per-version facts: what exists in only some versions, for the emulator and the tests (`isInApiVersion`).
  const gated: [string, string[]][] = [];
  const gate = (key: string, versions: string[]) => {
    if (versions.length < ir.versions.length) gated.push([key, versions]);
  };
  for (const name of [...ir.declarations.keys()].sort()) {
    const d = ir.declarations.get(name)!;
    gate(name, d.versions);
    if (isModel(d)) {
      for (const p of d.properties) if (p.declaredIn === name) gate(`${name}.${p.wireName}`, p.versions);
    } else {
      for (const v of d.variants) if (v.type.kind === "literal") gate(`${name}.${String(v.type.value)}`, v.versions);
    }
  }
  out.push(
    `/**`,
    ` * What exists in some API versions only: a model (\`ResponseSession\`), a field as its model declares it`,
    ` * (\`ResponseSession.expires_at\`), or a known value of a union (\`ClientEventType.input_text.delta\`), with`,
    ` * the versions that have it. Anything not listed exists in every version.`,
    ` */`,
    `export const versionedNames = {`,
    ...gated.map(([k, v]) => `  ${json(k)}: ${json(v)},`),
    `} as const satisfies Record<string, readonly ApiVersion[]>;`,
    ``,
  );

  return out.join("\n");
}
