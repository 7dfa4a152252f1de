/**
 * The barge-in helper against the emulator over real sockets, through a wire tap: cancel only when
 * the response is active and the service does not cancel it itself, truncation at min(played,
 * received) unless the service truncates (`auto_truncate`), the local playback flushed, once.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type RequestSession, type VoiceLiveSession } from "../../src/index.js";
import { trackBargeIn, type BargeInEvent, type BargeInOptions, type BargeInPlayer, type BargeInTracker } from "../../src/agent/index.js";
import { scriptedResponder, speechLike, startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { startWireTap, waitUntil, type WireTap } from "../examples/helpers.js";

/** A player whose played position the test sets. */
class ControlledPlayer implements BargeInPlayer {
  playedMs = 0;
  writtenBytes = 0;
  writes = 0;
  clears: { atWrittenMs: number; writesBefore: number }[] = [];
  get writtenMs(): number {
    return this.writtenBytes / 48;
  }
  get queuedMs(): number {
    return Math.max(0, this.writtenMs - this.playedMs);
  }
  write(audio: Uint8Array): void {
    this.writtenBytes += audio.byteLength;
    this.writes++;
  }
  clear(): void {
    this.clears.push({ atWrittenMs: this.writtenMs, writesBefore: this.writes });
  }
}

/** 3 s of assistant audio for the first response; later ones echo. */
const longAnswer = () => scriptedResponder([{ text: "A long answer.", audio: speechLike(3000) }]);

