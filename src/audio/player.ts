/**
 * The speaker side of the audio bridge: PCM16 written to a player process (sox, ffplay, or a
 * `command`). Node only.
 *
 * What has been played is estimated from the clock: audio starts playing when it is written to an
 * idle player and goes on at real time, never past what was written. The pipe and the device hold
 * audio that no API reports, so the clock is the one measure that works with any tool; it is what
 * barge-in needs (truncate the assistant's item at what the user actually heard), give or take the
 * device's latency.
 */
import { VoiceLiveError } from "../errors.js";
import { checkPcm16, checkSampleRate } from "./pcm.js";
import { checkCommand, startTool, type ToolProcess } from "./process.js";
import { playerCommand } from "./tools.js";

/** Settings of `createPlayer`. */
export interface AudioPlayerOptions {
  /** The rate of the PCM16 written, in Hz. Default 24000 (a session's `pcm16` output). */
  sampleRate?: number;
  /**
   * The player process, program then arguments, reading 16-bit signed little-endian mono at
   * `sampleRate` from its standard input. Default: sox (`sox -q -t raw ... - -d`), else ffplay.
   */
  command?: readonly string[];
}

/** A speaker: see `createPlayer`. */
export interface AudioPlayer {
  /** Queues PCM16 bytes (16-bit signed little-endian mono) for playback. Throws if the player process failed or the player is closed. */
  write(pcm16: Uint8Array): void;
  /** Drops what is queued but not yet played (barge-in), and counts from 0 again: `playedMs` and `queuedMs` become 0. */
  clear(): void;
  /** Milliseconds of audio played since the player started or was last cleared: clock-based, never past what was written. */
  readonly playedMs: number;
  /** Milliseconds written but not yet played. */
  readonly queuedMs: number;
  /** Plays what is queued, then ends the player process. Rejects if the process failed. */
  close(): Promise<void>;
}

/** After the queued audio has had time to play, how long `close()` waits for the process before ending it. */
const CLOSE_GRACE_MS = 5000;

/**
 * Starts a player: the response audio of a session, written as it arrives, comes out of the speakers.
 * Throws `AUDIO_TOOL_MISSING` when no player is installed (the message says how to install sox).
 *
 * @example
 * const player = createPlayer();
 * session.subscribe({
 *   onResponseAudioDelta: (e) => player.write(e.delta),
 *   onInputAudioBufferSpeechStarted: () => player.clear(), // the user interrupts
 * });
 */
export function createPlayer(options: AudioPlayerOptions = {}): AudioPlayer {
  const rate = options.sampleRate ?? 24000;
  checkSampleRate(rate, "createPlayer");
  const argv = checkCommand(options.command, "createPlayer") ?? playerCommand(rate);
  const bytesPerMs = (rate * 2) / 1000;

  let tool: ToolProcess = start();
  let failure: VoiceLiveError | undefined;
  let closing: Promise<void> | undefined;
  /** Milliseconds written since the start or the last clear. */
  let writtenMs = 0;
  /** The clock when the current run of playback began, and the position it began at. */
  let runClock = 0;
  let runStartMs = 0;

  function start(): ToolProcess {
    const t = startTool(argv, "play");
    void t.ended.then((e) => {
      if (e && tool === t) failure ??= e;
    });
    return t;
  }

  const played = () => Math.min(writtenMs, runStartMs + (performance.now() - runClock));

  return {
    write(pcm16) {
      checkPcm16(pcm16, "AudioPlayer.write");
      if (closing) throw new VoiceLiveError("INVALID_STATE", "AudioPlayer.write: the player is closed");
      if (failure) throw failure;
      if (pcm16.byteLength === 0) return;
      const now = played();
      if (now >= writtenMs) {
        // The player had run dry (or never started): this audio starts playing now.
        runClock = performance.now();
        runStartMs = writtenMs;
      }
      writtenMs += pcm16.byteLength / bytesPerMs;
      tool.child.stdin!.write(pcm16);
    },
    clear() {
      if (closing) return;
      // Audio already in the pipe and the device cannot be taken back: the process goes, a new one takes its place.
      tool.stop();
      writtenMs = 0;
      runStartMs = 0;
      runClock = performance.now();
      tool = start();
    },
    get playedMs() {
      return played();
    },
    get queuedMs() {
      return Math.max(0, writtenMs - played());
    },
    close() {
      closing ??= (async () => {
        const t = tool;
        t.child.stdin!.end();
        const timer = setTimeout(() => t.stop(), Math.max(0, writtenMs - played()) + CLOSE_GRACE_MS);
        try {
          const e = await t.ended;
          if (e ?? failure) throw e ?? failure;
        } finally {
          clearTimeout(timer);
        }
      })();
      return closing;
    },
  };
}
