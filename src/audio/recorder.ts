/**
 * The microphone side of the audio bridge: a recorder process (sox, ffmpeg, or a `command`) whose
 * standard output is PCM16, read as an async iterable of chunks. Node only.
 */
import { VoiceLiveError } from "../errors.js";
import { checkSampleRate } from "./pcm.js";
import { checkCommand, startTool } from "./process.js";
import { recorderCommand } from "./tools.js";

/** Settings of `createRecorder`. */
export interface AudioRecorderOptions {
  /** The rate to record at, in Hz. Default 24000 (a session's `pcm16` input). */
  sampleRate?: number;
  /**
   * The recorder process, program then arguments, writing 16-bit signed little-endian mono at
   * `sampleRate` to its standard output. Default: sox (`sox -q -d -t raw ... -`), else ffmpeg.
   */
  command?: readonly string[];
}

const keepOutput = () => {};

/** A microphone: PCM16 chunks as they are recorded, until `stop()`. See `createRecorder`. */
export interface AudioRecorder extends AsyncIterable<Uint8Array> {
  /** Ends the recording; the iteration ends once the last chunk is read. */
  stop(): Promise<void>;
}

/**
 * Starts recording from the default microphone. Each chunk is whole 16-bit samples, ready for
 * `session.sendAudio`. The iteration throws if the recorder process fails (no device, say). Throws
 * `AUDIO_TOOL_MISSING` when no recorder is installed (the message says how to install sox).
 *
 * @example
 * const mic = createRecorder();
 * for await (const chunk of mic) await session.sendAudio(chunk);
 */
export function createRecorder(options: AudioRecorderOptions = {}): AudioRecorder {
  const rate = options.sampleRate ?? 24000;
  checkSampleRate(rate, "createRecorder");
  const argv = checkCommand(options.command, "createRecorder") ?? recorderCommand(rate);
  const tool = startTool(argv, "record");
  // Node resumes, and so throws away, the output of a child process that ends before anything read
  // it; a `readable` listener counts as reading. What was recorded before the iteration starts is
  // then kept (up to the stream's buffer, after which the recorder waits).
  tool.child.stdout?.on("readable", keepOutput);
  let iterated = false;
  let stopping: Promise<void> | undefined;

  async function* chunks(): AsyncGenerator<Uint8Array> {
    let odd: number | undefined; // a byte of a sample split between two reads
    for await (const data of tool.child.stdout as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = data;
      if (odd !== undefined) {
        bytes = new Uint8Array(data.length + 1);
        bytes[0] = odd;
        bytes.set(data, 1);
        odd = undefined;
      }
      if (bytes.length % 2) {
        odd = bytes[bytes.length - 1];
        bytes = bytes.subarray(0, bytes.length - 1);
      }
      if (bytes.length) yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const failure = await tool.ended;
    if (failure) throw failure;
  }

  return {
    [Symbol.asyncIterator]() {
      if (iterated) throw new VoiceLiveError("INVALID_STATE", "AudioRecorder: a recording can be iterated once");
      iterated = true;
      return chunks();
    },
    stop() {
      stopping ??= (async () => {
        tool.stop();
        await tool.ended;
      })();
      return stopping;
    },
  };
}
