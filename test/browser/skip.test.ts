/**
 * `npm test` on a machine without Chromium: the browser suite is skipped, and says so with the
 * install command, instead of failing in its `before all` hook; with `VOICELIVE_REQUIRE_BROWSER=1`
 * (what `.ci/run` sets) the same machine fails. Runs browser.test.ts in a child mocha with
 * `VOICELIVE_CHROMIUM` pointing at a path that does not exist.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const mocha = createRequire(import.meta.url).resolve("mocha/bin/mocha.js");
const MISSING = "/nonexistent/voicelive-test/chromium";

function runBrowserSuite(env: Record<string, string | undefined>): Promise<{ code: number; out: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, VOICELIVE_CHROMIUM: MISSING, NO_COLOR: "1", FORCE_COLOR: "0" };
  delete childEnv.VOICELIVE_REQUIRE_BROWSER;
  for (const [key, value] of Object.entries(env)) childEnv[key] = value;
  return new Promise((done) => {
    execFile(
      process.execPath,
      [mocha, "--no-config", "-n", "import=tsx", "--timeout", "60000", "--reporter", "spec", "test/browser/browser.test.ts"],
      { cwd: root, env: childEnv, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe("the browser suite without Chromium", function () {
  this.timeout(120_000);

  it("is skipped, with a visible line naming the missing browser and the install command, and passes", async () => {
    const { code, out } = await runBrowserSuite({});
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`!!! SKIPPED: ${MISSING} is missing`));
    assert.match(out, /apt-get install -y chromium/);
    assert.match(out, /0 passing/);
    assert.match(out, /[1-9]\d* pending/, "every test of the suite is reported as pending");
    assert.doesNotMatch(out, /failing/);
    // Said again after the run, next to the summary.
    assert.match(out, /!!! The browser suite \(test\/browser\/browser\.test\.ts\) was SKIPPED/);
  });

  it("fails in its before-all hook when VOICELIVE_REQUIRE_BROWSER=1 (as in .ci/run)", async () => {
    const { code, out } = await runBrowserSuite({ VOICELIVE_REQUIRE_BROWSER: "1" });
    assert.notEqual(code, 0, out);
    assert.match(out, /1 failing/);
    assert.match(out, /"before all" hook/);
    assert.match(out, new RegExp(`${MISSING} is missing: the browser suite needs Debian's Chromium \\(VOICELIVE_REQUIRE_BROWSER=1 makes it mandatory\\)`));
    assert.match(out, /apt-get install -y chromium/);
    assert.doesNotMatch(out, /SKIPPED/);
  });

  it(".ci/run installs Chromium and sox and makes the browser suite mandatory", () => {
    const ci = readFileSync(`${root}.ci/run`, "utf8");
    assert.match(ci, /apt-get install -y chromium sox/);
    assert.match(ci, /^export VOICELIVE_REQUIRE_BROWSER=1$/m);
  });
});
