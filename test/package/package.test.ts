import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { SDK_VERSION } from "../../src/internal/version.js";

describe("package", () => {
  it("reports the version of package.json in its user agent", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    assert.equal(SDK_VERSION, pkg.version);
  });

  it("keeps ajv and the code generator out of the runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { dependencies: Record<string, string> };
    // @typespec/ts-http-runtime is the HTTP runtime under @azure/core-rest-pipeline, not the TypeSpec compiler.
    for (const name of Object.keys(pkg.dependencies)) assert.ok(!/ajv|@typespec\/(compiler|json-schema|versioning)|^tsx$|^typescript$/.test(name), name);
    for (const [name, version] of Object.entries(pkg.dependencies)) assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is pinned exactly`);
  });
});
