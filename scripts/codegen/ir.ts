/**
 * Reads the compiled TypeSpec program into a small intermediate representation (IR) that the
 * emitters share. The IR keeps wire names, docs, constraints and, for every model, property and
 * union variant, the API versions in which it exists.
 */
import {
  getDiscriminator,
  getDoc,
  getEncode,
  getMaxItems,
  getMaxLength,
  getMaxValue,
  getMaxValueExclusive,
  getMinItems,
  getMinLength,
  getMinValue,
  getMinValueExclusive,
  isArrayModelType,
  isNullType,
  isRecordModelType,
  type Model,
  type ModelProperty,
  type Namespace,
  type Program,
  type Scalar,
  type Type,
  type Union,
} from "@typespec/compiler";
import { getExtensions, getMaxProperties } from "@typespec/json-schema";
import { Availability, getAvailabilityMap, getVersion } from "@typespec/versioning";
import { tsPropertyName } from "./naming.js";
import { audioFormatSettings, isBinaryAudio, isLabelVersion, movedToOf, queryParamOf, realtimeEndpointOf, sendMethodOf, supersedesOf } from "./sdk.js";

export interface Constraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  /** Schema applied to the keys of a map (`propertyNames`). */
  propertyNames?: Record<string, unknown>;
}

/** The built-in scalars the wire knows. `unixTime` is a `utcDateTime` sent as integer seconds. */
export type ScalarName = "string" | "boolean" | "int32" | "float32" | "bytes" | "unixTime" | "unknown";

export type TypeRef =
  | {
      kind: "scalar";
      name: ScalarName;
      constraints?: Constraints;
      /** A `@binaryAudio` scalar: send methods take it as binary audio and encode it. */
      audio?: true;
    }
  | { kind: "literal"; value: string | number | boolean }
  | { kind: "null" }
  | { kind: "ref"; name: string }
  | { kind: "array"; items: TypeRef }
  | { kind: "record"; values: TypeRef }
  | { kind: "union"; variants: TypeRef[] };

export interface PropertyIR {
  wireName: string;
  tsName: string;
  doc: string;
  optional: boolean;
  type: TypeRef;
  constraints: Constraints;
  versions: string[];
  /** Name of the model that declares the property (a base model for inherited ones). */
  declaredIn: string;
  /** `@movedTo`: where the versions without this field keep the setting, as keys from the same model. */
  movedTo?: string[];
}

export interface SubtypeIR {
  value: string;
  model: string;
  versions: string[];
}

export interface ModelIR {
  kind: "model";
  name: string;
  doc: string;
  versions: string[];
  base?: string;
  /** Set on polymorphic bases: the property that selects the variant and the known variants. */
  discriminator?: { property: string; subtypes: SubtypeIR[] };
  /** Set on variants: the value of the base's discriminator that selects this model. */
  discriminatorValue?: string;
  /** Own and inherited properties, base first. */
  properties: PropertyIR[];
  /** Client events: the session method that sends the event (`@sendMethod`). */
  sendMethod?: SendMethodIR;
  /** `@supersedes`: the event model of other versions that this one stands for under another type. */
  supersedes?: string;
}

export interface SendMethodIR {
  name: string;
  /** The wire fields that are positional parameters, in order; every other field goes in the options. */
  parameters: { wireName: string; optional: boolean }[];
}

/** One query parameter of the realtime URL. */
export interface QueryParamIR {
  /** Its name in the SDK (a property of the target or the agent config). */
  tsName: string;
  /** Its name in the URL. */
  queryName: string;
  optional: boolean;
  doc: string;
}

/** The realtime URL: its path and query (`spec/connection.tsp`). */
export interface ConnectionIR {
  path: string;
  /** The query parameters of every session. */
  query: QueryParamIR[];
  /** Properties of the query model that group further parameters (the agent), with their model. */
  groups: { property: string; model: string; doc: string; params: QueryParamIR[] }[];
}

export interface VariantIR {
  name: string;
  doc: string;
  type: TypeRef;
  versions: string[];
}

export interface UnionIR {
  kind: "union";
  name: string;
  doc: string;
  versions: string[];
  /** True when any string is accepted besides the known values (the union has a `string` variant). */
  open: boolean;
  variants: VariantIR[];
}

