/**
 * JSON Schema → precompiled validators (ajv standalone code), one module per API version.
 *
 * Each module exports ajv's validators of the two event roots and of each event, and a map from
 * event type to validator per direction; src/runtime/validators.ts dispatches on them. The modules
 * need no ajv at run time: the helpers ajv's output would `require()` come from src/runtime/ajv.ts.
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

export interface EmittedValidators {
  version: string;
  code: string;
}

export function emitValidators(ir: ProtocolIR, version: string, schema: Record<string, unknown>): EmittedValidators {
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
  const { $schema: _draft, ...rest } = withoutDescriptions(schema) as Record<string, unknown>;
  ajv.addSchema(rest);
  const id = schema.$id as string;
  const events = (root: string) =>
    [...ir.declarations.values()]
      .filter((d): d is ModelIR => d.kind === "model" && d.base === root && d.versions.includes(version))
      .map((m) => ({ type: m.discriminatorValue!, name: m.name }));
  const client = events("ClientEvent");
  const server = events("ServerEvent");
  const exports: Record<string, string> = { ClientEvent: `${id}#/$defs/ClientEvent`, ServerEvent: `${id}#/$defs/ServerEvent` };
  for (const e of [...client, ...server]) exports[e.name] = `${id}#/$defs/${e.name}`;

  let code = standalone.default(ajv, exports);
  code = importHelpers(code);
  const table = (list: { type: string; name: string }[]) =>
    list.map((e) => `  [${JSON.stringify(e.type)}, ${e.name}],`).join("\n");
  code += `

/** The validator of each known client event type. */
export const clientEventValidators = new Map([
${table(client)}
]);

/** The validator of each known server event type. */
export const serverEventValidators = new Map([
${table(server)}
]);
`;
  return { version, code };
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
