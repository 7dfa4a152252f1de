/**
 * The files of a conversation, checked before anything starts: the input WAV is read and converted
 * whole (a wrong file fails in a second, not after the emulator is up), and the output's folder must
 * exist and be writable (so a typo does not cost the whole conversation).
 */
import { access, constants, readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { wavToPcm16 } from "../audio/index.js";
import { isVoiceLiveError } from "../errors.js";
import { CliError } from "./failure.js";

/** What a file-system error means, in words. */
function reason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    default:
      return e.message;
  }
}

/** The `--input` WAV as mono PCM16 at `sampleRate`. Throws `CliError` naming the file and what is wrong. */
export async function readInputWav(path: string, sampleRate: number): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CliError(`--input ${path}: cannot read it: ${reason(e as NodeJS.ErrnoException)}`);
  }
  let pcm: Uint8Array;
  try {
    pcm = wavToPcm16(bytes, { sampleRate });
  } catch (e) {
    if (!isVoiceLiveError(e)) throw e;
    throw new CliError(`--input ${path}: ${e.message.replace(/^readWav: /, "")}`);
  }
  if (pcm.length === 0) throw new CliError(`--input ${path}: the file holds no samples`);
  return pcm;
}

/** Throws `CliError` unless `path` can be written: its folder exists and is writable, and it is not itself a folder. */
export async function checkOutputPath(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw new CliError(`--output ${path} is a folder: give a file name, such as ${path.replace(/\/?$/, "/reply.wav")}`);
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo?.isDirectory()) throw new CliError(`--output ${path}: the folder ${folder} does not exist`);
  try {
    await access(info ? path : folder, constants.W_OK);
  } catch {
    throw new CliError(`--output ${path}: ${info ? "the file" : `the folder ${folder}`} is not writable`);
  }
}
