/**
 * JSON Schema → precompiled validators (ajv standalone code), one module per API version and direction.
 *
 * Each module exports ajv's validator of its event root (`ClientEvent` or `ServerEvent`) and of each
 * event of that direction, and a map from event type to validator; src/runtime/validators.ts
 * dispatches on them. The two directions are apart because a session that validates what it sends
 * (the default) needs only the client module, about a third of the pair: the server's events
 * (responses, items, session echoes) are most of the code, and a module's source stays in the heap
 * for as long as the process runs. The modules need no ajv at run time: the helpers ajv's output
 * would `require()` come from src/runtime/ajv.ts.
 */
import { Ajv } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import type * as AjvRuntime from "../../src/runtime/ajv.js";
import type { ModelIR, ProtocolIR } from "./ir.js";

/**
 * ajv's runtime helpers that its output may `require()`, and the export of src/runtime/ajv.ts that
 * replaces each (so that the package carries no ajv).
 */
const RUNTIME_HELPERS: Record<string, keyof typeof AjvRuntime> = {
  "ajv/dist/runtime/equal": "equal",
};

/** The two directions of events, each with its own validator module. */
export const VALIDATOR_DIRECTIONS = ["client", "server"] as const;
export type ValidatorDirection = (typeof VALIDATOR_DIRECTIONS)[number];

/** The validators of one direction of one version, as module source. */
export function emitValidators(ir: ProtocolIR, version: string, schema: Record<string, unknown>, direction: ValidatorDirection): string {
  const ajv = new Ajv({
    strict: true,
    strictTypes: false, // `if`/`then` dispatch legitimately omits `type`
    allErrors: false, // stop at the first failure: one precise error, and the fastest path
    unicode: false, // string length is `.length`: the 15 MiB audio limit is checked without walking the string
    messages: false, // the SDK words its own messages (src/validation.ts)
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: true },
    logger: {
      log: () => {},
      // ajv 8 calls `unicode` deprecated but still honours it; anything else it warns about is a bug here.
      warn: (...args: unknown[]) => {
        if (!/option unicode/.test(String(args[0]))) throw new Error(`ajv: ${args.join(" ")}`);
      },
      error: (...args: unknown[]) => {
        throw new Error(`ajv: ${args.join(" ")}`);
      },
    },
  });
  // The schema declares draft 2020-12 but uses only keywords that draft-07 shares with it; ajv's draft-07
  // engine compiles it to code without 2020's bookkeeping for `unevaluated*`, which is a third smaller.
  const { $schema: _draft, ...rest } = openEnumsAsStrings(withoutDescriptions(schema)) as Record<string, unknown>;
  ajv.addSchema(rest);
  const id = schema.$id as string;
  const events = (root: string) =>
    [...ir.declarations.values()]
      .filter((d): d is ModelIR => d.kind === "model" && d.base === root && d.versions.includes(version))
      .map((m) => ({ type: m.discriminatorValue!, name: m.name }));
  const root = direction === "client" ? "ClientEvent" : "ServerEvent";
  const list = events(root);
  const exports: Record<string, string> = { [root]: `${id}#/$defs/${root}` };
  for (const e of list) exports[e.name] = `${id}#/$defs/${e.name}`;

  let code = standalone.default(ajv, exports);
  code = importHelpers(code);
  code += `

/** The validator of each known ${direction} event type. */
export const ${direction}EventValidators = new Map([
${list.map((e) => `  [${JSON.stringify(e.type)}, ${e.name}],`).join("\n")}
]);
`;
  return code;
}

/** Replaces ajv's `require()`s of its runtime helpers with imports of src/runtime/ajv.ts. */
function importHelpers(code: string): string {
  const used = new Set<string>();
  const out = code.replace(/require\("([^"]+)"\)\.default/g, (_, mod: string) => {
    const name = RUNTIME_HELPERS[mod];
    if (!name) throw new Error(`ajv output needs runtime helper ${mod}, which src/runtime/ajv.ts does not provide yet`);
    used.add(name);
    return `runtime_${name}`;
  });
  if (/require\(/.test(out)) throw new Error("ajv output still calls require()");
  const imports = [...used].sort().map((n) => `${n} as runtime_${n}`);
  return imports.length ? `import { ${imports.join(", ")} } from "../../src/runtime/ajv.js";\n${out}` : out;
}

/**
 * Each open enum (`anyOf: [{ type: "string" }, { type: "string", enum: [...] }]`: a known value or any other
 * string) as `{ type: "string" }`, which accepts exactly the same values: the known ones document, they do not
 * constrain. ajv compiles the union as written, both branches with the errors of each and the list of known
 * values kept for an error that no value can raise: about 900 characters of code per open enum, a tenth of a
 * version's client validators. The published schema keeps the known values.
 */
function openEnumsAsStrings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(openEnumsAsStrings);
  if (!value || typeof value !== "object") return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, openEnumsAsStrings(v)]));
  const branches = out.anyOf;
  if (!Array.isArray(branches) || out.type !== undefined) return out;
  const isString = (b: unknown) => JSON.stringify(b) === '{"type":"string"}';
  const isKnownStrings = (b: unknown) => {
    const { type, enum: values, const: one, ...other } = b as Record<string, unknown>;
    return type === "string" && Object.keys(other).length === 0 && (Array.isArray(values) ? values.every((x) => typeof x === "string") : typeof one === "string");
  };
  if (!branches.some(isString) || !branches.every((b) => isString(b) || isKnownStrings(b))) return out;
  const { anyOf: _open, ...rest } = out;
  return { ...rest, type: "string" };
}

/** The schema without `description`s: they do not change validation, and ajv would embed them in the code. */
function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => !(k === "description" && typeof v === "string"))
        .map(([k, v]) => [k, withoutDescriptions(v)]),
    );
  }
  return value;
}
