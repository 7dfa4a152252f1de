/**
 * The recipes compile: the root tsconfig sees only the files tests import, so each side of
 * examples/ has its own config, checked here (Node's, and the browser page's with the DOM library).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { ROOT } from "./helpers.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

describe("examples/ type-check", function () {
  this.timeout(180_000);

  for (const config of ["examples/tsconfig.json", "examples/browser/page/tsconfig.json"]) {
    it(`tsc -p ${config}`, async () => {
      const run = await promisify(execFile)(process.execPath, [tsc, "-p", config, "--noEmit"], { cwd: ROOT }).catch((e: { stdout: string; stderr: string; code: number }) => e);
      assert.equal(`${run.stdout}${run.stderr}`.trim(), "", `${config} has type errors`);
    });
  }
});
