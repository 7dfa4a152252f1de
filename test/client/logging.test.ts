/**
 * Logging at `verbose`: everything written through `AzureLogger` is captured while a key session
 * and a token session send and receive events. Secrets and audio must never appear; state changes must.
 */
import assert from "node:assert/strict";
import { format } from "node:util";
import type { AzureLogLevel } from "@azure/logger";
import { ClientSecretCredential } from "@azure/identity";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, cleanNock, fakeEntra, TENANT_ID, withNock } from "./entra.js";
import { FakeService, type ServerConnection } from "./server.js";

describe("VoiceLiveClient logging", () => {
  withNock();
  let service: FakeService;
  let captured: string[];
  let originalLog: typeof AzureLogger.log;
  let previousLevel: AzureLogLevel | undefined;
  const sessions: VoiceLiveSession[] = [];

  // The SDK loads @azure/logger with a dynamic import(); take the same module instance here (under mocha, a
  // static import would be compiled to require() and could give the CommonJS copy of the package instead).
  let AzureLogger: typeof import("@azure/logger").AzureLogger;
  let getLogLevel: typeof import("@azure/logger").getLogLevel;
  let setLogLevel: typeof import("@azure/logger").setLogLevel;
  before(async () => {
    ({ AzureLogger, getLogLevel, setLogLevel } = await import("@azure/logger"));
  });

  beforeEach(async () => {
    service = await FakeService.start();
    captured = [];
    originalLog = AzureLogger.log;
    previousLevel = getLogLevel();
    AzureLogger.log = (...args: unknown[]) => void captured.push(format(...args));
    setLogLevel("verbose");
  });

  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    setLogLevel(previousLevel);
    AzureLogger.log = originalLog;
    await service.close();
    cleanNock();
  });

  // Distinct, non-repeating samples, so the base64 is a long string that cannot occur by chance.
  const audio = Int16Array.from({ length: 480 }, (_, i) => (i * 7919) % 32749);
  const audioBase64 = Buffer.from(audio.buffer, audio.byteOffset, audio.byteLength).toString("base64");
  const serverAudioBase64 = Buffer.from(Uint8Array.from({ length: 600 }, (_, i) => (i * 31 + 7) % 251)).toString("base64");

  /** Sends audio, commits, asks for a response; the server answers with audio; waits for all of it. */
  async function converse(session: VoiceLiveSession, c: ServerConnection): Promise<void> {
    const received: string[] = [];
    session.subscribe({ onServerEvent: (e) => void received.push(e.type), onError: () => {} });
    const done = session.waitFor("response.done");
    c.ws.on("message", (data) => {
      const m = JSON.parse(String(data)) as { type: string };
      if (m.type === "response.create") {
        c.send({ type: "response.created", event_id: "s1", response: { id: "resp_1", object: "realtime.response", status: "in_progress", output: [] } });
        c.send({ type: "response.audio.delta", event_id: "s2", response_id: "resp_1", item_id: "item_1", output_index: 0, content_index: 0, delta: serverAudioBase64 });
        c.send({ type: "error", event_id: "s3", error: { type: "invalid_request_error", message: "a harmless warning-ish error" } });
        c.send({ type: "response.done", event_id: "s4", response: { id: "resp_1", object: "realtime.response", status: "completed", output: [] } });
      }
    });
    await session.sendAudio(audio);
    await session.commitAudio();
    await session.createResponse();
    await done;
    const append = await c.frame("input_audio_buffer.append");
    assert.equal(append.audio, audioBase64, "the audio did reach the server");
    await session.close();
    assert.ok(received.includes("response.audio.delta"));
  }

  function assertClean(text: string, secrets: string[]): void {
    assert.ok(text.length > 0, "something was logged");
    for (const secret of secrets) assert.ok(!text.includes(secret), `the log contains ${secret.slice(0, 12)}…`);
    assert.ok(!text.includes(audioBase64), "the log contains the audio sent");
    assert.ok(!text.includes(audioBase64.slice(0, 64)), "the log contains part of the audio sent");
    assert.ok(!text.includes(serverAudioBase64.slice(0, 64)), "the log contains the audio received");
    assert.match(text, /ai-voicelive/);
    assert.match(text, /session state idle → connecting/);
    assert.match(text, /session state connecting → connected/);
    assert.match(text, /→ closed/);
    assert.match(text, /send input_audio_buffer\.append/, "verbose send lines are captured, so their absence of audio means something");
    assert.match(text, /receive response\.audio\.delta/);
  }

  it("a key session logs state changes but never the key or the audio", async () => {
    const KEY = "log-test-key-3e9d0a41c7";
    const session = await new VoiceLiveClient(service.endpoint, new AzureKeyCredential(KEY)).startSession({ model: "gpt-realtime", instructions: "log test" });
    sessions.push(session);
    const c = await service.connection(0);
    assert.equal(c.headers["api-key"], KEY);
    await converse(session, c);
    assertClean(captured.join("\n"), [KEY]);
  });

  it("a token session logs state changes but never the token, the client secret or the audio", async () => {
    const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.log-test-token-payload.c2lnbmF0dXJl";
    const entra = fakeEntra({ tokens: [TOKEN] });
    const session = await new VoiceLiveClient(service.endpoint, new ClientSecretCredential(TENANT_ID, CLIENT_ID, CLIENT_SECRET)).startSession("gpt-realtime");
    sessions.push(session);
    const c = await service.connection(0);
    assert.equal(c.headers.authorization, `Bearer ${TOKEN}`);
    assert.equal(entra.tokenRequests.length, 1);
    await converse(session, c);
    const text = captured.join("\n");
    assertClean(text, [TOKEN, "log-test-token-payload", CLIENT_SECRET]);
  });
});
