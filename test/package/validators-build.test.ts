/**
 * Each modelled version's validators ship once and minified: the CommonJS build holds the module
 * (ajv's output minified with esbuild), and the ESM build re-exports it. The build finds the modules
 * by the generated list of versions, so a new version, a preview or a label, gets the same treatment
 * (a date-only pattern once left `2026-07-31-preview` and `v1` unminified, twice, 9 MB in all).
 */
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { apiVersions } from "../../src/models.js";
import { ensureBuilt, root } from "./build.js";

describe("package: the validators in dist/", () => {
  before(async function () {
    this.timeout(180_000);
    await ensureBuilt();
  });

  for (const version of apiVersions) {
    for (const direction of ["client", "server"]) {
      it(`${version}, ${direction} events: one minified copy, re-exported by the ESM build`, () => {
        const file = `${version}.${direction}.js`;
        const cjs = path.join(root, "dist/commonjs/generated/validators", file);
        const esm = readFileSync(path.join(root, "dist/esm/generated/validators", file), "utf8");
        assert.match(esm, new RegExp(`export \\* from "\\.\\./\\.\\./\\.\\./commonjs/generated/validators/${file.replaceAll(".", "\\.")}";`));
        assert.ok(esm.length < 400, `the ESM module only re-exports (${esm.length} characters)`);
        const lines = readFileSync(cjs, "utf8").split("\n").length;
        assert.ok(lines < 50, `minified: ${lines} lines`);
        assert.ok(statSync(cjs).size < 1_000_000, `${statSync(cjs).size} bytes`);
      });
    }

    it(`${version}: the client module, what a validating session loads, is the smaller part`, () => {
      const size = (d: string) => statSync(path.join(root, "dist/commonjs/generated/validators", `${version}.${d}.js`)).size;
      assert.ok(size("client") < size("server"), `client ${size("client")} bytes, server ${size("server")} bytes`);
    });
  }
});
