/**
 * Under Node, `import "ai-voicelive"` (and every other entry with a "node" condition) loads the bundled ESM
 * build in dist/esm/node/: one build for all entries, so what they share is one object; the main entry in
 * two modules (itself and the core) instead of some sixty, without what only the other entries use; the
 * validator modules left apart and found where the bundle looks for them.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { WebSocketServer } from "ws";
import { versionedNames } from "../../generated/versioned-names.js";
import { ensureBuilt, root } from "./build.js";

const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { exports: Record<string, { import?: { node?: string } }> };
const nodeEntries = Object.entries(pkg.exports).filter(([, t]) => t.import?.node);
const bundleDir = path.join(root, "dist/esm/node");

/** The files of dist/esm/node/ that a module imports, transitively (itself included); with `lazy`, through `import()` too. */
function graph(file: string, lazy: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const imports = lazy ? /(?:from|import)\s*\(?\s*"(\.\/[^"]+)"/g : /(?:from|import)\s*"(\.\/[^"]+)"/g;
  for (const [, spec] of readFileSync(file, "utf8").matchAll(imports)) graph(path.join(path.dirname(file), spec), lazy, seen);
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

  it("loads the main entry in two modules, and leaves the validators out, where it imports them from", () => {
    const main = [...graph(path.join(bundleDir, "index.js"), false)].map((f) => path.basename(f));
    assert.equal(main.length, 2, main.join(", "));
    assert.match(main[1], /^core-[\w-]+\.js$/);
    // Lazily: tracing (when it can record); and `ws`, which only the first connect imports.
    const withLazy = [...graph(path.join(bundleDir, "index.js"), true)];
    assert.ok(withLazy.length <= 5, withLazy.map((f) => path.basename(f)).join(", "));
    const core = readFileSync(path.join(bundleDir, main[1]), "utf8");
    assert.doesNotMatch(core, /from\s*"ws"/);
    assert.match(core, /import\("ws"\)/);
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

  it("leaves out of the main entry what only the other entries use", () => {
    const core = readFileSync([...graph(path.join(bundleDir, "index.js"), false)][1], "utf8");
    // The per-version names (`isInApiVersion`, of ai-voicelive/models): a dotted name is found nowhere else.
    const dotted = Object.keys(versionedNames).filter((name) => name.includes("."));
    assert.ok(dotted.length > 100);
    assert.deepEqual(dotted.filter((name) => core.includes(JSON.stringify(name))), []);
    const models = readFileSync(path.join(bundleDir, "models.js"), "utf8") + [...graph(path.join(bundleDir, "models.js"), false)].map((f) => readFileSync(f, "utf8")).join("");
    assert.ok(dotted.every((name) => models.includes(JSON.stringify(name))), "ai-voicelive/models has them");
  });

  it("loads no ws at import, from the main entry or ai-voicelive/models", async function () {
    this.timeout(30_000);
    const script = path.join(root, "test/package/.node-bundle-ws.generated.mjs");
    writeFileSync(
      script,
      `import { createRequire } from "node:module";
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes("/node_modules/ws/"));
await import("ai-voicelive/models");
const afterModels = loaded();
const { VoiceLiveClient } = await import("ai-voicelive");
new VoiceLiveClient("https://example.invalid", { key: "k" });
console.log(JSON.stringify({ afterModels, afterMain: loaded() }));`,
    );
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: root });
      assert.deepEqual(JSON.parse(stdout), { afterModels: false, afterMain: false });
    } finally {
      rmSync(script, { force: true });
    }
  });

  describe("loads ws at the first connect", () => {
    let wss: WebSocketServer;
    let port: number;
    const script = path.join(root, "test/package/.node-bundle-require-ws.generated.mjs");

    before(async () => {
      wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
      await new Promise((r) => wss.once("listening", r));
      wss.on("connection", (ws) => ws.send(JSON.stringify({ type: "session.created", event_id: "e", session: { id: "s" } })));
      port = (wss.address() as { port: number }).port;
      // argv[2]: how this Node offers `require` to ESM; argv[3]: the server's port. Prints which of ws's
      // modules are in the CommonJS cache once a session has connected and sent an event. `index.js` is
      // there only when `ws` was required: importing it runs its ESM wrapper, which imports lib/ directly.
      writeFileSync(
        script,
        `import { createRequire } from "node:module";
const real = process.getBuiltinModule;
if (process.argv[2] === "no-getBuiltinModule") process.getBuiltinModule = undefined;
if (process.argv[2] === "require-cannot-find-ws" || process.argv[2] === "require-fails") {
  const failure = process.argv[2] === "require-fails" ? "EACCES" : "MODULE_NOT_FOUND";
  process.getBuiltinModule = (id) => id === "node:module" ? { createRequire: () => () => { throw Object.assign(new Error("no " + failure), { code: failure }); } } : real(id);
}
const { VoiceLiveClient } = await import("ai-voicelive");
const client = new VoiceLiveClient("http://127.0.0.1:" + process.argv[3], { key: "k" });
let connected;
try {
  const session = await client.startSession("gpt-realtime");
  await session.sendAudio(new Uint8Array(4800));
  await session.close();
  connected = true;
} catch (e) {
  connected = String(e.cause?.message ?? e.message);
}
const ws = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes("/node_modules/ws/")).map((f) => f.split("/node_modules/ws/")[1]);
console.log(JSON.stringify({ connected, required: ws.includes("index.js"), websocket: ws.includes("lib/websocket.js") }));`,
      );
    });

    after(() => {
      wss.close();
      rmSync(script, { force: true });
    });

    const run = async (mode: string) => {
      const { stdout } = await promisify(execFile)(process.execPath, [script, mode, String(port)], { cwd: root });
      return JSON.parse(stdout.trim().split("\n").at(-1)!) as { connected: true | string; required: boolean; websocket: boolean };
    };

    it("with require, not through Node's ESM wrapper of a CommonJS package", async function () {
      this.timeout(30_000);
      assert.deepEqual(await run("default"), { connected: true, required: true, websocket: true });
    });

    it("with import() where Node has no process.getBuiltinModule, or require cannot find ws (a bundle of the bundle)", async function () {
      this.timeout(30_000);
      assert.deepEqual(await run("no-getBuiltinModule"), { connected: true, required: false, websocket: true });
      assert.deepEqual(await run("require-cannot-find-ws"), { connected: true, required: false, websocket: true });
    });

    it("reports any other failure of require, and does not hide it behind import()", async function () {
      this.timeout(30_000);
      assert.deepEqual(await run("require-fails"), { connected: "no EACCES", required: false, websocket: false });
    });
  });
});
