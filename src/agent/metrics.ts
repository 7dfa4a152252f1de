/**
 * Per-turn metrics: for each response, the time from the end of the user's input to the first
 * transcript and to the first audio of the reply (what users feel as the agent's latency), the
 * reply's audio duration, interruptions, and token usage; told as an event per turn and kept as a
 * running summary (median and p95).
 *
 * Times are taken when the session hands the events to this helper, on one clock (`now`, default
 * `performance.now()`), so network and queueing delays on the way in count as the user feels them.
 * The end of input is the arrival of `input_audio_buffer.speech_stopped` (server VAD; its
 * `silence_duration_ms` has already passed then), else of `input_audio_buffer.committed` (VAD off);
 * a response that follows neither (after a text message or a tool's output) is measured from its
 * own `response.created`.
 */
import type { OutputAudioFormat, ResponseStatus, TokenUsage } from "../../generated/models.js";
import type { VoiceLiveError } from "../errors.js";
import { TurnClock, type TurnStart } from "../internal/turn-clock.js";
import { helperView, underEveryName, type AnyVoiceLiveSession } from "./any-session.js";
import { outputBytesPerMs } from "./barge-in-audio.js";
import { followSessionSettings } from "./barge-in-config.js";
import { metricStats, type MetricStats } from "./metrics-summary.js";

export { metricStats, type MetricStats } from "./metrics-summary.js";

export type { TurnStart } from "../internal/turn-clock.js";

/** The metrics of one turn: one response and the input that led to it. */
export interface TurnMetrics {
  responseId: string;
  /** The response's final status (`completed`, `cancelled`, ...). */
  status?: ResponseStatus;
  /** The event the timings count from. */
  from: TurnStart;
  /** When that event arrived, on the helper's clock. */
  startedAt: number;
  /** From the end of input to `response.created`. */
  responseCreatedMs: number;
  /** To the first `response.audio_transcript.delta` (or `response.text.delta`); undefined when none came. */
  firstTranscriptMs?: number;
  /** To the first `response.audio.delta`; undefined when none came. */
  firstAudioMs?: number;
  /** To `response.done`. */
  doneMs: number;
  /** The reply's audio received, in ms of audio. */
  audioMs: number;
  /**
   * How often the user talked over this reply: `speech_started` while it was being generated, plus
   * interruptions reported with `noteInterruption` (a barge-in while its audio was still playing).
   */
  interruptions: number;
  /** The token usage of `response.done`. */
  usage?: TokenUsage;
}

/** The running summary over the turns kept. */
export interface TurnMetricsSummary {
  turns: number;
  /** Turns with at least one interruption. */
  interruptedTurns: number;
  /** Interruptions in all. */
  interruptions: number;
  responseCreatedMs: MetricStats;
  firstTranscriptMs: MetricStats;
  firstAudioMs: MetricStats;
  doneMs: MetricStats;
  audioMs: MetricStats;
  /** Token totals of the turns kept. */
  tokens: { input: number; output: number; total: number };
}

/** Settings of `trackTurnMetrics`. */
export interface TurnMetricsOptions {
  /** Told of each turn at its `response.done`. */
  onTurn?: (turn: TurnMetrics) => void;
  /** The clock, in ms. Default `performance.now()`. */
  now?: () => number;
  /** How many recent turns are kept for `turns` and the summary. Default 1000. */
  maxTurns?: number;
  /** Told when `onTurn` throws (`HANDLER_FAILED`). Without it the session logs it. */
  onError?: (error: VoiceLiveError) => void;
}

/** What `trackTurnMetrics` returns. */
export interface TurnMetricsTracker {
  /** The recent turns, oldest first. */
  readonly turns: readonly TurnMetrics[];
  /** Median and p95 of each timing, interruptions and tokens, over `turns`. */
  summary(): TurnMetricsSummary;
  /**
   * Counts an interruption of a response, as the barge-in helper reports it (`onBargeIn: (e) =>
   * metrics.noteInterruption(e.responseId)`, with the response whose audio was playing): the
   * interruption of a reply that had finished arriving but was still playing. An interruption
   * already counted for the same `speech_started` is not counted again.
   */
  noteInterruption(responseId: string | undefined): void;
  /** Stops measuring. */
  close(): void;
}

