/**
 * BEFORE: one voice turn with the official `@azure/ai-voicelive` 1.1.0. `after.ts` is the same
 * program with `ai-voicelive`; README.md walks through what changed. (Type-checked, and run by
 * test/examples/migrate.test.ts against the local emulator, to show that both do the same.)
 */
import { VoiceLiveClient } from "@azure/ai-voicelive";
import { AzureKeyCredential } from "@azure/core-auth";

export interface TurnResult {
  sessionId: string;
  transcript: string;
  audioBytes: number;
  status: string;
}

/** Streams `audio` (24 kHz PCM16, mono) as the user's turn and collects the spoken answer. */
export async function voiceTurn(endpoint: string, key: string, audio: Uint8Array): Promise<TurnResult> {
  const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(key));
  const session = await client.startSession("gpt-realtime");

  const result: TurnResult = { sessionId: "", transcript: "", audioBytes: 0, status: "" };
  // No way to wait for one event: a promise resolved from a handler.
  const done = new Promise<void>((resolve, reject) => {
    session.subscribe({
      onResponseAudioTranscriptDelta: async (event, context) => {
        result.sessionId = context.sessionId;
        result.transcript += event.delta;
      },
      onResponseAudioDelta: async (event) => {
        result.audioBytes += event.delta.byteLength;
      },
      onResponseDone: async (event) => {
        result.status = event.response.status ?? "";
        resolve();
      },
      onServerError: async (event) => reject(new Error(event.error.message)),
    });
  });

  // Sent after connecting, and not confirmed: a rejected config shows up later as an error event.
  await session.updateSession({
    instructions: "Answer in one short sentence.",
    voice: { type: "openai", name: "alloy" },
    turnDetection: { type: "server_vad", silenceDurationInMs: 500 },
  });

  for (let at = 0; at < audio.byteLength; at += 4800) {
    await session.sendAudio(audio.subarray(at, at + 4800)); // 100 ms a chunk
  }
  try {
    await done;
  } finally {
    await session.disconnect();
  }
  return result;
}
