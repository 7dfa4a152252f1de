/**
 * Audio helpers for Voice Live apps: WAV files, sample-rate conversion, PCM16 ↔ Float32, G.711, and a
 * player and recorder that pipe through sox or ffmpeg.
 *
 * Everything but the player and the recorder is pure code with no Node import; a browser bundle gets
 * `index.browser.ts` (the package's `browser` export condition), where those two say that they need Node.
 *
 * @example
 * import { readFile } from "node:fs/promises";
 * import { createPlayer, wavToPcm16 } from "ai-voicelive/audio";
 *
 * const player = createPlayer();                                  // sox or ffplay, found on PATH
 * session.subscribe({ onResponseAudioDelta: (e) => player.write(e.delta) });
 * await session.sendAudio(wavToPcm16(await readFile("question.wav"))); // any WAV → 24 kHz mono PCM16
 */
export { readWav, writeWav, wavToPcm16, type WavData } from "./wav.js";
export { resample } from "./resample.js";
export { mixToMono, float32ToPcm16, pcm16ToFloat32 } from "./pcm.js";
export { encodeMulaw, decodeMulaw, encodeAlaw, decodeAlaw } from "./g711.js";
export { createPlayer, type AudioPlayer, type AudioPlayerOptions } from "./player.js";
export { createRecorder, type AudioRecorder, type AudioRecorderOptions } from "./recorder.js";
export { findAudioTool, type AudioTool } from "./tools.js";
