import assert from "node:assert/strict";
import { isVoiceLiveError, type VoiceLiveError } from "../../src/index.js";
import { withoutNock } from "../client/entra.js";
import { TestServer, describeGuarded, eventually, record, settledState } from "./server.js";

/** 96 KB of PCM16 (2 s at 24 kHz), about 128 KB on the wire; `n` marks it in its first byte. */
function chunk(n: number): Uint8Array {
  const bytes = new Uint8Array(96_000);
  bytes[0] = n & 0xff;
  bytes[1] = n >> 8;
  return bytes;
}

/** The mark of an append frame as the server received it. */
function markOf(frame: Record<string, unknown>): number {
  const bytes = Buffer.from(String(frame.audio), "base64");
  return bytes[0] | (bytes[1] << 8);
}

describeGuarded("session send flow control", () => {
  // nock's interception wraps sockets and hides what they buffer; these tests need the real socket.
  withoutNock();
  let server: TestServer;
  beforeEach(async () => (server = await TestServer.start()));
  afterEach(() => server.close());

  it("wait mode: above the high-water mark sends wait in order, memory stays bounded, and all arrive once the server reads again", async () => {
    const high = 256 * 1024;
    const { session, peer } = await server.connected({ sendBuffer: { highWaterMark: high, lowWaterMark: 64 * 1024, maxQueuedBytes: 64 * 1024 * 1024 } });
    peer.pause();
    const sends: Promise<void>[] = [];
    let peakHeld = 0;
    // Send until the kernel's socket buffers (tens of MB on loopback) are full and the SDK holds back, then 20 more.
    let extra = 20;
    for (let n = 0; n < 1000 && extra > 0; n++) {
      sends.push(session.sendAudio(chunk(n)));
      peakHeld = Math.max(peakHeld, session.sendStats.bufferedAmount);
      if (session.sendStats.queuedFrames > 0) extra--;
    }
    const count = sends.length;
    const stats = session.sendStats;
    assert.ok(stats.queuedFrames > 0, "some sends wait in the SDK");
    // What the socket holds never grows past the high-water mark by more than the frame that crossed it.
    assert.ok(peakHeld <= high + 130_000, `the socket held ${peakHeld} bytes (high-water mark ${high})`);
    assert.equal(await settledState(sends[sends.length - 1]), "pending", "the last send waits for the buffer to drain");
    peer.resume();
    await Promise.all(sends);
    await peer.waitForFrames(count, 20_000);
    assert.deepEqual(
      peer.frames.map(markOf),
      Array.from({ length: count }, (_, n) => n),
      "every append arrived, once, in order",
    );
    assert.equal(session.sendStats.queuedFrames, 0);
    assert.equal(session.sendStats.droppedAudioFrames, 0);
  });

  it("wait mode: a send beyond maxQueuedBytes is refused with SEND_BUFFER_FULL and not sent; the session stays usable", async () => {
    const { session, peer } = await server.connected({ sendBuffer: { highWaterMark: 64 * 1024, lowWaterMark: 16 * 1024, maxQueuedBytes: 512 * 1024 } });
    peer.pause();
    const accepted: Promise<void>[] = [];
    let refused: VoiceLiveError | undefined;
    let n = 0;
    for (; n < 1000 && !refused; n++) {
      const send = session.sendAudio(chunk(n));
      const state = await settledState(send);
      if (state === "rejected") refused = (await send.catch((e: unknown) => e)) as VoiceLiveError;
      else accepted.push(send);
    }
    assert.ok(refused && isVoiceLiveError(refused), "a send was refused");
    assert.equal(refused.code, "SEND_BUFFER_FULL");
    assert.match(refused.message, /input_audio_buffer\.append was not sent.*maxQueuedBytes is 524288/);
    assert.ok(session.sendStats.queuedBytes <= 512 * 1024);
    const refusedMark = n - 1;
    peer.resume();
    await Promise.all(accepted);
    await session.commitAudio();
    const frames = await peer.waitForFrames(accepted.length + 1, 10_000);
    assert.ok(!frames.some((f) => f.type === "input_audio_buffer.append" && markOf(f) === refusedMark), "the refused append never reached the server");
    assert.equal(frames.at(-1)?.type, "input_audio_buffer.commit");
    assert.equal(session.state, "connected");
  });

  it("dropOldestAudio mode: audio sends never wait; the oldest unsent audio is dropped, counted and reported; other events are never dropped", async () => {
    const { session, peer } = await server.connected({
      sendBuffer: { mode: "dropOldestAudio", highWaterMark: 64 * 1024, lowWaterMark: 16 * 1024, maxQueuedBytes: 4 * 128 * 1024 },
    });
    const seen = record(session);
    peer.pause();
    const sends: Promise<void>[] = [];
    let commit: Promise<void> | undefined;
    // Send until the kernel's buffers are full and audio is being dropped, with a commit in the middle of the drops.
    let extra = 100;
    for (let n = 0; n < 1000 && extra > 0; n++) {
      sends.push(session.sendAudio(chunk(n)));
      if (session.sendStats.droppedAudioFrames > 0 && extra-- === 50) commit = session.commitAudio();
    }
    const count = sends.length;
    // Each audio send resolved once queued: nothing blocks a capture loop. The commit waits its turn.
    assert.deepEqual(await Promise.all(sends.map(settledState)), sends.map(() => "resolved"));
    assert.equal(await settledState(commit!), "pending");
    const stats = session.sendStats;
    assert.ok(stats.droppedAudioFrames > 0, "audio was dropped");
    assert.ok(stats.queuedBytes <= 4 * 128 * 1024 + 200, `at most maxQueuedBytes waits (${stats.queuedBytes})`);
    const dropped = await eventually(() => seen.errors().filter((e) => e.code === "AUDIO_DROPPED"), "an AUDIO_DROPPED report");
    const reported = dropped.reduce((sum, e) => sum + (e as VoiceLiveError & { droppedFrames: number }).droppedFrames, 0);
    assert.equal(reported, stats.droppedAudioFrames, "every drop was reported");
    assert.ok(dropped.length < stats.droppedAudioFrames, "reports come once per burst, not per frame");
    peer.resume();
    const appends = count - stats.droppedAudioFrames;
    const frames = await peer.waitForFrames(appends + 1, 10_000);
    const marks = frames.filter((f) => f.type === "input_audio_buffer.append").map(markOf);
    assert.equal(marks.length, appends, "what was not dropped arrived");
    assert.ok(marks.every((m, i) => i === 0 || m > marks[i - 1]), "in order");
    assert.equal(marks.at(-1), count - 1, "the newest audio survives: the oldest is dropped");
    assert.equal(frames.filter((f) => f.type === "input_audio_buffer.commit").length, 1, "the commit was not dropped");
    await commit;
  });

  it("sends that wait when the connection drops reject with NOT_SENT (handed back to the caller)", async () => {
    const { session, peer } = await server.connected({ sendBuffer: { highWaterMark: 64 * 1024, lowWaterMark: 16 * 1024, maxQueuedBytes: 64 * 1024 * 1024 } });
    const seen = record(session);
    peer.pause();
    const sends: Promise<void>[] = [];
    for (let n = 0; n < 1000 && session.sendStats.queuedFrames < 20; n++) sends.push(session.sendAudio(chunk(n)));
    assert.ok(session.sendStats.queuedFrames > 0);
    const waiting = session.sendStats.queuedFrames;
    peer.destroy();
    const results = await Promise.allSettled(sends);
    const notSent = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as VoiceLiveError);
    assert.ok(notSent.length >= waiting, `${notSent.length} sends were handed back (at least the ${waiting} waiting)`);
    assert.ok(notSent.every((e) => e.code === "NOT_SENT"), notSent.map((e) => e.code).join());
    assert.match(notSent[notSent.length - 1].message, /input_audio_buffer\.append was not sent/);
    await eventually(() => seen.log.some((s) => s.kind === "disconnected"), "onDisconnected");
    assert.equal(session.state, "closed");
  });

  it("refuses nonsense water marks with INVALID_ARGUMENT when the session is made", () => {
    assert.throws(() => server.session({ sendBuffer: { highWaterMark: -1 } }), /sendBuffer\.highWaterMark must be a finite number >= 0/);
    assert.throws(() => server.session({ sendBuffer: { maxQueuedBytes: Number.NaN } }), (e: VoiceLiveError) => e.code === "INVALID_ARGUMENT");
  });
});
