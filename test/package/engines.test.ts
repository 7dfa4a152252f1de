/**
 * Every package a user installs with `ai-voicelive` runs on every Node.js that our `engines` allows:
 * the production closure in package-lock.json (our dependencies, theirs, and so on; no dev
 * dependency) is walked the way Node resolves it, and each package's `engines.node` must contain
 * our whole range. A dependency that declares `>=22` while we say `>=20` makes `npm install` warn
 * `EBADENGINE` on Node 20, and fail under `engine-strict`.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
// semver is a devDependency; it ships no types of its own.
const semver = createRequire(import.meta.url)("semver") as {
  subset(sub: string, dom: string): boolean;
  validRange(range: string): string | null;
};

interface LockEntry {
  version?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  engines?: { node?: string } | string[];
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { engines: { node: string }; dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, "utf8")) as { lockfileVersion: number; packages: Record<string, LockEntry> };

/** Where Node finds `name` when it is required from the package at `from` (a lockfile key): the nearest node_modules up. */
function resolve(name: string, from: string): string | undefined {
  let dir = from;
  for (;;) {
    const key = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!dir) return undefined;
    const up = dir.lastIndexOf("/node_modules/");
    dir = up < 0 ? "" : dir.slice(0, up);
  }
}

/** The production closure: lockfile key → the chain of names that pulled it in. */
function productionClosure(): Map<string, string> {
  const seen = new Map<string, string>();
  const queue: [string, string][] = [["", "ai-voicelive"]];
  while (queue.length > 0) {
    const [key, via] = queue.shift()!;
    const entry = key === "" ? { dependencies: pkg.dependencies } : lock.packages[key];
    const optionalPeers = new Set(Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, m]) => m.optional).map(([n]) => n));
    const wanted: [string, boolean][] = [
      ...Object.keys(entry.dependencies ?? {}).map((n) => [n, true] as [string, boolean]),
      ...Object.keys(entry.optionalDependencies ?? {}).map((n) => [n, false] as [string, boolean]),
      ...Object.keys(entry.peerDependencies ?? {}).map((n) => [n, !optionalPeers.has(n)] as [string, boolean]),
    ];
    for (const [name, required] of wanted) {
      const found = resolve(name, key);
      if (!found) {
        assert.ok(!required, `${via} needs ${name}, which package-lock.json does not hold`);
        continue;
      }
      if (seen.has(found)) continue;
      seen.set(found, `${via} > ${name}@${lock.packages[found].version}`);
      queue.push([found, seen.get(found)!]);
    }
  }
  return seen;
}

describe("Node.js versions of the runtime dependencies", () => {
  it("reads a lockfile that records engines (lockfileVersion 3)", () => {
    assert.equal(lock.lockfileVersion, 3);
    assert.ok(semver.validRange(pkg.engines.node), `package.json engines.node is a range: ${pkg.engines.node}`);
    assert.ok(semver.subset(pkg.engines.node, ">=20"), "engines.node allows nothing older than Node 20");
    assert.ok(semver.subset(">=20", pkg.engines.node), "engines.node allows every Node 20");
  });

  it("walks the whole production closure, and only it", () => {
    const closure = productionClosure();
    for (const name of Object.keys(pkg.dependencies)) assert.ok(closure.has(`node_modules/${name}`), `${name} is in the closure`);
    // Dev-only packages are not pulled in: the lockfile marks every one it reaches as non-dev.
    const dev = [...closure.keys()].filter((key) => lock.packages[key].dev);
    assert.deepEqual(dev, [], "packages of the production closure that package-lock.json marks dev");
    assert.ok(!closure.has("node_modules/typescript") && !closure.has("node_modules/ajv"));
  });

  it("every package in it allows all of our engines range", () => {
    const closure = productionClosure();
    const refused: string[] = [];
    for (const [key, via] of closure) {
      const engines = lock.packages[key].engines;
      // An array is the old, ignored form of `engines`; a missing `node` allows any version.
      const node = engines && !Array.isArray(engines) ? engines.node : undefined;
      if (node === undefined) continue;
      if (!semver.validRange(node) || !semver.subset(pkg.engines.node, node)) refused.push(`${via}: engines.node "${node}"`);
    }
    assert.deepEqual(
      refused,
      [],
      `these packages exclude part of our engines.node "${pkg.engines.node}": pin a release that allows it (npm view <name> engines), ` +
        `and for a transitive package also pin it in package.json so that a user's install resolves to it`,
    );
  });
});
