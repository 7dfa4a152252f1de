/**
 * The one definition of a turn's timings, shared by the agent layer's per-turn metrics and the
 * response spans, so that both report the same numbers: a turn counts from the end of the user's
 * input (the arrival of `input_audio_buffer.speech_stopped`, else of `.committed`; a response that
 * follows neither counts from its own `response.created`), and its first transcript, first audio and
 * end are times since then, read on one clock when the events are handed over.
 */

/** What a turn's timings count from. */
export type TurnStart = "speech_stopped" | "committed" | "response_created";

/** The timings of one response, as they become known. */
export interface TurnTiming {
  /** The event the timings count from. */
  from: TurnStart;
  /** When that event arrived, on the clock. */
  startedAt: number;
  /** From the end of input to `response.created`. */
  responseCreatedMs: number;
  /** To the first transcript or text delta; undefined until one comes. */
  firstTranscriptMs?: number;
  /** To the first audio delta; undefined until one comes. */
  firstAudioMs?: number;
}

export class TurnClock {
  /** The end of the user's input not yet answered by a response. */
  private pending?: { from: TurnStart; at: number };

  constructor(readonly now: () => number = () => performance.now()) {}

  /** The user speaks (again): the turn ends at the next stop. */
  speechStarted(): void {
    this.pending = undefined;
  }

  speechStopped(): void {
    this.pending = { from: "speech_stopped", at: this.now() };
  }

  /** A commit ends the input only when no speech stop did (VAD off). */
  committed(): void {
    this.pending ??= { from: "committed", at: this.now() };
  }

  /** A response begins: the timing of its turn. */
  responseCreated(): TurnTiming {
    const at = this.now();
    const start = this.pending ?? { from: "response_created" as const, at };
    this.pending = undefined;
    return { from: start.from, startedAt: start.at, responseCreatedMs: at - start.at };
  }

  /** Time since the turn began. */
  since(turn: TurnTiming): number {
    return this.now() - turn.startedAt;
  }

  transcript(turn: TurnTiming): void {
    turn.firstTranscriptMs ??= this.since(turn);
  }

  audio(turn: TurnTiming): void {
    turn.firstAudioMs ??= this.since(turn);
  }
}