export type DeclarationIR = ModelIR | UnionIR;

/** The session setting that names the encoding of binary audio (`@audioFormatSetting`). */
export interface AudioFormatIR {
  /** The session config model that holds it. */
  model: string;
  /** Its wire name in that model. */
  field: string;
  /** The service's encoding while the client has set none. */
  defaultFormat: string;
  /** Bytes per sample of each known encoding. */
  sampleBytes: Record<string, number>;
  /** Where the versions without the field keep the setting (`@movedTo` on it). */
  movedTo?: string[];
}

export interface ProtocolIR {
  versions: string[];
  /** The versions marked `@labelVersion` (such as `v1`); the others are dated. */
  labelVersions: string[];
  declarations: Map<string, DeclarationIR>;
  connection: ConnectionIR;
  /** Set when some field is binary audio. */
  audioFormat?: AudioFormatIR;
}

/** Namespaces that hold no wire types: the SDK's decorators and the connection URL. */
const NOT_WIRE = new Set(["Sdk", "Connection"]);

export function buildIR(program: Program, namespaceName = "VoiceLive"): ProtocolIR {
  const ns = program.getGlobalNamespaceType().namespaces.get(namespaceName);
  if (!ns) throw new Error(`namespace ${namespaceName} not found in the spec`);
  const versionMap = getVersion(program, ns);
  if (!versionMap) throw new Error(`namespace ${namespaceName} is not @versioned`);
  const versionList = versionMap.getVersions();
  const allVersions = versionList.map((v) => v.value);
  const problems: string[] = [];

  /** Versions in which a type exists, narrowed by its parent's versions. */
  function versionsOf(type: Type, parent: string[] = allVersions): string[] {
    const map = getAvailabilityMap(program, type);
    if (!map) return parent;
    return versionList
      .filter((v) => {
        const a = map.get(v.name);
        return a === Availability.Added || a === Availability.Available;
      })
      .map((v) => v.value)
      .filter((v) => parent.includes(v));
  }

  function docOf(type: Type, what: string): string {
    const doc = getDoc(program, type);
    if (!doc || !doc.trim()) problems.push(`${what} has no doc comment`);
    return (doc ?? "").trim();
  }

  function constraintsOf(target: Type): Constraints {
    const c: Constraints = {};
    const set = <K extends keyof Constraints>(k: K, v: Constraints[K] | undefined) => {
      if (v !== undefined) c[k] = v;
    };
    set("minimum", getMinValue(program, target));
    set("maximum", getMaxValue(program, target));
    set("exclusiveMinimum", getMinValueExclusive(program, target));
    set("exclusiveMaximum", getMaxValueExclusive(program, target));
    set("minLength", getMinLength(program, target));
    set("maxLength", getMaxLength(program, target));
    set("minItems", getMinItems(program, target));
    set("maxItems", getMaxItems(program, target));
    set("maxProperties", getMaxProperties(program, target));
    for (const ext of getExtensions(program, target)) {
      if (ext.key === "propertyNames") c.propertyNames = ext.value as Record<string, unknown>;
      else problems.push(`unsupported @extension("${ext.key}")`);
    }
    return c;
  }

  function scalarRef(scalar: Scalar, encodeTarget: ModelProperty | undefined): TypeRef {
    // Walk custom scalars (`scalar MetadataValue extends string`) down to a built-in, collecting constraints.
    const constraints: Constraints = {};
    let audio = false;
    let s: Scalar | undefined = scalar;
    while (s && s.namespace?.name !== "TypeSpec") {
      for (const [k, v] of Object.entries(constraintsOf(s))) {
        if (!(k in constraints)) (constraints as Record<string, unknown>)[k] = v;
      }
      audio ||= isBinaryAudio(program, s);
      s = s.baseScalar;
    }
    const builtin = s?.name;
    let name: ScalarName;
    switch (builtin) {
      case "string":
      case "boolean":
      case "int32":
      case "float32":
      case "bytes":
        name = builtin;
        break;
      case "utcDateTime": {
        const enc = encodeTarget ? getEncode(program, encodeTarget) : undefined;
        if (enc?.encoding !== "unixTimestamp") problems.push(`utcDateTime without unixTimestamp encoding`);
        name = "unixTime";
        break;
      }
      default:
        problems.push(`unsupported scalar ${scalar.name}`);
        name = "unknown";
    }
    const ref: TypeRef = Object.keys(constraints).length ? { kind: "scalar", name, constraints } : { kind: "scalar", name };
    if (audio) {
      if (name !== "string") problems.push(`@binaryAudio on ${scalar.name}, which is not a string (base64 text)`);
      ref.audio = true;
    }
    return ref;
  }

  function typeRef(type: Type, encodeTarget?: ModelProperty): TypeRef {
    if (isNullType(type)) return { kind: "null" };
    switch (type.kind) {
      case "Intrinsic":
        if (type.name === "unknown") return { kind: "scalar", name: "unknown" };
        break;
      case "Scalar":
        return scalarRef(type, encodeTarget);
      case "String":
      case "Number":
      case "Boolean":
        return { kind: "literal", value: type.value };
      case "Model":
        if (isArrayModelType(program, type)) return { kind: "array", items: typeRef(type.indexer.value) };
        if (isRecordModelType(program, type)) return { kind: "record", values: typeRef(type.indexer.value) };
        if (!type.name) break;
        return { kind: "ref", name: type.name };
      case "Union":
        if (type.name) return { kind: "ref", name: type.name };
        return { kind: "union", variants: [...type.variants.values()].map((v) => typeRef(v.type)) };
      case "UnionVariant":
        return typeRef(type.type);
      case "EnumMember":
        return { kind: "literal", value: type.value ?? type.name };
    }
    problems.push(`unsupported type ${type.kind}`);
    return { kind: "scalar", name: "unknown" };
  }

  function propertyIR(p: ModelProperty, model: Model, modelVersions: string[], inherited?: PropertyIR): PropertyIR {
    const movedTo = movedToOf(program, p);
    return {
      ...(movedTo && { movedTo }),
      wireName: p.name,
      tsName: tsPropertyName(p.name),
      // A variant that only narrows an inherited property (the discriminator) may keep the base's doc.
      doc: inherited && !getDoc(program, p) ? inherited.doc : docOf(p, `${model.name}.${p.name}`),
      optional: p.optional,
      type: typeRef(p.type, p),
      constraints: constraintsOf(p),
      versions: versionsOf(p, modelVersions),
      declaredIn: model.name,
    };
  }

  function modelIR(m: Model): ModelIR {
    const versions = versionsOf(m);
    const chain: Model[] = [];
    for (let cur: Model | undefined = m; cur; cur = cur.baseModel) chain.unshift(cur);
    const properties: PropertyIR[] = [];
    for (const owner of chain) {
      for (const p of owner.properties.values()) {
        const i = properties.findIndex((q) => q.wireName === p.name);
        const ir = propertyIR(p, owner, versionsOf(owner), properties[i]);
        // A variant narrows an inherited property (the discriminator): keep the base's position.
        if (i >= 0) properties[i] = ir;
        else properties.push(ir);
      }
    }
    const ir: ModelIR = { kind: "model", name: m.name, doc: docOf(m, m.name), versions, properties };
    if (m.baseModel) {
      ir.base = m.baseModel.name;
      const disc = getDiscriminator(program, m.baseModel);
      const own = disc && m.properties.get(disc.propertyName);
      if (disc && own?.type.kind === "String") ir.discriminatorValue = own.type.value;
      else if (disc) problems.push(`${m.name} does not narrow ${disc.propertyName} to a string literal`);
    }
    const predecessor = supersedesOf(program, m);
    if (predecessor) ir.supersedes = predecessor.name;
    const send = sendMethodOf(program, m);
    if (send) ir.sendMethod = sendMethodIR(m.name, send, properties);
    const disc = getDiscriminator(program, m);
    if (disc) {
      ir.discriminator = {
        property: disc.propertyName,
        subtypes: m.derivedModels.map((d) => {
          const p = d.properties.get(disc.propertyName);
          if (p?.type.kind !== "String") problems.push(`${d.name} has no literal ${disc.propertyName}`);
          return { value: p?.type.kind === "String" ? p.type.value : "", model: d.name, versions: versionsOf(d) };
        }),
      };
    }
    return ir;
  }

  function unionIR(u: Union): UnionIR {
    const versions = versionsOf(u);
    const variants: VariantIR[] = [];
    let open = false;
    for (const v of u.variants.values()) {
      const t = typeRef(v.type);
      if (t.kind === "scalar" && t.name === "string" && !t.constraints) {
        open = true;
        continue;
      }
      const name = typeof v.name === "string" ? v.name : "";
      const isRef = t.kind === "ref";
      variants.push({ name, doc: isRef ? "" : docOf(v, `${u.name}.${name}`), type: t, versions: versionsOf(v, versions) });
    }
    return { kind: "union", name: u.name!, doc: docOf(u, u.name!), versions, open, variants };
  }

  function sendMethodIR(model: string, send: { name: string; parameters: string[] }, properties: PropertyIR[]): SendMethodIR {
    const parameters = send.parameters.map((p) => ({ wireName: p.replace(/\?$/, ""), optional: p.endsWith("?") }));
    for (const p of parameters) {
      if (!properties.some((q) => q.wireName === p.wireName)) problems.push(`@sendMethod of ${model} names ${p.wireName}, which it does not have`);
    }
    parameters.forEach((p, i) => {
      if (!p.optional && parameters.slice(0, i).some((q) => q.optional)) problems.push(`@sendMethod of ${model}: ${p.wireName} is required but follows an optional parameter`);
    });
    for (const q of properties) {
      if (!q.optional && q.wireName !== "type" && !parameters.some((p) => p.wireName === q.wireName)) {
        problems.push(`@sendMethod of ${model} does not take its required field ${q.wireName}`);
      }
    }
    return { name: send.name, parameters };
  }

  function connectionIR(n: Namespace | undefined): ConnectionIR {
    const endpoint = n && [...n.models.values()].find((m) => realtimeEndpointOf(program, m) !== undefined);
    if (!endpoint) {
      problems.push("no @realtimeEndpoint model in namespace Connection");
      return { path: "", query: [], groups: [] };
    }
    const params = (m: Model): QueryParamIR[] =>
      [...m.properties.values()].flatMap((p) => {
        const queryName = queryParamOf(program, p);
        return queryName ? [{ tsName: p.name, queryName, optional: p.optional, doc: docOf(p, `${m.name}.${p.name}`) }] : [];
      });
    const groups = [...endpoint.properties.values()].flatMap((p) => {
      if (queryParamOf(program, p)) return [];
      if (p.type.kind !== "Model" || !p.type.name) {
        problems.push(`${endpoint.name}.${p.name} is neither a @queryParam nor a model of them`);
        return [];
      }
      return [{ property: p.name, model: p.type.name, doc: docOf(p.type, p.type.name), params: params(p.type) }];
    });
    return { path: realtimeEndpointOf(program, endpoint)!, query: params(endpoint), groups };
  }

  const declarations = new Map<string, DeclarationIR>();
  const visit = (n: Namespace) => {
    for (const m of n.models.values()) declarations.set(m.name, modelIR(m));
    for (const u of n.unions.values()) declarations.set(u.name!, unionIR(u));
    for (const child of n.namespaces.values()) if (!NOT_WIRE.has(child.name)) visit(child);
  };
  visit(ns);
  const connection = connectionIR(ns.namespaces.get("Connection"));

  for (const d of declarations.values()) {
    const refs = d.kind === "model" ? d.properties.map((p) => p.type) : d.variants.map((v) => v.type);
    for (const r of refs) forEachRef(r, (name) => {
      if (!declarations.has(name)) problems.push(`${d.name} refers to ${name}, which is not declared in the spec`);
    });
  }
  const audioFormat = audioFormatIR(declarations, audioFormatSettings(program), problems);
  checkMoves(declarations, problems);
  if (problems.length) throw new Error(`The spec breaks the generator's rules:\n  ${problems.join("\n  ")}`);
  const labelVersions = versionList.filter((v) => isLabelVersion(program, v.enumMember)).map((v) => v.value);
  return { versions: allVersions, labelVersions, declarations, connection, ...(audioFormat && { audioFormat }) };
}

