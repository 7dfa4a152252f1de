/** The runtime behind the precompiled validators: ajv's deep equality and the dispatch on `type`. */
import assert from "node:assert/strict";
import { equal } from "../../src/runtime/ajv.js";
import { clientCheck, serverCheck, type CompiledValidator } from "../../src/runtime/validators.js";

const check = (name: string, ok: (frame: Record<string, unknown>) => boolean): CompiledValidator => {
  const v: CompiledValidator = (frame) => {
    const valid = ok(frame as Record<string, unknown>);
    v.errors = valid ? null : [{ instancePath: "", schemaPath: `#/${name}`, keyword: "type", params: {} }];
    return valid;
  };
  return v;
};

describe("runtime: validators", () => {
  it("compares JSON values deeply, NaN included, and tells arrays from objects", () => {
    assert.ok(equal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
    assert.ok(!equal({ a: 1 }, { a: 1, b: 2 }));
    assert.ok(!equal({ a: 1 }, { b: 1 }));
    assert.ok(!equal([1, 2], { 0: 1, 1: 2 }));
    assert.ok(equal(NaN, NaN));
    assert.ok(!equal(0, "0"));
  });

  it("checks a frame with the validator of its type, and an unknown type with the base", () => {
    const validateClientEvent = clientCheck({
      ClientEvent: check("ClientEvent", (f) => typeof f.type === "string"),
      clientEventValidators: new Map([["a.b", check("AB", (f) => f.x === 1)]]),
    });
    const validateServerEvent = serverCheck({ ServerEvent: check("ServerEvent", () => false), serverEventValidators: new Map() });
    assert.equal(validateClientEvent({ type: "a.b", x: 1 }), null);
    assert.equal(validateClientEvent({ type: "a.b", x: 2 })?.[0].schemaPath, "#/AB");
    assert.equal(validateClientEvent({ type: "unknown.type" }), null);
    assert.equal(validateClientEvent("not an object")?.[0].schemaPath, "#/ClientEvent");
    assert.equal(validateServerEvent({ type: "a.b", x: 1 })?.[0].schemaPath, "#/ServerEvent");
  });
});
