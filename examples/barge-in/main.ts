/**
 * The barge-in demo: the assistant starts a long answer; 1.5 s into its playback the "user" talks
 * over it (speech-like audio, streamed at real time); the app cancels the answer, truncates it where
 * playback stopped, and drops the rest. Then the user's turn is answered.
 *
 * Run it: `npx tsx examples/barge-in/main.ts` (add `--speaker` to hear it, with sox or ffmpeg installed)
 */
import type { VoiceLiveClient } from "ai-voicelive";
import { createPlayer } from "ai-voicelive/audio";
import { concatPcm16, scriptedResponder, silence, speechLike } from "ai-voicelive/emulator";
import { openService, runIfMain } from "../shared/service.js";
import { bargeInTurnDetection, playWithBargeIn, type BargeIn, type Playback } from "./barge-in.js";
import { SimulatedPlayer } from "./simulated-player.js";

export interface DemoOptions {
  model?: string;
  player?: Playback;
  /** When the user starts talking, in ms of the assistant's audio played. Default 1500. */
  interruptAtMs?: number;
  log?: (line: string) => void;
}

export async function bargeInDemo(client: VoiceLiveClient, options: DemoOptions = {}): Promise<BargeIn> {
  const log = options.log ?? console.log;
  const player = options.player ?? new SimulatedPlayer();
  const session = await client.startSession({ model: options.model ?? "gpt-realtime", turnDetection: bargeInTurnDetection });
  try {
    // A player that failed (no sound device, say) ends the demo with its error.
    let failure: Error | undefined;
    const bargedIn = new Promise<BargeIn>((resolve) =>
      playWithBargeIn(session, player, { onBargeIn: resolve, onError: (e) => void (failure ??= e.cause instanceof Error ? e.cause : e) }),
    );
    session.subscribe({ onServerError: (e) => log(`service error: ${e.error.message}`) });

    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Tell me a long story." }] });
    const story = session.waitFor("response.created");
    await session.createResponse();
    const storyId = (await story).response.id;
    const at = options.interruptAtMs ?? 1500;
    for (const deadline = Date.now() + 30_000; player.playedMs < at; await sleep(20)) {
      if (failure) throw failure;
      if (Date.now() > deadline) throw new Error(`the player did not reach ${at} ms in 30 s`);
    }
    log(`the assistant has played ${Math.round(player.playedMs)} ms (${Math.round(player.queuedMs)} ms more queued); the user starts talking`);

    // The user talks over it for 0.8 s, then pauses: server VAD hears the start, then the end of the turn.
    const nextAnswer = session.waitFor("response.done", { timeoutInMs: 30_000, predicate: (e) => e.response.id !== storyId });
    const speech = concatPcm16([speechLike(800), silence(700)]);
    for (let i = 0; i < speech.length; i += 2400) {
      await session.sendAudio(speech.subarray(i, i + 2400));
      await sleep(100);
    }
    const result = await bargedIn;
    log(`barge-in: ${result.cancelled ? "response cancelled" : "the response had already finished"}; ` +
      (result.truncated ? `item ${result.truncated.itemId} truncated at ${result.truncated.audioEndMs} ms of ${Math.round(result.truncated.receivedMs)} ms received` : "nothing to truncate") +
      `; ${Math.round(result.clearedMs)} ms of queued audio dropped`);
    const { response } = await nextAnswer;
    log(`the user's turn was answered (${response.status})`);
    return result;
  } finally {
    await session.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

runIfMain(import.meta, async () => {
  // The emulator's first answer: a long one (speech-like audio, about 60 ms a character), sent at real time.
  const story = "Once upon a time, in a small town by the sea, there lived a lighthouse keeper who collected stories from passing ships.";
  const service = await openService({ realtimePacing: true, responder: scriptedResponder([story]) });
  // The speakers (ai-voicelive/audio's player counts its position by the clock, as the simulated one does).
  const speaker = process.argv.includes("--speaker") ? createPlayer() : undefined;
  try {
    await bargeInDemo(service.client, { model: service.model, player: speaker });
  } finally {
    await speaker?.close().catch(() => {}); // a failed player has told its error already
    await service.close();
  }
});
