/**
 * Barge-in: the user starts talking while the assistant's reply is playing. Only the app knows what
 * was played, so the helper keeps that count (from a player it wraps, or from what the app reports)
 * and, once per interruption:
 *
 * 1. flushes the local playback (the position is read first, so the truncation keeps exactly what
 *    was heard), and drops the audio of the interrupted response still in flight;
 * 2. cancels the response, only if it is still active and the service has not cancelled it itself
 *    (`interrupt_response` of server VAD does that on `speech_started`);
 * 3. truncates the assistant's audio item at what was heard, never past what arrived (the service
 *    refuses that), unless the service truncates by itself (`auto_truncate`).
 *
 * `output_audio_buffer.clear` is not sent by default: the published Voice Live file describes it as
 * clearing the avatar output buffer, and OpenAI's reference as WebRTC/SIP only; over a WebSocket the
 * audio already sent is in the app's player, which step 1 flushes. `clearServiceOutput` sends it too,
 * for sessions whose output the service plays itself (an avatar over WebRTC).
 */
import type { OutputAudioFormat, TurnDetectionUnion } from "../../generated/models.js";
import type { VoiceLiveError } from "../errors.js";
import { helperView, underEveryName, type AnyVoiceLiveSession } from "./any-session.js";
import { outputBytesPerMs } from "./barge-in-audio.js";
import { followSessionSettings } from "./barge-in-config.js";

/**
 * A player the helper plays the reply on and reads the position of: the `AudioPlayer` of
 * `ai-voicelive/audio` (`createPlayer()`) has this shape, and so can a browser's.
 */
export interface BargeInPlayer {
  /** Queues PCM audio in the session's output format. */
  write(audio: Uint8Array): void;
  /** Drops what is queued and not yet played. */
  clear(): void;
  /** Audio played so far, in ms: since the start, or since the last `clear()` (either works). */
  readonly playedMs: number;
  /** Audio written and not yet played, in ms. */
  readonly queuedMs: number;
}

/** Settings of `trackBargeIn`. */
export interface BargeInOptions {
  /**
   * The player: the helper writes each audio delta of the reply to it (except the late audio of an
   * interrupted response), reads `playedMs` and calls `clear()` at an interruption. Without one, the
   * app plays the audio itself and reports the position with `tracker.played(ms, itemId)`.
   */
  player?: BargeInPlayer;
  /** Without a `player`: stops the app's local playback at an interruption. */
  flush?: () => void;
  /**
   * Whether the service cancels the response itself when the user starts speaking. Default: read
   * from the session's turn detection (the latest `session.created` / `session.updated`): yes with
   * VAD unless `interruptResponse` is false (the live service acts on an unset field as true).
   */
  serviceCancels?: boolean;
  /**
   * Whether the service truncates the assistant's item itself. Default: read from the session's
   * turn detection: yes only when `autoTruncate` is true.
   */
  serviceTruncates?: boolean;
  /** Also send `output_audio_buffer.clear` (API version 2026-04-10 and later), for output the service plays itself. Default false. */
  clearServiceOutput?: boolean;
  /** Told of each interruption, once its events are sent. */
  onBargeIn?: (event: BargeInEvent) => void;
  /** Told when a send fails or the player throws (`HANDLER_FAILED`, the cause inside). Without it the session logs it. */
  onError?: (error: VoiceLiveError) => void;
}

/** What was done at one interruption. */
export interface BargeInEvent {
  /** The response being generated, else the one whose audio was still playing; undefined when neither. */
  responseId?: string;
  /** `client`: this helper sent `response.cancel`; `service`: the service cancels it itself; false: no response was active. */
  cancelled: "client" | "service" | false;
  /**
   * The assistant items cut, each at what was heard of it (0 for an item queued but not yet heard),
   * never past what was received. `by: "service"` when the service truncates (`auto_truncate`): the
   * helper sent nothing and `audioEndMs` is its own count.
   */
  truncated: BargeInTruncation[];
  /** Audio dropped from the player's queue, in ms (0 without a player). */
  flushedMs: number;
}

/** One item cut at an interruption. */
export interface BargeInTruncation {
  itemId: string;
  contentIndex: number;
  /** Where the item was cut, in whole ms. */
  audioEndMs: number;
  /** The item's audio received so far, in ms. */
  receivedMs: number;
  by: "client" | "service";
}

/** What `trackBargeIn` returns. */
export interface BargeInTracker {
  /**
   * Without a `player`: how much of an item the app has played, in ms from the item's start (its
   * latest position, not an increment). `itemId` defaults to the item whose audio arrived last.
   */
  played(ms: number, itemId?: string): void;
  /** Whether a response was interrupted: its audio still arriving is not to be played. */
  isInterrupted(responseId: string): boolean;
  /** The response being generated (from `response.created` to its `response.done`), if any. */
  readonly activeResponseId: string | undefined;
  /**
   * Interrupts now, as if the user had started speaking: for push-to-talk, or a stop button. The
   * service cancels nothing itself here, so an active response is always cancelled by the helper.
   * Resolves with what was done, or undefined when nothing was playing or generated.
   */
  interrupt(): Promise<BargeInEvent | undefined>;
  /** Stops tracking (the player is left as it is). */
  close(): void;
}

/** How many interrupted responses are remembered. */
const MAX_REMEMBERED = 32;

/** An assistant audio part the helper has seen audio of. */
interface TrackedItem {
  itemId: string;
  contentIndex: number;
  responseId: string;
  bytesPerMs: number;
  receivedMs: number;
  /** With a player: where the item's audio starts in the player's stream. */
  startMs: number;
  /** Without a player: what the app reported as played. */
  playedMs: number;
  /** All its audio has arrived (`response.audio.done`, or its response ended). */
  done: boolean;
}

