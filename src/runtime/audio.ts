/**
 * Binary audio for the generated send methods (generated/senders.ts): the fields of the spec's
 * `@binaryAudio` type travel as base64 text, and the methods take them as bytes. The bytes are
 * checked first, so that a wrong argument is refused before anything is sent instead of reaching
 * the service as noise: a view of anything but bytes or 16-bit samples (a `Float32Array` would be
 * sent as its IEEE bytes), a detached buffer, or a length that splits a sample of the session's
 * input audio format.
 */
import { VoiceLiveError } from "../errors.js";
import { bytesToBase64 } from "./convert.js";

/** Audio as a send method takes it: raw bytes in the session's input format, 16-bit samples, or a buffer of either. */
export type AudioInput = Uint8Array | Int16Array | ArrayBuffer;

/**
 * Audio → base64. Throws `INVALID_ARGUMENT` for anything that is not audio of `format`; the
 * generated methods turn that into a rejection.
 *
 * @param method - the send method, named in errors
 * @param format - the session's input audio format
 * @param sampleBytes - the bytes of one sample of `format`; undefined for a format this SDK does not know, whose audio is sent unchecked
 */
export function audioToBase64(audio: AudioInput, method: string, format: string, sampleBytes: number | undefined): string {
  const bytes = bytesOf(audio, method, format, sampleBytes);
  if (sampleBytes !== undefined && bytes.byteLength % sampleBytes !== 0) {
    throw new VoiceLiveError(
      "INVALID_ARGUMENT",
      `${method}: the audio is ${bytes.byteLength} bytes, not a whole number of samples of the session's input audio format, ${format}, which has ${sampleBytes} byte${sampleBytes === 1 ? "" : "s"} a sample`,
    );
  }
  return bytesToBase64(bytes);
}

/** The bytes of `audio`, as a view without a copy. */
function bytesOf(audio: unknown, method: string, format: string, sampleBytes: number | undefined): Uint8Array | Int16Array {
  // `instanceof` first: it is the cheap test, and it holds for a Node Buffer too. The tag is the
  // fallback for arrays from another realm (a vm context, an iframe), where `instanceof` fails.
  const kind = audio instanceof Uint8Array ? "Uint8Array" : audio instanceof Int16Array ? "Int16Array" : audio instanceof ArrayBuffer ? "ArrayBuffer" : tagOf(audio);
  // A detached buffer (transferred to a worker, say) looks empty; building a view on it would throw a TypeError.
  const buffer = kind === undefined ? undefined : kind === "ArrayBuffer" ? (audio as ArrayBuffer) : (audio as ArrayBufferView).buffer;
  if (buffer !== undefined && buffer.byteLength === 0 && isDetached(buffer)) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `${method}: the audio's ArrayBuffer is detached (its memory was transferred elsewhere); nothing was sent`);
  }
  switch (kind) {
    case "Uint8Array":
      return audio as Uint8Array;
    case "ArrayBuffer":
      return new Uint8Array(audio as ArrayBuffer);
    case "Int16Array": {
      if (sampleBytes === 1) {
        throw new VoiceLiveError(
          "INVALID_ARGUMENT",
          `${method}: the audio is an Int16Array of 16-bit samples, but the session's input audio format, ${format}, has 1-byte samples; pass its encoded bytes as a Uint8Array`,
        );
      }
      // Sent as they are in memory (little-endian on every platform this runs on): no view is made,
      // the base64 encoder reads the samples' bytes in place.
      return audio as Int16Array;
    }
    default:
      throw new VoiceLiveError("INVALID_ARGUMENT", `${method}: the audio must be a Uint8Array, an Int16Array or an ArrayBuffer, not ${describe(audio)}${hint(audio)}`);
  }
}

// Getters that read an object's internal slots, so they cannot be fooled by a `Symbol.toStringTag`,
// and work on objects of any realm: a typed array's own name (undefined for anything else), and an
// ArrayBuffer's length (which throws for anything else, a SharedArrayBuffer too).
const typedArrayName = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)!.get as (this: unknown) => string | undefined;
const arrayBufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get as (this: unknown) => number;

/** Which accepted kind of audio `value` is, when `instanceof` did not tell (another realm); undefined for anything else. */
function tagOf(value: unknown): "Uint8Array" | "Int16Array" | "ArrayBuffer" | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const name = typedArrayName.call(value);
  if (name === "Uint8Array" || name === "Int16Array") return name;
  if (name !== undefined) return undefined;
  try {
    arrayBufferLength.call(value);
    return "ArrayBuffer";
  } catch {
    return undefined;
  }
}

function isDetached(buffer: ArrayBufferLike): boolean {
  const flag = (buffer as { detached?: boolean }).detached;
  if (typeof flag === "boolean") return flag;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

/** `value` in a few words: "a Float32Array", "an object", "null". */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value !== "object") return `a ${typeof value}`;
  // Only built-in kinds are named by their tag, which any object can set.
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  const what = typedArrayName.call(value) ?? (ArrayBuffer.isView(value) || tag === "SharedArrayBuffer" || tagOf(value) ? tag : "object");
  return `${/^[aeiouAEIO]/.test(what) ? "an" : "a"} ${what}`;
}

function hint(value: unknown): string {
  if (value instanceof Float32Array || value instanceof Float64Array) return " (convert float samples to 16-bit PCM first)";
  if (typeof value === "string") return " (pass the bytes, not base64 text)";
  return "";
}
