/**
 * The Node.js ESM build (dist/esm/node/), made from the per-file ESM build by `npm run build`.
 *
 * The package's `exports` send `import` under Node to dist/esm/node/ (their "node" condition). Browsers'
 * bundlers and other runtimes take the per-file build (the "default" condition), where the `browser` map
 * applies. The layout:
 *
 *   core-<hash>.js      every module the main entry (`ai-voicelive`) imports statically, in one module
 *   index.js            the main entry: re-exports from the core
 *   models.js, emulator.js, audio.js, agent.js
 *                       the other entries: what they add to the core, importing the core for the rest,
 *                       so that a class such as `VoiceLiveError` exists once for all of them
 *   <name>-<hash>.js    code that only some of the other entries share, and what is imported lazily
 *
 * Why one core module. Node's ESM loader costs per module (resolution, the module record, the promises of
 * linking), and each module's source text stays in the heap for as long as the process runs. A text under
 * 128 KB is allocated in V8's young generation and copied by each of its first two garbage collections;
 * the copies count towards the young generation's growth, which, during a session's first sends, costs a
 * full collection and a thousand page faults. The core's text is larger, so V8 allocates it directly in its
 * large-object space, and copies it never. Measured with `--trace-gc-nvp` (bytes that survived scavenges
 * while importing the main entry after `ws`; the same code): 1,266 KB with esbuild's ten modules, 688 KB
 * with the core. `npx tsx scripts/bench/startup.ts` counts it today.
 *
 * Comments and indentation are removed (the names are kept, so stack traces still read): the text of the
 * core is a third smaller. The validator modules stay apart (loaded lazily, and shared with the CommonJS
 * build), and so do the packages (`ws` is loaded at the first connect) and Node's built-in modules.
 *
 * `ws` is loaded with `require` (see `requireWs`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { rollup, type GetModuleInfo } from "rollup";

/**
 * What this build renders for the source's `import("ws")`, called with the chunk's URL and that `import()`.
 * `ws` is CommonJS. Imported from ESM, Node lexes each of its modules for their export names and wraps each in
 * a module record: at the first connect, that kept 240 KB more on the heap than `require("ws")` (the count of
 * `scripts/bench/startup.ts`), enough to make V8 grow its young generation during a session's first sends. The
 * `ws` that `require` returns is the one an `import` gets: both share Node's cache of CommonJS modules.
 * The `import()` stays where `require` cannot be had (`process.getBuiltinModule` is Node 20.16 and 22.3 on) or
 * cannot find `ws` from this file (a bundler that bundled this build again rewrote the `import()` instead).
 */
const requireWs = `((url, importIt) => {
  const nodeModule = typeof process === "object" ? process.getBuiltinModule?.("node:module") : undefined;
  if (nodeModule) {
    try {
      return Promise.resolve(nodeModule.createRequire(url)("ws"));
    } catch (e) {
      if (e?.code !== "MODULE_NOT_FOUND") return Promise.reject(e);
    }
  }
  return importIt();
})`;

/** Name of the chunk that holds the main entry's static graph. */
const CORE = "core";

/** The entries that have a Node build: `exports` subpath → its per-file ESM module, from package.json. */
function nodeEntries(root: string, fail: (message: string) => never): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { exports: Record<string, { import?: { node?: string; default?: string } }> };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const node = target.import?.node;
    if (!node) continue;
    if (!target.import?.default) fail(`exports["${subpath}"] has a "node" entry but no per-file "default"`);
    if (path.dirname(node) !== "./dist/esm/node") fail(`exports["${subpath}"].import.node must be in ./dist/esm/node/ (got ${node})`);
    entries[path.basename(node, ".js")] = path.join(root, target.import.default);
  }
  if (!entries.index) fail(`exports["."] has no "node" entry`);
  return entries;
}

/** Every module that `entry` imports statically, directly or not, itself included. */
function staticGraph(entry: string, getModuleInfo: GetModuleInfo): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const info = getModuleInfo(id);
    if (info && !info.isExternal) for (const next of info.importedIds) visit(next);
  };
  visit(entry);
  return seen;
}

export async function bundleNodeEntries(root: string, fail: (message: string) => never): Promise<void> {
  const input = nodeEntries(root, fail);
  const outdir = path.join(root, "dist/esm/node");
  const validatorModule = /[\\/]generated[\\/]validators[\\/][^\\/]+\.(client|server)\.js$/;
  let core: Set<string> | undefined;
  const bundle = await rollup({
    input,
    // Packages and Node's modules are imported, not bundled; so are the validator modules.
    external: (id) => id.startsWith("node:") || (!id.startsWith(".") && !path.isAbsolute(id)) || validatorModule.test(id),
    preserveEntrySignatures: "strict",
    onwarn: (warning) => {
      // Cycles between the SDK's modules are legal ESM; anything else is a defect of the build.
      if (warning.code !== "CIRCULAR_DEPENDENCY") fail(`rollup: ${warning.message}`);
    },
    plugins: [
      {
        name: "require-ws",
        renderDynamicImport({ targetModuleId }) {
          return targetModuleId === "ws" ? { left: `${requireWs}(import.meta.url, () => import(`, right: "))" } : null;
        },
      },
      {
        name: "compact",
        async renderChunk(code) {
          const out = await esbuild.transform(code, { format: "esm", target: "es2022", charset: "ascii", minifyWhitespace: true, legalComments: "none" });
          return { code: out.code, map: null };
        },
      },
    ],
  });
  await bundle.write({
    dir: outdir,
    format: "es",
    chunkFileNames: "[name]-[hash].js",
    manualChunks(id, { getModuleInfo }) {
      core ??= staticGraph(input.index, getModuleInfo);
      return core.has(id) && id !== input.index ? CORE : undefined;
    },
  });
  await bundle.close();
}
