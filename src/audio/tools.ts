/**
 * Which command-line audio tool plays and records, and with which arguments. Node only (it looks on
 * PATH). sox is preferred: one program does both directions on every platform through its default
 * device (`-d`); ffmpeg needs `ffplay` to play and an input device named per platform to record.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { VoiceLiveError } from "../errors.js";

/** A tool that can stand between the SDK and the speakers or the microphone. */
export type AudioTool = "sox" | "ffmpeg";

const INSTALL_HINT = "install sox (apt-get install sox, brew install sox, or choco install sox.portable) or ffmpeg, or pass `command`";

/** Whether an executable called `name` is on PATH (with the PATHEXT extensions on Windows). */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      try {
        accessSync(join(dir, name + ext), constants.X_OK);
        return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}

/**
 * The audio tool found on PATH: `"sox"` when `sox` is there, else `"ffmpeg"` when `ffmpeg` or `ffplay`
 * is, else `undefined`.
 *
 * @example
 * if (!findAudioTool()) console.log("install sox to hear the reply");
 */
export function findAudioTool(): AudioTool | undefined {
  if (onPath("sox")) return "sox";
  if (onPath("ffmpeg") || onPath("ffplay")) return "ffmpeg";
  return undefined;
}

/** The raw format the bridge speaks on its pipe: 16-bit signed little-endian mono at `rate`. */
function soxRaw(rate: number): string[] {
  return ["-t", "raw", "-r", String(rate), "-e", "signed-integer", "-b", "16", "-c", "1", "-L"];
}

/** The command that plays PCM16 from its standard input. Throws `AUDIO_TOOL_MISSING` with an install hint when there is none. */
export function playerCommand(rate: number): string[] {
  const tool = findAudioTool();
  if (tool === "sox") return ["sox", "-q", ...soxRaw(rate), "-", "-d"];
  if (tool === "ffmpeg" && onPath("ffplay")) {
    // The raw demuxer's default layout is mono, so no channel option is needed (its name changed across ffmpeg versions).
    return ["ffplay", "-nodisp", "-autoexit", "-loglevel", "error", "-f", "s16le", "-sample_rate", String(rate), "-i", "-"];
  }
  throw new VoiceLiveError("AUDIO_TOOL_MISSING", `createPlayer: no audio player found on PATH (sox, or ffmpeg's ffplay): ${INSTALL_HINT}`);
}

/** The command that writes PCM16 from the default microphone to its standard output. Throws `AUDIO_TOOL_MISSING` with an install hint when there is none. */
export function recorderCommand(rate: number): string[] {
  const tool = findAudioTool();
  if (tool === "sox") return ["sox", "-q", "-d", ...soxRaw(rate), "-"];
  if (tool === "ffmpeg" && onPath("ffmpeg")) {
    const input = process.platform === "darwin" ? ["-f", "avfoundation", "-i", ":0"] : process.platform === "linux" ? ["-f", "alsa", "-i", "default"] : undefined;
    if (!input) throw new VoiceLiveError("INVALID_ARGUMENT", `createRecorder: ffmpeg needs a device name to record on ${process.platform}: install sox, or pass \`command\``);
    return ["ffmpeg", "-loglevel", "error", ...input, "-ac", "1", "-ar", String(rate), "-f", "s16le", "-"];
  }
  throw new VoiceLiveError("AUDIO_TOOL_MISSING", `createRecorder: no audio recorder found on PATH (sox or ffmpeg): ${INSTALL_HINT}`);
}
