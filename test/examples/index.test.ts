/** examples/README.md: every recipe is listed with a command that exists and a test, and the recipes' links resolve. */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROOT } from "./helpers.js";

const EXAMPLES = join(ROOT, "examples");
const index = readFileSync(join(EXAMPLES, "README.md"), "utf8");
/** The recipe folders: every folder of examples/ with a README, except the shared code. */
const recipes = readdirSync(EXAMPLES).filter((name) => name !== "shared" && statSync(join(EXAMPLES, name)).isDirectory());

describe("examples/README.md, the index of the recipes", () => {
  it("lists every recipe folder, each once, and nothing else", () => {
    const listed = [...index.matchAll(/^\| \[([\w-]+)\]\(\1\/\) \|/gm)].map((m) => m[1]);
    assert.deepEqual([...listed].sort(), [...recipes].sort());
  });

  for (const recipe of recipes) {
    it(`${recipe}: a README, a command whose file exists and that its README gives too, and a test`, () => {
      const readme = readFileSync(join(EXAMPLES, recipe, "README.md"), "utf8");
      const row = index.split("\n").find((line) => line.startsWith(`| [${recipe}](`))!;
      const command = /`(npx tsx (examples\/[\w/-]+\.ts)[^`]*)`/.exec(row);
      assert.ok(command, `a command in the row of ${recipe}`);
      assert.ok(existsSync(join(ROOT, command[2])), command[2]);
      assert.ok(readme.includes(command[2]), `${recipe}/README.md gives ${command[2]}`);
      const test = recipe === "browser-proxy" ? "browser" : recipe.startsWith("migrate-") ? "migrate" : recipe;
      assert.ok(existsSync(join(ROOT, "test/examples", `${test}.test.ts`)), `test/examples/${test}.test.ts`);
      assert.ok(readme.includes(`test/examples/${test}.test.ts`), `${recipe}/README.md says which test runs it`);
    });
  }

  it("every relative link in the recipes' READMEs resolves", () => {
    const broken: string[] = [];
    for (const file of [join(EXAMPLES, "README.md"), ...recipes.map((r) => join(EXAMPLES, r, "README.md"))]) {
      for (const [, target] of readFileSync(file, "utf8").matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target) || target.startsWith("#")) continue;
        if (!existsSync(resolve(dirname(file), target.split("#")[0]))) broken.push(`${file.slice(ROOT.length + 1)} → ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});
