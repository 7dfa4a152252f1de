/**
 * examples/node-microphone: the conversation loop against the emulator, with recorded audio in
 * place of the microphone (paced as a microphone's) and a collecting player in place of the speakers.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "ai-voicelive";
import { concatPcm16, encodePcm16, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "ai-voicelive/emulator";
import { converse } from "../../examples/node-microphone/conversation.js";
import { CollectingPlayer, recordedSource } from "../../examples/node-microphone/stand-ins.js";
import { startWireTap, waitUntil, type WireTap } from "./helpers.js";

describe("examples/node-microphone", function () {
  this.timeout(30_000);
  let emulator: VoiceLiveEmulator | undefined;
  let tap: WireTap | undefined;
  afterEach(async () => {
    await tap?.close();
    await emulator?.close();
    tap = emulator = undefined;
  });

  async function client(): Promise<VoiceLiveClient> {
    emulator = await startEmulator({ apiKey: "k" });
    tap = await startWireTap(emulator.url);
    return new VoiceLiveClient(tap.url, new AzureKeyCredential("k"));
  }

  it("a turn: the audio goes up, the answer comes back and plays, the session closes once it has played", async () => {
    const lines: string[] = [];
    const input = encodePcm16(concatPcm16([silence(200), speechLike(900)])); // ends mid-turn: the recipe's closing pause ends it
    const player = new CollectingPlayer();
    const result = await converse(await client(), recordedSource(input), player, { log: (l) => lines.push(l) });

    assert.match(result.sessionId, /^sess_/);
    assert.equal(result.heard.length, 1, JSON.stringify(result));
    const turnMs = Number(/^\[(\d+) ms of audio\]$/.exec(result.heard[0])?.[1]);
    assert.ok(turnMs >= 900 && turnMs <= 1700, `${turnMs} ms`);
    assert.deepEqual(result.answers, [`I heard ${turnMs} ms of audio.`]);
    assert.deepEqual(lines, [`you: [${turnMs} ms of audio]`, `assistant: I heard ${turnMs} ms of audio.`]);
    // The reply (the emulator speaks the turn back) was played whole before the session closed.
    assert.equal(player.played().byteLength, turnMs * 48);
    assert.equal(Math.round(player.playedMs), turnMs);
    assert.equal(result.sentMs, 1100 + 800, "the input, then the closing pause");
    await waitUntil(() => emulator!.sessions === 0, "the session closed");
  });

  it("asks the service for echo cancellation and noise reduction, and turns echo cancellation off for headphones", async () => {
    const input = encodePcm16(silence(300));
    await converse(await client(), recordedSource(input, { realtime: false }), new CollectingPlayer(), { log: () => {} });
    const session = tap!.sent("session.update")[0].session as Record<string, unknown>;
    assert.deepEqual(session.input_audio_echo_cancellation, { type: "server_echo_cancellation" });
    assert.deepEqual(session.input_audio_noise_reduction, { type: "azure_deep_noise_suppression" });
    assert.deepEqual(session.turn_detection, { type: "server_vad", interrupt_response: false, auto_truncate: false });
    assert.deepEqual(tap!.frames.filter((f) => f.direction === "in" && f.event.type === "error"), []);

    await tap!.close();
    tap = await startWireTap(emulator!.url);
    await converse(new VoiceLiveClient(tap.url, new AzureKeyCredential("k")), recordedSource(input, { realtime: false }), new CollectingPlayer(), { echoCancellation: false, log: () => {} });
    assert.equal((tap.sent("session.update")[0].session as Record<string, unknown>).input_audio_echo_cancellation, null);
  });

  it("two turns, the second over the first answer: barge-in cuts the answer where the player was", async () => {
    const lines: string[] = [];
    // Turn 1 ends 500 ms into the pause; its answer (as long as the turn) is playing when turn 2 starts.
    const input = encodePcm16(concatPcm16([speechLike(1000), silence(800), speechLike(800)]));
    const player = new CollectingPlayer();
    const result = await converse(await client(), recordedSource(input), player, { log: (l) => lines.push(l) });

    assert.equal(result.heard.length, 2, JSON.stringify(result));
    assert.equal(result.answers.length, 2);
    assert.equal(result.bargeIns.length, 1, lines.join("\n"));
    const [bargeIn] = result.bargeIns;
    assert.equal(bargeIn.cancelled, false, "the emulator's answer had all arrived");
    assert.ok(bargeIn.truncated && bargeIn.truncated.audioEndMs > 0 && bargeIn.truncated.audioEndMs < bargeIn.truncated.receivedMs, JSON.stringify(bargeIn));
    const cut = tap!.sent("conversation.item.truncate");
    assert.deepEqual(cut.map((e) => e.audio_end_ms), [bargeIn.truncated.audioEndMs]);
    // The speakers' recording: the first answer up to the cut, then the whole second answer.
    const secondMs = Number(/^\[(\d+) ms/.exec(result.heard[1])?.[1]);
    // (the cut is in whole ms, rounded down: up to 1 ms less than was played)
    assert.ok(Math.abs(player.played().byteLength / 48 - (bargeIn.truncated.audioEndMs + secondMs)) < 2, `${player.played().byteLength / 48} ms played`);
    assert.ok(lines.some((l) => l.startsWith(`(interrupted: the answer was cut at ${bargeIn.truncated!.audioEndMs} ms`)), lines.join("\n"));
  });
});
