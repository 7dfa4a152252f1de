/**
 * `npm run generate`: compiles spec/ and writes generated/ (or the folder given with `--out`).
 *
 *   spec/*.tsp ──TypeSpec──▶ IR ─┬─▶ models.ts, serializers.ts, tables.ts, index.ts
 *                                └─▶ schema/<version>.json ──ajv──▶ validators/<version>.{client,server}.ts
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
import { emitTables, emitVersionedNames } from "./codegen/tables.js";
import { emitKnown } from "./codegen/known.js";
import { emitSenders } from "./codegen/senders.js";
import { emitModels } from "./codegen/typescript.js";
import { VALIDATOR_DIRECTIONS, emitValidators } from "./codegen/validators.js";
import { emitVersionTypes } from "./codegen/version-types.js";

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
  files.set("tables.ts", ts(emitTables(ir)));
  files.set("versioned-names.ts", ts(emitVersionedNames(ir)));
  files.set("known.ts", ts(emitKnown(ir)));
  files.set("senders.ts", ts(emitSenders(ir)));
  files.set("version-types.ts", ts(emitVersionTypes(ir)));
  for (const version of ir.versions) {
    const schema = emitSchema(ir, version);
    files.set(`schema/${version}.json`, `${JSON.stringify({ $comment: BANNER_TEXT, ...schema }, null, 2)}\n`);
    for (const direction of VALIDATOR_DIRECTIONS) {
      const code = emitValidators(ir, version, schema, direction);
      files.set(
        `validators/${version}.${direction}.ts`,
        ts(`// @ts-nocheck: ajv standalone output (JavaScript), precompiled from schema/${version}.json (${direction} events).\n/* eslint-disable */\n${code}`),
      );
    }
  }
  files.set("validators/index.ts", ts(validatorsIndex(ir.versions)));
  files.set("validators/all.ts", ts(validatorsAll(ir.versions)));
  files.set("manifest.json", `${JSON.stringify(await manifest(), null, 2)}\n`);
  files.set("README.md", `<!-- ${BANNER_TEXT} -->\n${await readFile(join(root, "scripts", "codegen", "generated-readme.md"), "utf8")}`);

  await rm(outDir, { recursive: true, force: true });
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return [...files.keys()];
}

/** The lazy import of each version's validators, per direction (src/validators.ts loads them on demand). */
function validatorsIndex(versions: string[]): string {
  return [
    `import type { ClientValidatorModule, ServerValidatorModule } from "../../src/runtime/validators.js";`,
    `import type { ApiVersion } from "../tables.js";`,
    ``,
    `/** Each version's precompiled validators of each direction, imported when first needed. */`,
    `export const validatorModules: Record<ApiVersion, { client: () => Promise<ClientValidatorModule>; server: () => Promise<ServerValidatorModule> }> = {`,
    ...versions.map((v) => `  ${JSON.stringify(v)}: { client: () => import("./${v}.client.js"), server: () => import("./${v}.server.js") },`),
    `};`,
  ].join("\n");
}

/** Every version's validators at once (src/internal/all-validators.ts registers them). */
function validatorsAll(versions: string[]): string {
  return [
    `import type { ValidatorModule } from "../../src/runtime/validators.js";`,
    `import type { ApiVersion } from "../tables.js";`,
    ...versions.flatMap((v, i) => [`import * as c${i} from "./${v}.client.js";`, `import * as s${i} from "./${v}.server.js";`]),
    ``,
    `/** The precompiled validators of each modelled API version, both directions. */`,
    `export const allValidatorModules: Record<ApiVersion, ValidatorModule> = {`,
    ...versions.map((v, i) => `  ${JSON.stringify(v)}: { ...c${i}, ...s${i} },`),
    `};`,
  ].join("\n");
}

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