/**
 * Tracks what is played of the reply and handles barge-in on `input_audio_buffer.speech_started`
 * (and on `interrupt()`). Subscribes to the session now; `close()` to stop.
 */
export function trackBargeIn(anySession: AnyVoiceLiveSession, options: BargeInOptions = {}): BargeInTracker {
  const session = helperView(anySession);
  const { player } = options;
  let turnDetection: TurnDetectionUnion | null | undefined;
  let sessionFormat: OutputAudioFormat | undefined;
  const responseFormats = new Map<string, OutputAudioFormat | undefined>();
  let active: string | undefined;
  /** Interrupted responses, whose late audio is dropped. */
  const interrupted = new Set<string>();
  let items: TrackedItem[] = [];

  const heardMs = (item: TrackedItem) =>
    Math.min(item.receivedMs, player ? Math.max(0, player.playedMs - item.startMs) : item.playedMs);
  const fullyHeard = (item: TrackedItem) => item.done && Math.floor(heardMs(item)) >= Math.floor(item.receivedMs);

  const settings = followSessionSettings(session, (s) => {
    if (s.turnDetection !== undefined) turnDetection = s.turnDetection;
    if (s.outputAudioFormat !== undefined) sessionFormat = s.outputAudioFormat;
  });

  function handle(bySpeech: boolean): Promise<BargeInEvent | undefined> {
    // Everything is decided and the local state reset before the first await, so that a second
    // trigger during the sends finds nothing left to do: one interruption, one set of events.
    const responseId = active;
    const cut = items.filter((item) => !fullyHeard(item));
    if (responseId === undefined && cut.length === 0) return Promise.resolve(undefined);
    const vad = bySpeech && turnDetection != null;
    const serviceCancels = bySpeech && (options.serviceCancels ?? (vad && (turnDetection as { interruptResponse?: boolean }).interruptResponse !== false));
    const serviceTruncates = bySpeech && (options.serviceTruncates ?? (vad && (turnDetection as { autoTruncate?: boolean }).autoTruncate === true));
    const truncated: BargeInTruncation[] = cut.map((item) => ({
      itemId: item.itemId,
      contentIndex: item.contentIndex,
      audioEndMs: Math.floor(heardMs(item)),
      receivedMs: item.receivedMs,
      by: serviceTruncates ? "service" : "client",
    }));
    const flushedMs = player ? player.queuedMs : 0;
    for (const id of [...items.map((i) => i.responseId), ...(responseId === undefined ? [] : [responseId])]) interrupted.add(id);
    // Only the recent ones matter (late audio comes before the response's end): the oldest are forgotten.
    for (const id of interrupted) if (interrupted.size > MAX_REMEMBERED) interrupted.delete(id);
    items = [];
    active = undefined;
    if (player) player.clear();
    else options.flush?.();
    const event: BargeInEvent = {
      responseId: responseId ?? cut[cut.length - 1]?.responseId,
      cancelled: responseId === undefined ? false : serviceCancels ? "service" : "client",
      truncated,
      flushedMs,
    };
    return (async () => {
      if (event.cancelled === "client") await session.cancelResponse(responseId);
      for (const t of truncated) if (t.by === "client") await session.truncateConversationItem(t.itemId, t.contentIndex, t.audioEndMs);
      if (options.clearServiceOutput) await session.clearOutputAudio();
      options.onBargeIn?.(event);
      return event;
    })();
  }

  const subscription = session.subscribe(underEveryName({
    onError: options.onError && ((error) => options.onError?.(error)),
    onResponseCreated: ({ response }) => {
      if (response.id === undefined) return;
      active = response.id;
      responseFormats.set(response.id, response.outputAudioFormat);
    },
    onResponseDone: ({ response }) => {
      if (response.id === undefined) return;
      if (active === response.id) active = undefined;
      responseFormats.delete(response.id);
      for (const item of items) if (item.responseId === response.id) item.done = true;
    },
    onResponseAudioDone: ({ itemId, contentIndex }) => {
      for (const item of items) if (item.itemId === itemId && item.contentIndex === contentIndex) item.done = true;
    },
    onResponseAudioDelta: (delta) => {
      if (interrupted.has(delta.responseId)) return;
      let item = items.find((i) => i.itemId === delta.itemId && i.contentIndex === delta.contentIndex);
      if (!item) {
        // A new part: its audio starts where the player's queue ends now. Parts heard to the end are forgotten.
        items = items.filter((i) => !fullyHeard(i));
        const bytesPerMs = outputBytesPerMs(responseFormats.get(delta.responseId) ?? sessionFormat);
        const startMs = player ? player.playedMs + player.queuedMs : 0;
        item = { itemId: delta.itemId, contentIndex: delta.contentIndex, responseId: delta.responseId, bytesPerMs, receivedMs: 0, startMs, playedMs: 0, done: false };
        items.push(item);
      }
      item.receivedMs += delta.delta.byteLength / item.bytesPerMs;
      player?.write(delta.delta);
    },
    onInputAudioBufferSpeechStarted: async () => {
      await handle(true);
    },
  }));

  return {
    played(ms, itemId) {
      const item = itemId === undefined ? items[items.length - 1] : items.find((i) => i.itemId === itemId);
      if (item) item.playedMs = ms;
    },
    isInterrupted: (responseId) => interrupted.has(responseId),
    get activeResponseId() {
      return active;
    },
    interrupt: () => handle(false),
    close: () => {
      subscription.close();
      settings.close();
    },
  };
}
