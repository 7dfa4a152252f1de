/**
 * Under Node, `import "ai-voicelive"` (and every other entry with a "node" condition) loads the bundled ESM
 * build in dist/esm/node/: one build for all entries, so what they share is one object; a few modules
 * instead of some sixty; the validator modules left apart and found where the bundle looks for them.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { ensureBuilt, root } from "./build.js";

const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { exports: Record<string, { import?: { node?: string } }> };
const nodeEntries = Object.entries(pkg.exports).filter(([, t]) => t.import?.node);
const bundleDir = path.join(root, "dist/esm/node");

/** The files of dist/esm/node/ that a module imports, transitively (itself included). */
function graph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+)"/g)) graph(path.join(path.dirname(file), spec), seen);
  return seen;
}

describe("package: the Node.js ESM bundle", () => {
  before(async function () {
    this.timeout(180_000);
    await ensureBuilt();
  });

  it("is what Node resolves for every entry with a node condition, and the entries share one build", async function () {
    this.timeout(30_000);
    // A file inside the package resolves the package by its own name, through its exports, as an application would.
    const script = path.join(root, "test/package/.node-bundle.generated.mjs");
    const subpaths = nodeEntries.map(([subpath]) => (subpath === "." ? "ai-voicelive" : `ai-voicelive/${subpath.slice(2)}`));
    writeFileSync(
      script,
      `const subpaths = ${JSON.stringify(subpaths)};
const resolved = subpaths.map((s) => import.meta.resolve(s));
const [main, models] = await Promise.all([import("ai-voicelive"), import("ai-voicelive/models")]);
const shared = Object.keys(models).filter((k) => k in main);
console.log(JSON.stringify({ resolved, shared: shared.length, same: shared.filter((k) => models[k] === main[k]).length }));`,
    );
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: root });
      const out = JSON.parse(stdout) as { resolved: string[]; shared: number; same: number };
      assert.deepEqual(
        out.resolved.map((u) => path.relative(root, new URL(u).pathname)),
        nodeEntries.map(([, t]) => t.import!.node!.slice(2)),
      );
      assert.ok(out.shared > 10, `${out.shared} exports in common`);
      assert.equal(out.same, out.shared, "every export the two entries share is the same object");
    } finally {
      rmSync(script, { force: true });
    }
  });

  it("loads the main entry in a few modules, and leaves the validators out, where it imports them from", () => {
    const main = graph(path.join(bundleDir, "index.js"));
    assert.ok(main.size <= 12, `${main.size} modules`);
    const lazy = new Set<string>();
    for (const file of readdirSync(bundleDir).map((f) => path.join(bundleDir, f))) {
      const text = readFileSync(file, "utf8");
      assert.ok(text.length < 300_000, `${path.basename(file)}: ${text.length} characters`);
      for (const [, spec] of text.matchAll(/import\("(\.\.\/generated\/validators\/[^"]+)"\)/g)) lazy.add(spec);
    }
    // Two per version: the client and the server events.
    assert.ok(lazy.size >= 10, [...lazy].join(", "));
    for (const spec of lazy) assert.ok(existsSync(path.join(bundleDir, spec)), `${spec} exists`);
  });
});
