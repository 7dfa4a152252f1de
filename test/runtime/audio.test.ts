/** Binary audio of the generated send methods (src/runtime/audio.ts), on its own. */
import assert from "node:assert/strict";
import { runInNewContext } from "node:vm";
import { isVoiceLiveError } from "../../src/index.js";
import { audioToBase64, type AudioInput } from "../../src/runtime/audio.js";

const pcm16 = (audio: unknown) => audioToBase64(audio as AudioInput, "sendAudio", "pcm16", 2);
const ulaw = (audio: unknown) => audioToBase64(audio as AudioInput, "sendAudio", "g711_ulaw", 1);

function refused(f: () => unknown, ...patterns: RegExp[]): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(isVoiceLiveError(e), `a VoiceLiveError, not ${String(e)}`);
    assert.equal(e.code, "INVALID_ARGUMENT");
    for (const p of patterns) assert.match(e.message, p);
    return true;
  });
}

describe("runtime: audio", () => {
  it("encodes the viewed bytes of a Uint8Array, a Buffer, an Int16Array and an ArrayBuffer", () => {
    assert.equal(pcm16(new Uint8Array([1, 2, 3, 4])), "AQIDBA==");
    assert.equal(pcm16(Buffer.from([1, 2, 3, 4])), "AQIDBA==");
    assert.equal(pcm16(new Uint8Array([9, 1, 2, 3, 4, 9]).subarray(1, 5)), "AQIDBA==");
    assert.equal(pcm16(new Int16Array([0x0201, 0x0403])), "AQIDBA==");
    assert.equal(pcm16(new Int16Array([7, 0x0201, 0x0403, 7]).subarray(1, 3)), "AQIDBA==");
    assert.equal(pcm16(new Uint8Array([1, 2, 3, 4]).buffer), "AQIDBA==");
    assert.equal(pcm16(new Uint8Array(new SharedArrayBuffer(4)).fill(1)), "AQEBAQ==");
    assert.equal(pcm16(new ArrayBuffer(0)), "");
  });

  it("takes arrays and buffers made in another realm, where instanceof fails", () => {
    const [u8, i16, ab] = runInNewContext("[new Uint8Array([1, 2]), new Int16Array([0x0201]), new Uint8Array([1, 2]).buffer]") as unknown[];
    assert.ok(!(u8 instanceof Uint8Array) && !(ab instanceof ArrayBuffer));
    for (const audio of [u8, i16, ab]) assert.equal(pcm16(audio), "AQI=");
    const f32 = runInNewContext("new Float32Array(2)");
    refused(() => pcm16(f32), /not a Float32Array/);
  });

  it("refuses anything else, naming what it got and what it takes, with a hint where one helps", () => {
    const cases: [unknown, RegExp][] = [
      [new Float32Array(2), /not a Float32Array \(convert float samples to 16-bit PCM first\)/],
      [new Float64Array(2), /not a Float64Array/],
      [new DataView(new ArrayBuffer(2)), /not a DataView/],
      [new Uint8ClampedArray(2), /not a Uint8ClampedArray/],
      [new Uint16Array(2), /not a Uint16Array/],
      [new Int8Array(2), /not an Int8Array/],
      [new SharedArrayBuffer(2), /not a SharedArrayBuffer/],
      ["AAAA", /not a string \(pass the bytes, not base64 text\)/],
      [[1, 2], /not an array/],
      [{ length: 2 }, /not an object/],
      [null, /not null/],
      [undefined, /not undefined/],
      [2, /not a number/],
      // An object that claims to be a Uint8Array through its tag is still not one.
      [{ [Symbol.toStringTag]: "Uint8Array", buffer: new ArrayBuffer(2), byteLength: 2 }, /not an object$/],
      [{ [Symbol.toStringTag]: "ArrayBuffer", byteLength: 2 }, /not an object$/],
      [Object.defineProperty(new Float32Array(2), Symbol.toStringTag, { value: "Uint8Array" }), /not a Float32Array/],
    ];
    for (const [audio, why] of cases) refused(() => pcm16(audio), /^sendAudio: the audio must be a Uint8Array, an Int16Array or an ArrayBuffer/, why);
  });

  it("refuses a detached buffer, and a view of one", () => {
    const buffer = new ArrayBuffer(4);
    const u8 = new Uint8Array(buffer);
    const i16 = new Int16Array(buffer);
    structuredClone(buffer, { transfer: [buffer] });
    for (const audio of [buffer, u8, i16]) refused(() => pcm16(audio), /detached/);
    refused(() => ulaw(u8), /detached/);
  });

  it("refuses audio that is not whole samples of the format; one-byte formats take any length, and an unknown format is not checked", () => {
    refused(() => pcm16(new Uint8Array(3)), /^sendAudio: the audio is 3 bytes, not a whole number of samples of the session's input audio format, pcm16, which has 2 bytes a sample$/);
    refused(() => pcm16(new Uint8Array(8).buffer.slice(3)), /5 bytes/);
    assert.equal(ulaw(new Uint8Array(3)), "AAAA");
    refused(() => ulaw(new Int16Array(2)), /an Int16Array of 16-bit samples, but the session's input audio format, g711_ulaw, has 1-byte samples/);
    assert.equal(audioToBase64(new Uint8Array(3), "appendAudioTurn", "future_codec", undefined), "AAAA");
    refused(() => audioToBase64(new Uint8Array(6), "appendAudioTurn", "pcm24", 4), /^appendAudioTurn: .*6 bytes.*pcm24, which has 4 bytes a sample/);
  });
});
