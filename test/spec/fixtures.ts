/** Reads the JSON Lines fixtures under test/fixtures. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Expands `{"$repeat": "A", "count": N}` into a string of N copies, for frames too big to store. */
function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand);
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.$repeat === "string" && typeof o.count === "number") return o.$repeat.repeat(o.count);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, expand(v)]));
  }
  return value;
}

export function readJsonLines<T = Record<string, unknown>>(relative: string): { line: number; value: T }[] {
  return readFileSync(fixturesDir + relative, "utf8")
    .split("\n")
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== "")
    .map(({ text, line }) => ({ line, value: expand(JSON.parse(text)) as T }));
}

export function listDir(relative: string): string[] {
  return readdirSync(fixturesDir + relative).sort();
}
