/**
 * examples/migrate-from-azure and examples/migrate-from-openai: the programs against the emulator,
 * through a wire tap. The official package's `before.ts` runs too: a migration that changes what
 * goes on the wire, or the answer, fails here.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "ai-voicelive";
import { concatPcm16, encodePcm16, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "ai-voicelive/emulator";
import { voiceTurn as azureBefore } from "../../examples/migrate-from-azure/before.js";
import { voiceTurn as azureAfter } from "../../examples/migrate-from-azure/after.js";
import { ask } from "../../examples/migrate-from-openai/after.js";
import { runRecipe, startWireTap, type WireTap } from "./helpers.js";

describe("examples/migrate-from-*", () => {
  let emulator: VoiceLiveEmulator | undefined;
  const taps: WireTap[] = [];
  afterEach(async () => {
    for (const tap of taps.splice(0)) await tap.close();
    await emulator?.close();
    emulator = undefined;
  });

  async function tapped(): Promise<WireTap> {
    emulator ??= await startEmulator({ apiKey: "k" });
    const tap = await startWireTap(emulator.url);
    taps.push(tap);
    return tap;
  }

  /** The client's events without their ids (each SDK makes its own), audio appends counted apart. */
  function clientWire(tap: WireTap) {
    const events = tap.frames.filter((f) => f.direction === "out").map(({ event: { event_id: _id, ...rest } }) => rest);
    const audio = events.filter((e) => e.type === "input_audio_buffer.append").map((e) => Buffer.from(String(e.audio), "base64"));
    return { events: events.filter((e) => e.type !== "input_audio_buffer.append"), appends: audio.length, audio: Buffer.concat(audio) };
  }

  it("from @azure/ai-voicelive: before.ts and after.ts get the same answer with the same events on the wire", async () => {
    const audio = encodePcm16(concatPcm16([speechLike(1000), silence(800)]));
    const beforeTap = await tapped();
    const before = await azureBefore(beforeTap.url, "k", audio);
    const afterTap = await tapped();
    const after = await azureAfter(afterTap.url, "k", audio);

    assert.match(before.sessionId, /^sess_/);
    assert.match(after.sessionId, /^sess_/);
    assert.notEqual(before.sessionId, after.sessionId, "two sessions");
    const { sessionId: _b, ...beforeAnswer } = before;
    const { sessionId: _a, ...afterAnswer } = after;
    assert.deepEqual(afterAnswer, beforeAnswer);
    assert.equal(after.status, "completed");
    assert.match(after.transcript, /^I heard \d+ ms of audio\.$/);
    assert.ok(after.audioBytes > 48_000, `${after.audioBytes} bytes`);

    const b = clientWire(beforeTap);
    const a = clientWire(afterTap);
    assert.deepEqual(a.events, b.events, "the same client events, config included");
    assert.deepEqual(a.events[0], {
      type: "session.update",
      session: { instructions: "Answer in one short sentence.", voice: { type: "openai", name: "alloy" }, turn_detection: { type: "server_vad", silence_duration_ms: 500 } },
    });
    assert.equal(a.appends, Math.ceil(audio.byteLength / 4800));
    assert.equal(a.appends, b.appends);
    assert.ok(a.audio.equals(Buffer.from(audio)) && b.audio.equals(Buffer.from(audio)), "the audio, byte for byte");
  });

  it("from @azure/ai-voicelive: as the README's table says, a bad field is refused at the call, and nothing is sent", async () => {
    const tap = await tapped();
    const client = new VoiceLiveClient(tap.url, new AzureKeyCredential("k"));
    await assert.rejects(client.startSession({ model: "gpt-realtime", turnDetection: { type: "server_vad", threshold: 2 } }), { name: "VoiceLiveValidationError" });
    assert.deepEqual(tap.frames.filter((f) => f.direction === "out"), [], "nothing was sent");
  });

  it("from openai-node: after.ts asks and gets the spoken answer, as typed events", async () => {
    const tap = await tapped();
    const answer = await ask(new VoiceLiveClient(tap.url, new AzureKeyCredential("k")), "Hello there");
    assert.equal(answer.transcript, "You said: Hello there");
    assert.equal(answer.status, "completed");
    assert.ok(answer.audio.every((chunk) => chunk instanceof Uint8Array));
    assert.equal(answer.audio.reduce((n, c) => n + c.byteLength, 0), 24_000, "500 ms of 24 kHz PCM16, decoded");
    assert.deepEqual(clientWire(tap).events, [
      { type: "session.update", session: { instructions: "Answer in one short sentence.", modalities: ["text", "audio"] } },
      { type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: "Hello there" }] } },
      { type: "response.create" },
    ]);
  });

  it("runs both after.ts from the command line against the local emulator", async () => {
    const azure = await runRecipe("examples/migrate-from-azure/after.ts");
    assert.equal(azure.code, 0, azure.stderr);
    assert.match(azure.stdout, /transcript: 'I heard \d+ ms of audio\.'/);
    assert.match(azure.stdout, /status: 'completed'/);
    const openai = await runRecipe("examples/migrate-from-openai/after.ts", ["Hello there"]);
    assert.equal(openai.code, 0, openai.stderr);
    assert.equal(openai.stdout.trim(), "You said: Hello there (completed, 24000 bytes of audio)");
  });
});
