/**
 * The agent of `agent.ts` in a conversation: the user asks about the weather (a recording streamed at
 * real time), the model calls `get_weather`, the tool runner answers, the model speaks the result;
 * then the metrics summary is printed.
 *
 * Run it: `npx tsx examples/agent/main.ts [--input question.wav] [--speaker]`
 */
import { readFileSync } from "node:fs";
import type { VoiceLiveClient } from "ai-voicelive";
import type { TurnMetrics } from "ai-voicelive/agent";
import { createPlayer, wavToPcm16 } from "ai-voicelive/audio";
import { lastFunctionOutput, scriptedResponder, silence, speechLike } from "ai-voicelive/emulator";
import { SimulatedPlayer } from "../barge-in/simulated-player.js";
import { openService, runIfMain } from "../shared/service.js";
import { startAgent, type Agent } from "./agent.js";

/** What the emulator's model does in place of a real one: call the tool, then say what it returned. */
export const weatherScript = scriptedResponder([
  { functionCall: { name: "get_weather", arguments: JSON.stringify({ city: "Oslo" }) } },
  (input) => ({ text: `In Oslo it is ${JSON.parse(lastFunctionOutput(input) ?? "{}").temperatureC} degrees.` }),
]);

export interface ConversationResult {
  turns: TurnMetrics[];
  summary: ReturnType<Agent["summary"]>;
}

/** Streams `speech` (24 kHz PCM16) as a microphone would, and waits for the agent to answer it in `answers` responses. */
export async function converse(client: VoiceLiveClient, speech: Uint8Array, options: { model?: string; speaker?: boolean; answers?: number } = {}): Promise<ConversationResult> {
  const session = await client.startSession(options.model ?? "gpt-realtime");
  const turns: TurnMetrics[] = [];
  const player = options.speaker ? createPlayer() : new SimulatedPlayer();
  const agent = await startAgent(session, player, (turn) => turns.push(turn));
  try {
    let done = 0;
    const answered = new Promise<void>((resolve) => {
      const sub = session.subscribe({
        onResponseDone: () => {
          if (++done < (options.answers ?? 2)) return;
          sub.close();
          resolve();
        },
      });
    });
    // 100 ms chunks at real time, then half a second of silence so that server VAD ends the turn.
    const audio = new Uint8Array([...speech, ...new Uint8Array(silence(500).buffer)]);
    for (let at = 0; at < audio.length; at += 4800) {
      await session.sendAudio(audio.subarray(at, at + 4800));
      await new Promise((r) => setTimeout(r, 100));
    }
    await answered;
    return { turns, summary: agent.summary() };
  } finally {
    agent.close();
    await session.close();
    if ("close" in player) await player.close();
  }
}

runIfMain(import.meta, async () => {
  const input = process.argv.includes("--input") ? process.argv[process.argv.indexOf("--input") + 1] : undefined;
  // Without --input, 1.5 s of the emulator's speech-like sound stands in for a question.
  const speech = input ? wavToPcm16(readFileSync(input)) : new Uint8Array(speechLike(1500).buffer);
  const service = await openService({ responder: weatherScript, realtimePacing: true });
  try {
    const { turns, summary } = await converse(service.client, speech, { model: service.model, speaker: process.argv.includes("--speaker") });
    for (const t of turns) console.log(`${t.responseId}: ${t.status}, first audio after ${t.firstAudioMs?.toFixed(0) ?? "-"} ms, ${t.audioMs.toFixed(0)} ms of audio`);
    console.log(`median time to first audio: ${summary.firstAudioMs.median?.toFixed(0) ?? "-"} ms over ${summary.turns} turns`);
  } finally {
    await service.close();
  }
});
