/**
 * `npm run test:node22`: the mocha suite on Node.js 22, with the binary of the `node` package from the npm
 * registry (installed once into node_modules/.cache, never as a dependency of this project, where it would
 * shadow the system node in npm scripts). Arguments go to mocha:
 *
 *   npm run test:node22                                                      # the whole suite (.mocharc.json)
 *   npm run test:node22 -- --no-config -n import=tsx test/readme/*.test.ts   # some files only
 *
 * The Node 22 binary comes first in PATH for the run, so that child processes the tests start (`node`, `npm`,
 * `npx`, `process.execPath`) run on Node 22 too.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const NODE_VERSION = "22.23.3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prefix = path.join(root, "node_modules", ".cache", `node-${NODE_VERSION}`);
const binDir = path.join(prefix, "node_modules", "node", "bin");
const node = path.join(binDir, "node");

function versionOf(binary: string): string | undefined {
  if (!existsSync(binary)) return undefined;
  const result = spawnSync(binary, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function install(): void {
  mkdirSync(prefix, { recursive: true });
  console.log(`installing node@${NODE_VERSION} from the npm registry into ${path.relative(root, prefix)}`);
  // Inside `npm run`, npm_execpath is the npm that runs us; run it with this (system) node.
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli && /\.[cm]?js$/.test(npmCli) ? [process.execPath, [npmCli]] : ["npm", []];
  const result = spawnSync(
    command,
    [...args, "install", "--prefix", prefix, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts=false", `node@${NODE_VERSION}`],
    { stdio: "inherit", shell: process.platform === "win32" && command === "npm" },
  );
  if (result.status !== 0) throw new Error(`npm install node@${NODE_VERSION} failed (exit ${result.status ?? result.signal})`);
}

if (versionOf(node) !== `v${NODE_VERSION}`) install();
const version = versionOf(node);
if (version !== `v${NODE_VERSION}`) {
  console.error(`${node} is not Node.js ${NODE_VERSION} (it says ${version ?? "nothing"}): remove ${prefix} and run again`);
  process.exit(1);
}

console.log(`mocha on Node.js ${version} (${path.relative(root, node)})`);
const started = Date.now();
const mocha = spawnSync(node, [path.join(root, "node_modules", "mocha", "bin", "mocha.js"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}` },
});
console.log(`Node.js ${version}: mocha exited with ${mocha.status ?? mocha.signal} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(mocha.status ?? 1);
