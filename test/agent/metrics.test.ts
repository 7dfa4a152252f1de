/**
 * Per-turn metrics against the emulator over real sockets: the timings agree with the send times
 * the emulator records (`onEventSent`) and with the latencies it was given; the reply's duration,
 * interruptions and usage; the running summary.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type RequestSession, type ServerEventResponseDone, type VoiceLiveSession } from "../../src/index.js";
import { metricStats, trackBargeIn, trackTurnMetrics, type TurnMetrics, type TurnMetricsTracker } from "../../src/agent/index.js";
import { concatPcm16, scriptedResponder, silence, speechLike, startEmulator, type EmulatorLatency, type EmulatorSentEvent, type ScriptStep, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { waitUntil } from "../examples/helpers.js";

/** How far a measured time may be from the emulator's: the trip through the socket and the session. */
const TOLERANCE_MS = 40;

describe("agent: per-turn metrics", () => {
  let emulator: VoiceLiveEmulator | undefined;
  let session: VoiceLiveSession | undefined;
  afterEach(async () => {
    await session?.close();
    await emulator?.close();
    session = emulator = undefined;
  });

  interface Started {
    session: VoiceLiveSession;
    metrics: TurnMetricsTracker;
    reported: TurnMetrics[];
    sent: EmulatorSentEvent[];
  }

  async function start(steps: ScriptStep[], latency: EmulatorLatency, turnDetection: RequestSession["turnDetection"], realtimePacing = false): Promise<Started> {
    const sent: EmulatorSentEvent[] = [];
    emulator = await startEmulator({ apiKey: "k", responder: scriptedResponder(steps), latency, realtimePacing, onEventSent: (e) => void sent.push(e) });
    session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).startSession({ model: "gpt-realtime", turnDetection });
    const reported: TurnMetrics[] = [];
    // The helper's clock is the emulator's (epoch ms), so that the times can be compared directly too.
    const metrics = trackTurnMetrics(session, { onTurn: (t) => void reported.push(t), now: () => performance.timeOrigin + performance.now() });
    return { session, metrics, reported, sent };
  }

  /** The emulator's send time of the first event of `type` after `from` (for the response `responseId`, when given). */
  const sentAt = (sent: EmulatorSentEvent[], type: string, after = 0) => sent.find((e) => e.type === type && e.at >= after)!.at;

  const near = (measured: number | undefined, expected: number, what: string) =>
    assert.ok(measured !== undefined && Math.abs(measured - expected) <= TOLERANCE_MS, `${what}: measured ${measured}, the emulator's send times say ${expected.toFixed(1)}`);

  it("measures a VAD turn from speech_stopped to the first transcript and audio, as the emulator's send times and latencies say", async () => {
    const { session: s, reported, sent } = await start([{ text: "Hello, how can I help?", audio: speechLike(1200) }], { firstTranscriptMs: 150, firstAudioMs: 350 }, { type: "server_vad" });
    const done = s.waitFor("response.done", { timeoutInMs: 10_000 });
    await s.sendAudio(concatPcm16([speechLike(600), silence(700)]));
    const { response } = await done;
    await waitUntil(() => reported.length === 1, "the turn was reported");
    const turn = reported[0];
    const stopped = sentAt(sent, "input_audio_buffer.speech_stopped");
    assert.equal(turn.from, "speech_stopped");
    assert.equal(turn.responseId, response.id);
    assert.equal(turn.status, "completed");
    near(turn.startedAt, stopped, "the start");
    near(turn.responseCreatedMs, sentAt(sent, "response.created") - stopped, "to response.created");
    near(turn.firstTranscriptMs, sentAt(sent, "response.audio_transcript.delta") - stopped, "to the first transcript");
    near(turn.firstAudioMs, sentAt(sent, "response.audio.delta") - stopped, "to the first audio");
    near(turn.doneMs, sentAt(sent, "response.done") - stopped, "to response.done");
    // And the latencies the emulator was given are what the metrics see.
    // (less the trip of speech_stopped to the client, and the emulator's timers count whole ms)
    assert.ok(turn.firstTranscriptMs! >= 150 - 10 && turn.firstTranscriptMs! < 150 + 100, `${turn.firstTranscriptMs}`);
    assert.ok(turn.firstAudioMs! >= 350 - 10 && turn.firstAudioMs! < 350 + 100, `${turn.firstAudioMs}`);
    assert.equal(turn.audioMs, 1200);
    assert.equal(turn.interruptions, 0);
    assert.deepEqual(turn.usage, response.usage);
    assert.ok(turn.usage!.outputTokens > 0);
  });

  it("measures a turn from the commit when VAD is off, and a response after a text message from its response.created", async () => {
    const { session: s, metrics, reported, sent } = await start(["First answer.", "Second answer."], { firstAudioMs: 200 }, null);
    const first = s.waitFor("response.done", { timeoutInMs: 10_000 });
    await s.sendAudio(speechLike(500));
    const committed = s.waitFor("input_audio_buffer.committed");
    await s.commitAudio();
    await committed;
    await s.createResponse();
    await first;
    const second = s.waitFor("response.done", { timeoutInMs: 10_000 });
    await s.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "And then?" }] });
    await s.createResponse();
    await second;
    await waitUntil(() => reported.length === 2, "two turns");
    const [a, b] = reported;
    assert.equal(a.from, "committed");
    const commitAt = sentAt(sent, "input_audio_buffer.committed");
    near(a.firstAudioMs, sentAt(sent, "response.audio.delta") - commitAt, "commit to first audio");
    assert.equal(b.from, "response_created");
    assert.equal(b.responseCreatedMs, 0);
    const createdB = sent.filter((e) => e.type === "response.created")[1].at;
    near(b.firstAudioMs, sentAt(sent, "response.audio.delta", createdB) - createdB, "response.created to first audio");
    assert.ok(b.firstAudioMs! >= 200 - TOLERANCE_MS); // counted from response.created, which left a little after the emulator's start
    assert.equal(metrics.turns.length, 2);
  });

  it("counts an interruption of the reply (speech while generated), once with the barge-in helper's report too", async () => {
    const { session: s, metrics, reported } = await start([{ text: "A long answer.", audio: speechLike(3000) }], {}, { type: "server_vad" }, true);
    trackBargeIn(s, { flush: () => {}, onBargeIn: (e) => metrics.noteInterruption(e.responseId) });
    const created = s.waitFor("response.created");
    await s.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Talk." }] });
    await s.createResponse();
    await created;
    await s.waitFor("response.audio.delta");
    await s.sendAudio(speechLike(400)); // talks over it, without pausing
    await waitUntil(() => reported.length === 1, "the interrupted turn");
    await new Promise((r) => setTimeout(r, 100)); // the barge-in helper's report came too
    assert.equal(reported[0].status, "cancelled");
    assert.equal(reported[0].interruptions, 1);
    assert.ok(reported[0].audioMs > 0 && reported[0].audioMs < 3000);
    const summary = metrics.summary();
    assert.deepEqual([summary.turns, summary.interruptedTurns, summary.interruptions], [1, 1, 1]);
  });

  it("counts the interruption of a reply that had arrived but was still playing, as the barge-in helper reports it", async () => {
    const { session: s, metrics, reported } = await start([{ text: "Done arriving.", audio: speechLike(2000) }], {}, { type: "server_vad", interruptResponse: false });
    const tracker = trackBargeIn(s, { flush: () => {}, onBargeIn: (e) => metrics.noteInterruption(e.responseId) });
    const done = s.waitFor("response.done");
    await s.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Talk." }] });
    await s.createResponse();
    await done;
    tracker.played(500);
    await s.sendAudio(speechLike(400));
    await waitUntil(() => metrics.summary().interruptions === 1, "the interruption was counted");
    assert.equal(reported[0].status, "completed");
    assert.equal(metrics.turns[0].interruptions, 1);
  });

  it("keeps a running summary: median and p95 over the turns, and token totals", async () => {
    const { session: s, metrics, reported } = await start(["One.", "Two.", "Three."], { firstAudioMs: 60 }, null);
    const dones: ServerEventResponseDone[] = [];
    for (let i = 0; i < 3; i++) {
      const done = s.waitFor("response.done");
      await s.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: `Turn ${i}` }] });
      await s.createResponse();
      dones.push(await done);
    }
    await waitUntil(() => reported.length === 3, "three turns");
    const summary = metrics.summary();
    assert.equal(summary.turns, 3);
    const audio = reported.map((t) => t.firstAudioMs!);
    assert.deepEqual(summary.firstAudioMs, metricStats(audio));
    assert.equal(summary.firstAudioMs.median, [...audio].sort((x, y) => x - y)[1]);
    assert.ok(summary.firstAudioMs.median! >= 60 - TOLERANCE_MS);
    assert.deepEqual(summary.tokens, {
      input: dones.reduce((n, d) => n + d.response.usage!.inputTokens, 0),
      output: dones.reduce((n, d) => n + d.response.usage!.outputTokens, 0),
      total: dones.reduce((n, d) => n + d.response.usage!.totalTokens, 0),
    });
  });

  it("computes the median and the nearest-rank p95", () => {
    assert.deepEqual(metricStats([]), { count: 0 });
    assert.deepEqual(metricStats([5]), { count: 1, median: 5, p95: 5 });
    assert.deepEqual(metricStats([4, 1, 3, 2]), { count: 4, median: 2.5, p95: 4 });
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 1 … 100, shuffled order
    assert.deepEqual(metricStats(hundred), { count: 100, median: 50.5, p95: 95 });
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    assert.equal(metricStats(twenty).p95, 19);
  });
});
