/** The runtime the generated serializers call (src/runtime/convert.ts), on its own. */
import assert from "node:assert/strict";
import {
  base64ToBytes,
  bytesFromWire,
  bytesToBase64,
  bytesToWire,
  convertItems,
  convertKeys,
  dateFromWire,
  dateToWire,
  dispatch,
  keep,
  table,
} from "../../src/runtime/convert.js";

describe("runtime: convert", () => {
  it("renames the keys with a rule, converts their values, and copies the others", () => {
    const rules = table({ item_id: "itemId", delta: ["delta", (v: string) => v.toUpperCase()] as const });
    assert.deepEqual(convertKeys({ item_id: "i", delta: "ab", extra_field: 1 }, rules), { itemId: "i", delta: "AB", extra_field: 1 });
  });

  it("leaves out undefined values and keeps __proto__ as an own key without touching the prototype", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    input.b = undefined;
    const out = convertKeys(input, table({}));
    assert.deepEqual(Object.keys(out), ["__proto__", "a"]);
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  });

  it("finds nothing for keys that name Object.prototype members in a table", () => {
    const t = table<string>({ a: "b" });
    assert.equal(t.constructor, undefined);
    assert.equal(t.toString, undefined);
  });

  it("converts array elements, and passes anything else through", () => {
    assert.deepEqual(convertItems([1, 2], (v: number) => v * 2), [2, 4]);
    assert.equal(convertItems("not an array", keep), "not an array");
  });

  it("dispatches on a discriminator, falls back, and passes other shapes through", () => {
    const by = table({ a: (w: object) => ({ ...w, seen: "a" }) });
    const fallback = (w: object) => ({ ...w, seen: "base" });
    assert.deepEqual(dispatch({ type: "a" }, "type", by, fallback), { type: "a", seen: "a" });
    assert.deepEqual(dispatch({ type: "zzz" }, "type", by, fallback), { type: "zzz", seen: "base" });
    assert.deepEqual(dispatch({ type: "zzz" }, "type", by), { type: "zzz" });
    assert.equal(dispatch(null, "type", by, fallback), null);
    assert.deepEqual(dispatch([1], "type", by, fallback), [1]);
  });

  it("turns base64 into bytes that own their memory, and back", () => {
    const bytes = base64ToBytes("AAECAw==");
    assert.deepEqual([...bytes], [0, 1, 2, 3]);
    assert.equal(bytes.byteOffset, 0);
    assert.equal(bytes.buffer.byteLength, 4, "not a view into a shared pool");
    assert.equal(bytesToBase64(new Uint8Array([0, 1, 2, 3])), "AAECAw==");
    assert.equal(bytesToBase64(new Uint8Array([9, 0, 1, 2, 3]).subarray(1)), "AAECAw==", "a view is encoded from its own offset");
  });

  it("converts bytes and dates only when they have the expected shape", () => {
    assert.deepEqual([...bytesFromWire("AQI=")], [1, 2]);
    assert.equal(bytesFromWire(5), 5);
    assert.equal(bytesToWire(new Uint8Array([1, 2])), "AQI=");
    assert.equal(bytesToWire("AQI="), "AQI=");
    assert.equal(dateFromWire(1700000000).toISOString(), "2023-11-14T22:13:20.000Z");
    assert.equal(dateFromWire("soon"), "soon");
    assert.equal(dateToWire(new Date(1700000000400)), 1700000000);
    assert.equal(dateToWire(12), 12);
  });
});