interface OpenTurn extends TurnMetrics {
  bytesPerMs: number;
}

/** Measures every turn of `session` from now on. */
export function trackTurnMetrics(anySession: AnyVoiceLiveSession, options: TurnMetricsOptions = {}): TurnMetricsTracker {
  const session = helperView(anySession);
  const clock = new TurnClock(options.now);
  const maxTurns = Math.max(1, options.maxTurns ?? 1000);
  let format: OutputAudioFormat | undefined;
  const open = new Map<string, OpenTurn>();
  const turns: TurnMetrics[] = [];
  /** `speech_started` events so far, and by response the one its last interruption was counted at: one speech, one interruption. */
  let speeches = 0;
  const countedAt = new Map<string, number>();
  const count = (turn: TurnMetrics) => {
    if (countedAt.get(turn.responseId) === speeches && speeches > 0) return;
    turn.interruptions++;
    countedAt.set(turn.responseId, speeches);
  };

  const settings = followSessionSettings(session, (s) => void (format = s.outputAudioFormat ?? format));
  const subscription = session.subscribe(underEveryName({
    onError: options.onError && ((error) => options.onError?.(error)),
    onInputAudioBufferSpeechStarted: () => {
      clock.speechStarted();
      speeches++;
      for (const turn of open.values()) count(turn);
    },
    onInputAudioBufferSpeechStopped: () => clock.speechStopped(),
    onInputAudioBufferCommitted: () => clock.committed(),
    onResponseCreated: ({ response }) => {
      if (response.id === undefined) return;
      open.set(response.id, {
        responseId: response.id,
        ...clock.responseCreated(),
        doneMs: 0,
        audioMs: 0,
        interruptions: 0,
        bytesPerMs: outputBytesPerMs(response.outputAudioFormat ?? format),
      });
    },
    onResponseAudioTranscriptDelta: ({ responseId }) => {
      const turn = open.get(responseId);
      if (turn) clock.transcript(turn);
    },
    onResponseTextDelta: ({ responseId }) => {
      const turn = open.get(responseId);
      if (turn) clock.transcript(turn);
    },
    onResponseAudioDelta: ({ responseId, delta }) => {
      const turn = open.get(responseId);
      if (!turn) return;
      clock.audio(turn);
      turn.audioMs += delta.byteLength / turn.bytesPerMs;
    },
    onResponseDone: ({ response }) => {
      const turn = response.id === undefined ? undefined : open.get(response.id);
      if (!turn) return;
      open.delete(turn.responseId);
      const { bytesPerMs: _, ...metrics } = turn;
      const done: TurnMetrics = { ...metrics, status: response.status, doneMs: clock.since(turn), usage: response.usage ?? undefined };
      turns.push(done);
      if (turns.length > maxTurns) for (const old of turns.splice(0, turns.length - maxTurns)) countedAt.delete(old.responseId);
      options.onTurn?.(done);
    },
  }));

  return {
    turns,
    summary() {
      const of = (pick: (t: TurnMetrics) => number | undefined) => metricStats(turns.map(pick).filter((v): v is number => v !== undefined));
      const tokens = { input: 0, output: 0, total: 0 };
      for (const t of turns) {
        tokens.input += t.usage?.inputTokens ?? 0;
        tokens.output += t.usage?.outputTokens ?? 0;
        tokens.total += t.usage?.totalTokens ?? 0;
      }
      return {
        turns: turns.length,
        interruptedTurns: turns.filter((t) => t.interruptions > 0).length,
        interruptions: turns.reduce((sum, t) => sum + t.interruptions, 0),
        responseCreatedMs: of((t) => t.responseCreatedMs),
        firstTranscriptMs: of((t) => t.firstTranscriptMs),
        firstAudioMs: of((t) => t.firstAudioMs),
        doneMs: of((t) => t.doneMs),
        audioMs: of((t) => t.audioMs),
        tokens,
      };
    },
    noteInterruption(responseId) {
      const turn = responseId === undefined ? undefined : (open.get(responseId) ?? turns.find((t) => t.responseId === responseId));
      if (turn) count(turn);
    },
    close: () => {
      subscription.close();
      settings.close();
    },
  };
}
