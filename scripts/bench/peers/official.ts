/**
 * The official SDK, `@azure/ai-voicelive` 1.1.0: `VoiceLiveClient` with an `AzureKeyCredential`,
 * `startSession` with `sessionHandlers` (its handlers are typed as async, so they are async here),
 * `sendAudio(Uint8Array)` and `sendEvent` for the rest. Its `startSession` resolves when the socket
 * opens, so `open` waits for `onSessionCreated` as well. It has no validation of outgoing events.
 */
import type * as Official from "@azure/ai-voicelive";
import { MODEL } from "../scenarios.js";
import type { App, Endpoint, Peer, PeerSession } from "../types.js";

export async function createPeer(endpoint: Endpoint): Promise<Peer> {
  const sdk = (await import("@azure/ai-voicelive")) as typeof Official;
  const { AzureKeyCredential } = await import("@azure/core-auth");
  const client = new sdk.VoiceLiveClient(endpoint.http, new AzureKeyCredential(endpoint.key));
  return {
    name: "official",
    async open(app: App): Promise<PeerSession> {
      let created!: () => void;
      const ready = new Promise<void>((resolve) => (created = resolve));
      const sessionHandlers: Official.VoiceLiveSessionHandlers = {
        onServerEvent: async () => app.onEvent(),
        onResponseAudioDelta: async (e) => app.onAudio(e.delta),
        onResponseAudioTranscriptDelta: async (e) => app.onTranscript(e.delta),
        onResponseCreated: async (e) => app.onResponseCreated(e.response.id),
        onResponseOutputItemAdded: async (e) => app.onOutputItemAdded(e.item?.id),
        onConversationItemCreated: async (e) => app.onItemCreated(e.item?.id),
        onResponseContentPartAdded: async (e) => app.onPartAdded(e.itemId),
        onResponseContentPartDone: async (e) => app.onPartDone("transcript" in e.part ? (e.part.transcript as string | undefined) : undefined),
        onResponseOutputItemDone: async (e) => app.onOutputItemDone(e.item?.id),
        onResponseDone: async (e) => app.onResponseDone(e.response.usage?.totalTokens),
        onInputAudioBufferCommitted: async (e) => app.onCommitted(e.itemId),
        onSessionCreated: async () => {
          app.onSessionCreated();
          created();
        },
        onServerError: async (e) => app.onError(e.error.message),
        onError: async (args) => app.onError(args.error.message),
      };
      const session = await client.startSession(MODEL, { sessionHandlers });
      await ready;
      return {
        sendAudio: (chunk) => session.sendAudio(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
        createResponse: () => session.sendEvent({ type: "response.create" }),
        commitAudio: () => session.sendEvent({ type: "input_audio_buffer.commit" }),
        close: () => session.dispose(),
      };
    },
  };
}
