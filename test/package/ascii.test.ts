/**
 * Every module in dist/ is ASCII. One character outside Latin-1 (an arrow in a comment) made V8 hold a
 * module's whole source text at two bytes per character for the life of the process; the sources say
 * such things freely, so the build escapes them. Checked on the built files, and on a sample that the
 * escapes keep what the source meant.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { ensureBuilt, root } from "./build.js";

describe("package: ASCII modules", () => {
  before(async function () {
    this.timeout(180_000);
    await ensureBuilt();
  });

  it("has no character outside ASCII in any .js file of dist/", () => {
    const files = readdirSync(path.join(root, "dist"), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(".js"))
      .map((e) => path.join(e.parentPath, e.name));
    assert.ok(files.length > 100, `${files.length} modules`);
    const offenders = files.filter((f) => /[\u0080-\uffff]/.test(readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
    assert.deepEqual(offenders, []);
  });

  it("keeps the meaning of escaped characters, in both builds", async () => {
    // src/session/failures.ts words a refused close code with an en dash ("3000–4999"); the built modules hold its escape.
    const esm = path.join(root, "dist/esm/src/session/failures.js");
    const cjs = path.join(root, "dist/commonjs/src/session/failures.js");
    for (const file of [esm, cjs]) assert.match(readFileSync(file, "utf8"), /3000\\u20134999/);
    type Failures = { badClose(code: number, reason: unknown): Error | undefined };
    const fromEsm = (await import(pathToFileURL(esm).href)) as Failures;
    const fromCjs = createRequire(import.meta.url)(cjs) as Failures;
    for (const { badClose } of [fromEsm, fromCjs]) assert.match(badClose(999, "")!.message, /use 1000 or 3000\u20134999$/);
  });
});
