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
 */
import type { RequestSession, VoiceLiveError, VoiceLiveSession, VoiceLiveSubscription } from "ai-voicelive";

/**
 * What the recipe needs of a player: the `AudioPlayer` of `ai-voicelive/audio` has this shape, and
 * so can a browser's or a test's.
 */
export interface Playback {
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
  /** The sample rate of the session's output audio (PCM16, mono). Default 24000. */
  sampleRate?: number;
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

/** The assistant audio item being played: where it starts in the player's stream, and how much arrived. */
interface PlayingItem {
  itemId: string;
  contentIndex: number;
  startMs: number;
  receivedMs: number;
}

/**
 * Plays the session's reply audio on `player` and handles barge-in. Returns the subscription;
 * `close()` it to stop.
 */
export function playWithBargeIn(session: VoiceLiveSession, player: Playback, options: BargeInOptions = {}): VoiceLiveSubscription {
  const bytesPerMs = ((options.sampleRate ?? 24_000) * 2) / 1000;
  let generating: string | undefined; // the id of the response in progress
  const cancelled = new Set<string>(); // responses whose late audio is dropped
  let item: PlayingItem | undefined;

  return session.subscribe({
    onError: options.onError && ((error) => options.onError?.(error)),
    onResponseCreated: ({ response }) => void (generating = response.id),
    onResponseDone: ({ response }) => {
      if (generating === response.id) generating = undefined;
    },
    onResponseAudioDelta: (delta) => {
      if (cancelled.has(delta.responseId)) return;
      if (item?.itemId !== delta.itemId || item.contentIndex !== delta.contentIndex) {
        // Its audio starts where the player's queue ends now.
        item = { itemId: delta.itemId, contentIndex: delta.contentIndex, startMs: player.playedMs + player.queuedMs, receivedMs: 0 };
      }
      item.receivedMs += delta.delta.byteLength / bytesPerMs;
      player.write(delta.delta);
    },
    onInputAudioBufferSpeechStarted: async () => {
      // First, silence: the position is read and the queue dropped in one step, so that what the
      // user heard is exactly what the truncation keeps. Then the service is told.
      const result: BargeIn = { cancelled: false, clearedMs: player.queuedMs };
      const response = generating;
      const cut = item && { ...item, heard: Math.floor(Math.min(Math.max(player.playedMs - item.startMs, 0), item.receivedMs)) };
      player.clear();
      item = undefined;
      generating = undefined;
      if (response) {
        cancelled.add(response); // its audio still in flight is dropped above
        result.cancelled = true;
        // A response that ended on the service meanwhile makes it answer `response_cancel_not_active`,
        // an `error` event that is harmless here.
        await session.cancelResponse(response);
      }
      // An item still being generated is cut even when all that arrived was played: the service made
      // more of it than arrived (the audio in flight).
      if (cut && (result.cancelled || cut.heard < Math.floor(cut.receivedMs))) {
        await session.truncateConversationItem(cut.itemId, cut.contentIndex, cut.heard);
        result.truncated = { itemId: cut.itemId, contentIndex: cut.contentIndex, audioEndMs: cut.heard, receivedMs: cut.receivedMs };
      }
      // Speech while nothing was said or playing is an ordinary turn, not a barge-in.
      if (result.cancelled || result.truncated || result.clearedMs > 0) options.onBargeIn?.(result);
    },
  });
}
