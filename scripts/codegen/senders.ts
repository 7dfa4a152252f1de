/**
 * IR → the session's send methods (`generated/senders.ts`): one method per client event that the
 * spec names with `@sendMethod`, with typed parameters in the models' terms. Each writes the wire
 * object directly (snake_case keys from the spec, nested models through their generated serializer)
 * and hands it, with the caller's options, to `sendWireEvent`, which the session implements. A
 * renamed wire field is a regeneration, and a misspelt one cannot compile.
 *
 * Binary audio is checked against the input audio format the session has configured: the setting's
 * wire name, the service's default and each format's sample size come from `@audioFormatSetting`.
 */
import type { AudioFormatIR, ModelIR, PropertyIR, ProtocolIR, TypeRef } from "./ir.js";
import { forEachRef } from "./ir.js";
import { converters } from "./serializers.js";
import { availability, docBlock, eventsOf, tsTypeOf } from "./shared.js";
import { labelMissingFields } from "./version-types.js";

const pascal = (name: string) => name[0].toUpperCase() + name.slice(1);

export function emitSenders(ir: ProtocolIR): string {
  const serializers = new Set<string>();
  const { conv } = converters(ir, { converter: (_decl, _dir, fn) => serializers.add(fn) });
  const types = new Set<string>();
  let usesAudio = false;

  const isAudio = (t: TypeRef) => t.kind === "scalar" && t.audio === true;
  // A model that a label version (v1) has with fewer fields: the parameter follows the session's version.
  const narrowed = new Set([...labelMissingFields(ir).values()].flatMap((m) => [...m.keys()]));
  let usesModelIn = false;
  const paramType = (t: TypeRef, positional = false): string => {
    if (isAudio(t)) {
      usesAudio = true;
      return "AudioInput";
    }
    forEachRef(t, (name) => types.add(tsTypeOf(ir, { kind: "ref", name })));
    if (positional && t.kind === "ref" && narrowed.has(t.name)) {
      usesModelIn = true;
      return `ModelIn<V, ${JSON.stringify(t.name)}, ${tsTypeOf(ir, t)}>`;
    }
    return tsTypeOf(ir, t);
  };
  /** The wire value of a parameter: converted by its serializer (when given), or as it is. */
  const wireValue = (p: PropertyIR, expr: string, optional: boolean): string => {
    if (isAudio(p.type)) return `${p.tsName}Base64`;
    const f = conv(p.type, "serialize", true);
    if (!f) return expr;
    const call = /^\w+$/.test(f) ? `${f}(${expr})` : `(${f})(${expr})`;
    return optional ? `${expr} === undefined ? undefined : ${call}` : call;
  };

  const optionTypes: string[] = [];
  const methods: string[] = [];
  const events = eventsOf(ir, "ClientEvent").map((e) => ir.declarations.get(e.name) as ModelIR);
  for (const m of events) {
    const send = m.sendMethod;
    if (!send) continue;
    const field = (wireName: string) => m.properties.find((p) => p.wireName === wireName)!;
    const positional = send.parameters.map((p) => ({ prop: field(p.wireName), optional: p.optional }));
    const rest = m.properties.filter((p) => p.wireName !== "type" && p.wireName !== "event_id" && !send.parameters.some((q) => q.wireName === p.wireName));
    for (const p of rest) {
      if (isAudio(p.type)) throw new Error(`${m.name}.${p.wireName}: audio must be a positional parameter of ${send.name}`);
    }

    // The options: the event id, and the fields that are not positional.
    let options = "SendOptions";
    if (rest.length) {
      options = `${pascal(send.name)}Options`;
      optionTypes.push(docBlock([`Options of \`${send.name}\`.`]), `export interface ${options} extends SendOptions {`);
      for (const p of rest) optionTypes.push(docBlock([p.doc, p.versions.length < m.versions.length ? availability(ir, p.versions) : ""], "  "), `  ${p.tsName}?: ${paramType(p.type)};`);
      optionTypes.push("}", "");
    }

    const params = [...positional.map(({ prop, optional }) => `${prop.tsName}${optional ? "?" : ""}: ${paramType(prop.type, true)}`), `options?: ${options}`];
    const docs = [
      `\`${m.discriminatorValue}\`: ${m.doc}`,
      availability(ir, m.versions),
      [
        ...positional.map(({ prop }) => `@param ${prop.tsName} - ${prop.doc}`),
        `@param options - ${rest.length ? `${rest.map((p) => `\`${p.tsName}\``).join(", ")}, the event's id and an abort signal` : "the event's id and an abort signal"}`,
        "@returns resolves once the event is written to the socket; rejects, with nothing sent, when it is invalid, when it is aborted while it waits, or when the session is not connected",
      ].join("\n"),
    ];
    const entries = [
      `type: ${JSON.stringify(m.discriminatorValue)}`,
      `event_id: options?.eventId`,
      ...positional.map(({ prop, optional }) => `${prop.wireName}: ${wireValue(prop, prop.tsName, optional)}`),
      ...rest.map((p) => `${p.wireName}: ${wireValue(p, `options?.${p.tsName}`, true)}`),
    ];
    const body: string[] = [];
    // Encoding audio can fail on a wrong argument: the method rejects instead of throwing.
    for (const { prop } of positional.filter(({ prop }) => isAudio(prop.type))) {
      body.push(
        `    let ${prop.tsName}Base64: string;`,
        `    try {`,
        `      ${prop.tsName}Base64 = encodeAudio(${prop.tsName}, ${JSON.stringify(send.name)}, this.sentSessionConfig());`,
        `    } catch (e) {`,
        `      return Promise.reject(e);`,
        `    }`,
      );
    }
    body.push(`    return this.sendWireEvent({ ${entries.join(", ")} }, options);`);
    methods.push(docBlock(docs, "  "), `  ${send.name}(${params.join(", ")}): Promise<void> {`, ...body, `  }`, ``);
  }

  const audioFormat = usesAudio ? audioFormatOf(ir) : undefined;
  const head = [
    usesAudio ? `import { table, type Table, type WireObject } from "../src/runtime/convert.js";` : `import type { WireObject } from "../src/runtime/convert.js";`,
    ...(usesAudio ? [`import { audioToBase64, type AudioInput } from "../src/runtime/audio.js";`, `import { stringSettingAt } from "../src/runtime/settings.js";`] : []),
    `import type {\n${[...types].sort().map((t) => `  ${t},`).join("\n")}\n} from "./models.js";`,
    `import {\n${[...serializers].sort().map((t) => `  ${t},`).join("\n")}\n} from "./serializers.js";`,
    ...(usesModelIn ? [`import type { ModelIn } from "./version-types.js";`] : []),
    ``,
    `/** What every send method takes last. */`,
    `export interface SendOptions {`,
    `  /** The event's \`event_id\`; one is made when it is omitted. The service names it in an \`error\` the event causes. */`,
    `  eventId?: string;`,
    `  /**`,
    `   * Gives up the send while it waits in the SDK for the connection to drain: it rejects with`,
    `   * \`ABORTED\` and nothing is sent. Once the event is handed to the socket, aborting has no effect.`,
    `   */`,
    `  abortSignal?: AbortSignal;`,
    `}`,
    ``,
    ...(audioFormat ? audioHelpers(audioFormat) : []),
  ];
  const klass = [
    `/**`,
    ` * A session's send methods: one per client event, each with typed parameters, generated from the`,
    ` * spec. \`VoiceLiveSession\` implements \`sendWireEvent\`: it gives the event an id, validates it for`,
    ` * the session's API version, and writes it. \`V\` is the session's api-version: under a label version`,
    ` * (\`v1\`) the parameters leave out the fields that version does not have.`,
    ` */`,
    `export abstract class SessionSendMethods<V extends string = string> {`,
    `  /** Sends one client event in wire form; \`options\` are what the caller gave the send method. */`,
    `  protected abstract sendWireEvent(event: WireObject, options?: SendOptions): Promise<void>;`,
    ``,
    `  /**`,
    `   * The session config sent so far, in wire form, each update merged over the ones before it`,
    `   * (undefined before the first). Send methods read the input audio format from it.`,
    `   */`,
    `  protected sentSessionConfig(): WireObject | undefined {`,
    `    return undefined;`,
    `  }`,
    ``,
    ...methods,
    `}`,
  ];
  return [...head, ...optionTypes, ...klass].join("\n");
}

