/**
 * Spans across a session's life beyond the happy path: a dropped connection and its reconnect, a
 * cancelled and truncated response; and no tracing work at all when no instrumenter is registered.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { trackTurnMetrics, type TurnMetrics } from "../../src/agent/index.js";
import { concatPcm16, scriptedResponder, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import { startOtel, type Otel } from "./otel.js";

const named = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);
/** The session's tracing: undefined before the first connect, null once the connection knows tracing is off. */
const traceOf = (session: VoiceLiveSession) => (session as unknown as { connection: { trace?: unknown } }).connection.trace;

describe("tracing: reconnects, cancellations, and tracing off", () => {
  let emulator: VoiceLiveEmulator;
  afterEach(() => emulator?.close());

  describe("with an instrumenter", () => {
    let otel: Otel;
    beforeEach(() => (otel = startOtel()));
    afterEach(() => otel.stop());

    it("times a spoken turn as the agent layer's per-turn metrics do: from speech_stopped, the same numbers", async () => {
      emulator = await startEmulator({ responder: scriptedResponder([{ text: "Hello there.", audio: speechLike(600) }]), latency: { firstTranscriptMs: 60, firstAudioMs: 120 } });
      const session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).startSession({ model: "gpt-realtime", turnDetection: { type: "server_vad" } });
      const turns: TurnMetrics[] = [];
      const metrics = trackTurnMetrics(session, { onTurn: (t) => void turns.push(t) });
      const done = session.waitFor("response.done");
      await session.sendAudio(concatPcm16([speechLike(600), silence(700)]));
      await done;
      metrics.close();
      await session.close();
      const [response] = named(otel.spans(), "voicelive.response");
      const a = response.attributes;
      const [turn] = turns;
      assert.equal(turn.from, "speech_stopped");
      assert.equal(a["voicelive.turn.start"], "speech_stopped");
      // One definition, one clock, read as the same events pass: apart only by the dispatch between the two readings
      // and rounding, a few ms at most on a loaded machine (measuring from response.created instead would be ~15 ms off).
      for (const [attribute, value] of [
        ["voicelive.response.time_to_created_ms", turn.responseCreatedMs],
        ["voicelive.response.time_to_first_transcript_ms", turn.firstTranscriptMs!],
        ["voicelive.response.time_to_first_audio_ms", turn.firstAudioMs!],
        ["voicelive.response.time_to_done_ms", turn.doneMs],
      ] as const) {
        assert.equal(typeof a[attribute], "number", attribute);
        assert.ok(Math.abs(Number(a[attribute]) - value) <= 5, `${attribute}: span ${a[attribute]}, metrics ${value.toFixed(2)}`);
      }
      // The emulator waits 120 ms after the turn's end; speech_stopped reaches the client a socket trip after it left.
      assert.ok(turn.firstAudioMs! >= 100, `the emulator's latency is in both: ${turn.firstAudioMs}`);
    });

    it("times a response of a v1 session too, whose audio and transcript events have v1's names", async () => {
      emulator = await startEmulator();
      const session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: "v1" }).startSession("gpt-realtime");
      const done = session.waitFor("response.done");
      await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hello" }] });
      await session.createResponse();
      await done;
      await session.close();
      const [response] = named(otel.spans(), "voicelive.response");
      assert.equal(response.attributes["voicelive.api_version"], "v1");
      assert.equal(typeof response.attributes["voicelive.response.time_to_first_audio_ms"], "number");
      assert.equal(typeof response.attributes["voicelive.response.time_to_first_transcript_ms"], "number");
    });

    it("ends the session span at a drop with its close code, and traces the reconnect attempt and the new session", async () => {
      emulator = await startEmulator({ faults: { dropAfterEvents: 1 } });
      const session = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).createSession("gpt-realtime", {
        reconnect: { initialDelayInMs: 10, maxDelayInMs: 20 },
      });
      const reconnected = new Promise<void>((resolve) => {
        session.subscribe({ onReconnecting: () => emulator.setFaults(undefined), onReconnected: () => resolve() });
      });
      await session.connect();
      await reconnected;
      await session.close();
      const spans = otel.spans();
      const connects = named(spans, "voicelive.connect");
      assert.deepEqual(
        connects.map((s) => [s.attributes["voicelive.connect.attempt"], s.attributes["voicelive.connect.reconnect"], s.attributes["http.response.status_code"]]),
        [
          [1, false, 101],
          [1, true, 101],
        ],
      );
      const sessions = named(spans, "voicelive.session");
      assert.equal(sessions.length, 2);
      assert.deepEqual(
        sessions.map((s) => [s.attributes["voicelive.close.code"], s.attributes["error.type"]]),
        [
          [1006, "CONNECTION_CLOSED"],
          [1000, undefined],
        ],
      );
      assert.notEqual(sessions[0].attributes["gen_ai.conversation.id"], sessions[1].attributes["gen_ai.conversation.id"]);
    });

    it("tells a frame it could not read as a receive error of the session span", async () => {
      emulator = await startEmulator({ faults: { malformedFrameAfterEvents: 1 } });
      const session = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).createSession("gpt-realtime");
      const failed = new Promise<void>((resolve) => session.subscribe({ onError: () => resolve() }));
      await session.connect();
      await failed;
      await session.close();
      const [sessionSpan] = named(otel.spans(), "voicelive.session");
      assert.deepEqual(
        sessionSpan.events.map((e) => [e.name, e.attributes?.["error.type"]]),
        [["voicelive.receive_error", "INVALID_FRAME"]],
      );
    });

    it("marks a cancelled response with its status and reason, and a truncation", async () => {
      emulator = await startEmulator({ realtimePacing: true });
      const session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).startSession("gpt-realtime");
      const firstAudio = session.waitFor("response.audio.delta");
      const done = session.waitFor("response.done");
      await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "tell me a long story about the sea and its ships" }] });
      await session.createResponse();
      const audio = await firstAudio;
      const truncated = session.waitFor("conversation.item.truncated");
      await session.cancelResponse();
      await done;
      await session.truncateConversationItem(audio.itemId, 0, 50);
      await truncated;
      await session.close();
      const [response] = named(otel.spans(), "voicelive.response");
      assert.equal(response.attributes["voicelive.response.status"], "cancelled");
      assert.equal(response.attributes["voicelive.response.status_reason"], "client_cancelled");
      assert.equal(typeof response.attributes["voicelive.response.time_to_first_audio_ms"], "number");
      const [sessionSpan] = named(otel.spans(), "voicelive.session");
      const event = sessionSpan.events.find((e) => e.name === "voicelive.item.truncated");
      assert.deepEqual(event?.attributes, { "voicelive.item.id": audio.itemId, "voicelive.item.audio_end_ms": 50 });
    });
  });

  it("drops the session's tracing at the first connect attempt when no instrumenter is registered", async () => {
    emulator = await startEmulator();
    // tracingOptions make the session load its tracing; with no instrumenter, the first attempt's span does not record.
    const session = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).createSession("gpt-realtime", { tracingOptions: {} });
    assert.equal(traceOf(session), undefined, "undecided until the first connect");
    await session.connect();
    assert.equal(traceOf(session), null, "decided off at the first attempt: no later event does tracing work");
    await session.close();
  });
});
