/**
 * A session with a key (or anonymous) credential never loads `@azure/core-rest-pipeline`: its
 * handshake headers are made by the SDK. That package (with the HTTP runtime and proxy agents it
 * pulls in, about a hundred modules) is loaded only for a token credential's bearer policy.
 * Checked in fresh processes, whose module loads a loader hook records.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { moduleLoadRecorder, type LoadRecorder } from "./module-loads.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const script = `${root}test/package/.lazy-pipeline.generated.ts`;

const CHILD = `
import { WebSocketServer } from "ws";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "ai-voicelive";

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
await new Promise((r) => wss.once("listening", r));
const seen: Record<string, string | undefined> = {};
wss.on("connection", (ws, req) => {
  seen.apiKey = req.headers["api-key"] as string | undefined;
  seen.authorization = req.headers.authorization;
  seen.userAgent = req.headers["user-agent"];
  seen.requestId = req.headers["x-ms-client-request-id"] as string | undefined;
  ws.send(JSON.stringify({ type: "session.created", event_id: "e", session: { id: "s" } }));
});
const port = (wss.address() as { port: number }).port;
const token = { getToken: async () => ({ token: "tok", expiresOnTimestamp: Date.now() + 3_600_000 }) };
const credential = process.argv[2] === "token" ? token : new AzureKeyCredential("k");
const client = new VoiceLiveClient("http://127.0.0.1:" + port, credential);
const session = await client.startSession("gpt-realtime");
await session.close();
wss.close();
console.log(JSON.stringify(seen));
`;

describe("@azure/core-rest-pipeline is loaded only for token credentials", () => {
  let recorder: LoadRecorder;
  before(() => (recorder = moduleLoadRecorder(root, script, CHILD)));
  after(() => recorder.dispose());

  async function run(kind: "key" | "token"): Promise<{ loads: string[]; seen: Record<string, string | undefined> }> {
    const { loads, lastLine } = await recorder.run([kind]);
    return { loads, seen: JSON.parse(lastLine) };
  }

  it("a key session: headers made by the SDK, the pipeline never loaded", async function () {
    this.timeout(30_000);
    const { loads, seen } = await run("key");
    assert.ok(loads.some((u) => u.includes("/node_modules/ws/")), "the hook saw the process's modules");
    assert.deepEqual(loads.filter((u) => /core-rest-pipeline|https?-proxy-agent/.test(u)), []);
    assert.equal(seen.apiKey, "k");
    assert.equal(seen.authorization, undefined);
    assert.match(seen.userAgent ?? "", /^azsdk-js-ai-voicelive\/\d+\.\d+\.\d+ Node\/\d+\.\d+\.\d+ OS\/\(.+\)$/);
    assert.match(seen.requestId ?? "", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("a token session: the bearer policy's Authorization header, from the pipeline", async function () {
    this.timeout(30_000);
    const { loads, seen } = await run("token");
    assert.ok(loads.some((u) => u.includes("core-rest-pipeline")));
    assert.equal(seen.authorization, "Bearer tok");
    assert.equal(seen.apiKey, undefined);
    assert.match(seen.userAgent ?? "", /^azsdk-js-ai-voicelive\//);
  });
});
