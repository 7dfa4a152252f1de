/**
 * The main entry point loads no validators at import; a session loads its own version's when it
 * connects, and only the direction it checks: client events by default, server events with
 * `validateIncoming`. Checked in a fresh process, since other tests load every version into this one.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../../", import.meta.url));
const script = `${root}test/package/.lazy-validators.generated.ts`;

const CHILD = `
import { WebSocketServer } from "ws";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, apiVersions } from "ai-voicelive";
// The registry and the validation are internal to the main entry point: read them from the sources.
import { checkFor } from "../../src/validators.js";
import { validateClientEvent } from "../../src/validation.js";

const out: Record<string, unknown> = {};
const loaded = () => ({ client: apiVersions.filter((v) => checkFor(v, "client")), server: apiVersions.filter((v) => checkFor(v, "server")) });
out.atImport = loaded();
try {
  validateClientEvent({ type: "input_audio_buffer.commit" }, "2025-10-01");
} catch (e) {
  out.beforeLoad = (e as { code?: string }).code;
}
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
await new Promise((r) => wss.once("listening", r));
wss.on("connection", (ws) => ws.send(JSON.stringify({ type: "session.created", event_id: "e", session: { id: "s" } })));
const port = (wss.address() as { port: number }).port;
const client = new VoiceLiveClient("http://127.0.0.1:" + port, new AzureKeyCredential("k"), { apiVersion: "2025-10-01" });
const session = await client.startSession("gpt-realtime");
out.afterConnect = loaded();
try {
  await session.sendInputTextDelta("t1", "hello");
} catch (e) {
  out.refused = [(e as { code?: string }).code, (e as { issues?: { rule: string }[] }).issues?.[0]?.rule];
}
await session.close();
const incoming = new VoiceLiveClient("http://127.0.0.1:" + port, new AzureKeyCredential("k"), { apiVersion: "2026-04-10" });
await (await incoming.startSession("gpt-realtime", { validation: "off", validateIncoming: true })).close();
out.withValidateIncoming = loaded();
wss.close();
console.log(JSON.stringify(out));
`;

describe("validators load lazily", () => {
  after(() => rmSync(script, { force: true }));

  it("none at import; the session's version and direction on connect; a clear error before", async function () {
    this.timeout(30_000);
    writeFileSync(script, CHILD);
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script], { cwd: root });
    assert.deepEqual(JSON.parse(stdout.trim().split("\n").at(-1)!), {
      atImport: { client: [], server: [] },
      beforeLoad: "INVALID_STATE",
      afterConnect: { client: ["2025-10-01"], server: [] },
      refused: ["VALIDATION_FAILED", "unavailable"],
      withValidateIncoming: { client: ["2025-10-01"], server: ["2026-04-10"] },
    });
  });
});
