/**
 * WAV files (RIFF WAVE) in and out. Reading takes what recorders and converters write: integer PCM
 * of 8, 16, 24 and 32 bits, 32- and 64-bit float, G.711 μ-law and A-law, each also inside the
 * WAVE_FORMAT_EXTENSIBLE wrapper, any rate and any number of channels; the samples come out as Float32
 * in [-1, 1], one array per channel. Writing makes 16-bit PCM, the session's own format. Pure, no Node
 * import: a browser can read a file a user dropped.
 */
import { VoiceLiveError } from "../errors.js";
import { alawToSample, mulawToSample } from "./g711.js";
import { checkPcm16, checkSampleRate, float32ToPcm16, mixToMono } from "./pcm.js";
import { resample } from "./resample.js";

/** A decoded WAV file. */
export interface WavData {
  /** Samples per second, per channel. */
  sampleRate: number;
  /** One array per channel (left, right, ...), samples in [-1, 1]. */
  channels: Float32Array[];
}

const PCM = 1;
const FLOAT = 3;
const ALAW = 6;
const MULAW = 7;
const EXTENSIBLE = 0xfffe;

interface Format {
  code: number;
  channels: number;
  sampleRate: number;
  blockAlign: number;
  bits: number;
}

function refuse(message: string): never {
  throw new VoiceLiveError("INVALID_ARGUMENT", `readWav: ${message}`);
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

/**
 * Decodes a WAV file's bytes. Throws `INVALID_ARGUMENT` with what is wrong for anything else (not a
 * WAV file, a compressed format such as ADPCM or MP3-in-WAV, no `fmt ` or `data` chunk).
 *
 * A `data` chunk whose size runs past the end of the file (a recorder that wrote to a pipe and could
 * not go back to fix the header) is read to the end of the file.
 *
 * @example
 * const { sampleRate, channels } = readWav(await readFile("hello.wav"));
 */
export function readWav(bytes: Uint8Array): WavData {
  if (!(bytes instanceof Uint8Array)) refuse("give the file's bytes as a Uint8Array (a Node Buffer is one)");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || tag(view, 0) !== "RIFF" || tag(view, 8) !== "WAVE") {
    refuse(`not a WAV file: it does not start with "RIFF....WAVE" (${bytes.byteLength} bytes)`);
  }
  let format: Format | undefined;
  let data: Uint8Array | undefined;
  for (let at = 12; at + 8 <= bytes.byteLength; ) {
    const id = tag(view, at);
    const declared = view.getUint32(at + 4, true);
    const start = at + 8;
    const size = Math.min(declared, bytes.byteLength - start);
    if (id === "fmt ") format = readFormat(new DataView(bytes.buffer, bytes.byteOffset + start, size));
    else if (id === "data") {
      data = bytes.subarray(start, start + size);
      break; // the samples are all that is needed, and a streamed file may have nothing readable after them
    }
    at = start + declared + (declared & 1); // chunks are padded to an even size
  }
  if (!format) refuse('no "fmt " chunk before the samples');
  if (!data) refuse('no "data" chunk');
  return { sampleRate: format.sampleRate, channels: decodeSamples(data, format) };
}

function readFormat(view: DataView): Format {
  if (view.byteLength < 16) refuse(`the "fmt " chunk is ${view.byteLength} bytes, shorter than 16`);
  let code = view.getUint16(0, true);
  const channels = view.getUint16(2, true);
  const sampleRate = view.getUint32(4, true);
  const blockAlign = view.getUint16(12, true);
  const bits = view.getUint16(14, true);
  if (code === EXTENSIBLE) {
    // The sub-format GUID starts with the plain format code.
    if (view.byteLength < 26) refuse('the extensible "fmt " chunk is too short to name its sub-format');
    code = view.getUint16(24, true);
  }
  if (channels === 0) refuse("the file has 0 channels");
  if (sampleRate === 0) refuse("the file's sample rate is 0");
  const supported =
    (code === PCM && [8, 16, 24, 32].includes(bits)) || (code === FLOAT && (bits === 32 || bits === 64)) || ((code === ALAW || code === MULAW) && bits === 8);
  if (!supported) {
    refuse(
      `${formatName(code)} with ${bits} bits a sample is not supported: convert the file to 16-bit PCM first (sox in.wav -e signed-integer -b 16 out.wav, or ffmpeg -i in.wav -c:a pcm_s16le out.wav)`,
    );
  }
  const minimum = channels * (bits / 8);
  if (blockAlign < minimum) refuse(`the block size, ${blockAlign} bytes, is too small for ${channels} channel(s) of ${bits} bits`);
  return { code, channels, sampleRate, blockAlign, bits };
}

