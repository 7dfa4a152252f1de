/**
 * The "Error codes" table of docs/errors.md (linked from the README) lists exactly the codes of
 * `VoiceLiveErrorCode` in `src/errors.ts`, one row each, and names only error classes that `src/errors.ts` exports. A code added to the SDK without a row (or a row
 * left behind for a code that is gone) fails here.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The string literals of the `VoiceLiveErrorCode` union, read from the source with its comments removed. */
function codesInSource(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const start = code.indexOf("export type VoiceLiveErrorCode =");
  assert.ok(start >= 0, "src/errors.ts declares `export type VoiceLiveErrorCode =`");
  const body = code.slice(start, code.indexOf(";", start));
  return [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

/** The exported error classes of the source. */
function classesInSource(source: string): Set<string> {
  return new Set([...source.matchAll(/^export class (\w+)/gm)].map((m) => m[1]));
}

interface Row {
  code: string;
  classes: string[];
  cells: string[];
}

/** The rows of the first table under the `# Error codes` heading. */
function tableRows(doc: string): Row[] {
  const lines = doc.split("\n");
  const heading = lines.findIndex((l) => /^#{1,2}\s+Error codes\s*$/.test(l));
  assert.ok(heading >= 0, "docs/errors.md has an `# Error codes` heading");
  const rows: Row[] = [];
  let inTable = false;
  for (const line of lines.slice(heading + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    if (!line.startsWith("|")) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    // Split on cell borders, not on escaped pipes (`\|`) inside a cell.
    const cells = line
      .slice(1, line.trimEnd().endsWith("|") ? line.trimEnd().length - 1 : undefined)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    if (cells[0] === "code" || /^:?-+:?$/.test(cells[0])) continue;
    const codes = [...cells[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    assert.equal(codes.length, 1, `one code per row in the Error codes table: ${line.slice(0, 120)}`);
    rows.push({ code: codes[0], classes: [...(cells[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]), cells });
  }
  return rows;
}

describe("docs/errors.md: the error codes", () => {
  const source = readFileSync(`${root}src/errors.ts`, "utf8");
  const doc = readFileSync(`${root}docs/errors.md`, "utf8");
  const codes = codesInSource(source);
  const rows = tableRows(doc);

  it("is linked from the README", () => {
    assert.match(readFileSync(`${root}README.md`, "utf8"), /\]\(docs\/errors\.md\)/);
  });

  it("reads the codes from src/errors.ts", () => {
    assert.ok(codes.length >= 10, `found ${codes.length} codes`);
    for (const code of codes) assert.match(code, /^[A-Z][A-Z0-9_]*$/);
  });

  it("lists every code of src/errors.ts, and no other", () => {
    const listed = rows.map((r) => r.code);
    const missing = codes.filter((c) => !listed.includes(c));
    const unknown = listed.filter((c) => !codes.includes(c));
    assert.deepEqual(missing, [], `codes missing from the table of docs/errors.md: ${missing.join(", ")}`);
    assert.deepEqual(unknown, [], `docs/errors.md lists codes that src/errors.ts does not have: ${unknown.join(", ")}`);
  });

  it("lists each code once", () => {
    const seen = new Set<string>();
    const twice = rows.map((r) => r.code).filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
    assert.deepEqual(twice, [], `listed more than once: ${twice.join(", ")}`);
  });

  it("names the class that carries each code, and says when it happens and what to do", () => {
    const classes = classesInSource(source);
    for (const row of rows) {
      assert.equal(row.cells.length, 4, `${row.code}: four cells (code, class, when, what to do)`);
      assert.ok(row.classes.length > 0, `${row.code}: the class cell names a class`);
      for (const c of row.classes) assert.ok(classes.has(c), `${row.code}: ${c} is not an error class of src/errors.ts`);
      assert.ok(row.cells[2].length > 0 && row.cells[3].length > 0, `${row.code}: the when and what-to-do cells are filled`);
    }
  });
});