describe("agent: barge-in", () => {
  let emulator: VoiceLiveEmulator | undefined;
  let tap: WireTap | undefined;
  let session: VoiceLiveSession | undefined;
  afterEach(async () => {
    await session?.close();
    await tap?.close();
    await emulator?.close();
    session = tap = emulator = undefined;
  });

  interface Started {
    session: VoiceLiveSession;
    tracker: BargeInTracker;
    reports: BargeInEvent[];
  }

  async function start(turnDetection: RequestSession["turnDetection"], realtimePacing: boolean, options: BargeInOptions = {}): Promise<Started> {
    emulator = await startEmulator({ apiKey: "k", realtimePacing, responder: longAnswer() });
    tap = await startWireTap(emulator.url);
    session = await new VoiceLiveClient(tap.url, new AzureKeyCredential("k")).startSession({ model: "gpt-realtime", turnDetection });
    const reports: BargeInEvent[] = [];
    const tracker = trackBargeIn(session, { ...options, onBargeIn: (e) => void reports.push(e) });
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Talk for a while." }] });
    await session.createResponse();
    return { session, tracker, reports };
  }

  /** The user talks (speech only, no pause: the turn does not end, no new response starts). */
  async function userTalks(s: VoiceLiveSession): Promise<void> {
    const speech = speechLike(400);
    for (let i = 0; i < speech.length; i += 2400) await s.sendAudio(speech.subarray(i, i + 2400));
  }

  const serverEvents = (type: string) => tap!.frames.filter((f) => f.direction === "in" && f.event.type === type).map((f) => f.event);
  const truncates = () => tap!.sent("conversation.item.truncate").map((e) => ({ item_id: e.item_id, content_index: e.content_index, audio_end_ms: e.audio_end_ms }));
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it("cancels an active response the service does not cancel, truncates at the played position, flushes, and drops late audio", async () => {
    const player = new ControlledPlayer();
    const { session: s, reports } = await start({ type: "server_vad", interruptResponse: false }, true, { player });
    await waitUntil(() => player.writtenMs >= 700, "700 ms of reply audio arrived", 10_000);
    player.playedMs = 420;
    await userTalks(s);
    await waitUntil(() => reports.length === 1, "the barge-in");
    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "the truncation was confirmed");
    const responseId = (serverEvents("response.created")[0].response as { id: string }).id;
    const itemId = serverEvents("response.audio.delta")[0].item_id;
    assert.deepEqual(tap!.sent("response.cancel").map((e) => e.response_id), [responseId]);
    assert.deepEqual(truncates(), [{ item_id: itemId, content_index: 0, audio_end_ms: 420 }]);
    const sent = tap!.sentTypes();
    assert.ok(sent.indexOf("response.cancel") < sent.indexOf("conversation.item.truncate"), "the cancel goes first");
    assert.equal(reports[0].cancelled, "client");
    assert.equal(reports[0].responseId, responseId);
    assert.deepEqual(reports[0].truncated.map((t) => [t.audioEndMs, t.by]), [[420, "client"]]);
    assert.equal(player.clears.length, 1);
    const done = serverEvents("response.done")[0].response as { status: string; status_details: { reason: string } };
    assert.deepEqual([done.status, done.status_details.reason], ["cancelled", "client_cancelled"]);
    await settle();
    assert.equal(player.writes, player.clears[0].writesBefore, "no audio of the interrupted response is played after the flush");
    assert.deepEqual(serverEvents("error"), []);
    assert.deepEqual(tap!.sent("output_audio_buffer.clear"), [], "not sent by default");
  });

  it("clamps the truncation to the audio received when the player claims more (played > received: truncated at received)", async () => {
    const player = new ControlledPlayer();
    const { session: s, reports } = await start({ type: "server_vad", interruptResponse: false }, true, { player });
    await waitUntil(() => player.writtenMs >= 500, "500 ms of reply audio arrived", 10_000);
    player.playedMs = 60_000; // a clock-based player that ran ahead of its data
    await userTalks(s);
    await waitUntil(() => reports.length === 1 && tap!.sent("conversation.item.truncate").length === 1, "the barge-in");
    const received = player.clears[0].atWrittenMs;
    assert.ok(received >= 500 && received < 3000, `${received} ms received`);
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => e.audio_end_ms), [Math.floor(received)]);
    assert.equal(reports[0].truncated[0].receivedMs, received);
    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "the service accepted it");
    assert.deepEqual(serverEvents("error"), []);
  });

  it("the same clamp with a position the app reports (no player): played(ms) past what arrived", async () => {
    let flushes = 0;
    const { session: s, tracker, reports } = await start({ type: "server_vad", interruptResponse: false }, true, { flush: () => void flushes++ });
    await waitUntil(() => serverEvents("response.audio.delta").length >= 5, "500 ms of reply audio arrived", 10_000);
    tracker.played(9_999);
    await userTalks(s);
    await waitUntil(() => reports.length === 1 && tap!.sent("conversation.item.truncate").length === 1, "the barge-in");
    const t = reports[0].truncated[0];
    assert.equal(t.audioEndMs, Math.floor(t.receivedMs));
    assert.ok(t.receivedMs >= 500 && t.receivedMs < 3000);
    assert.equal(flushes, 1);
    assert.equal(tracker.isInterrupted(reports[0].responseId!), true);
    await waitUntil(() => serverEvents("response.done").length === 1, "the response ended");
    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "the service accepted it");
    assert.deepEqual(serverEvents("error"), []);
  });

  it("cancels only an active response: after the reply has arrived, only the truncation is sent", async () => {
    const player = new ControlledPlayer();
    const { session: s, tracker, reports } = await start({ type: "server_vad", interruptResponse: false }, false, { player });
    await waitUntil(() => serverEvents("response.done").length === 1 && player.writtenMs === 3000, "the whole reply arrived");
    assert.equal(tracker.activeResponseId, undefined);
    player.playedMs = 1234.6;
    await userTalks(s);
    await waitUntil(() => reports.length === 1 && tap!.sent("conversation.item.truncate").length === 1, "the barge-in");
    assert.deepEqual(tap!.sent("response.cancel"), []);
    assert.equal(reports[0].cancelled, false);
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => e.audio_end_ms), [1234], "whole ms, rounded down");
    assert.equal(reports[0].flushedMs, 3000 - 1234.6);
    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "confirmed");
    assert.deepEqual(serverEvents("error"), []);
  });

  it("leaves the cancel to the service when interrupt_response is on (the default), and still truncates", async () => {
    const player = new ControlledPlayer();
    const { session: s, reports } = await start({ type: "server_vad" }, true, { player });
    await waitUntil(() => player.writtenMs >= 600, "600 ms of reply audio arrived", 10_000);
    player.playedMs = 300;
    await userTalks(s);
    await waitUntil(() => reports.length === 1 && tap!.sent("conversation.item.truncate").length === 1, "the barge-in");
    await waitUntil(() => serverEvents("response.done").length === 1, "the service ended the response");
    assert.deepEqual(tap!.sent("response.cancel"), [], "no response.cancel: the service cancelled it");
    assert.equal(reports[0].cancelled, "service");
    const done = serverEvents("response.done")[0].response as { status: string; status_details: { reason: string } };
    assert.deepEqual([done.status, done.status_details.reason], ["cancelled", "turn_detected"]);
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => e.audio_end_ms), [300]);
    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "confirmed");
    assert.deepEqual(serverEvents("error"), [], "no response_cancel_not_active");
  });

  it("reads the settings the session already received when made after another subscriber took the events", async () => {
    emulator = await startEmulator({ apiKey: "k", realtimePacing: true, responder: longAnswer() });
    tap = await startWireTap(emulator.url);
    session = await new VoiceLiveClient(tap.url, new AzureKeyCredential("k")).startSession({ model: "gpt-realtime", turnDetection: { type: "server_vad", autoTruncate: true } });
    session.subscribe({ onServerEvent: () => {} }); // the first subscriber: the events before it are its own
    await new Promise((r) => setTimeout(r, 50));
    const reports: BargeInEvent[] = [];
    const player = new ControlledPlayer();
    trackBargeIn(session, { player, onBargeIn: (e) => void reports.push(e) });
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Talk." }] });
    await session.createResponse();
    await waitUntil(() => player.writtenMs >= 300, "reply audio arrived", 10_000);
    player.playedMs = 100;
    await userTalks(session);
    await waitUntil(() => reports.length === 1, "the barge-in");
    await settle();
    assert.equal(reports[0].cancelled, "service", "interrupt_response is on (unset)");
    assert.equal(reports[0].truncated[0].by, "service", "auto_truncate is on");
    assert.deepEqual(tap.sent("response.cancel"), []);
    assert.deepEqual(tap.sent("conversation.item.truncate"), []);
  });

  it("respects auto_truncate: the service truncates, the helper sends no truncation but still cancels and flushes", async () => {
    const player = new ControlledPlayer();
    const { session: s, reports } = await start({ type: "server_vad", interruptResponse: false, autoTruncate: true }, true, { player });
    await waitUntil(() => player.writtenMs >= 600, "600 ms of reply audio arrived", 10_000);
    player.playedMs = 250;
    await userTalks(s);
    await waitUntil(() => reports.length === 1, "the barge-in");
    await settle();
    assert.deepEqual(tap!.sent("conversation.item.truncate"), []);
    assert.equal(tap!.sent("response.cancel").length, 1);
    assert.deepEqual(reports[0].truncated.map((t) => [t.audioEndMs, t.by]), [[250, "service"]]);
    assert.equal(player.clears.length, 1);
  });

  it("acts once per interruption: a second trigger during or after it sends nothing more", async () => {
    const player = new ControlledPlayer();
    const { session: s, tracker, reports } = await start({ type: "server_vad", interruptResponse: false }, true, { player });
    await waitUntil(() => player.writtenMs >= 500, "500 ms of reply audio arrived", 10_000);
    player.playedMs = 200;
    // Two triggers at once (a stop button and the user's voice), then the speech itself.
    const [a, b] = await Promise.all([tracker.interrupt(), tracker.interrupt()]);
    await userTalks(s);
    await s.waitFor("input_audio_buffer.speech_started", { includeLatest: true });
    await settle();
    assert.ok(a && !b, "the second trigger found nothing to do");
    assert.equal(reports.length, 1);
    assert.equal(player.clears.length, 1);
    assert.equal(tap!.sent("response.cancel").length, 1);
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => e.audio_end_ms), [200]);
    assert.equal(await tracker.interrupt(), undefined);
    assert.deepEqual(serverEvents("error"), []);
  });

  it("sends output_audio_buffer.clear when asked (clearServiceOutput)", async () => {
    const player = new ControlledPlayer();
    const { session: s, reports } = await start({ type: "server_vad", interruptResponse: false }, true, { player, clearServiceOutput: true });
    await waitUntil(() => player.writtenMs >= 300, "reply audio arrived", 10_000);
    player.playedMs = 100;
    await userTalks(s);
    await waitUntil(() => reports.length === 1 && tap!.sent("output_audio_buffer.clear").length === 1, "the barge-in crossed the tap");
    const sent = tap!.sentTypes().filter((t) => t !== "input_audio_buffer.append");
    assert.deepEqual(sent.slice(-3), ["response.cancel", "conversation.item.truncate", "output_audio_buffer.clear"]);
  });
});
