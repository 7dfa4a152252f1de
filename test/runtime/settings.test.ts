/**
 * The session config the client has sent, in either shape: where the input audio format is read
 * from, and how an update merges into the groups of v1 (`audio.input`, `audio.output`).
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { sessionConfigGroups } from "../../generated/tables.js";
import { startEmulator } from "../../src/emulator/index.js";
import { VoiceLiveClient, isVoiceLiveError } from "../../src/index.js";
import { mergeSessionConfig, stringSettingAt } from "../../src/runtime/settings.js";

const groups = new Set(sessionConfigGroups);

describe("session config in the dated and the v1 shape", () => {
  it("reads a setting from the first place that has it", () => {
    const paths = [["input_audio_format"], ["audio", "input", "format"]] as const;
    assert.equal(stringSettingAt({ input_audio_format: "g711_ulaw" }, paths), "g711_ulaw");
    assert.equal(stringSettingAt({ audio: { input: { format: "g711_alaw" } } }, paths), "g711_alaw");
    assert.equal(stringSettingAt({ audio: { input: null } }, paths), undefined);
    assert.equal(stringSettingAt(undefined, paths), undefined);
  });

  it("merges an update into the groups field by field, and replaces any other object whole", () => {
    const first = mergeSessionConfig(undefined, { audio: { input: { format: "g711_ulaw", turn_detection: { type: "server_vad", threshold: 0.4 } } } }, groups);
    const second = mergeSessionConfig(first, { audio: { output: { voice: "alloy" }, input: { turn_detection: { type: "semantic_vad" } } } }, groups);
    assert.deepEqual(second, { audio: { input: { format: "g711_ulaw", turn_detection: { type: "semantic_vad" } }, output: { voice: "alloy" } } });
    // The dated shape is flat: a top-level object (turn detection) is replaced, as before.
    assert.deepEqual(mergeSessionConfig({ turn_detection: { type: "server_vad", threshold: 0.4 } }, { turn_detection: { type: "semantic_vad" } }, groups), { turn_detection: { type: "semantic_vad" } });
    assert.ok(groups.has("audio.input") && groups.has("audio.output"), [...groups].join(", "));
  });

  it("checks audio against the v1 input format, after an update that changed only the output", async () => {
    const emulator = await startEmulator();
    try {
      const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: "v1" });
      const session = await client.startSession({ model: "gpt-realtime", audio: { input: { format: "g711_ulaw", turnDetection: null } } });
      await session.updateSession({ audio: { output: { voice: "alloy" } } });
      await session.sendAudio(new Uint8Array(3)); // three G.711 samples
      await session.updateSession({ audio: { input: { format: "pcm16" } } });
      await assert.rejects(session.sendAudio(new Uint8Array(3)), (e: unknown) => isVoiceLiveError(e) && /pcm16/.test(e.message));
      await session.close();
    } finally {
      await emulator.close();
    }
  });
});
