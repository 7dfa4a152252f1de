/**
 * A voice agent in about forty lines: a function tool the model can call, turn-taking that never
 * races an automatic response, barge-in that cuts the reply where the user stopped hearing it, and
 * per-turn latency metrics. Every part is a helper of `ai-voicelive/agent`, opt-in and usable alone.
 */
import type { VoiceLiveSession } from "ai-voicelive";
import { ToolRunner, TurnTaker, trackBargeIn, trackTurnMetrics, type BargeInPlayer, type TurnMetrics } from "ai-voicelive/agent";

export interface Agent {
  /** Median and p95 of each turn's timings, interruptions and tokens so far. */
  summary(): ReturnType<ReturnType<typeof trackTurnMetrics>["summary"]>;
  close(): void;
}

export async function startAgent(session: VoiceLiveSession, player: BargeInPlayer, onTurn?: (turn: TurnMetrics) => void): Promise<Agent> {
  const turns = new TurnTaker(session, { whileActive: "queue" });
  const tools = new ToolRunner(session, { turns, timeoutInMs: 5_000 });
  tools.register<{ city: string }>({
    name: "get_weather",
    description: "The current weather in a city.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    handler: async ({ city }) => ({ city, temperatureC: 21, sky: "clear" }),
  });
  // Declares the tool with the rest of the config; server VAD ends each user turn.
  await tools.configureSession({
    instructions: "You are a concise assistant. Use get_weather for the weather.",
    turnDetection: { type: "server_vad", silenceDurationInMs: 300 },
  });
  const metrics = trackTurnMetrics(session, { onTurn });
  // The helper plays the reply and, when the user talks over it, flushes, cancels and truncates.
  const bargeIn = trackBargeIn(session, { player, onBargeIn: (e) => metrics.noteInterruption(e.responseId) });
  return {
    summary: () => metrics.summary(),
    close() {
      for (const part of [bargeIn, metrics, tools, turns]) part.close();
    },
  };
}
