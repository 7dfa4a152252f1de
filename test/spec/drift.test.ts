/**
 * generated/ must be exactly what `npm run generate` makes from spec/: regenerate into a temporary
 * folder and compare every file, both ways.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "../../scripts/generate.js";

const committed = fileURLToPath(new URL("../../generated/", import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("generated/ matches the spec", () => {
  let fresh: string;
  before(async function () {
    this.timeout(120_000);
    fresh = mkdtempSync(join(tmpdir(), "voicelive-generated-"));
    await generate(fresh);
  });
  after(() => rmSync(fresh, { recursive: true, force: true }));

  it("has the same files as a fresh generation", () => {
    assert.deepEqual(listFiles(committed), listFiles(fresh));
  });

  it("has byte-identical contents", () => {
    const differing = listFiles(fresh).filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
    assert.deepEqual(differing, [], "run `npm run generate` and commit the result");
  });

  it("marks every generated file as generated", () => {
    for (const f of listFiles(committed)) {
      const head = readFileSync(join(committed, f), "utf8").slice(0, 200);
      assert.match(head, /Generated from spec\/ by npm run generate\. Do not edit\./, f);
    }
  });
});
