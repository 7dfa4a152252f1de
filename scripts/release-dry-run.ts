/**
 * `npm run release:dry-run`: everything short of publishing. Builds once, packs, and checks the
 * tarball with @arethetypeswrong/cli (every entry point in every resolution mode, no rule ignored)
 * and publint (--strict), then runs `npm publish --dry-run`. The consumer test
 * (test/package/consumer.test.ts) does the same and also installs and uses the tarball.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const binOf = (pkg: string, file: string) => path.join(root, "node_modules", pkg, file);
const shell = process.platform === "win32";
const step = (title: string, command: string, args: string[], cwd = root) => {
  console.log(`\n== ${title}`);
  try {
    execFileSync(command, args, { cwd, stdio: "inherit", shell });
  } catch {
    console.error(`\nrelease:dry-run: ${title} failed (see above)`);
    process.exit(1);
  }
};

const temp = mkdtempSync(path.join(os.tmpdir(), "ai-voicelive-release-"));
try {
  step("build", process.execPath, [binOf("tsx", "dist/cli.mjs"), "scripts/build.ts"]);
  // --ignore-scripts: built just above (prepack would build again).
  const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", temp], { cwd: root, encoding: "utf8", shell })) as { filename: string }[];
  const tarball = path.join(temp, filename);
  console.log(`packed ${tarball}`);
  step("@arethetypeswrong/cli", process.execPath, [binOf("@arethetypeswrong/cli", "dist/index.js"), tarball, "--no-definitely-typed"]);
  step("publint", process.execPath, [binOf("publint", "src/cli.js"), "run", tarball, "--strict"]);
  step("npm publish --dry-run", "npm", ["publish", "--dry-run", "--ignore-scripts"]);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
