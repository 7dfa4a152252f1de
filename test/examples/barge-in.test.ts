/**
 * examples/barge-in against the emulator, with a player whose played position the test sets: the
 * cancel, the truncation at the played position (never past the audio received), the cleared queue.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type VoiceLiveSession } from "ai-voicelive";
import { scriptedResponder, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "ai-voicelive/emulator";
import { bargeInTurnDetection, playWithBargeIn, type BargeIn, type Playback } from "../../examples/barge-in/barge-in.js";
import { SimulatedPlayer } from "../../examples/barge-in/simulated-player.js";
import { runRecipe, startWireTap, waitUntil, type WireTap } from "./helpers.js";

/** A player that plays only when told: `playedMs` is whatever the test sets. */
class ControlledPlayer implements Playback {
  /** Like the `AudioPlayer` of ai-voicelive/audio: `clear()` counts from 0 again. */
  constructor(private readonly resetOnClear = false) {}
  playedMs = 0;
  writtenBytes = 0;
  writes: number[] = []; // byte lengths, in order
  clears: { atWrittenBytes: number; writesBefore: number }[] = [];
  get writtenMs(): number {
    return this.writtenBytes / 48;
  }
  get queuedMs(): number {
    return Math.max(0, this.writtenMs - this.playedMs);
  }
  write(pcm16: Uint8Array): void {
    this.writtenBytes += pcm16.byteLength;
    this.writes.push(pcm16.byteLength);
  }
  clear(): void {
    this.clears.push({ atWrittenBytes: this.writtenBytes, writesBefore: this.writes.length });
    if (this.resetOnClear) this.writtenBytes = this.playedMs = 0;
  }
}

/** 3 s of assistant audio for the first response; later ones echo. */
const longAnswer = scriptedResponder([{ text: "A long answer.", audio: speechLike(3000) }]);

