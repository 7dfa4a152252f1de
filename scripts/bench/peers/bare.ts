/**
 * The floor: a plain `ws` client that does only what any client must. Incoming: `JSON.parse` of
 * each frame, and `Buffer.from(delta, "base64")` of audio deltas; then the same application
 * handlers as the SDK peers. Outgoing: base64 of the PCM, `JSON.stringify`, `ws.send`, resolved by
 * the send callback. No validation, no typed models, no queues.
 */
import type { RawData } from "ws";
import type { App, Endpoint, Peer, PeerSession } from "../types.js";

interface WireEvent {
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
            return send(JSON.stringify({ type: "input_audio_buffer.append", event_id: `evt_${(counter++).toString(36)}`, audio }));
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
          app.onEvent();
          switch (event.type) {
            case "response.audio.delta":
              app.onAudio(Buffer.from(event.delta!, "base64"));
              break;
            case "response.audio_transcript.delta":
              app.onTranscript(event.delta!);
              break;
            case "response.created":
              app.onResponseCreated(event.response?.id);
              break;
            case "response.output_item.added":
              app.onOutputItemAdded(event.item?.id);
              break;
            case "conversation.item.created":
              app.onItemCreated(event.item?.id);
              break;
            case "response.content_part.added":
              app.onPartAdded(event.item_id!);
              break;
            case "response.content_part.done":
              app.onPartDone(event.part?.transcript);
              break;
            case "response.output_item.done":
              app.onOutputItemDone(event.item?.id);
              break;
            case "response.done":
              app.onResponseDone(event.response?.usage?.total_tokens);
              break;
            case "input_audio_buffer.committed":
              app.onCommitted(event.item_id!);
              break;
            case "session.created":
              app.onSessionCreated();
              if (!ready) {
                ready = true;
                resolve(session);
              }
              break;
            case "error":
              app.onError(event.error?.message ?? "error event");
              break;
            default:
              app.onOther();
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
