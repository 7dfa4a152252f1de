import assert from "node:assert/strict";
import { getEventListeners } from "node:events";
import { isVoiceLiveError, type VoiceLiveSession } from "../../src/index.js";
import { withoutNock } from "../client/entra.js";
import { TestServer, describeGuarded, settledState, type Peer, type WireFrame } from "./server.js";

/** 96 KB of PCM16, about 128 KB on the wire; `n` marks it in its first two bytes. */
function chunk(n: number): Uint8Array {
  const bytes = new Uint8Array(96_000);
  bytes[0] = n & 0xff;
  bytes[1] = n >> 8;
  return bytes;
}

function markOf(frame: WireFrame): number {
  const bytes = Buffer.from(String(frame.audio), "base64");
  return bytes[0] | (bytes[1] << 8);
}

const isAborted = (e: unknown) => isVoiceLiveError(e) && e.code === "ABORTED";

/** Pauses the server and sends audio until sends wait in the SDK's queue; returns those sends. */
function fill(session: VoiceLiveSession, peer: Peer): Promise<void>[] {
  peer.pause();
  const sends: Promise<void>[] = [];
  for (let n = 0; n < 1000 && session.sendStats.queuedFrames < 3; n++) sends.push(session.sendAudio(chunk(n)));
  assert.ok(session.sendStats.queuedFrames > 0, "sends wait in the SDK");
  // A test that fails half-way must not add unhandled rejections to its report; awaiting them still sees them.
  for (const s of sends) s.catch(() => {});
  return sends;
}

