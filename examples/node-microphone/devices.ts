/**
 * The microphone and the speakers, through `ai-voicelive/audio` (sox or ffmpeg). Node only.
 */
import { createRecorder, type AudioRecorderOptions } from "ai-voicelive/audio";
import type { AudioSource } from "./conversation.js";

export interface Microphone {
  /** The recording, from the moment the conversation starts reading it. */
  source: AudioSource;
  /** Ends the recording: the conversation then ends once the last answer has played. */
  stop(): Promise<void>;
}

/**
 * The microphone, opened only when the conversation starts reading it: the session is connected by
 * then, so no stale audio piles up while it connects, and every chunk the recorder makes has a
 * reader (a recorder process that ends before it is read would lose what it wrote).
 */
export function microphone(options: AudioRecorderOptions = {}): Microphone {
  let recorder: ReturnType<typeof createRecorder> | undefined;
  let stopped = false;
  async function* record(): AudioSource {
    if (stopped) return;
    recorder = createRecorder(options);
    try {
      yield* recorder;
    } finally {
      await recorder.stop();
    }
  }
  return {
    source: record(),
    stop: async () => {
      stopped = true;
      await recorder?.stop();
    },
  };
}
