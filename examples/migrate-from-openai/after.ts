/**
 * AFTER: a text question and a spoken answer, the program that README.md shows with openai-node's
 * realtime client (`OpenAIRealtimeWS` of `openai/realtime/ws`), moved to `ai-voicelive`.
 *
 * Run it: `npx tsx examples/migrate-from-openai/after.ts "Hello there"`
 */
import { VoiceLiveClient } from "ai-voicelive";
import { openService, runIfMain } from "../shared/service.js";

export interface Answer {
  transcript: string;
  /** The answer's audio: PCM16 at 24 kHz, already decoded from base64. */
  audio: Uint8Array[];
  status: string;
}

export async function ask(client: VoiceLiveClient, question: string, model = "gpt-realtime"): Promise<Answer> {
  // Connecting, sending session.update and waiting for session.updated are one awaited call:
  // no `socket.on("open")`, and a refused config rejects here.
  const session = await client.startSession({ model, instructions: "Answer in one short sentence.", modalities: ["text", "audio"] });
  const answer: Answer = { transcript: "", audio: [], status: "" };
  // Typed, camelCase events, one handler per type; Voice Live names its output events
  // `response.audio.*` and `response.audio_transcript.*`.
  session.subscribe({
    onResponseAudioTranscriptDelta: (event) => void (answer.transcript += event.delta),
    onResponseAudioDelta: (event) => void answer.audio.push(event.delta),
    onServerError: (event) => console.error(`service error: ${event.error.message}`),
  });
  try {
    // Sends are awaited and checked against the API version's schema first: a misspelt field is
    // refused here with its path, and nothing is sent.
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: question }] });
    const done = session.waitFor("response.done", { timeoutInMs: 60_000 });
    await session.createResponse();
    answer.status = (await done).response.status ?? "";
  } finally {
    await session.close();
  }
  return answer;
}

runIfMain(import.meta, async () => {
  const service = await openService();
  try {
    const answer = await ask(service.client, process.argv[2] ?? "Hello there", service.model);
    const bytes = answer.audio.reduce((n, chunk) => n + chunk.byteLength, 0);
    console.log(`${answer.transcript} (${answer.status}, ${bytes} bytes of audio)`);
  } finally {
    await service.close();
  }
});
