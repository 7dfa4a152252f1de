/**
 * The floor: a plain `ws` client that does only what any client must. Incoming: `JSON.parse` of
 * each frame, and `Buffer.from(delta, "base64")` of audio deltas; then the same application
 * handlers as the SDK peers. Outgoing: base64 of the PCM, `JSON.stringify`, `ws.send` without a
 * callback, never awaited (the floor any client pays); the rarer sends resolve by the send callback.
 * No validation, no typed models, no queues.
 */
import type { RawData } from "ws";
import type { App, Endpoint, Peer, PeerSession } from "../types.js";

export interface WireEvent {
  type: string;
  delta?: string;
  item_id?: string;
  item?: { id?: string };
  response?: { id?: string; usage?: { total_tokens?: number } | null };
  part?: { transcript?: string };
  error?: { message?: string };
}

export async function createPeer(endpoint: Endpoint): Promise<Peer> {
  const { WebSocket } = await import("ws");
  let counter = 0;
  return {
    name: "bare",
    open(app: App): Promise<PeerSession> {
      return new Promise<PeerSession>((resolve, reject) => {
        const ws = new WebSocket(endpoint.ws, { headers: { "api-key": endpoint.key } });
        let ready = false;
        const send = (text: string) => new Promise<void>((res, rej) => ws.send(text, (err) => (err ? rej(err) : res())));
        const session: PeerSession = {
          sendAudio(chunk) {
            const audio = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("base64");
            ws.send(JSON.stringify({ type: "input_audio_buffer.append", event_id: `evt_${(counter++).toString(36)}`, audio }));
          },
          createResponse: () => send(JSON.stringify({ type: "response.create", event_id: `evt_${(counter++).toString(36)}` })),
          commitAudio: () => send(JSON.stringify({ type: "input_audio_buffer.commit", event_id: `evt_${(counter++).toString(36)}` })),
          close() {
            if (ws.readyState === ws.CLOSED) return Promise.resolve();
            return new Promise<void>((res) => {
              ws.once("close", () => res());
              ws.close(1000);
            });
          },
        };
        ws.on("message", (data: RawData) => {
          const event = JSON.parse(data.toString()) as WireEvent;
          handleWireEvent(app, event);
          if (!ready && event.type === "session.created") {
            ready = true;
            resolve(session);
          }
        });
        ws.on("error", (err) => {
          app.onError(err.message);
          if (!ready) reject(err);
        });
        ws.on("close", (code) => {
          if (!ready) reject(new Error(`closed before session.created (${code})`));
        });
      });
    },
  };
}

/** What the bare client does with each parsed frame: the application handlers, audio decoded from base64. */
export function handleWireEvent(app: App, event: WireEvent): void {
  app.onEvent();
  switch (event.type) {
    case "response.audio.delta":
      return app.onAudio(Buffer.from(event.delta!, "base64"));
    case "response.audio_transcript.delta":
      return app.onTranscript(event.delta!);
    case "response.created":
      return app.onResponseCreated(event.response?.id);
    case "response.output_item.added":
      return app.onOutputItemAdded(event.item?.id);
    case "conversation.item.created":
      return app.onItemCreated(event.item?.id);
    case "response.content_part.added":
      return app.onPartAdded(event.item_id!);
    case "response.content_part.done":
      return app.onPartDone(event.part?.transcript);
    case "response.output_item.done":
      return app.onOutputItemDone(event.item?.id);
    case "response.done":
      return app.onResponseDone(event.response?.usage?.total_tokens);
    case "input_audio_buffer.committed":
      return app.onCommitted(event.item_id!);
    case "session.created":
      return app.onSessionCreated();
    case "error":
      return app.onError(event.error?.message ?? "error event");
    default:
      return app.onOther();
  }
}
