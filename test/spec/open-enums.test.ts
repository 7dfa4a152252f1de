/**
 * Open enums (a known value or any other string, `anyOf: [{ type: "string" }, { type: "string", enum }]` in the
 * published schema) are checked as strings: a value the spec does not list yet passes, a value that is not a
 * string is refused at its own place, and the generated validators carry no code for the list of known values.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiVersions } from "../../src/models.js";
import { validateWireEvent } from "../../src/validation.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schemaOf = (version: string) => JSON.parse(readFileSync(path.join(root, "generated/schema", `${version}.json`), "utf8")) as unknown;

/** The known values of every open enum of a schema, and every string that a closed `enum` or a `const` of it names. */
function enumValues(schema: unknown): { open: Set<string>; closed: Set<string> } {
  const open = new Set<string>();
  const closed = new Set<string>();
  const visit = (node: unknown, inOpen: boolean) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, inOpen));
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    const branches = Array.isArray(o.anyOf) ? (o.anyOf as Record<string, unknown>[]) : [];
    const isOpen = branches.some((b) => JSON.stringify(b) === '{"type":"string"}') && branches.some((b) => Array.isArray(b.enum));
    for (const v of [...(Array.isArray(o.enum) ? o.enum : []), ...(o.const === undefined ? [] : [o.const])]) {
      if (typeof v === "string") (inOpen ? open : closed).add(v);
    }
    for (const [k, v] of Object.entries(o)) if (k !== "enum" && k !== "const") visit(v, isOpen && k === "anyOf");
  };
  visit(schema, false);
  return { open, closed };
}

/** Every `"enum":[...]` list of strings that a validator module keeps (the schema objects ajv embeds for its errors). */
function enumLists(code: string): string[][] {
  return [...code.matchAll(/"enum":(\[[^\]]*\])/g)].map(([, list]) => JSON.parse(list) as string[]);
}

describe("open enums in the validators", () => {
  it("accept a value the spec does not list, and refuse one that is not a string, at its own place", () => {
    const update = (type: unknown) => ({ type: "session.update", session: { input_audio_noise_reduction: { type } } });
    assert.deepEqual(validateWireEvent(update("near_field"), "client", "2026-07-15"), []);
    assert.deepEqual(validateWireEvent(update("a_kind_from_next_year"), "client", "2026-07-15"), []);
    const [issue] = validateWireEvent(update(7), "client", "2026-07-15");
    assert.equal(issue.wirePath, "/session/input_audio_noise_reduction/type");
    assert.match(issue.message, /^session\.inputAudioNoiseReduction\.type must be a string \(got 7\)/);
  });

  it("leave the known values out of the generated code, for every version and direction", () => {
    for (const version of apiVersions) {
      const { open, closed } = enumValues(schemaOf(version));
      // A value that only open enums name: nothing in the validators needs to spell it.
      const onlyOpen = [...open].filter((v) => !closed.has(v));
      assert.ok(onlyOpen.length > 10, `${version}: ${onlyOpen.length} values only open enums name`);
      for (const direction of ["client", "server"]) {
        const code = readFileSync(path.join(root, "generated/validators", `${version}.${direction}.ts`), "utf8");
        // ajv compares with `data === "value"`, and keeps the schema's list for the error (`"enum":["a","b"]`).
        const lists = enumLists(code);
        const compared = (v: string) => code.includes(`=== ${JSON.stringify(v)}`) || lists.some((list) => list.includes(v));
        assert.deepEqual(onlyOpen.filter(compared), [], `${version} ${direction}`);
      }
    }
  });
});
