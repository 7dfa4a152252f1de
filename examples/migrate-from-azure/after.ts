/**
 * AFTER: the program of `before.ts`, moved to `ai-voicelive`. README.md walks through the changes.
 *
 * Run it: `npx tsx examples/migrate-from-azure/after.ts` (the local emulator, unless
 * AZURE_VOICELIVE_ENDPOINT and AZURE_VOICELIVE_API_KEY are set).
 */
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "ai-voicelive";
import { concatPcm16, encodePcm16, silence, speechLike, startEmulator } from "ai-voicelive/emulator";
import { runIfMain } from "../shared/service.js";

export interface TurnResult {
  sessionId: string;
  transcript: string;
  audioBytes: number;
  status: string;
}

/** Streams `audio` (24 kHz PCM16, mono) as the user's turn and collects the spoken answer. */
export async function voiceTurn(endpoint: string, key: string, audio: Uint8Array): Promise<TurnResult> {
  const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(key));
  // The config goes with the session: startSession resolves once the service has confirmed it (a
  // rejected config rejects here, with the service's error, and closes the session).
  const session = await client.startSession({
    model: "gpt-realtime",
    instructions: "Answer in one short sentence.",
    voice: { type: "openai", name: "alloy" },
    turnDetection: { type: "server_vad", silenceDurationInMs: 500 },
  });

  const result: TurnResult = { sessionId: session.sessionId ?? "", transcript: "", audioBytes: 0, status: "" };
  const errors: string[] = [];
  // Handlers may be sync; the context holds the session itself (context.session.sessionId).
  session.subscribe({
    onResponseAudioTranscriptDelta: (event) => void (result.transcript += event.delta),
    onResponseAudioDelta: (event) => void (result.audioBytes += event.delta.byteLength),
    onServerError: (event) => void errors.push(event.error.message),
  });

  try {
    // Wait for one event with waitFor, started before the audio that causes it.
    const done = session.waitFor("response.done", { timeoutInMs: 60_000 });
    for (let at = 0; at < audio.byteLength; at += 4800) {
      await session.sendAudio(audio.subarray(at, at + 4800)); // 100 ms a chunk
    }
    result.status = (await done).response.status ?? "";
  } finally {
    await session.close(); // was disconnect()
  }
  if (errors.length > 0) throw new Error(errors.join("; "));
  return result;
}

runIfMain(import.meta, async () => {
  // Speech-like sound (the emulator hears its length, not words), then the pause that ends the turn.
  const audio = encodePcm16(concatPcm16([speechLike(1200), silence(800)]));
  const endpoint = process.env.AZURE_VOICELIVE_ENDPOINT;
  if (endpoint) {
    console.log(await voiceTurn(endpoint, process.env.AZURE_VOICELIVE_API_KEY ?? "", audio));
    return;
  }
  const emulator = await startEmulator({ apiKey: "local-key" });
  try {
    console.log(await voiceTurn(emulator.url, "local-key", audio));
  } finally {
    await emulator.close();
  }
});
