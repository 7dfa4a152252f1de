/**
 * What happened during a conversation and when: the milestones printed at the end, every event
 * received (for a timeout, where the milestones alone do not say enough), and a hint naming the first
 * step of a voice turn that never came.
 */

/** The events of one voice turn, in order, each with what its absence most likely means. */
const TURN: readonly [type: string, missing: string][] = [
  ["session.created", "the service never sent session.created: is the endpoint a Voice Live service?"],
  ["session.updated", "the session was not configured: session.updated never arrived"],
  ["input_audio_buffer.speech_started", "no speech detected: input_audio_buffer.speech_started never arrived; is the input silent or too short?"],
  ["input_audio_buffer.speech_stopped", "the speech never ended: input_audio_buffer.speech_stopped never arrived; does the input end in noise rather than silence?"],
  ["input_audio_buffer.committed", "the turn was not committed: input_audio_buffer.committed never arrived after the speech stopped"],
  ["response.created", "no response started: response.created never arrived after the turn was committed"],
  ["response.done", "the response did not finish: response.done never arrived; try a longer --timeout"],
];

/** At most this many lines of events are kept; a runaway stream of distinct events does not fill memory. */
const MAX_EVENT_LINES = 400;

export class Timeline {
  private readonly started = performance.now();
  private readonly marks: string[] = [];
  private readonly lines: { at: number; type: string; count: number; last: number }[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;

  /** Seconds since the start, as `+1.234 s`. */
  stamp(at = performance.now()): string {
    return `+${((at - this.started) / 1000).toFixed(3)} s`;
  }

  /** A milestone, for the timeline printed at the end. */
  mark(what: string, detail = ""): void {
    this.marks.push(`  ${this.stamp().padStart(10)}  ${what.padEnd(22)} ${detail}`.trimEnd());
  }

  /** An event received; repeats in a row (audio deltas) are counted on one line. */
  event(type: string): void {
    const now = performance.now();
    this.seen.add(type);
    const last = this.lines.at(-1);
    if (last?.type === type) {
      last.count++;
      last.last = now;
    } else if (this.lines.length < MAX_EVENT_LINES) {
      this.lines.push({ at: now, type, count: 1, last: now });
    } else this.dropped++;
  }

  get milestones(): readonly string[] {
    return this.marks;
  }

  /** The events received, one line per run of one type, with their times. */
  events(): string[] {
    const out = this.lines.map((l) => `  ${this.stamp(l.at).padStart(10)}  ${l.type}${l.count > 1 ? ` ×${l.count} (to ${this.stamp(l.last)})` : ""}`);
    if (this.dropped) out.push(`  … and ${this.dropped} more`);
    return out;
  }

  /** What the first missing step of the turn most likely means, or undefined when every step came. */
  hint(): string | undefined {
    return TURN.find(([type]) => !this.seen.has(type))?.[1];
  }
}

/** Milliseconds as seconds for a message: `2.5 s`, never `2500.0000001 ms`. */
export function seconds(ms: number): string {
  return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
}
