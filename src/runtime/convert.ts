/**
 * The runtime of the generated serializers (generated/serializers.ts, server-serializers.ts, senders.ts).
 *
 * The generator emits, for each model, only a table of the keys that change between wire form
 * (snake_case) and model form (camelCase), and calls into this module. One shared conversion loop
 * instead of a function per model: V8 optimizes each hot function on its own, and a `for...in` with
 * a `switch` per model made it compile a large function for every kind of event, which an app paid
 * for during its first thousands of events (~10% more CPU over 20,000 events of a realistic flood,
 * from a fresh process). The shared loop compiles once; warm, it costs a few tenths of a µs more per
 * event (its key reads and writes are megamorphic).
 *
 * Every conversion is lossless: unknown keys are copied under their own name, keys inside
 * free-form values are never re-cased, and a value of an unexpected shape passes through untouched.
 */

/** A JSON value in either form, as the conversion loop sees it: anything. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Wire = any;

/** A JSON object in wire form (snake_case keys). */
export type WireObject = Record<string, unknown>;

/** How a key changes between wire and model form: its new name, or its new name and a conversion of its value. */
export type KeyRule = string | readonly [name: string, convert: (value: Wire) => Wire];

/** A lookup table keyed by wire or model names. */
export type Table<T> = Readonly<Record<string, T>>;

export function isObject(v: unknown): v is Wire {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A lookup table without a prototype, so that keys such as `constructor` find nothing. */
export function table<T>(entries: Record<string, T>): Table<T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * A new object with the keys of `w`: those with a rule renamed (and their value converted), any other
 * copied as it is (`__proto__` too, as an own key). Keys whose value is `undefined` are left out.
 */
export function convertKeys(w: Wire, rules: Table<KeyRule>): Wire {
  const o: Wire = {};
  for (const k in w) {
    const v = w[k];
    if (v === undefined) continue;
    const rule = rules[k];
    if (rule === undefined) {
      if (k === "__proto__") Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
      else o[k] = v;
    } else if (typeof rule === "string") o[rule] = v;
    else o[rule[0]] = rule[1](v);
  }
  return o;
}

/** Converts each element of an array with `f`; anything else passes through. */
export function convertItems(v: Wire, f: (value: Wire) => Wire): Wire {
  if (!Array.isArray(v)) return v;
  const out = new Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = f(v[i]);
  return out;
}

/** Converts `w` with the converter its `property` names in `by`, else with `fallback` (or not at all). */
export function dispatch(w: Wire, property: string, by: Table<(w: Wire) => Wire>, fallback?: (w: Wire) => Wire): Wire {
  if (!isObject(w)) return w;
  const key = w[property];
  const f = typeof key === "string" ? by[key] : undefined;
  return f ? f(w) : fallback ? fallback(w) : w;
}

/** Identity, for a variant that needs no conversion where the others do. */
export function keep(w: Wire): Wire {
  return w;
}

interface NodeBufferClass {
  from(text: string, encoding: "base64"): Uint8Array;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: "base64"): string };
}
// Node's Buffer where there is one (several times faster than atob/btoa); the browser build has none.
const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;

/** Base64 → bytes. The result owns its memory, so views such as `Int16Array` can be made on it. */
export function base64ToBytes(text: string): Uint8Array {
  if (NodeBuffer) {
    const b = NodeBuffer.from(text, "base64");
    // A small Buffer is a view into Node's shared pool: copy it, so that its `.buffer` is its own.
    return b.byteOffset === 0 && b.buffer.byteLength === b.length ? new Uint8Array(b.buffer) : new Uint8Array(b);
  }
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes (of any typed array, read in place) → base64. */
export function bytesToBase64(bytes: Uint8Array | Int16Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let bin = "";
  for (let i = 0; i < u8.length; i += 0x8000) bin += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A `bytes` field: base64 on the wire, `Uint8Array` in the models (other shapes pass through). */
export const bytesFromWire = (v: Wire): Wire => (typeof v === "string" ? base64ToBytes(v) : v);
export const bytesToWire = (v: Wire): Wire => (v instanceof Uint8Array ? bytesToBase64(v) : v);
/** A `unixTime` field: seconds on the wire, `Date` in the models. */
export const dateFromWire = (v: Wire): Wire => (typeof v === "number" ? new Date(v * 1000) : v);
export const dateToWire = (v: Wire): Wire => (v instanceof Date ? Math.round(v.getTime() / 1000) : v);