/** The input audio format setting, checked to be a field of the config that a client event sends. */
function audioFormatOf(ir: ProtocolIR): AudioFormatIR {
  const format = ir.audioFormat;
  if (!format) throw new Error("binary audio without an @audioFormatSetting");
  const carried = eventsOf(ir, "ClientEvent").some((e) => (ir.declarations.get(e.name) as ModelIR).properties.some((p) => p.type.kind === "ref" && p.type.name === format.model));
  if (!carried) throw new Error(`@audioFormatSetting is on ${format.model}, which no client event sends`);
  return format;
}

/** The sample sizes and the function the audio parameters go through. */
function audioHelpers(format: AudioFormatIR): string[] {
  const paths = JSON.stringify([[format.field], ...(format.movedTo ? [format.movedTo] : [])]);
  const fallback = JSON.stringify(format.defaultFormat);
  return [
    `/** Bytes per sample of each known input audio format (\`@audioFormatSetting\` in spec/sdk.tsp). */`,
    `const inputSampleBytes: Table<number> = table(${JSON.stringify(format.sampleBytes)});`,
    ``,
    `/** Where the session config names the input audio format: its field, and where a version moved it (\`@movedTo\`). */`,
    `const inputFormatPaths = ${paths} as const;`,
    ``,
    `/**`,
    ` * Binary audio → base64, refused unless it is whole samples of the input audio format that the`,
    ` * session config sent so far names (\`${[format.field, ...(format.movedTo ? [format.movedTo.join(".")] : [])].join("` or `")}\`, or ${fallback}, the service's default).`,
    ` */`,
    `function encodeAudio(audio: AudioInput, method: string, config: WireObject | undefined): string {`,
    `  const format = stringSettingAt(config, inputFormatPaths) ?? ${fallback};`,
    `  return audioToBase64(audio, method, format, inputSampleBytes[format]);`,
    `}`,
    ``,
  ];
}
