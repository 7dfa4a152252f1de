/**
 * `ai-voicelive/audio` in a browser bundle (the package's `browser` export condition): the pure
 * helpers as in Node, and the player, the recorder and the tool lookup, which start processes, as
 * functions that say what to use instead. Same exports as `index.ts`.
 */
import { VoiceLiveError } from "../errors.js";
import type { AudioPlayer, AudioPlayerOptions } from "./player.js";
import type { AudioRecorder, AudioRecorderOptions } from "./recorder.js";
import type { AudioTool } from "./tools.js";

export { readWav, writeWav, wavToPcm16, type WavData } from "./wav.js";
export { resample } from "./resample.js";
export { mixToMono, float32ToPcm16, pcm16ToFloat32 } from "./pcm.js";
export { encodeMulaw, decodeMulaw, encodeAlaw, decodeAlaw } from "./g711.js";
export type { AudioPlayer, AudioPlayerOptions, AudioRecorder, AudioRecorderOptions, AudioTool };

function nodeOnly(name: string): never {
  throw new VoiceLiveError("INVALID_ARGUMENT", `${name} needs Node (it runs sox or ffmpeg); in a browser, play and capture with Web Audio (an AudioContext and an AudioWorklet)`);
}

/** Node only: throws `INVALID_ARGUMENT` in a browser. */
export function createPlayer(_options?: AudioPlayerOptions): AudioPlayer {
  return nodeOnly("createPlayer");
}

/** Node only: throws `INVALID_ARGUMENT` in a browser. */
export function createRecorder(_options?: AudioRecorderOptions): AudioRecorder {
  return nodeOnly("createRecorder");
}

/** No tool can be started in a browser: always `undefined`. */
export function findAudioTool(): AudioTool | undefined {
  return undefined;
}
