/**
 * With tracing off, the tracing code and `@azure/core-tracing` are never loaded: loading them alone
 * made every inbound event dearer (src/tracing/load.ts). They are loaded at the first connect when
 * an OpenTelemetry API is registered, or when the session was given `tracingOptions`. Checked in
 * fresh processes, whose module loads a loader hook records.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { moduleLoadRecorder, type LoadRecorder } from "../package/module-loads.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const script = `${root}test/tracing/.lazy-load.generated.ts`;

const CHILD = `
import { WebSocketServer } from "ws";
import { VoiceLiveClient } from "ai-voicelive";

const mode = process.argv[2];
if (mode === "otel" || mode === "otel-disabled") {
  const { trace } = await import("@opentelemetry/api");
  const { BasicTracerProvider } = await import("@opentelemetry/sdk-trace-base");
  trace.setGlobalTracerProvider(new BasicTracerProvider());
  // Disabled again: the API's registry stays, without a tracer provider in it.
  if (mode === "otel-disabled") trace.disable();
}
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
await new Promise((r) => wss.once("listening", r));
wss.on("connection", (ws) => ws.send(JSON.stringify({ type: "session.created", event_id: "e", session: { id: "s" } })));
const port = (wss.address() as { port: number }).port;
const client = new VoiceLiveClient("http://127.0.0.1:" + port, { key: "k" });
const session = await client.startSession("gpt-realtime", mode === "options" ? { tracingOptions: {} } : {});
const state = session.state;
await session.close();
wss.close();
console.log(state);
`;

const isTracing = (url: string) => url.includes("@azure/core-tracing") || url.includes("/src/tracing/session-trace");

describe("tracing code is loaded only when tracing can record", () => {
  let recorder: LoadRecorder;
  before(() => (recorder = moduleLoadRecorder(root, script, CHILD)));
  after(() => recorder.dispose());

  for (const mode of ["plain", "otel-disabled"]) {
    it(`${mode === "plain" ? "no OpenTelemetry API" : "a tracer provider registered, then disabled"}, no tracingOptions: neither the tracing code nor @azure/core-tracing is loaded`, async function () {
      this.timeout(30_000);
      const { loads, lastLine } = await recorder.run([mode]);
      assert.equal(lastLine, "connected");
      assert.ok(loads.some((u) => u.includes("/src/session/connection")), "the hook saw the SDK's modules");
      assert.deepEqual(loads.filter(isTracing), []);
    });
  }

  for (const mode of ["otel", "options"]) {
    it(`${mode === "otel" ? "an OpenTelemetry tracer provider registered" : "tracingOptions given"}: both are loaded at the first connect`, async function () {
      this.timeout(30_000);
      const { loads, lastLine } = await recorder.run([mode]);
      assert.equal(lastLine, "connected");
      assert.ok(loads.some((u) => u.includes("/src/tracing/session-trace")));
      assert.ok(loads.some((u) => u.includes("@azure/core-tracing")));
    });
  }
});
