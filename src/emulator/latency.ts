/**
 * The emulated model's timing, and a record of when each event left: so that a client's measures of
 * latency (time to the first transcript, to the first audio of a reply) can be tested against times
 * that are known, not guessed.
 */

/** Delays of the emulated model, in ms from the start of each response (its `response.created`). */
export interface EmulatorLatency {
  /** When the first transcript delta (or text delta, for a text-only reply) of a message is sent. Default 0. */
  firstTranscriptMs?: number;
  /**
   * When the first audio delta of a message is sent; never before the first transcript delta, which
   * runs just ahead of the audio. Default 0. With `realtimePacing`, the following chunks keep real
   * time from there.
   */
  firstAudioMs?: number;
}

/** An event the emulator has written to a socket: see `EmulatorOptions.onEventSent`. */
export interface EmulatorSentEvent {
  /** The emulated session, `sess_…`. */
  sessionId: string;
  type: string;
  eventId: string;
  /** When it was written: `performance.timeOrigin + performance.now()`, in ms (fractional). */
  at: number;
}

/** Checks the latencies given to `startEmulator`. */
export function checkLatency(latency: EmulatorLatency | undefined): Required<EmulatorLatency> {
  const out = { firstTranscriptMs: 0, firstAudioMs: 0 };
  for (const key of Object.keys(out) as (keyof EmulatorLatency)[]) {
    const value = latency?.[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new TypeError(`latency.${key} must be a number of ms >= 0 (got ${String(value)})`);
    out[key] = value;
  }
  return out;
}

/** The clock of `EmulatorSentEvent.at`. */
export function sentClock(): number {
  return performance.timeOrigin + performance.now();
}
