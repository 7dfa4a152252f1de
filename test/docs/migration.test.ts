/**
 * docs/migration.md has a row for every name that `@azure/ai-voicelive` exports and `ai-voicelive` does
 * not export under the same name. Both lists are read from the declarations (the official package's
 * installed `index.d.ts`, and our `src/index.ts`) with the TypeScript compiler, so a name either package
 * gains or loses shows up here. The rows are also checked the other way: a type named in the official
 * column is one of its exports, and one named in ours is one of our exports.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../../", import.meta.url));
const officialEntry = createRequire(import.meta.url).resolve("@azure/ai-voicelive").replace(/\.js$/, ".d.ts");
const officialVersion = (JSON.parse(readFileSync(new URL("../../node_modules/@azure/ai-voicelive/package.json", import.meta.url), "utf8")) as { version: string }).version;

/** The names each entry point exports, types and values alike. */
function exportedNames(...files: string[]): Map<string, Set<string>> {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  return new Map(
    files.map((file) => {
      const source = program.getSourceFile(file);
      assert.ok(source, `${file} is read`);
      const module = checker.getSymbolAtLocation(source);
      assert.ok(module, `${file} is a module`);
      return [file, new Set(checker.getExportsOfModule(module).map((s) => s.name))];
    }),
  );
}

/** The cells of each row of the first table under `## <heading>`, without its header. */
function table(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  assert.ok(start >= 0, `docs/migration.md has a "## ${heading}" section`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    if (!line.startsWith("|")) {
      if (rows.length > 0) break;
      continue;
    }
    const cells = line
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    rows.push(cells);
  }
  assert.ok(rows.length > 2 && rows[1].every((c) => /^:?-+:?$/.test(c)), `a table under "## ${heading}"`);
  return rows.slice(2);
}

/** Identifiers written in backticks, alone (`Name`), in a cell. */
const codeNames = (cell: string) => [...cell.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]);
/** The names of types and classes among them: PascalCase, not the UPPER_CASE of error codes and variables. */
const typeNames = (cell: string) => codeNames(cell).filter((n) => /^[A-Z]\w*[a-z]\w*$/.test(n) && !n.includes("_"));

describe("docs/migration.md", function () {
  this.timeout(60_000);
  const doc = readFileSync(`${root}docs/migration.md`, "utf8");
  const ourEntry = `${root}src/index.ts`;
  let official: Set<string>;
  let ours: Set<string>;

  before(() => {
    const names = exportedNames(officialEntry, ourEntry);
    official = names.get(officialEntry)!;
    ours = names.get(ourEntry)!;
  });

  it("compares with the installed @azure/ai-voicelive", () => {
    assert.ok(doc.includes(`\`@azure/ai-voicelive\` ${officialVersion}`), `the page names the installed version, ${officialVersion}`);
    assert.ok(official.size > 200 && ours.size > 200, `read ${official.size} and ${ours.size} exported names`);
  });

  it("has a row in Names for every name of @azure/ai-voicelive that ai-voicelive does not export", () => {
    const listed = new Set(table(doc, "Names").flatMap((cells) => codeNames(cells[0])));
    const missing = [...official].filter((name) => !ours.has(name) && !listed.has(name)).sort();
    assert.deepEqual(missing, [], `exported by @azure/ai-voicelive ${officialVersion}, not by ai-voicelive, and without a row in docs/migration.md#names`);
  });

  it("names in the official column only what @azure/ai-voicelive exports, and in ours only what ai-voicelive exports", () => {
    // Types of the platform, of @azure/abort-controller and @azure/core-auth; `Done` ends a handler name
    // (`onResponseAnimationBlendshapeDelta` / `Done`); `MessageParsingError` is a code in an error event.
    const elsewhere = new Set(["AbortSignal", "AbortSignalLike", "Promise", "Date", "Error", "Uint8Array", "KeyCredential", "TokenCredential", "Done", "MessageParsingError"]);
    const wrong: string[] = [];
    // The Concepts table has the concept first; the others start with the official column.
    for (const [name, first] of [["Concepts", 1], ["Names", 0], ["Types", 0], ["Builds", 0]] as const) {
      for (const cells of table(doc, name)) {
        const theirs = typeNames(cells[first]);
        for (const n of theirs) if (!official.has(n) && !elsewhere.has(n)) wrong.push(`${name}: ${n} is not exported by @azure/ai-voicelive`);
        // Our column may also repeat a name of the official column of the same row (saying what it is not).
        for (const n of typeNames(cells[first + 1])) {
          if (!ours.has(n) && !elsewhere.has(n) && !theirs.includes(n)) wrong.push(`${name}: ${n} is not exported by ai-voicelive`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
});