/** The versions of a model that no longer have a `@movedTo` field: those after it appeared that lack it. */
export function movedVersions(model: ModelIR, p: PropertyIR): string[] {
  const since = model.versions.indexOf(p.versions[0] ?? "");
  return model.versions.filter((v, i) => i > since && !p.versions.includes(v));
}

/**
 * Checks `@movedTo` and `@supersedes`: a moved field is missing from some versions of its model, and
 * its path starts at a field that those versions have; a superseding event has no version in common
 * with the event it stands for.
 */
function checkMoves(declarations: Map<string, DeclarationIR>, problems: string[]): void {
  for (const d of declarations.values()) {
    if (!isModel(d)) continue;
    if (d.supersedes) {
      const old = declarations.get(d.supersedes);
      if (!isModel(old) || old.versions.some((v) => d.versions.includes(v))) problems.push(`@supersedes of ${d.name}: ${d.supersedes} must exist only in versions where ${d.name} does not`);
    }
    for (const p of d.properties) {
      if (!p.movedTo) continue;
      const without = movedVersions(d, p);
      const head = d.properties.find((q) => q.wireName === p.movedTo![0]);
      if (!without.length || !head || without.some((v) => !head.versions.includes(v))) {
        problems.push(`@movedTo of ${d.name}.${p.wireName}: the versions without the field must have ${d.name}.${p.movedTo[0]}`);
      }
    }
  }
}

