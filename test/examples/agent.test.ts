/** examples/agent: the forty-line agent against the emulator, its tool call and its metrics checked on the wire. */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "ai-voicelive";
import { speechLike, startEmulator, type VoiceLiveEmulator } from "ai-voicelive/emulator";
import { converse, weatherScript } from "../../examples/agent/main.js";
import { startWireTap, type WireTap } from "./helpers.js";

describe("examples/agent", () => {
  let emulator: VoiceLiveEmulator | undefined;
  let tap: WireTap | undefined;
  afterEach(async () => {
    await tap?.close();
    await emulator?.close();
    tap = emulator = undefined;
  });

  it("answers a spoken question with a tool call, one response.create after its output, and measures both turns", async function () {
    this.timeout(30_000);
    emulator = await startEmulator({ apiKey: "k", responder: weatherScript });
    tap = await startWireTap(emulator.url);
    const client = new VoiceLiveClient(tap.url, new AzureKeyCredential("k"));
    const { turns, summary } = await converse(client, new Uint8Array(speechLike(1200).buffer));

    const update = tap.sent("session.update")[0].session as { tools: { name: string }[]; turn_detection: { type: string } };
    assert.deepEqual(update.tools.map((t) => t.name), ["get_weather"]);
    assert.equal(update.turn_detection.type, "server_vad");
    const call = tap.frames.find((f) => f.direction === "in" && f.event.type === "response.function_call_arguments.done")!.event;
    const outputs = tap.sent("conversation.item.create").filter((e) => (e.item as { type: string }).type === "function_call_output");
    assert.deepEqual(outputs.map((e) => e.item), [{ type: "function_call_output", call_id: call.call_id, output: JSON.stringify({ city: "Oslo", temperatureC: 21, sky: "clear" }) }]);
    // The tool's answer, then exactly one response.create, which says it cancels nothing.
    const sent = tap.sentTypes();
    assert.equal(sent.filter((t) => t === "response.create").length, 1);
    assert.ok(sent.indexOf("conversation.item.create") < sent.indexOf("response.create"));
    assert.equal((tap.sent("response.create")[0].response as { cancel_previous?: boolean }).cancel_previous, false);

    assert.deepEqual(turns.map((t) => t.status), ["completed", "completed"]);
    assert.equal(turns[0].from, "speech_stopped", "the first turn counts from the end of speech");
    assert.ok(turns[1].audioMs > 500 && turns[1].firstAudioMs !== undefined, "the spoken answer was measured");
    assert.equal(summary.turns, 2);
    assert.equal(emulator.stats().totals.errorsSent, 0);
  });
});
