/**
 * `npm run generate`: compiles spec/ and writes generated/ (or the folder given with `--out`).
 *
 *   spec/*.tsp ──TypeSpec──▶ IR ─┬─▶ models.ts, serializers.ts, tables.ts, index.ts
 *                                └─▶ schema/<version>.json ──ajv──▶ validators/<version>.ts
 *
 * The output depends only on spec/, scripts/ and the pinned tool versions (recorded in
 * manifest.json), so running it twice gives byte-identical files.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, formatDiagnostic, NodeHost, resolveCompilerOptions } from "@typespec/compiler";
import { buildIR } from "./codegen/ir.js";
import { emitSchema } from "./codegen/schema.js";
import { emitSerializers } from "./codegen/serializers.js";
import { emitTables } from "./codegen/tables.js";
import { emitModels } from "./codegen/typescript.js";
import { emitValidators } from "./codegen/validators.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BANNER = "// Generated from spec/ by npm run generate. Do not edit.";
const BANNER_TEXT = "Generated from spec/ by npm run generate. Do not edit.";

/** Compiles spec/ with the settings of tspconfig.yaml. */
async function compileSpec() {
  const entrypoint = join(root, "spec", "main.tsp");
  const [options, configDiagnostics] = await resolveCompilerOptions(NodeHost, { entrypoint, cwd: root });
  const program = await compile(NodeHost, entrypoint, { ...options, noEmit: true });
  const diagnostics = [...configDiagnostics, ...program.diagnostics];
  if (diagnostics.length) {
    throw new Error(`TypeSpec reported problems:\n${diagnostics.map((d) => formatDiagnostic(d)).join("\n")}`);
  }
  const emitterOptions = options.options?.["ai-voicelive-emitter"] as { "output-dir"?: string } | undefined;
  return { program, defaultOutDir: emitterOptions?.["output-dir"] ?? join(root, "generated") };
}

/** Writes every generated file into `outDir` (by default the `output-dir` of tspconfig.yaml); returns their names. */
export async function generate(outDir?: string): Promise<string[]> {
  const { program, defaultOutDir } = await compileSpec();
  outDir ??= defaultOutDir;
  const ir = buildIR(program);

  const files = new Map<string, string>();
  const ts = (body: string) => `${BANNER}\n${body.trimEnd()}\n`;
  files.set("models.ts", ts(emitModels(ir)));
  const serializers = emitSerializers(ir);
  files.set("serializers.ts", ts(serializers.client));
  files.set("server-serializers.ts", ts(serializers.server));
  files.set("convert.ts", ts(serializers.convert));
  files.set("tables.ts", ts(emitTables(ir)));
  for (const version of ir.versions) {
    const schema = emitSchema(ir, version);
    files.set(`schema/${version}.json`, `${JSON.stringify({ $comment: BANNER_TEXT, ...schema }, null, 2)}\n`);
    const { code } = emitValidators(ir, version, schema);
    files.set(
      `validators/${version}.ts`,
      ts(`// @ts-nocheck: ajv standalone output (JavaScript), precompiled from schema/${version}.json.\n/* eslint-disable */\n${code}`),
    );
  }
  files.set("validators/index.ts", ts(validatorsIndex(ir.versions)));
  files.set("validators/all.ts", ts(validatorsAll(ir.versions)));
  files.set("index.ts", ts(INDEX));
  files.set("manifest.json", `${JSON.stringify(await manifest(), null, 2)}\n`);
  files.set("README.md", README);

  await rm(outDir, { recursive: true, force: true });
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return [...files.keys()];
}

function validatorsIndex(versions: string[]): string {
  const lines = [
    `import type { ApiVersion } from "../tables.js";`,
    ``,
    `/** One error of a precompiled validator (ajv's error object). */`,
    `export interface WireSchemaError {`,
    `  instancePath: string;`,
    `  schemaPath: string;`,
    `  keyword: string;`,
    `  params: Record<string, unknown>;`,
    `  message?: string;`,
    `}`,
    ``,
    `/** The validators of one API version: each returns null when the frame is valid, or the errors. */`,
    `export interface WireValidators {`,
    `  validateClientEvent(frame: unknown): WireSchemaError[] | null;`,
    `  validateServerEvent(frame: unknown): WireSchemaError[] | null;`,
    `}`,
    ``,
    `// Each version's validators are a large module (most of the SDK's import time): a version's module is`,
    `// loaded when a session of that version connects, or when \`loadValidators\` or \`all.js\` asks for it.`,
    `const loaded = new Map<ApiVersion, WireValidators>();`,
    `const importers: Record<ApiVersion, () => Promise<WireValidators>> = {`,
    ...versions.map((v) => `  ${JSON.stringify(v)}: () => import("./${v}.js"),`),
    `};`,
    ``,
    `/** The validators of a version if they are loaded, else undefined. */`,
    `export function validatorsFor(version: ApiVersion): WireValidators | undefined {`,
    `  return loaded.get(version);`,
    `}`,
    ``,
    `/** Loads the validators of a version, once. */`,
    `export async function loadValidators(version: ApiVersion): Promise<WireValidators> {`,
    `  const known = loaded.get(version);`,
    `  if (known) return known;`,
    `  const v = await importers[version]();`,
    `  loaded.set(version, v);`,
    `  return v;`,
    `}`,
    ``,
    `/** Makes already imported validators available to validatorsFor. */`,
    `export function registerValidators(version: ApiVersion, v: WireValidators): void {`,
    `  loaded.set(version, v);`,
    `}`,
  ];
  return lines.join("\n");
}

