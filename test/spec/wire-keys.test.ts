/**
 * The generator owns the wire: no snake_case field name of the spec is spelled in the handwritten
 * client (src/, outside the emulator and the command, which speak the wire on purpose). The send
 * methods, tables and serializers that need them are generated.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { apiVersions } from "../../src/versions.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Every field name of every version's schema that is spelled differently in the models (snake_case). */
function wireFieldNames(): Set<string> {
  const names = new Set<string>();
  for (const version of apiVersions) {
    const schema = JSON.parse(readFileSync(join(root, `generated/schema/${version}.json`), "utf8")) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
    for (const def of Object.values(schema.$defs)) for (const name of Object.keys(def.properties ?? {})) if (name.includes("_")) names.add(name);
  }
  names.delete("event_id"); // the envelope's, with `type`
  return names;
}

/**
 * Span attribute names of the OpenTelemetry conventions (`gen_ai.usage.input_tokens`) and of this SDK
 * (`voicelive.usage.cached_tokens`) share words with wire fields but name no wire field: whole quoted
 * names in those namespaces are left out of the search.
 */
const ATTRIBUTE_NAME = /"(?:gen_ai|voicelive)\.[a-z_.]+"/g;

/** Source text as the search sees it: without comments and span attribute names. */
function searchable(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1").replace(ATTRIBUTE_NAME, '""');
}

/** The handwritten client's sources, as the search sees them. */
function clientSources(): { file: string; code: string }[] {
  const dir = join(root, "src");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !/^(emulator|cli)[\\/]/.test(f))
    .map((f) => ({ file: relative(root, join(dir, f)), code: searchable(readFileSync(join(dir, f), "utf8")) }));
}

describe("wire keys belong to the generator", () => {
  it("finds the spec's snake_case field names (the check has something to look for)", () => {
    const names = wireFieldNames();
    for (const name of ["item_id", "audio_end_ms", "turn_detection", "previous_item_id", "client_sdp"]) assert.ok(names.has(name), name);
  });

  it("leaves out whole attribute names only: a wire key next to one, or inside another string, is still seen", () => {
    const code = searchable(`const a = { "gen_ai.usage.input_tokens": 1, input_tokens: 2 };\nconst b = "voicelive.response.id" + "item_id";\nconst c = "x.gen_ai.turn_detection";`);
    for (const key of ["input_tokens", "item_id", "turn_detection"]) assert.match(code, new RegExp(`\\b${key}\\b`), key);
    assert.doesNotMatch(code, /gen_ai\.usage|voicelive\.response/);
  });

  it("spells none of them in src/ outside the emulator and the command", () => {
    const names = wireFieldNames();
    const found: string[] = [];
    for (const { file, code } of clientSources()) {
      for (const name of names) if (new RegExp(`\\b${name}\\b`).test(code)) found.push(`${file}: ${name}`);
    }
    assert.deepEqual(found, []);
  });
});
