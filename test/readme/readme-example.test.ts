/**
 * The README's example runs as written: it is cut out of README.md, saved inside the package (so that
 * `import ... from "ai-voicelive"` resolves to this package), and run in a child process against a
 * local server that answers like the service.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { WebSocketServer, type WebSocket } from "ws";

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = promisify(execFile);

/** A few lines of the service's behaviour: enough for the example's conversation. */
function answer(ws: WebSocket, frame: { type: string; event_id?: string; session?: Record<string, unknown> }) {
  const send = (e: object) => ws.send(JSON.stringify(e));
  const ids = { response_id: "resp_1", item_id: "item_2", output_index: 0, content_index: 0 };
  if (frame.type === "session.update") send({ type: "session.updated", event_id: "e_u", session: { id: "sess_1", ...frame.session } });
  if (frame.type === "conversation.item.create") send({ type: "conversation.item.created", event_id: "e_c", previous_item_id: null, item: { id: "item_1", object: "realtime.item", type: "message", role: "user", status: "completed", content: [{ type: "input_text", text: "Hello!" }] } });
  if (frame.type === "response.create") {
    send({ type: "response.created", event_id: "e_r", response: { id: "resp_1", object: "realtime.response", status: "in_progress", output: [] } });
    send({ type: "response.audio_transcript.delta", event_id: "e_t1", ...ids, delta: "Hello " });
    send({ type: "response.audio.delta", event_id: "e_a1", ...ids, delta: Buffer.alloc(4800).toString("base64") });
    send({ type: "response.audio_transcript.delta", event_id: "e_t2", ...ids, delta: "there." });
    send({ type: "response.audio.delta", event_id: "e_a2", ...ids, delta: Buffer.alloc(2400).toString("base64") });
    send({ type: "response.done", event_id: "e_d", response: { id: "resp_1", object: "realtime.response", status: "completed", output: [] } });
  }
}

describe("README example", () => {
  const script = `${root}test/readme/.example.generated.ts`;
  let wss: WebSocketServer;
  const received: string[] = [];
  let apiKey: string | undefined;

  before(async () => {
    wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((r) => wss.once("listening", r));
    wss.on("connection", (ws, req) => {
      apiKey = req.headers["api-key"] as string;
      ws.send(JSON.stringify({ type: "session.created", event_id: "e_0", session: { id: "sess_1" } }));
      ws.on("message", (data) => {
        const frame = JSON.parse(String(data));
        received.push(frame.type);
        answer(ws, frame);
      });
    });
  });
  after(() => {
    wss.close();
    rmSync(script, { force: true });
  });

  it("is at most 20 lines and runs as written", async function () {
    this.timeout(60_000);
    const readme = readFileSync(`${root}README.md`, "utf8");
    const code = /```ts example\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(code, "README.md has a ```ts example block");
    assert.ok(code.trimEnd().split("\n").length <= 20, "the example stays short");
    writeFileSync(script, code);
    const port = (wss.address() as { port: number }).port;
    const { stdout } = await run(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      env: { ...process.env, AZURE_VOICELIVE_ENDPOINT: `http://127.0.0.1:${port}`, AZURE_VOICELIVE_API_KEY: "readme-key" },
    });
    assert.equal(apiKey, "readme-key");
    assert.deepEqual(received, ["session.update", "conversation.item.create", "response.create"]);
    assert.match(stdout, /Hello there\./);
    assert.match(stdout, /7200 bytes of audio/);
  });
});
