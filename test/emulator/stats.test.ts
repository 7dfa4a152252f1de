import assert from "node:assert/strict";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { eventually, open, pcm16ToBase64, type WireClient } from "./helpers.js";

describe("emulator: stats", () => {
  let emulator: VoiceLiveEmulator;
  const clients: WireClient[] = [];
  beforeEach(async () => {
    emulator = await startEmulator();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await emulator.close();
  });

  it("starts at zero", () => {
    assert.deepEqual(emulator.stats(), {
      sessionsOpened: 0,
      sessionsClosed: 0,
      totals: { framesReceived: 0, audioAppends: 0, audioBytes: 0, errorsSent: 0 },
      sessions: [],
    });
  });

  it("counts each session's frames, appends, audio bytes and errors, by session id", async () => {
    const a = await open(emulator);
    const b = await open(emulator);
    clients.push(a, b);
    const idA = (a.frames[0].session as { id: string }).id;
    const idB = (b.frames[0].session as { id: string }).id;
    a.send({ type: "session.update", session: { turn_detection: null } });
    // 3 appends of 480 bytes, and one of 3 bytes (an odd length: the emulator keeps the stray byte, but it was received).
    for (let i = 0; i < 3; i++) a.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(new Int16Array(240).fill(i)) });
    a.send({ type: "input_audio_buffer.append", audio: Buffer.from([1, 2, 3]).toString("base64") });
    a.send({ type: "input_audio_buffer.append", audio: 42 }); // invalid: an error, not an append
    a.send("not json");
    await a.sync(); // one more frame, answered with an error
    b.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(new Int16Array(4800)) });
    await b.sync();

    const stats = emulator.stats();
    assert.equal(stats.sessionsOpened, 2);
    assert.equal(stats.sessionsClosed, 0);
    const byId = new Map(stats.sessions.map((s) => [s.id, s]));
    assert.deepEqual(byId.get(idA), { id: idA, open: true, framesReceived: 8, audioAppends: 4, audioBytes: 3 * 480 + 3, errorsSent: 3 });
    assert.deepEqual(byId.get(idB), { id: idB, open: true, framesReceived: 2, audioAppends: 1, audioBytes: 9600, errorsSent: 1 });
    assert.deepEqual(stats.totals, { framesReceived: 10, audioAppends: 5, audioBytes: 3 * 480 + 3 + 9600, errorsSent: 4 });
  });

  it("keeps the counters of closed sessions in the totals, and lists them after the open ones", async () => {
    const a = await open(emulator);
    const b = await open(emulator);
    clients.push(b);
    const idA = (a.frames[0].session as { id: string }).id;
    const idB = (b.frames[0].session as { id: string }).id;
    a.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(new Int16Array(100)) });
    await a.sync();
    await a.close();
    await eventually(() => emulator.stats().sessionsClosed === 1, "the emulator saw the close");
    const stats = emulator.stats();
    assert.equal(stats.sessionsOpened, 2);
    assert.deepEqual(stats.sessions, [
      { id: idB, open: true, framesReceived: 0, audioAppends: 0, audioBytes: 0, errorsSent: 0 },
      { id: idA, open: false, framesReceived: 2, audioAppends: 1, audioBytes: 200, errorsSent: 1 },
    ]);
    assert.deepEqual(stats.totals, { framesReceived: 2, audioAppends: 1, audioBytes: 200, errorsSent: 1 });
    // A snapshot: later traffic does not change it.
    b.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(new Int16Array(10)) });
    await b.sync();
    assert.equal(stats.totals.audioAppends, 1);
    assert.equal(emulator.stats().totals.audioAppends, 2);
  });
});
