/** The shape check of incoming `bytes` fields (src/runtime/bytes-check.ts), on its own. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { apiVersions, eventModels, serverEventBytesFields } from "../../generated/tables.js";
import { base64Problem, malformedBytesField } from "../../src/runtime/bytes-check.js";

const AUDIO = "response.audio.delta";
const delta = (value: unknown): Record<string, unknown> => ({ type: AUDIO, event_id: "e", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: value });
const base64Of = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7919) & 0xff)).toString("base64");

describe("runtime: bytes-check", () => {
  it("passes well-formed base64 of any length, with each kind of padding, and the empty string", () => {
    for (const value of ["", "AAAA", "AAA=", "AA==", "AABYAa0C+AM1BWEGeAd1CA==", "+/+/", base64Of(1), base64Of(2), base64Of(3), base64Of(4800), base64Of(100_000), base64Of(1_300_000)]) {
      assert.equal(base64Problem(value), undefined, value.slice(0, 40));
      assert.equal(malformedBytesField(delta(value), AUDIO), undefined);
    }
  });

  it("reports a value that is not a string, naming what it is", () => {
    const cases: [unknown, RegExp][] = [
      [42, /a number/],
      [null, /null/],
      [true, /a boolean/],
      [{ data: "AAAA" }, /an? object/],
      [[0, 1], /an array/],
    ];
    for (const [value, what] of cases) {
      assert.equal(malformedBytesField(delta(value), AUDIO), "delta", String(value));
      assert.match(base64Problem(value)!, what);
    }
  });

  it("reports text that is not base64: a length that is not a multiple of 4, bad padding, characters outside the alphabet", () => {
    const bad: [string, RegExp][] = [
      ["AAA", /3 characters/],
      ["AAAAA", /5 characters/],
      ["A===", /"=" at 1/],
      ["====", /"=" at 0/],
      ["=AAA", /"=" at 0/],
      ["AA=A", /"=" at 2/],
      ["AAAA====", /"=" at 4/],
      ["hello world!", /" " at 5/],
      ["AAAA\nAAA", /"\\n" at 4/],
      ['{"a":1}AAAAA', /"\{" at 0/],
      ["AAAé", /"é" at 3/],
    ];
    for (const [value, why] of bad) {
      assert.equal(malformedBytesField(delta(value), AUDIO), "delta", value);
      assert.match(base64Problem(value)!, why, value);
    }
  });

  it("refuses the URL-safe alphabet, which the service does not send", () => {
    for (const value of ["AB-_", "-AAA", "AAA_"]) assert.equal(malformedBytesField(delta(value), AUDIO), "delta", value);
  });

  it("in a long value, finds a bad character at either end, in the padding, or where its sample falls", () => {
    const good = base64Of(1_299_999); // no padding: every position holds data
    const at = (i: number, c: string) => good.slice(0, i) + c + good.slice(i + 1);
    const n = good.length;
    for (const [value, where] of [
      [at(0, "!"), 0],
      [at(63, "-"), 63],
      [at(n - 1, "."), n - 1],
      [at(n - 64, " "), n - 64],
      [at(64, "_"), 64],
      [good.slice(0, -4) + "A===", n - 3],
    ] as const) {
      assert.match(base64Problem(value)!, new RegExp(`at ${where} `), `at ${where}`);
    }
    // The length of a long value is always checked.
    assert.match(base64Problem(good.slice(1))!, /not a multiple of 4/);
  });

  it("accepts a missing field (whether it is required is the schema's business) and ignores events without bytes fields", () => {
    const frame = delta("AAAA");
    delete frame.delta;
    assert.equal(malformedBytesField(frame, AUDIO), undefined);
    // Same field name, but text: not a bytes field, not checked.
    assert.equal(malformedBytesField({ type: "response.text.delta", delta: "not base64!" }, "response.text.delta"), undefined);
    assert.equal(malformedBytesField({ type: "vendor.future", delta: 7 }, "vendor.future"), undefined);
    // A table lookup by type, safe for names on Object.prototype.
    assert.equal(malformedBytesField({ type: "constructor", constructor: 7 }, "constructor"), undefined);
    assert.equal(malformedBytesField({ type: "__proto__" }, "__proto__"), undefined);
  });

  it("the table names every base64 field of every server event in every version's schema, all at the top of an event", () => {
    // The check reads top-level fields only: if the spec ever puts bytes deeper, this fails until it learns to.
    const modelTypes = new Map(Object.entries(eventModels().server).map(([type, model]) => [model, type]));
    const found: string[] = [];
    for (const version of apiVersions) {
      const schema = JSON.parse(readFileSync(new URL(`../../generated/schema/${version}.json`, import.meta.url), "utf8")) as { $defs: Record<string, unknown> };
      const walk = (node: unknown, path: string[]): void => {
        if (typeof node !== "object" || node === null) return;
        if ((node as { contentEncoding?: string }).contentEncoding === "base64") found.push(path.join("/"));
        for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      };
      for (const [name, def] of Object.entries(schema.$defs)) walk(def, [name]);
    }
    assert.ok(found.length > 0);
    const listed = new Set(Object.entries(serverEventBytesFields).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`)));
    for (const path of new Set(found)) {
      const [model, properties, field, ...deeper] = path.split("/");
      const type = modelTypes.get(model);
      assert.ok(type && properties === "properties" && deeper.length === 0, `${path}: a base64 field that is not a top-level field of a server event`);
      assert.ok(listed.has(`${type}.${field}`), `${type}.${field} is missing from serverEventBytesFields`);
    }
  });
});
