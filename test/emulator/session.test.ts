import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, isVoiceLiveServerError } from "../../src/index.js";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { open, type WireClient } from "./helpers.js";

type Session = Record<string, unknown> & { turn_detection?: Record<string, unknown> | null };

describe("emulator: session", () => {
  let emulator: VoiceLiveEmulator;
  let client: WireClient | undefined;
  before(async () => {
    emulator = await startEmulator();
  });
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });
  after(() => emulator.close());

  it("sends session.created first, with a full ResponseSession and the service defaults", async () => {
    client = await open(emulator);
    const first = client.frames[0];
    assert.equal(first.type, "session.created");
    assert.match(String(first.event_id), /^event_\w+$/);
    const s = first.session as Session;
    assert.match(String(s.id), /^sess_\w+$/);
    assert.equal(s.model, "gpt-realtime");
    assert.deepEqual(s.modalities, ["text", "audio"]);
    assert.equal(s.voice, "alloy");
    assert.equal(s.input_audio_format, "pcm16");
    assert.equal(s.output_audio_format, "pcm16");
    assert.equal(s.input_audio_sampling_rate, 24000);
    assert.deepEqual(s.turn_detection, { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500, create_response: true });
    assert.equal(s.tool_choice, "auto");
    assert.deepEqual(s.tools, []);
    const expiresIn = Number(s.expires_at) - Date.now() / 1000;
    assert.ok(expiresIn > 3590 && expiresIn <= 3600, `expires_at is now + 3600 s (got +${expiresIn})`);
  });

  it("has no expires_at under api-version 2025-10-01", async () => {
    client = await open(emulator, { query: "api-version=2025-10-01&model=gpt-4o-realtime" });
    const s = client.frames[0].session as Session;
    assert.equal(s.model, "gpt-4o-realtime");
    assert.equal("expires_at" in s, false);
  });

  it("session.update deep-merges and answers session.updated with the whole session", async () => {
    client = await open(emulator);
    const created = client.frames[0].session as Session;
    client.send({ type: "session.update", session: { instructions: "Be brief.", turn_detection: { type: "server_vad", threshold: 0.7 }, voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural" } } });
    const updated = (await client.nextWire("session.updated")).session as Session;
    assert.equal(updated.id, created.id);
    assert.equal(updated.instructions, "Be brief.");
    assert.deepEqual(updated.turn_detection, { type: "server_vad", threshold: 0.7, prefix_padding_ms: 300, silence_duration_ms: 500, create_response: true });
    assert.deepEqual(updated.voice, { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural" });
    assert.equal(updated.expires_at, created.expires_at);
    // A turn detection of another kind replaces the old one; null turns it off.
    client.send({ type: "session.update", session: { turn_detection: { type: "azure_semantic_vad", silence_duration_ms: 300 } } });
    assert.deepEqual(((await client.nextWire("session.updated")).session as Session).turn_detection, { type: "azure_semantic_vad", silence_duration_ms: 300 });
    client.send({ type: "session.update", session: { turn_detection: null, modalities: ["text"] } });
    const last = (await client.nextWire("session.updated")).session as Session;
    assert.equal(last.turn_detection, null);
    assert.deepEqual(last.modalities, ["text"]);
    assert.equal(last.instructions, "Be brief.");
  });

  it("refuses to change the model, and applies nothing of that update", async () => {
    client = await open(emulator);
    client.send({ type: "session.update", event_id: "upd_1", session: { model: "gpt-4o", instructions: "ignored" } });
    const error = await client.nextWire("error");
    assert.deepEqual(
      { ...(error.error as object), message: undefined },
      { type: "invalid_request_error", code: "invalid_value", message: undefined, param: "session.model", event_id: "upd_1" },
    );
    assert.match(String((error.error as { message: string }).message), /gpt-realtime.*gpt-4o/);
    client.send({ type: "session.update", session: { model: "gpt-realtime", voice: "echo" } });
    const updated = (await client.nextWire("session.updated")).session as Session;
    assert.equal(updated.instructions, "");
    assert.equal(updated.voice, "echo");
  });

  it("answers invalid client frames with a service-shaped error, and the session goes on", async () => {
    client = await open(emulator);
    const cases: [string | object, Record<string, unknown>][] = [
      ["not json", { code: "invalid_json", param: null, event_id: null }],
      [{ type: "session.update", event_id: "bad_1", session: { turn_detection: { type: "server_vad", threshold: 1.5 } } }, { code: "invalid_value", param: "session.turn_detection.threshold", event_id: "bad_1", message: "session.turnDetection.threshold must be <= 1 (got 1.5)" }],
      [{ type: "session.update", event_id: "bad_2" }, { code: "missing_required_parameter", param: "session", event_id: "bad_2" }],
      [{ type: "input_audio_buffer.append", event_id: "bad_3", audio: 42 }, { code: "invalid_type", param: "audio", event_id: "bad_3" }],
      [{ type: "conversation.item.create", event_id: "bad_4", item: { type: "message", role: "user", content: [{ type: "input_text", text: 5 }] } }, { code: "invalid_type", param: "item.content[0].text", event_id: "bad_4" }],
      [{ event_id: "bad_5" }, { code: "missing_required_parameter", param: "type", event_id: "bad_5" }],
      [{ type: "no.such.event", event_id: "bad_6" }, { code: "invalid_value", param: "type", event_id: "bad_6" }],
      [[1, 2], { code: "invalid_type", param: null, event_id: null }],
    ];
    for (const [frame, expected] of cases) {
      client.send(frame);
      const error = (await client.nextWire("error")).error as Record<string, unknown>;
      assert.equal(error.type, "invalid_request_error");
      assert.equal(typeof error.message, "string");
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(error[k], v, `${JSON.stringify(frame)}: ${k}`);
    }
    client.ws.send(Buffer.from([1, 2, 3]));
    assert.equal(((await client.nextWire("error")).error as Record<string, unknown>).code, "invalid_json");
    // A 2026-07-15 event is unknown under 2025-10-01: refused by the schema of that version.
    const old = await open(emulator, { query: "api-version=2025-10-01&model=gpt-realtime" });
    old.send({ type: "output_audio_buffer.clear", event_id: "new_1" });
    const oldError = (await old.nextWire("error")).error as Record<string, unknown>;
    assert.deepEqual([oldError.code, oldError.param, oldError.event_id], ["invalid_value", "type", "new_1"]);
    assert.match(String(oldError.message), /not available in api-version 2025-10-01/);
    await old.close();
    client.send({ type: "session.update", session: { instructions: "still here" } });
    assert.equal(((await client.nextWire("session.updated")).session as Session).instructions, "still here");
    assert.equal(client.ws.readyState, client.ws.OPEN);
  });

  it("refuses an input_audio_buffer.append over 15 MiB of base64 (the schema's limit); the buffer stays empty", async function () {
    this.timeout(10_000);
    client = await open(emulator);
    client.send({ type: "input_audio_buffer.append", event_id: "big", audio: "A".repeat(15 * 1024 * 1024 + 4) });
    const error = (await client.nextWire("error", { timeoutMs: 8000 })).error as Record<string, unknown>;
    assert.deepEqual([error.code, error.param, error.event_id], ["string_above_max_length", "audio", "big"]);
    client.send({ type: "input_audio_buffer.commit", event_id: "after" });
    assert.equal(((await client.nextWire("error")).error as Record<string, unknown>).code, "input_audio_buffer_commit_empty");
  });

  it("works with the SDK: startSession with a config resolves on session.updated; a refused config rejects", async () => {
    const sdk = new VoiceLiveClient(emulator.url, new AzureKeyCredential("any"));
    const session = await sdk.startSession({ model: "gpt-realtime", instructions: "Answer in one sentence.", voice: "alloy", turnDetection: null });
    const seen: string[] = [];
    session.subscribe({ onServerEvent: (e) => void seen.push(e.type) });
    const next = session.waitFor("session.updated", { timeoutInMs: 2000 });
    await session.updateSession({ turnDetection: { type: "server_vad", silenceDurationInMs: 250 } });
    const updated = await next;
    assert.equal(updated.session.instructions, "Answer in one sentence.");
    assert.deepEqual(updated.session.turnDetection, { type: "server_vad", silenceDurationInMs: 250 });
    await session.close();
    assert.deepEqual(seen.slice(0, 2), ["session.created", "session.updated"]);

    await assert.rejects(sdk.startSession({ model: "gpt-realtime" }).then(async (s) => {
      try {
        await s.configure({ model: "other-model" });
      } finally {
        await s.close();
      }
    }), (e: unknown) => isVoiceLiveServerError(e) && e.serverCode === "invalid_value" && e.param === "session.model");
  });

  it("keeps sessions apart", async () => {
    client = await open(emulator);
    const other = await open(emulator);
    client.send({ type: "session.update", session: { instructions: "A" } });
    other.send({ type: "session.update", session: { instructions: "B" } });
    const a = (await client.nextWire("session.updated")).session as Session;
    const b = (await other.nextWire("session.updated")).session as Session;
    assert.notEqual(a.id, b.id);
    assert.deepEqual([a.instructions, b.instructions], ["A", "B"]);
    await other.close();
  });
});

