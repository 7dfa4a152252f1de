/**
 * A session of an api-version the SDK places (a preview) rather than models, with validateIncoming:
 * an event type that only a label version knows (2026-06-01-preview's
 * `output_audio_buffer.started`, which v1 models) is delivered without a
 * SCHEMA_MISMATCH, as an event no version knows would be; under a modelled version it is reported.
 */
import assert from "node:assert/strict";
import { WebSocketServer } from "ws";
import { VoiceLiveClient, type VoiceLiveError } from "../../src/index.js";

async function errorsFor(apiVersion: string): Promise<{ errors: string[]; delivered: boolean }> {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((r) => wss.once("listening", r));
  wss.on("connection", (ws) => {
    ws.send(JSON.stringify({ type: "session.created", event_id: "e1", session: { id: "s" } }));
    ws.send(JSON.stringify({ type: "output_audio_buffer.started", event_id: "e2", response_id: "r" }));
  });
  const port = (wss.address() as { port: number }).port;
  const session = new VoiceLiveClient(`http://127.0.0.1:${port}`, { key: "k" }, { apiVersion }).createSession("gpt-realtime", { validateIncoming: true });
  const errors: string[] = [];
  let delivered = false;
  const seen = new Promise<void>((resolve) =>
    session.subscribe({
      onError: (e: VoiceLiveError) => void errors.push(e.code),
      onServerEvent: (e) => {
        if ((e.type as string) !== "output_audio_buffer.started") return;
        delivered = true;
        resolve();
      },
    }),
  );
  await session.connect();
  await seen;
  await new Promise((r) => setImmediate(r));
  await session.close();
  await new Promise((r) => wss.close(r));
  return { errors, delivered };
}

describe("session: an api-version placed on a modelled one", () => {
  it("passes a label version's own event type as unknown under a placed preview, and reports it under the modelled version", async () => {
    assert.deepEqual(await errorsFor("2026-06-01-preview"), { errors: [], delivered: true });
    assert.deepEqual(await errorsFor("2026-07-15"), { errors: ["SCHEMA_MISMATCH"], delivered: true });
  });
});
