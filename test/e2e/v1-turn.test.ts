/**
 * End to end in the label version v1: the public SDK against the emulator, with v1's session shape
 * and v1's event names. The dated events never arrive, and what a v1 server sends is typed.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, isVoiceLiveError, type ServerEventResponseDone, type ServerEventResponseOutputAudioDelta } from "../../src/index.js";
import { concatPcm16, decodePcm16, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { serverEventTypeRenames } from "../../src/models.js";

describe("SDK and emulator end to end in v1", () => {
  let emulator: VoiceLiveEmulator;
  afterEach(() => emulator?.close());

  it("a voice turn with the v1 session shape: v1 events arrive, typed, and the dated names never do", async () => {
    emulator = await startEmulator({ apiKey: "k" });
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: "v1" });
    const session = await client.startSession({
      model: "gpt-realtime",
      outputModalities: ["audio"],
      audio: { input: { format: "pcm16", turnDetection: { type: "server_vad", threshold: 0.5, prefixPaddingInMs: 200, silenceDurationInMs: 400 } }, output: { voice: "alloy" } },
    });
    const seen: string[] = [];
    const audio: Int16Array[] = [];
    let transcript = "";
    session.subscribe({
      onServerEvent: (e) => void seen.push(e.type),
      onResponseOutputAudioDelta: (e: ServerEventResponseOutputAudioDelta) => void audio.push(decodePcm16(e.delta)),
      onResponseOutputAudioTranscriptDone: (e) => void (transcript = e.transcript),
    });
    const firstAudio = session.waitFor("response.output_audio.delta");
    const done = session.waitFor("response.done");
    const input = concatPcm16([silence(500), speechLike(1200), silence(700)]);
    for (let at = 0; at < input.length; at += 2400) await session.sendAudio(input.subarray(at, at + 2400));
    assert.ok((await firstAudio).delta.byteLength > 0);
    const response: ServerEventResponseDone = await done;
    await session.close();
    assert.equal(response.response.status, "completed");
    assert.deepEqual(response.response.outputModalities, ["audio"]);
    for (const dated of Object.keys(serverEventTypeRenames.v1)) assert.ok(!seen.includes(dated), `no ${dated}`);
    assert.ok(concatPcm16(audio).length / 24000 > 1, "an audio reply");
    assert.match(transcript, /heard/);
  });

  it("a dated-only setting is refused before it is sent under v1, naming where it lives", async () => {
    emulator = await startEmulator();
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: "v1" });
    const session = await client.startSession("gpt-realtime");
    await assert.rejects(
      // @ts-expect-error: a v1 session's types leave out the dated-only settings; v1 has audio.output.voice
      session.updateSession({ voice: "alloy" }),
      (e: unknown) => isVoiceLiveError(e) && /voice/.test(e.message),
    );
    await session.close();
  });
});