describeGuarded("aborting a send", () => {
  // nock's interception hides what a socket buffers; these tests need to fill the real one.
  withoutNock();
  let server: TestServer;
  beforeEach(async () => (server = await TestServer.start()));
  afterEach(() => server.close());

  const flow = { sendBuffer: { highWaterMark: 256 * 1024, lowWaterMark: 64 * 1024, maxQueuedBytes: 64 * 1024 * 1024 } };

  it("an already aborted signal rejects with ABORTED and sends nothing, whatever the method", async () => {
    const { session, peer } = await server.connected();
    const signal = AbortSignal.abort();
    await assert.rejects(session.sendAudio(new Uint8Array(4), { abortSignal: signal }), isAborted);
    await assert.rejects(session.commitAudio({ abortSignal: signal }), isAborted);
    await assert.rejects(session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "hi" }] }, { abortSignal: signal, previousItemId: "root" }), isAborted);
    await assert.rejects(session.updateSession({ inputAudioFormat: "g711_ulaw" }, { abortSignal: signal }), isAborted);
    // Checked before the event is validated: an invalid event with an aborted signal is reported as aborted.
    await assert.rejects(session.truncateConversationItem("item_1", 0, -5, { abortSignal: signal }), isAborted);
    await session.clearAudio();
    const frames = await peer.waitForFrames(1);
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(
      frames.map((f) => f.type),
      ["input_audio_buffer.clear"],
    );
    // The aborted session.update did not change the format the session checks audio against (PCM16).
    await assert.rejects(session.sendAudio(new Uint8Array(3)), (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT");
  });

  it("a send aborted while it waits in the queue is removed from it, rejects with ABORTED and never reaches the server; the others go out in order", async () => {
    const { session, peer } = await server.connected(flow);
    const before = fill(session, peer);
    const controller = new AbortController();
    const statsBefore = session.sendStats;
    const aborted = session.sendAudio(chunk(900), { abortSignal: controller.signal });
    const victimBytes = session.sendStats.queuedBytes - statsBefore.queuedBytes;
    assert.ok(victimBytes > 128_000, "the victim waits in the queue");
    const commit = session.commitAudio({ abortSignal: new AbortController().signal });
    const after = session.sendAudio(chunk(901));
    for (const s of [aborted, commit, after]) s.catch(() => {});
    const queued = session.sendStats;
    assert.equal(queued.queuedFrames, statsBefore.queuedFrames + 3);
    assert.equal(await settledState(aborted), "pending");
    controller.abort();
    assert.equal(await settledState(aborted), "rejected", "settled by the abort");
    await assert.rejects(aborted, isAborted);
    const stats = session.sendStats;
    assert.equal(stats.queuedFrames, queued.queuedFrames - 1, "the aborted frame left the queue");
    assert.equal(stats.queuedBytes, queued.queuedBytes - victimBytes, "its bytes left the accounting");
    // Aborting again, or late, changes nothing.
    controller.abort();
    peer.resume();
    await Promise.all([...before, commit, after]);
    const frames = await peer.waitForFrames(before.length + 2, 20_000);
    await new Promise((r) => setTimeout(r, 20));
    const appends = frames.filter((f) => f.type === "input_audio_buffer.append").map(markOf);
    assert.deepEqual(appends, [...before.map((_, n) => n), 901], "every append but the aborted one, in order");
    assert.equal(frames.length, before.length + 2);
    assert.equal(frames.at(-2)?.type, "input_audio_buffer.commit");
    const drained = session.sendStats;
    assert.equal(drained.queuedFrames, 0);
    assert.equal(drained.queuedBytes, 0);
  });

  it("frees the room of an aborted send under maxQueuedBytes", async () => {
    // Room for two appends of 128 KB of base64 (and their JSON) in the queue, not three.
    const { session, peer } = await server.connected({ sendBuffer: { highWaterMark: 64 * 1024, lowWaterMark: 16 * 1024, maxQueuedBytes: 257_000 } });
    peer.pause();
    const sends: Promise<void>[] = [];
    for (let n = 0; n < 1000 && session.sendStats.queuedFrames < 1; n++) sends.push(session.sendAudio(chunk(n)));
    for (const s of sends) s.catch(() => {});
    const controller = new AbortController();
    const victim = session.sendAudio(chunk(800), { abortSignal: controller.signal });
    victim.catch(() => {});
    assert.equal(session.sendStats.queuedFrames, 2);
    await assert.rejects(session.sendAudio(chunk(801)), (e: unknown) => isVoiceLiveError(e) && e.code === "SEND_BUFFER_FULL");
    controller.abort();
    assert.equal(await settledState(victim), "rejected", "settled by the abort");
    await assert.rejects(victim, isAborted);
    const fits = session.sendAudio(chunk(802));
    assert.equal(await settledState(fits), "pending", "queued, not refused");
    peer.resume();
    await Promise.all([...sends, fits]);
    const frames = await peer.waitForFrames(sends.length + 1, 20_000);
    assert.deepEqual(frames.map(markOf), [...sends.map((_, n) => n), 802]);
  });

  it("a session.update aborted in the queue leaves the session's config as it was: audio is checked against the old format", async () => {
    const { session, peer } = await server.connected(flow);
    const sends = fill(session, peer);
    const controller = new AbortController();
    const update = session.updateSession({ inputAudioFormat: "g711_ulaw" }, { abortSignal: controller.signal });
    update.catch(() => {});
    controller.abort();
    await assert.rejects(update, isAborted);
    // Three bytes are whole G.711 samples but half a PCM16 sample: refused, since the update never went.
    await assert.rejects(session.sendAudio(new Uint8Array(3)), (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT");
    peer.resume();
    await Promise.all(sends);
    // One that was sent counts, as before.
    await session.updateSession({ inputAudioFormat: "g711_ulaw" });
    await session.sendAudio(new Uint8Array(3));
  });

  it("once a frame is handed to the socket, aborting has no effect", async () => {
    const { session, peer } = await server.connected(flow);
    const controller = new AbortController();
    const sent = session.commitAudio({ abortSignal: controller.signal });
    controller.abort();
    await sent;
    const frames = await peer.waitForFrames(1);
    assert.equal(frames[0].type, "input_audio_buffer.commit");
  });

  it("leaves no abort listener behind: a send without a signal adds none, and one whose frame was written, aborted or failed removes its own", async () => {
    const { session, peer } = await server.connected(flow);
    const direct = new AbortController();
    await session.commitAudio({ abortSignal: direct.signal });
    assert.equal(getEventListeners(direct.signal, "abort").length, 0, "written at once: no listener was needed");

    const before = fill(session, peer);
    const written = new AbortController();
    const aborted = new AbortController();
    const queuedWritten = session.commitAudio({ abortSignal: written.signal });
    const queuedAborted = session.commitAudio({ abortSignal: aborted.signal });
    assert.equal(getEventListeners(written.signal, "abort").length, 1, "a waiting send listens");
    aborted.abort();
    await assert.rejects(queuedAborted, isAborted);
    assert.equal(getEventListeners(aborted.signal, "abort").length, 0);
    peer.resume();
    await Promise.all([...before, queuedWritten]);
    assert.equal(getEventListeners(written.signal, "abort").length, 0, "written from the queue: its listener is gone");

    // The connection drops while a send waits: NOT_SENT, and its listener is gone too.
    const again = fill(session, peer);
    const dropped = new AbortController();
    const lost = session.commitAudio({ abortSignal: dropped.signal });
    peer.destroy();
    await assert.rejects(lost, (e: unknown) => isVoiceLiveError(e) && e.code === "NOT_SENT");
    await Promise.allSettled(again);
    assert.equal(getEventListeners(dropped.signal, "abort").length, 0);
  });

  it("in dropOldestAudio mode, audio resolves at once and is not abortable; other events waiting still are", async () => {
    const { session, peer } = await server.connected({ sendBuffer: { mode: "dropOldestAudio", highWaterMark: 64 * 1024, lowWaterMark: 16 * 1024, maxQueuedBytes: 4 * 128 * 1024 } });
    peer.pause();
    for (let n = 0; n < 1000 && session.sendStats.queuedFrames < 2; n++) await session.sendAudio(chunk(n));
    const controller = new AbortController();
    const audio = session.sendAudio(chunk(999), { abortSignal: controller.signal });
    assert.equal(await settledState(audio), "resolved");
    assert.equal(getEventListeners(controller.signal, "abort").length, 0);
    const commitController = new AbortController();
    const commit = session.commitAudio({ abortSignal: commitController.signal });
    commit.catch(() => {});
    commitController.abort();
    assert.equal(await settledState(commit), "rejected", "settled by the abort");
    await assert.rejects(commit, isAborted);
    peer.resume();
    await session.clearAudio();
    await new Promise((r) => setTimeout(r, 50));
    const types = peer.frames.map((f) => f.type);
    assert.ok(!types.includes("input_audio_buffer.commit"), "the aborted commit was not sent");
    assert.equal(types.at(-1), "input_audio_buffer.clear");
  });
});