/** Every version's validators, loaded at once (for \`ai-voicelive/models\`, whose validation is synchronous for any version). */
function validatorsAll(versions: string[]): string {
  return [
    `import { registerValidators, type WireValidators } from "./index.js";`,
    `import type { ApiVersion } from "../tables.js";`,
    ...versions.map((v, i) => `import * as v${i} from "./${v}.js";`),
    ``,
    `/** The precompiled validators of each modelled API version. */`,
    `export const validators: Record<ApiVersion, WireValidators> = {`,
    ...versions.map((v, i) => `  ${JSON.stringify(v)}: v${i},`),
    `};`,
    ``,
    `for (const [version, v] of Object.entries(validators)) registerValidators(version as ApiVersion, v);`,
  ].join("\n");
}

const INDEX = `export * from "./models.js";
export * from "./serializers.js";
export * from "./server-serializers.js";
export * from "./tables.js";
export { loadValidators, validatorsFor, type WireSchemaError, type WireValidators } from "./validators/index.js";`;

const README = `<!-- ${BANNER_TEXT} -->
# generated/

Everything in this folder is written by \`npm run generate\` from the TypeSpec in \`spec/\`. Do not edit it:
change the spec or the emitter in \`scripts/\`, then regenerate. \`npm test\` regenerates into a temporary
folder and fails on any difference.

| file | what it is |
|---|---|
| \`models.ts\` | TypeScript models of every event and model, camelCase, with the docs from the spec |
| \`serializers.ts\` | the client's directions, lossless: \`serializeX\` (model → wire JSON) for client events and what they hold, \`deserializeX\` (wire JSON → model) for server events and what they hold |
| \`server-serializers.ts\` | the other two directions (a server's: client events from the wire, server events to it) |
| \`convert.ts\` | the one conversion loop both use, driven by each model's table of keys (internal: not exported by \`ai-voicelive/models\`) |
| \`tables.ts\` | API versions, event types per version, server event handler names, wire → camelCase field map |
| \`schema/<version>.json\` | the wire JSON Schema (draft 2020-12) of one API version |
| \`validators/<version>.ts\` | ajv validators precompiled from that schema; no ajv at run time |
| \`validators/index.ts\`, \`all.ts\` | the newest version's validators, loading of the others on demand; all of them at once |
| \`manifest.json\` | hashes of the inputs (spec, emitter) and the versions of the tools that made this output |
`;

async function manifest() {
  const walk = async (d: string): Promise<string[]> => {
    const entries = await readdir(d, { withFileTypes: true });
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)])));
    return nested.flat();
  };
  const hashFiles = async (files: string[]) => {
    const h = createHash("sha256");
    for (const f of files.sort()) {
      h.update(relative(root, f).replaceAll("\\", "/"));
      h.update(await readFile(f));
    }
    return h.digest("hex");
  };
  const version = async (pkg: string) =>
    (JSON.parse(await readFile(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  return {
    $comment: BANNER_TEXT,
    specSha256: await hashFiles(await walk(join(root, "spec"))),
    emitterSha256: await hashFiles([...(await walk(join(root, "scripts", "codegen"))), join(root, "scripts", "generate.ts")]),
    tools: {
      "@typespec/compiler": await version("@typespec/compiler"),
      "@typespec/versioning": await version("@typespec/versioning"),
      "@typespec/json-schema": await version("@typespec/json-schema"),
      ajv: await version("ajv"),
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--out");
  const outDir = i > 0 ? resolve(process.argv[i + 1]) : undefined;
  const started = performance.now();
  try {
    const files = await generate(outDir);
    console.log(`generated ${files.length} files (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