describe("examples/barge-in", () => {
  let emulator: VoiceLiveEmulator | undefined;
  let tap: WireTap | undefined;
  let session: VoiceLiveSession | undefined;
  afterEach(async () => {
    await session?.close();
    await tap?.close();
    await emulator?.close();
    session = tap = emulator = undefined;
  });

  async function start(realtimePacing: boolean, player: Playback): Promise<{ session: VoiceLiveSession; bargedIn: Promise<BargeIn> }> {
    emulator = await startEmulator({ apiKey: "k", realtimePacing, responder: longAnswer });
    tap = await startWireTap(emulator.url);
    const client = new VoiceLiveClient(tap.url, new AzureKeyCredential("k"));
    session = await client.startSession({ model: "gpt-realtime", turnDetection: bargeInTurnDetection });
    const bargedIn = new Promise<BargeIn>((resolve) => playWithBargeIn(session!, player, { onBargeIn: resolve }));
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Talk for a while." }] });
    await session.createResponse();
    return { session, bargedIn };
  }

  /** The user talks (speech only: no pause, so the turn does not end and no new response starts). */
  async function userTalks(s: VoiceLiveSession): Promise<void> {
    const speech = speechLike(400);
    for (let i = 0; i < speech.length; i += 2400) await s.sendAudio(speech.subarray(i, i + 2400));
  }

  const serverEvents = (type: string) => tap!.frames.filter((f) => f.direction === "in" && f.event.type === type).map((f) => f.event);

  it("during the reply: cancels, truncates at the played position, clears the player, and drops late audio", async () => {
    const player = new ControlledPlayer();
    const { session: s, bargedIn } = await start(true, player);
    await waitUntil(() => player.writtenMs >= 700, "700 ms of reply audio arrived", 10_000);
    player.playedMs = 420;
    await userTalks(s);
    const result = await bargedIn;
    const itemId = String(serverEvents("response.audio.delta")[0].item_id);
    await waitUntil(() => tap!.sent("conversation.item.truncate").length === 1, "the truncation crossed the tap");

    assert.equal(result.cancelled, true);
    const responseId = (serverEvents("response.created")[0].response as { id: string }).id;
    assert.deepEqual(tap!.sent("response.cancel").map((e) => e.response_id), [responseId]);
    const truncates = tap!.sent("conversation.item.truncate");
    assert.deepEqual(truncates.map(({ item_id, content_index, audio_end_ms }) => ({ item_id, content_index, audio_end_ms })), [{ item_id: itemId, content_index: 0, audio_end_ms: 420 }]);
    const sent = tap!.sentTypes();
    assert.ok(sent.indexOf("response.cancel") < sent.indexOf("conversation.item.truncate"), "the cancel goes first");
    assert.equal(player.clears.length, 1);

    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "the truncation was confirmed");
    assert.equal(serverEvents("conversation.item.truncated")[0].audio_end_ms, 420);
    const done = serverEvents("response.done")[0].response as { status: string; status_details: { reason: string } };
    assert.deepEqual([done.status, done.status_details.reason], ["cancelled", "client_cancelled"], "cancelled by the app, not by the service");
    assert.deepEqual(serverEvents("error"), []);

    // Audio of the cancelled response that was in flight is not played.
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(player.writes.length, player.clears[0].writesBefore, "no write after the barge-in");
  });

  it("never truncates past the audio received, whatever the player claims", async () => {
    const player = new ControlledPlayer();
    const { session: s, bargedIn } = await start(true, player);
    await waitUntil(() => player.writtenMs >= 500, "500 ms of reply audio arrived", 10_000);
    player.playedMs = 60_000; // a clock-based player that ran ahead of its data
    await userTalks(s);
    const result = await bargedIn;
    const received = player.clears[0].atWrittenBytes / 48;
    assert.ok(received >= 500 && received < 3000, `${received} ms received`);
    // All that arrived was heard, but the service made more of the item than arrived: it is cut at the end of what arrived.
    assert.equal(result.cancelled, true);
    assert.equal(result.truncated?.audioEndMs, Math.floor(received));
    await waitUntil(() => tap!.sent("conversation.item.truncate").length === 1, "the truncation crossed the tap");
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => e.audio_end_ms), [Math.floor(received)]);
    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "the truncation was confirmed");
    assert.deepEqual(serverEvents("error"), []);
  });

  it("speech after a finished, fully played reply is an ordinary turn: the item stays whole, nothing is sent", async () => {
    const player = new ControlledPlayer();
    const { session: s, bargedIn } = await start(false, player);
    await waitUntil(() => player.writtenMs === 3000, "the whole reply arrived");
    player.playedMs = 3000;
    let reported = false;
    void bargedIn.then(() => (reported = true));
    const speechStarted = s.waitFor("input_audio_buffer.speech_started");
    await userTalks(s);
    await speechStarted;
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(reported, false, "no barge-in reported");
    assert.deepEqual(tap!.sentTypes().filter((t) => t !== "input_audio_buffer.append"), ["session.update", "conversation.item.create", "response.create"]);
  });

  it("after the reply has arrived but is still playing: no cancel (nothing is generated), a truncation at the played position", async () => {
    const player = new ControlledPlayer();
    const { session: s, bargedIn } = await start(false, player);
    await waitUntil(() => player.writtenMs === 3000, "the whole reply arrived");
    player.playedMs = 1234.6;
    await userTalks(s);
    const result = await bargedIn;
    assert.equal(result.cancelled, false);
    await waitUntil(() => tap!.sent("conversation.item.truncate").length === 1, "the truncation crossed the tap");
    assert.deepEqual(tap!.sent("response.cancel"), []);
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => e.audio_end_ms), [1234], "whole ms, rounded down: never a word more than was heard");
    assert.equal(result.clearedMs, 3000 - 1234.6);
    await waitUntil(() => serverEvents("conversation.item.truncated").length === 1, "the truncation was confirmed");
    assert.deepEqual(serverEvents("error"), []);
  });

  it("counts the played position from where the item's audio starts in the player's stream", async () => {
    // The player already played 5 s of something else and still has 1 s of it queued when the reply starts.
    const player = new ControlledPlayer();
    player.writtenBytes = 6000 * 48;
    player.playedMs = 5000;
    const { session: s, bargedIn } = await start(false, player);
    await waitUntil(() => player.writtenMs === 9000, "the whole reply arrived");
    player.playedMs = 6000 + 750; // 750 ms into the reply
    await userTalks(s);
    await bargedIn;
    await waitUntil(() => tap!.sent("conversation.item.truncate").length === 1, "the truncation crossed the tap");
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => e.audio_end_ms), [750]);
  });

  it("works with a player that counts from 0 again after clear(), barge-in after barge-in", async () => {
    const player = new ControlledPlayer(true);
    const reports: BargeIn[] = [];
    emulator = await startEmulator({ apiKey: "k", responder: longAnswer });
    tap = await startWireTap(emulator.url);
    session = await new VoiceLiveClient(tap.url, new AzureKeyCredential("k")).startSession({ model: "gpt-realtime", turnDetection: bargeInTurnDetection });
    playWithBargeIn(session, player, { onBargeIn: (b) => void reports.push(b) });
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Talk." }] });
    await session.createResponse();
    await waitUntil(() => player.writtenMs === 3000, "the first answer arrived");
    player.playedMs = 1000;
    await userTalks(session);
    await waitUntil(() => reports.length === 1, "the first barge-in");
    // The user pauses: the turn is answered (the emulator speaks it back), into the cleared player.
    const second = session.waitFor("response.done");
    await session.sendAudio(silence(700));
    await second;
    await waitUntil(() => player.writtenMs > 0, "the second answer arrived");
    player.playedMs = 200;
    await userTalks(session);
    await waitUntil(() => reports.length === 2 && tap!.sent("conversation.item.truncate").length === 2, "the second barge-in");
    const items = [...new Set(serverEvents("response.audio.delta").map((e) => e.item_id))];
    assert.deepEqual(tap!.sent("conversation.item.truncate").map((e) => [e.item_id, e.audio_end_ms]), [[items[0], 1000], [items[1], 200]]);
    assert.deepEqual(serverEvents("error"), []);
  });

  it("works with the simulated player: its position follows the clock, and stops at what was written", async () => {
    let now = 0;
    const player = new SimulatedPlayer(24_000, () => now);
    player.write(new Uint8Array(48 * 1000)); // 1 s
    now = 400;
    assert.deepEqual([player.playedMs, player.queuedMs], [400, 600]);
    now = 1500; // ran dry at 1000
    assert.deepEqual([player.playedMs, player.queuedMs], [1000, 0]);
    player.write(new Uint8Array(48 * 500)); // idle time does not count
    now = 1700;
    assert.deepEqual([player.playedMs, player.queuedMs], [1200, 300]);
    player.clear();
    now = 2000;
    assert.deepEqual([player.playedMs, player.queuedMs], [1200, 0]);
  });

  it("runs from the command line against the local emulator", async () => {
    const run = await runRecipe("examples/barge-in/main.ts");
    assert.equal(run.code, 0, run.stderr);
    const truncated = /barge-in: response cancelled; item item_\w+ truncated at (\d+) ms of (\d+) ms received/.exec(run.stdout);
    assert.ok(truncated, run.stdout);
    assert.ok(Number(truncated[1]) >= 1500 && Number(truncated[1]) < Number(truncated[2]), run.stdout);
    assert.match(run.stdout, /the user's turn was answered \(completed\)/);
  });
});
