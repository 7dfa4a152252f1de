/**
 * A cheap check of the `bytes` fields of incoming events (base64 on the wire, `Uint8Array` in the
 * models), made on every event whatever the validation setting: without it, a value that is not
 * base64 text decodes silently to noise (Node's decoder skips what it does not know), and one that
 * is not a string reaches code typed for a `Uint8Array`.
 *
 * It must cost next to nothing beside decoding, which a 1.3 MB audio delta takes milliseconds for,
 * so it does not read every character of a long value: it checks the type, the length (a multiple
 * of 4: the service pads), the padding, and the characters of a value up to `FULL_SCAN` long, or
 * of a fixed sample of a longer one (its start, its end, and characters spread evenly between).
 * That catches text, JSON, hex with odd lengths, numbers and nulls; a long value damaged in a few
 * characters of its middle can slip through, and decodes to slightly wrong audio, as it would have.
 *
 * The alphabet is the standard one (`+` and `/`), as the service sends it; the URL-safe `-` and `_`
 * are refused.
 */
import { serverEventBytesFields } from "../../generated/tables.js";
import type { WireObject } from "./convert.js";

/** Values up to this long are checked in full. */
const FULL_SCAN = 512;
/** How many characters of a longer value are checked: the first and last `EDGE`, and `SPREAD` between. */
const EDGE = 64;
const SPREAD = 256;

/** 1 for each character code of the standard base64 alphabet (without `=`). */
const ALPHABET = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") ALPHABET[c.charCodeAt(0)] = 1;
const PAD = 61; // "="

/**
 * The wire path of the first `bytes` field of `frame` (a server event of `type`) that holds
 * something other than well-formed base64 text, or undefined when all of them are fine. A field
 * that is absent is fine: whether it is required is the schema's business.
 */
export function malformedBytesField(frame: WireObject, type: string): string | undefined {
  const fields = serverEventBytesFields[type];
  if (fields === undefined) return undefined;
  for (let i = 0; i < fields.length; i++) {
    const value = frame[fields[i]];
    if (value !== undefined && base64Problem(value) !== undefined) return fields[i];
  }
  return undefined;
}

/** What is wrong with `value` as base64 text, in a few words; undefined when nothing is. */
export function base64Problem(value: unknown): string | undefined {
  if (typeof value !== "string") return `${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}, not base64 text`;
  const n = value.length;
  if (n % 4 !== 0) return `${n} characters, not a multiple of 4`;
  if (n === 0) return undefined;
  // At most two `=`, only at the end.
  const body = value.charCodeAt(n - 1) !== PAD ? n : value.charCodeAt(n - 2) !== PAD ? n - 1 : n - 2;
  if (n <= FULL_SCAN) {
    for (let i = 0; i < body; i++) if (!inAlphabet(value.charCodeAt(i))) return badCharacter(value, i);
    return undefined;
  }
  for (let i = 0; i < EDGE; i++) if (!inAlphabet(value.charCodeAt(i))) return badCharacter(value, i);
  for (let i = body - EDGE; i < body; i++) if (!inAlphabet(value.charCodeAt(i))) return badCharacter(value, i);
  const step = Math.floor((body - 2 * EDGE) / SPREAD);
  for (let k = 0, i = EDGE; k < SPREAD; k++, i += step) if (!inAlphabet(value.charCodeAt(i))) return badCharacter(value, i);
  return undefined;
}

function inAlphabet(code: number): boolean {
  return code < 128 && ALPHABET[code] === 1;
}

function badCharacter(value: string, at: number): string {
  return `${JSON.stringify(value[at])} at ${at} is not a base64 character`;
}