/** Checks `@audioFormatSetting`: one setting, on an enumeration of formats, each with its sample size. */
function audioFormatIR(
  declarations: Map<string, DeclarationIR>,
  settings: { property: ModelProperty; defaultFormat: string; sampleBytes: Record<string, number> }[],
  problems: string[],
): AudioFormatIR | undefined {
  const audio = [...declarations.values()].some((d) => d.kind === "model" && d.properties.some((p) => p.type.kind === "scalar" && p.type.audio));
  if (settings.length !== (audio ? 1 : 0)) {
    if (audio || settings.length) problems.push(`@binaryAudio needs exactly one @audioFormatSetting, and only @binaryAudio needs one (found ${settings.length})`);
    return undefined;
  }
  if (!audio) return undefined;
  const [{ property, defaultFormat, sampleBytes }] = settings;
  const where = `@audioFormatSetting of ${property.model?.name}.${property.name}`;
  const formats = property.type.kind === "Union" && property.type.name ? declarations.get(property.type.name) : undefined;
  if (formats?.kind !== "union") {
    problems.push(`${where}: the property must be a named union of formats`);
    return undefined;
  }
  const known = formats.variants.flatMap((v) => (v.type.kind === "literal" && typeof v.type.value === "string" ? [v.type.value] : []));
  const listed = Object.keys(sampleBytes);
  const missing = known.filter((f) => !listed.includes(f));
  const extra = listed.filter((f) => !known.includes(f));
  if (missing.length || extra.length) problems.push(`${where}: sampleBytes must name every format of ${formats.name} (missing: ${missing.join(", ") || "none"}; unknown: ${extra.join(", ") || "none"})`);
  for (const [f, n] of Object.entries(sampleBytes)) if (!Number.isInteger(n) || n < 1) problems.push(`${where}: ${f} has ${n} bytes per sample`);
  if (!known.includes(defaultFormat)) problems.push(`${where}: the default ${defaultFormat} is not a format of ${formats.name}`);
  const model = declarations.get(property.model!.name);
  const movedTo = isModel(model) ? model.properties.find((p) => p.wireName === property.name)?.movedTo : undefined;
  return { model: property.model!.name, field: property.name, defaultFormat, sampleBytes: { ...sampleBytes }, ...(movedTo && { movedTo }) };
}

export function forEachRef(t: TypeRef, fn: (name: string) => void): void {
  switch (t.kind) {
    case "ref":
      fn(t.name);
      break;
    case "array":
      forEachRef(t.items, fn);
      break;
    case "record":
      forEachRef(t.values, fn);
      break;
    case "union":
      t.variants.forEach((v) => forEachRef(v, fn));
      break;
  }
}

/** Looks up a declaration that must exist (the IR builder has checked every reference). */
export function lookup(ir: ProtocolIR, name: string): DeclarationIR {
  const d = ir.declarations.get(name);
  if (!d) throw new Error(`unknown declaration ${name}`);
  return d;
}

export function isModel(d: DeclarationIR | undefined): d is ModelIR {
  return d?.kind === "model";
}
