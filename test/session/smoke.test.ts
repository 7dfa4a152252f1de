import assert from "node:assert/strict";
import { WebSocketServer } from "ws";
import { AzureKeyCredential, VoiceLiveClient } from "../../src/index.js";

describe("smoke", () => {
  it("connects, sends, receives", async () => {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((r) => wss.once("listening", r));
    const port = (wss.address() as { port: number }).port;
    const seen: unknown[] = [];
    let headers: Record<string, unknown> = {};
    let url = "";
    wss.on("connection", (ws, req) => {
      headers = req.headers;
      url = req.url ?? "";
      ws.send(JSON.stringify({ type: "session.created", event_id: "e0", session: { id: "sess_1" } }));
      ws.on("message", (d) => {
        const m = JSON.parse(String(d));
        seen.push(m);
        if (m.type === "session.update") ws.send(JSON.stringify({ type: "session.updated", event_id: "e1", session: { id: "sess_1", instructions: m.session.instructions } }));
      });
    });
    const client = new VoiceLiveClient(`http://127.0.0.1:${port}/prefix`, new AzureKeyCredential("k-123"));
    const session = await client.startSession({ model: "gpt-realtime", instructions: "hi" });
    const got: string[] = [];
    session.subscribe({ onServerEvent: (e) => void got.push(e.type) });
    await session.sendAudio(new Int16Array([1, 2, 3]));
    await assert.rejects(session.updateSession({ turnDetection: { type: "server_vad", threshold: 2 } }), /threshold must be <= 1/);
    await session.close();
    assert.deepEqual(got, ["session.created", "session.updated"]);
    assert.equal(headers["api-key"], "k-123");
    assert.match(String(headers["user-agent"]), /azsdk-js-ai-voicelive\/0\.1\.0/);
    assert.ok(headers["x-ms-client-request-id"]);
    assert.equal(url, "/prefix/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime");
    assert.deepEqual(seen.map((m) => (m as { type: string }).type), ["session.update", "input_audio_buffer.append"]);
    wss.close();
  });
});
