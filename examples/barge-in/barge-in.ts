/**
 * Barge-in: the user starts speaking while the assistant is talking. The app then
 *
 * 1. stops the sound: reads the player's position and drops the audio still queued in it
 *    (`player.clear()`), and any audio of the response still in flight;
 * 2. cancels the response, if one is still being generated (`response.cancel`);
 * 3. truncates the assistant's audio item at the position the user actually heard
 *    (`conversation.item.truncate` with `audio_end_ms`), so that the model does not believe it said
 *    words that were never played.
 *
 * The played position comes from the player, never from what arrived: a reply arrives faster than
 * it is played. It is counted from where the item's audio begins in the player's stream, and never
 * past the audio received for the item (the service refuses a truncation beyond it).
 *
 * `trackBargeIn` of `ai-voicelive/agent` does all of this; the recipe shows how to use it with a
 * player, and what to tell the service in the session settings.
 */
import type { RequestSession, VoiceLiveError, VoiceLiveSession, VoiceLiveSubscription } from "ai-voicelive";
import { trackBargeIn, type BargeInPlayer } from "ai-voicelive/agent";

/**
 * What the recipe needs of a player: the `AudioPlayer` of `ai-voicelive/audio` has this shape, and
 * so can a browser's or a test's.
 */
export interface Playback extends BargeInPlayer {
  /** Queues PCM16 audio for playback. */
  write(pcm16: Uint8Array): void;
  /** Drops what is queued and not yet played. */
  clear(): void;
  /**
   * Audio played so far, in ms: since the player started, or since its last `clear()` (the
   * `AudioPlayer` of `ai-voicelive/audio` counts from 0 again there); either works here.
   */
  readonly playedMs: number;
  /** Audio written and not yet played, in ms. */
  readonly queuedMs: number;
}

/** What happened at a barge-in. */
export interface BargeIn {
  /** Whether a response was still being generated and `response.cancel` was sent. */
  cancelled: boolean;
  /** The assistant item that was cut, and where; undefined when the whole of a finished item had been played. */
  truncated?: { itemId: string; contentIndex: number; audioEndMs: number; receivedMs: number };
  /** Audio dropped from the player's queue, in ms. */
  clearedMs: number;
}

export interface BargeInOptions {
  /** Told of each barge-in (speech that cut something off), once its events are sent. */
  onBargeIn?: (bargeIn: BargeIn) => void;
  /**
   * Told when this recipe's handlers fail: `HANDLER_FAILED`, its `cause` what the player threw
   * (the `AudioPlayer` of ai-voicelive/audio throws once its process failed: no sound device, say).
   * Without it the SDK logs the failure.
   */
  onError?: (error: VoiceLiveError) => void;
}

/**
 * The session settings that barge-in relies on. Server VAD reports `speech_started`; the service
 * is told not to cancel the response itself (`interruptResponse: false`), so that the app, which
 * knows what was played, is the one place that decides; and not to truncate itself
 * (`autoTruncate: false`): it cannot know what was played.
 */
export const bargeInTurnDetection = {
  type: "server_vad",
  interruptResponse: false,
  autoTruncate: false,
} as const satisfies RequestSession["turnDetection"];

/**
 * Plays the session's reply audio on `player` and handles barge-in. Returns the subscription;
 * `close()` it to stop.
 */
export function playWithBargeIn(session: VoiceLiveSession, player: Playback, options: BargeInOptions = {}): VoiceLiveSubscription {
  return trackBargeIn(session, {
    player,
    onError: options.onError,
    onBargeIn: (event) => {
      // The recipe's report: the item that was playing (the last one cut), and whether the app cancelled.
      const cut = event.truncated[event.truncated.length - 1];
      options.onBargeIn?.({
        cancelled: event.cancelled !== false,
        truncated: cut && { itemId: cut.itemId, contentIndex: cut.contentIndex, audioEndMs: cut.audioEndMs, receivedMs: cut.receivedMs },
        clearedMs: event.flushedMs,
      });
    },
  });
}
