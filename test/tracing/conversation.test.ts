/**
 * The spans of a whole conversation over a real socket to the emulator: a refused handshake and its
 * retry, the session, two responses, a send error and a service error, all under the caller's span.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import { startOtel, type Otel } from "./otel.js";

const KEY = "tracing-test-key-6f1c";
const WORDS = "the secret word is pineapple";

describe("tracing: a conversation's spans", () => {
  let emulator: VoiceLiveEmulator;
  let otel: Otel;

  beforeEach(async () => {
    otel = startOtel();
    emulator = await startEmulator({
      apiKey: KEY,
      faults: { refuseHandshake: { status: 503 } },
      // Only the first handshake is refused: the retry finds the service back.
      log: (line) => {
        if (line.startsWith("handshake refused")) emulator.setFaults(undefined);
      },
    });
  });
  afterEach(async () => {
    await emulator.close();
    await otel.stop();
  });

  async function converse(recordContent: boolean): Promise<{ spans: ReadableSpan[]; session: VoiceLiveSession }> {
    const parent = otel.parent("conversation");
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential(KEY));
    const session = client.createSession("gpt-realtime", {
      connectRetry: { initialDelayInMs: 10, maxDelayInMs: 20 },
      tracingOptions: { tracingContext: parent.context },
      enableContentRecording: recordContent,
    });
    await session.connect();
    await session.configure({ instructions: "Answer in one short sentence about pineapples." });
    for (let i = 0; i < 2; i++) {
      const done = session.waitFor("response.done");
      await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: WORDS }] });
      await session.createResponse();
      await done;
    }
    // A send the SDK refuses, and one the service refuses.
    await assert.rejects(session.sendEvent({ type: "response.create", response: { temperature: "hot" } } as never));
    const refused = session.waitFor("error");
    await session.deleteConversationItem("no_such_item");
    await refused;
    await session.close(1000, "bye");
    parent.span.end();
    return { spans: otel.spans(), session };
  }

  const named = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);
  const parentId = (s: ReadableSpan) => s.parentSpanContext?.spanId;

  it("makes connect, session and response spans under the caller's span, each with its attributes", async () => {
    const { spans, session } = await converse(false);
    const [root] = named(spans, "conversation");
    const connects = named(spans, "voicelive.connect");
    const [sessionSpan, ...others] = named(spans, "voicelive.session");
    const responses = named(spans, "voicelive.response");
    assert.equal(others.length, 0);
    assert.equal(connects.length, 2);
    assert.equal(responses.length, 2);
    const rootId = root.spanContext().spanId;
    for (const s of [...connects, sessionSpan]) assert.equal(parentId(s), rootId, `${s.name} is a child of the caller's span`);
    for (const r of responses) assert.equal(parentId(r), sessionSpan.spanContext().spanId);
    for (const s of [...connects, sessionSpan, ...responses]) {
      assert.equal(s.spanContext().traceId, root.spanContext().traceId);
      assert.equal(s.attributes["az.namespace"], "Microsoft.CognitiveServices");
      assert.equal(s.attributes["gen_ai.system"], "az.ai.voicelive");
      assert.equal(s.attributes["gen_ai.request.model"], "gpt-realtime");
      assert.equal(s.attributes["server.address"], "127.0.0.1");
      assert.equal(s.attributes["voicelive.api_version"], session.apiVersion);
    }

    const [refusedAttempt, retry] = connects.sort((a, b) => Number(a.attributes["voicelive.connect.attempt"]) - Number(b.attributes["voicelive.connect.attempt"]));
    assert.deepEqual(pick(refusedAttempt, "gen_ai.operation.name", "voicelive.connect.attempt", "voicelive.connect.reconnect", "http.response.status_code", "error.type"), {
      "gen_ai.operation.name": "connect",
      "voicelive.connect.attempt": 1,
      "voicelive.connect.reconnect": false,
      "http.response.status_code": 503,
      "error.type": "HANDSHAKE_SERVER_ERROR",
    });
    assert.equal(refusedAttempt.status.code, 2 /* ERROR */);
    assert.deepEqual(pick(retry, "voicelive.connect.attempt", "http.response.status_code", "error.type"), {
      "voicelive.connect.attempt": 2,
      "http.response.status_code": 101,
      "error.type": undefined,
    });

    assert.equal(sessionSpan.attributes["gen_ai.operation.name"], "session");
    assert.match(String(sessionSpan.attributes["gen_ai.conversation.id"]), /^sess_/);
    assert.equal(sessionSpan.attributes["voicelive.close.code"], 1000);
    assert.equal(sessionSpan.attributes["voicelive.close.reason"], "bye");
    const events = sessionSpan.events.map((e) => [e.name, e.attributes?.["error.type"], e.attributes?.["voicelive.event.type"]]);
    assert.deepEqual(events, [
      ["voicelive.send_error", "VALIDATION_FAILED", "response.create"],
      ["voicelive.server_error", String(events[1][1]), undefined],
    ]);
    assert.ok(events[1][1], "the service error's code is on its event");

    for (const r of responses) {
      const a = r.attributes;
      assert.match(String(a["gen_ai.response.id"]), /^resp_/);
      assert.equal(a["gen_ai.operation.name"], "response");
      assert.equal(a["voicelive.response.status"], "completed");
      assert.equal(r.status.code, 0 /* UNSET: how the Azure instrumentation leaves a success */);
      for (const k of ["gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "voicelive.usage.input_audio_tokens", "voicelive.usage.output_audio_tokens", "voicelive.usage.cached_tokens"]) {
        assert.equal(typeof a[k], "number", k);
      }
      assert.ok(Number(a["gen_ai.usage.output_tokens"]) > 0);
      assert.equal(typeof a["voicelive.response.time_to_first_audio_ms"], "number");
      assert.equal(typeof a["voicelive.response.time_to_first_transcript_ms"], "number");
    }
    assert.notEqual(responses[0].attributes["gen_ai.response.id"], responses[1].attributes["gen_ai.response.id"]);
  });

  it("records no key, token or content unless content recording is on", async () => {
    const { spans } = await converse(false);
    const text = JSON.stringify(spans.map((s) => [s.attributes, s.events.map((e) => e.attributes)]));
    for (const secret of [KEY, "api-key", "pineapple", "Answer in one", "no_such_item"]) assert.ok(!text.includes(secret), `no ${secret} in spans`);
    for (const s of spans) assert.equal(s.attributes["voicelive.response.transcript"], undefined);
  });

  it("puts transcripts and service error messages on spans with enableContentRecording", async () => {
    const { spans } = await converse(true);
    const responses = named(spans, "voicelive.response");
    for (const r of responses) assert.match(String(r.attributes["voicelive.response.transcript"]), /\S/);
    const [sessionSpan] = named(spans, "voicelive.session");
    const serverError = sessionSpan.events.find((e) => e.name === "voicelive.server_error");
    assert.match(String(serverError?.attributes?.["voicelive.error.message"]), /no_such_item/);
    assert.ok(!JSON.stringify(spans.map((s) => s.attributes)).includes(KEY));
  });
});

function pick(span: ReadableSpan, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, span.attributes[k]]));
}
