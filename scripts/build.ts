/**
 * `npm run build`: the ESM and CommonJS builds of src/ and generated/, with declarations, from scratch.
 *
 *   dist/esm/{src,generated}/**       ESM (.js + .d.ts): `tsc -p tsconfig.build.esm.json` (type-checked);
 *                                     also the command (src/cli), the package's "bin"; what browsers'
 *                                     bundlers and other runtimes load (the exports' "default" condition)
 *   dist/esm/node/*.js                ESM for Node.js (the exports' "node" condition): the public entries of
 *                                     dist/esm/src bundled, the main entry's modules in one (scripts/node-bundle.ts)
 *   dist/commonjs/{src,generated}/**  CommonJS (.js + .d.ts): the files and options of tsconfig.build.cjs.json
 *
 * The CommonJS build is not a second type-check: every file is transpiled on its own with the options
 * of tsconfig.build.cjs.json (the sources are `isolatedModules`-safe, which the type-check enforces),
 * and the declarations are the ESM build's (the same text; dist/commonjs/package.json makes them
 * CommonJS declarations). Each output file is then compiled as a CommonJS module body, so an ESM-only
 * construct (`import.meta`, top-level `await`) fails the build instead of a user's `require`.
 *
 * The precompiled validators (generated/validators/<version>.{client,server}.js, plain functions with no
 * state) are most of the package's size, so they are shipped once: the ESM build's module of each version
 * and direction re-exports the CommonJS build's (ESM can import CommonJS; the reverse needs Node >= 20.19).
 *
 * Each build folder gets a package.json with its "type", so both are read right wherever they are copied.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import * as esbuild from "esbuild";
import ts from "typescript";
import { apiVersions } from "../generated/tables.js";
import { bundleNodeEntries } from "./node-bundle.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = path.join(root, "dist");

function fail(message: string): never {
  process.stderr.write(`build: ${message}\n`);
  process.exit(1);
}

const t0 = performance.now();
rmSync(dist, { recursive: true, force: true });

// ESM, type-checked, with declarations.
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
if (spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.esm.json"], { cwd: root, stdio: "inherit" }).status !== 0) {
  fail("tsc -p tsconfig.build.esm.json failed");
}

/** The file names of each version's precompiled validators, one per direction (generated code that nobody reads in dist/), from the generated list of versions. */
const validatorFiles = new Set(apiVersions.flatMap((v) => [`${v}.client.ts`, `${v}.server.ts`]));
const isValidatorModule = (relative: string) => path.dirname(relative) === path.join("generated", "validators") && validatorFiles.has(path.basename(relative));

/**
 * The validators minified. TypeScript would print ajv's one-line output a statement per line,
 * 2 MB per version; minified it is 0.6 MB (0.25 MB of it client events). A session that validates loads its version's module
 * when it connects, and the module's source text is kept in the heap for as long as the process
 * runs: at 2 MB it also made V8 grow the young generation, which cost the first thousand sends.
 * Tree shaking drops the schema objects ajv declares but never reads (most of its `schemaN`
 * constants): 22 KB less text in the client module of 2026-07-15, and objects no longer made at load.
 */
function compactValidators(file: string): { outputText: string; diagnostics?: ts.Diagnostic[] } {
  const out = esbuild.transformSync(readFileSync(file, "utf8"), { loader: "ts", format: "cjs", platform: "node", target: "es2022", minify: true, treeShaking: true, sourcefile: file });
  return { outputText: out.code };
}

// CommonJS, file by file.
const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d: ts.Diagnostic) => fail(ts.flattenDiagnosticMessageText(d.messageText, "\n")) };
const cjs = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.build.cjs.json"), undefined, host)!;
if (cjs.errors.length > 0) fail(ts.formatDiagnostics(cjs.errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" }));
const rootDir = cjs.options.rootDir!;
const outDir = cjs.options.outDir!;
for (const file of cjs.fileNames) {
  const relative = path.relative(rootDir, file);
  const js = path.join(outDir, relative.replace(/\.ts$/, ".js"));
  mkdirSync(path.dirname(js), { recursive: true });
  const { outputText, diagnostics } = isValidatorModule(relative)
    ? compactValidators(file)
    : ts.transpileModule(readFileSync(file, "utf8"), {
        compilerOptions: { ...cjs.options, declaration: false, sourceMap: false, noEmit: false },
        fileName: file,
        reportDiagnostics: true,
      });
  if (diagnostics?.length) fail(`${relative}: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ")}`);
  try {
    vm.compileFunction(outputText, ["exports", "require", "module", "__filename", "__dirname"], { filename: js });
  } catch (e) {
    fail(`${relative} is not a valid CommonJS module once compiled (an ESM-only construct?): ${(e as Error).message}`);
  }
  writeFileSync(js, outputText);
  copyFileSync(path.join(dist, "esm", relative.replace(/\.ts$/, ".d.ts")), js.replace(/\.js$/, ".d.ts"));
}

for (const [folder, type] of [["esm", "module"], ["commonjs", "commonjs"]] as const) {
  writeFileSync(path.join(dist, folder, "package.json"), `${JSON.stringify({ type }, null, 2)}\n`);
}

/**
 * Every emitted module in ASCII: one character outside Latin-1 (an arrow in a comment, say) makes V8
 * keep a module's whole source text, which it holds for as long as the process runs, at two bytes per
 * character. The generated tables alone were 260 KB of heap instead of 130 KB. An escape means the
 * same character in a string, template, regular expression or comment.
 */
function asciiOnly(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, "utf8");
    // Code units, not code points: a character beyond the BMP becomes its surrogate pair, as in the source.
    if (/[\u0080-\uffff]/.test(text)) writeFileSync(file, text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
  }
}
asciiOnly(dist);

// One copy of the validators.
const validators = path.join(dist, "esm/generated/validators");
for (const file of readdirSync(validators).filter((f) => f.endsWith(".js") && validatorFiles.has(f.replace(/\.js$/, ".ts")))) {
  const target = `../../../commonjs/generated/validators/${file}`;
  const esm = path.join(validators, file);
  const [, version, direction] = /^(.+)\.(client|server)\.js$/.exec(file)!;
  writeFileSync(esm, `// The ${direction} validators of api-version ${version}: the CommonJS build's module, shared by both builds.\nexport * from "${target}";\n`);
  const cjsNames = Object.keys(createRequire(esm)(target) as object).filter((k) => k !== "__esModule").sort();
  const esmNames = Object.keys((await import(pathToFileURL(esm).href)) as object).filter((k) => k !== "__esModule").sort();
  if (cjsNames.length === 0 || JSON.stringify(cjsNames) !== JSON.stringify(esmNames)) {
    fail(`${path.relative(root, esm)} does not re-export every validator of ${target}`);
  }
}

// The Node.js ESM build: scripts/node-bundle.ts.
await bundleNodeEntries(root, fail);

// The command's entry (the package's "bin") is run directly on POSIX systems.
chmodSync(path.join(dist, "esm/src/cli/run.js"), 0o755);
console.log(`built dist/esm and dist/commonjs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
