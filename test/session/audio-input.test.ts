import assert from "node:assert/strict";
import { isVoiceLiveError, type VoiceLiveSession } from "../../src/index.js";
import { TestServer, describeGuarded, type Peer, type WireFrame } from "./server.js";

/** A send method that takes binary audio, called with `audio`. */
type AudioSend = (s: VoiceLiveSession, audio: unknown) => Promise<void>;
const audioSends: { name: string; send: AudioSend }[] = [
  { name: "sendAudio", send: (s, audio) => s.sendAudio(audio as Uint8Array) },
  { name: "appendAudioTurn", send: (s, audio) => s.appendAudioTurn("turn_1", audio as Uint8Array) },
];

/** Calls `send` and checks that it neither threw nor resolved: it rejected with INVALID_ARGUMENT whose message matches every pattern. */
async function expectRejected(call: () => Promise<void>, ...patterns: RegExp[]): Promise<void> {
  let pending: Promise<void>;
  try {
    pending = call();
  } catch (e) {
    assert.fail(`threw synchronously instead of rejecting: ${String(e)}`);
  }
  await assert.rejects(pending, (e: unknown) => {
    assert.ok(isVoiceLiveError(e), `a VoiceLiveError, not ${String(e)}`);
    assert.equal(e.code, "INVALID_ARGUMENT");
    for (const p of patterns) assert.match(e.message, p);
    return true;
  });
}

/** Frames of `type` the server got, once a marker event sent after everything else has arrived. */
async function framesBefore(session: VoiceLiveSession, peer: Peer, type: string): Promise<WireFrame[]> {
  await session.clearAudio();
  await peer.waitForFrames(peer.frames.length + 1);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(peer.frames.at(-1)?.type, "input_audio_buffer.clear", "the marker came last");
  return peer.frames.filter((f) => f.type === type);
}

function detachedBuffer(size: number): ArrayBuffer {
  const buffer = new ArrayBuffer(size);
  structuredClone(buffer, { transfer: [buffer] });
  assert.equal(buffer.byteLength, 0, "transferring detached it");
  return buffer;
}

describeGuarded("binary audio input", () => {
  let server: TestServer;
  beforeEach(async () => (server = await TestServer.start()));
  afterEach(() => server.close());

  for (const { name, send } of audioSends) {
    describe(name, () => {
      it("rejects a Float32Array, a DataView and other views that are not bytes or 16-bit samples, naming what was given and what is accepted", async () => {
        const { session, peer } = await server.connected();
        const given: [unknown, RegExp][] = [
          [new Float32Array([0.5, -0.5]), /Float32Array/],
          [new DataView(new ArrayBuffer(4)), /DataView/],
          [new Uint16Array(2), /Uint16Array/],
          [new Int8Array(4), /Int8Array/],
          [{ length: 4 }, /an object/],
          [42, /a number/],
        ];
        for (const [audio, what] of given) {
          await expectRejected(() => send(session, audio), what, /Uint8Array, an Int16Array or an ArrayBuffer/, new RegExp(`${name}`));
        }
        assert.deepEqual(await framesBefore(session, peer, "input_audio_buffer.append"), []);
        assert.deepEqual(await framesBefore(session, peer, "input_audio.turn.append"), []);
      });

      it("rejects a detached ArrayBuffer, and a view of one, as INVALID_ARGUMENT rather than a TypeError", async () => {
        const { session, peer } = await server.connected();
        await expectRejected(() => send(session, detachedBuffer(8)), /detached/);
        const backing = new ArrayBuffer(8);
        const view = new Int16Array(backing);
        structuredClone(backing, { transfer: [backing] });
        await expectRejected(() => send(session, view), /detached/);
        // An empty buffer that was never detached is still fine.
        await send(session, new ArrayBuffer(0));
        await send(session, new Uint8Array(0));
        const appends = [...(await framesBefore(session, peer, "input_audio_buffer.append")), ...(await framesBefore(session, peer, "input_audio.turn.append"))];
        assert.deepEqual(
          appends.map((f) => f.audio),
          ["", ""],
        );
      });

      it("with PCM16 input (the default, nothing configured) rejects an odd number of bytes, naming the format", async () => {
        const { session, peer } = await server.connected();
        await expectRejected(() => send(session, new Uint8Array(4801)), /4801 bytes/, /pcm16/, /2 bytes/);
        await expectRejected(() => send(session, new Uint8Array(6).buffer.slice(1)), /5 bytes/, /pcm16/);
        await expectRejected(() => send(session, new Uint8Array(10).subarray(1, 4)), /3 bytes/);
        await send(session, new Uint8Array(4800));
        await send(session, new Int16Array(3));
        const appends = [...(await framesBefore(session, peer, "input_audio_buffer.append")), ...(await framesBefore(session, peer, "input_audio.turn.append"))];
        assert.deepEqual(
          appends.map((f) => Buffer.from(String(f.audio), "base64").length),
          [4800, 6],
        );
      });

      it("follows the input audio format the session has sent: G.711 takes any number of bytes but not 16-bit samples; back to PCM16, odd lengths are refused again", async () => {
        const { session, peer } = await server.connected();
        await session.updateSession({ inputAudioFormat: "g711_ulaw" });
        await send(session, new Uint8Array(161));
        await send(session, new Uint8Array(3).buffer);
        await expectRejected(() => send(session, new Int16Array(4)), /Int16Array/, /g711_ulaw/, /1-byte samples/);
        // A later update that changes something else keeps the format.
        await session.updateSession({ instructions: "Be brief." });
        await send(session, new Uint8Array(7));
        // Set through sendEvent, in wire form, it counts too.
        await session.sendEvent({ type: "session.update", session: { inputAudioFormat: "g711_alaw" } });
        await send(session, new Uint8Array(9));
        await session.updateSession({ inputAudioFormat: "pcm16" });
        await expectRejected(() => send(session, new Uint8Array(9)), /9 bytes/, /pcm16/);
        const appends = [...(await framesBefore(session, peer, "input_audio_buffer.append")), ...(await framesBefore(session, peer, "input_audio.turn.append"))];
        assert.deepEqual(
          appends.map((f) => Buffer.from(String(f.audio), "base64").length),
          [161, 3, 7, 9],
        );
      });

      it("does not check the length of audio in a format the SDK does not know", async () => {
        const { session, peer } = await server.connected();
        await session.updateSession({ inputAudioFormat: "opus_future" });
        await send(session, new Uint8Array(5));
        await send(session, new Int16Array(2));
        const appends = [...(await framesBefore(session, peer, "input_audio_buffer.append")), ...(await framesBefore(session, peer, "input_audio.turn.append"))];
        assert.equal(appends.length, 2);
      });
    });
  }

  it("still takes a Node Buffer, which is a Uint8Array", async () => {
    const { session, peer } = await server.connected();
    await session.sendAudio(Buffer.from([1, 2, 3, 4]));
    const [frame] = await framesBefore(session, peer, "input_audio_buffer.append");
    assert.equal(frame.audio, "AQIDBA==");
  });
});
