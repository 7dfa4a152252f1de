/** WAV files for the CLI, read and written with `wavefile`: 16-bit PCM, mono. */
import { readFile, writeFile } from "node:fs/promises";
import * as wavefile from "wavefile";

// wavefile ships a UMD bundle: Node's ESM loader sees only a default export, CommonJS sees the class.
export const WaveFile = wavefile.WaveFile ?? (wavefile as unknown as { default: typeof wavefile }).default.WaveFile;

/** A mono 16-bit WAV file's bytes. */
export function wavBytes(samples: Int16Array, sampleRate = 24000): Uint8Array {
  const wav = new WaveFile();
  wav.fromScratch(1, sampleRate, "16", samples);
  return wav.toBuffer();
}

export async function writeWav(path: string, samples: Int16Array, sampleRate = 24000): Promise<void> {
  await writeFile(path, wavBytes(samples, sampleRate));
}

/** Reads a WAV file as mono 16-bit PCM at `sampleRate`, converting bit depth, channels and rate. */
export async function readWav(path: string, sampleRate = 24000): Promise<Int16Array> {
  const wav = new WaveFile(await readFile(path));
  wav.toBitDepth("16");
  if ((wav.fmt as { sampleRate: number }).sampleRate !== sampleRate) wav.toSampleRate(sampleRate);
  const channels = (wav.fmt as { numChannels: number }).numChannels;
  const raw = wav.getSamples(true, Int16Array) as unknown as Int16Array;
  if (channels === 1) return new Int16Array(raw);
  const mono = new Int16Array(Math.floor(raw.length / channels));
  for (let i = 0; i < mono.length; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += raw[i * channels + c];
    mono[i] = Math.round(sum / channels);
  }
  return mono;
}