function formatName(code: number): string {
  const names: Record<number, string> = { [PCM]: "PCM", [FLOAT]: "float", [ALAW]: "A-law", [MULAW]: "μ-law", 2: "MS ADPCM", 0x11: "IMA ADPCM", 0x55: "MP3" };
  return `WAV format 0x${code.toString(16).padStart(4, "0")}${names[code] ? ` (${names[code]})` : ""}`;
}

function decodeSamples(data: Uint8Array, format: Format): Float32Array[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const frames = Math.floor(data.byteLength / format.blockAlign); // a last partial frame is dropped
  const width = format.bits / 8;
  const read = sampleReader(view, format);
  const channels: Float32Array[] = [];
  for (let c = 0; c < format.channels; c++) {
    const out = new Float32Array(frames);
    for (let i = 0, at = c * width; i < frames; i++, at += format.blockAlign) out[i] = read(at);
    channels.push(out);
  }
  return channels;
}

/** A function reading one sample at a byte offset, scaled to [-1, 1]. */
function sampleReader(view: DataView, { code, bits }: Format): (at: number) => number {
  if (code === FLOAT) return bits === 32 ? (at) => view.getFloat32(at, true) : (at) => view.getFloat64(at, true);
  if (code === MULAW) return (at) => mulawToSample(view.getUint8(at)) / 32768;
  if (code === ALAW) return (at) => alawToSample(view.getUint8(at)) / 32768;
  switch (bits) {
    case 8:
      return (at) => (view.getUint8(at) - 128) / 128; // 8-bit WAV is unsigned, centred on 128
    case 16:
      return (at) => view.getInt16(at, true) / 32768;
    case 24:
      return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
    default:
      return (at) => view.getInt32(at, true) / 2147483648;
  }
}

/**
 * PCM16 bytes → a WAV file's bytes (16-bit PCM). With several channels the samples are interleaved
 * (left, right, left, ...), as in the file.
 *
 * @param pcm16 - 16-bit signed little-endian samples (what a session's `response.audio.delta` carries)
 * @param options - `sampleRate` in Hz (24000 for a session's `pcm16` output); `channels`, default 1
 * @example
 * await writeFile("reply.wav", writeWav(replyPcm16, { sampleRate: 24000 }));
 */
export function writeWav(pcm16: Uint8Array, options: { sampleRate: number; channels?: number }): Uint8Array {
  checkPcm16(pcm16, "writeWav");
  checkSampleRate(options?.sampleRate, "writeWav");
  const channels = options.channels ?? 1;
  if (!Number.isInteger(channels) || channels < 1 || channels > 64) throw new VoiceLiveError("INVALID_ARGUMENT", `writeWav: channels must be a whole number from 1 to 64 (got ${String(channels)})`);
  if (pcm16.byteLength % (2 * channels) !== 0) throw new VoiceLiveError("INVALID_ARGUMENT", `writeWav: ${pcm16.byteLength} bytes are not whole frames of ${channels} 16-bit channels`);
  if (pcm16.byteLength > 0xffffffff - 36) throw new VoiceLiveError("INVALID_ARGUMENT", "writeWav: a WAV file holds at most 4 GiB of samples");
  const out = new Uint8Array(44 + pcm16.byteLength);
  const view = new DataView(out.buffer);
  const text = (at: number, s: string) => [...s].forEach((ch, i) => view.setUint8(at + i, ch.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + pcm16.byteLength, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, PCM, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, options.sampleRate, true);
  view.setUint32(28, options.sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, pcm16.byteLength, true);
  out.set(pcm16, 44);
  return out;
}

/**
 * A WAV file of any supported format, rate and channel count → mono PCM16 bytes at `sampleRate`
 * (default 24000, a session's `pcm16` input): the bytes `session.sendAudio` takes.
 *
 * @example
 * await session.sendAudio(wavToPcm16(await readFile("question.wav")));
 */
export function wavToPcm16(bytes: Uint8Array, options: { sampleRate?: number } = {}): Uint8Array {
  const rate = options.sampleRate ?? 24000;
  checkSampleRate(rate, "wavToPcm16");
  const wav = readWav(bytes);
  return float32ToPcm16(resample(mixToMono(wav.channels), wav.sampleRate, rate));
}
