/**
 * A spoken conversation in Node: audio from a source to the session, the reply to a player, and
 * barge-in when the user talks over it. The source and the player are passed in, so that the same
 * code runs with the microphone and the speakers (`createRecorder()` and `createPlayer()` of
 * `ai-voicelive/audio`) and, in the test, with a WAV file and a player that collects.
 */
import type { VoiceLiveClient } from "ai-voicelive";
import { bargeInTurnDetection, playWithBargeIn, type BargeIn, type Playback } from "../barge-in/barge-in.js";

/** 24 kHz mono PCM16 chunks, as they are recorded; the conversation ends when they do. */
export type AudioSource = AsyncIterable<Uint8Array>;

export interface ConversationOptions {
  model?: string;
  instructions?: string;
  /**
   * Have the service remove the assistant's own voice from the microphone signal
   * (`inputAudioEchoCancellation`). Default true: with speakers, the microphone hears the reply,
   * and the assistant would take its own voice for the user's and interrupt itself. Headphones make
   * it unnecessary.
   */
  echoCancellation?: boolean;
  /** Told of each turn and barge-in. Default `console.log`. */
  log?: (line: string) => void;
  /** How long to wait, once the source has ended, for the last answer to arrive and play. Default 60 s. */
  drainTimeoutMs?: number;
}

export interface ConversationResult {
  sessionId: string;
  /** What the service heard in each user turn (its input transcription). */
  heard: string[];
  /** The assistant's answers, one per response, as far as each got. */
  answers: string[];
  bargeIns: BargeIn[];
  /** Audio sent, in ms. */
  sentMs: number;
}

/** The silence sent once the source ends: longer than server VAD's default 500 ms, so that a turn in progress ends. */
const CLOSING_SILENCE_MS = 800;

/**
 * Holds a conversation until `source` ends, then until the last answer has arrived and played, and
 * closes the session.
 */
export async function converse(client: VoiceLiveClient, source: AudioSource, player: Playback, options: ConversationOptions = {}): Promise<ConversationResult> {
  const log = options.log ?? console.log;
  const session = await client.startSession(
    {
      model: options.model ?? "gpt-realtime",
      instructions: options.instructions ?? "You are a friendly voice assistant. Keep answers short.",
      turnDetection: bargeInTurnDetection,
      // The service's echo canceller: it knows what it said and subtracts it from what the microphone sends.
      inputAudioEchoCancellation: options.echoCancellation === false ? null : { type: "server_echo_cancellation" },
      inputAudioNoiseReduction: { type: "azure_deep_noise_suppression" },
      inputAudioTranscription: { model: "whisper-1" },
    },
    // Live capture: on a slow network the oldest audio is dropped (and reported) rather than queued without end.
    { sendBuffer: { mode: "dropOldestAudio" } },
  );
  const result: ConversationResult = { sessionId: session.sessionId ?? "", heard: [], answers: [], bargeIns: [], sentMs: 0 };
  let speaking = false;
  let responding = false;
  let committed = 0; // user turns committed: each one is answered, unless a response was running then
  let answered = 0;
  let lastCommitAt = 0;
  let failure: Error | undefined;

  playWithBargeIn(session, player, {
    // A player that failed (no sound device, say) ends the conversation with its error.
    onError: (error) => void (failure ??= error.cause instanceof Error ? error.cause : error),
    onBargeIn: (bargeIn) => {
      result.bargeIns.push(bargeIn);
      log(`(interrupted: ${bargeIn.truncated ? `the answer was cut at ${bargeIn.truncated.audioEndMs} ms` : "nothing left to cut"}${bargeIn.cancelled ? ", its generation cancelled" : ""})`);
    },
  });
  session.subscribe({
    onInputAudioBufferSpeechStarted: () => void (speaking = true),
    onInputAudioBufferSpeechStopped: () => void (speaking = false),
    onInputAudioBufferCommitted: () => {
      committed++;
      lastCommitAt = Date.now();
    },
    onConversationItemInputAudioTranscriptionCompleted: (event) => {
      result.heard.push(event.transcript);
      log(`you: ${event.transcript}`);
    },
    onResponseCreated: () => {
      responding = true;
      answered++;
      result.answers.push("");
    },
    onResponseAudioTranscriptDelta: (event) => void (result.answers[result.answers.length - 1] += event.delta),
    onResponseDone: (event) => {
      responding = false;
      log(`assistant: ${result.answers[result.answers.length - 1]}${event.response.status === "completed" ? "" : ` (${event.response.status})`}`);
    },
    onServerError: (event) => log(`service error: ${event.error.message}`),
    onDisconnected: ({ error }) => void (failure ??= error),
  });

  try {
    for await (const chunk of source) {
      if (failure) throw failure;
      await session.sendAudio(chunk);
      result.sentMs += chunk.byteLength / 48;
    }
    // The source ended, maybe mid-sentence: a pause ends that turn, then the answer is awaited and played.
    await session.sendAudio(new Uint8Array(CLOSING_SILENCE_MS * 48));
    result.sentMs += CLOSING_SILENCE_MS;
    const deadline = Date.now() + (options.drainTimeoutMs ?? 60_000);
    const unanswered = () => committed > answered && Date.now() - lastCommitAt < 3000;
    const settled = () => !speaking && !unanswered() && !responding && player.queuedMs === 0;
    // The service's answer to the pause is a round trip away: settled must hold twice, 300 ms apart.
    for (let calm = 0; calm < 2; calm = settled() ? calm + 1 : 0) {
      if (failure) throw failure;
      if (Date.now() > deadline) throw new Error("the last answer did not arrive and play in time");
      await new Promise((r) => setTimeout(r, 300));
    }
    return result;
  } finally {
    await session.close();
  }
}
