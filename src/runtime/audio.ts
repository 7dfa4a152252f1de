/**
 * Binary audio for the generated send methods (generated/senders.ts): the fields of the spec's
 * `@binaryAudio` type travel as base64 text, and the methods take them as bytes.
 */
import { VoiceLiveError } from "../errors.js";
import { bytesToBase64 } from "./convert.js";

/** Audio as a send method takes it: raw bytes in the session's input format, 16-bit samples, or a buffer of either. */
export type AudioInput = Uint8Array | Int16Array | ArrayBuffer;

/** Audio → base64. Throws `INVALID_ARGUMENT` for anything else, before anything is sent. */
export function audioToBase64(audio: AudioInput): string {
  if (audio instanceof ArrayBuffer) return bytesToBase64(new Uint8Array(audio));
  if (ArrayBuffer.isView(audio)) return bytesToBase64(new Uint8Array(audio.buffer, audio.byteOffset, audio.byteLength));
  throw new VoiceLiveError("INVALID_ARGUMENT", "audio must be a Uint8Array, an Int16Array or an ArrayBuffer");
}
