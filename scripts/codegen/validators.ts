/**
 * JSON Schema → precompiled validators (ajv standalone code), one module per API version.
 *
 * Each module exports `validateClientEvent(frame)` and `validateServerEvent(frame)`, which dispatch
 * on the frame's `type` to the validator of that one event (one precise error, no 50-way `oneOf`),
 * and fall back to the polymorphic base for unknown types. The modules need no ajv at run time:
 * the few runtime helpers that ajv's output would `require()` are inlined.
 */
import { Ajv } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import type { ModelIR, ProtocolIR } from "./ir.js";

/** Runtime helpers ajv may reference, as dependency-free function declarations. */
const INLINE_HELPERS: Record<string, (name: string) => string> = {
  "ajv/dist/runtime/equal": (name) => `function ${name}(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !${name}(a[k], b[k])) return false;
    return true;
  }
  return a !== a && b !== b;
}`,
};

export interface ValidatorModule {
  version: string;
  code: string;
}

export function emitValidators(ir: ProtocolIR, version: string, schema: Record<string, unknown>): ValidatorModule {
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
  code = inlineHelpers(code);
  const table = (list: { type: string; name: string }[]) =>
    list.map((e) => `  [${JSON.stringify(e.type)}, ${e.name}],`).join("\n");
  code += `

const clientEventValidators = new Map([
${table(client)}
]);

const serverEventValidators = new Map([
${table(server)}
]);

function run(validators, base, frame) {
  const validate = (frame !== null && typeof frame === "object" && validators.get(frame.type)) || base;
  return validate(frame) ? null : validate.errors;
}

/** Validates a client event in wire form. Returns null when valid, or ajv's errors. */
export function validateClientEvent(frame) {
  return run(clientEventValidators, ClientEvent, frame);
}

/** Validates a server event in wire form. Returns null when valid, or ajv's errors. */
export function validateServerEvent(frame) {
  return run(serverEventValidators, ServerEvent, frame);
}
`;
  return { version, code };
}

function inlineHelpers(code: string): string {
  const used = new Map<string, string>();
  const out = code.replace(/require\("([^"]+)"\)\.default/g, (_, mod: string) => {
    const impl = INLINE_HELPERS[mod];
    if (!impl) throw new Error(`ajv output needs runtime helper ${mod}, which the generator cannot inline yet`);
    const name = `helper_${mod.split("/").pop()}`;
    used.set(name, impl(name));
    return name;
  });
  if (/require\(/.test(out)) throw new Error("ajv output still calls require()");
  return used.size ? `${[...used.values()].join("\n")}\n${out}` : out;
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
