/** Counters of one session, for inspection and load tests (see `VoiceLiveEmulator.stats`). */
export interface EmulatorSessionStats {
  /** Client frames received, valid or not. */
  framesReceived: number;
  /** `input_audio_buffer.append` events taken into the input buffer. */
  audioAppends: number;
  /** Bytes of audio those appends carried (decoded from base64, in the session's input format). */
  audioBytes: number;
  /** `error` events sent. */
  errorsSent: number;
}
