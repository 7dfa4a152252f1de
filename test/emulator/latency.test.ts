/**
 * The emulator's latencies (time to the first transcript and audio of a reply) and its record of
 * when each event left.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "../../src/index.js";
import { startEmulator, type EmulatorSentEvent, type VoiceLiveEmulator } from "../../src/emulator/index.js";

describe("emulator: latencies and send times", () => {
  let emulator: VoiceLiveEmulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  async function reply(options: Parameters<typeof startEmulator>[0]): Promise<EmulatorSentEvent[]> {
    const sent: EmulatorSentEvent[] = [];
    emulator = await startEmulator({ ...options, onEventSent: (e) => void sent.push(e) });
    const session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).startSession("gpt-realtime");
    try {
      await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hello there" }] });
      const done = session.waitFor("response.done");
      await session.createResponse();
      await done;
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      await session.close();
    }
    return sent;
  }

  const first = (sent: EmulatorSentEvent[], type: string) => sent.find((e) => e.type === type)!.at;

  it("records every event it sends, in order, with its id, session and time", async () => {
    const sent = await reply({});
    assert.equal(sent[0].type, "session.created");
    assert.ok(sent.every((e) => /^sess_/.test(e.sessionId) && e.sessionId === sent[0].sessionId && /^event_/.test(e.eventId)));
    for (let i = 1; i < sent.length; i++) assert.ok(sent[i].at >= sent[i - 1].at, "in time order");
    assert.ok(Math.abs(sent[0].at - Date.now()) < 5000, "on the epoch clock");
    assert.ok(sent.some((e) => e.type === "response.done"));
  });

  it("delays the first transcript and the first audio of a reply from its response.created", async () => {
    const sent = await reply({ latency: { firstTranscriptMs: 150, firstAudioMs: 400 } });
    const created = first(sent, "response.created");
    const transcript = first(sent, "response.audio_transcript.delta") - created;
    const audio = first(sent, "response.audio.delta") - created;
    assert.ok(transcript >= 148 && transcript < 260, `first transcript after ${transcript} ms`);
    assert.ok(audio >= 398 && audio < 520, `first audio after ${audio} ms`);
  });

  it("keeps the transcript ahead of the audio, and real time from the first chunk with realtimePacing", async () => {
    const sent = await reply({ realtimePacing: true, latency: { firstTranscriptMs: 300, firstAudioMs: 100 } });
    const created = first(sent, "response.created");
    const audio = sent.filter((e) => e.type === "response.audio.delta").map((e) => e.at - created);
    assert.ok(audio[0] >= 298 && audio[0] < 420, `first audio after ${audio[0]} ms, with the transcript`);
    assert.ok(first(sent, "response.audio_transcript.delta") <= first(sent, "response.audio.delta"));
    assert.ok(audio.length >= 3);
    assert.ok(audio[2] - audio[0] >= 190 && audio[2] - audio[0] < 320, `chunks 100 ms apart: ${audio.join(", ")}`);
  });

  it("refuses a latency that is not a number of ms >= 0", async () => {
    await assert.rejects(startEmulator({ latency: { firstAudioMs: -1 } }), /latency\.firstAudioMs must be a number of ms >= 0/);
  });
});
