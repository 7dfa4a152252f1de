/**
 * The emulator in the label version `v1`: its own session shape (audio settings under `audio.input`
 * and `audio.output`, `output_modalities`), its own event names (`response.output_audio.delta`), a
 * dated-only shape refused, and a key in the query refused (header-only auth).
 */
import assert from "node:assert/strict";
import { concatPcm16, pcm16ToBase64, silence, startEmulator, tone, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { eventTypesByVersion, serverEventTypeRenames } from "../../src/models.js";
import { open, wsUrl } from "./helpers.js";

const speech = () => pcm16ToBase64(concatPcm16([silence(300), tone({ durationMs: 400 }), silence(700)]));

describe("emulator: api-version v1", () => {
  let emulator: VoiceLiveEmulator | undefined;
  afterEach(() => emulator?.close());

  it("reports and takes the v1 session shape, and answers with the v1 event names", async () => {
    emulator = await startEmulator();
    const client = await open(emulator, { query: "api-version=v1&model=gpt-realtime" });
    const created = client.frames[0].session as Record<string, unknown>;
    assert.deepEqual(created.output_modalities, ["audio"]);
    assert.equal((created.audio as { input: { format: string } }).input.format, "pcm16");
    for (const dated of ["voice", "modalities", "input_audio_format", "turn_detection"]) assert.ok(!(dated in created), dated);

    client.send({ type: "session.update", session: { audio: { output: { voice: "alloy", format: "g711_ulaw" }, input: { transcription: { model: "azure-speech" } } } } });
    const updated = (await client.nextWire("session.updated")).session as { audio: { output: Record<string, unknown>; input: Record<string, unknown> } };
    assert.equal(updated.audio.output.format, "g711_ulaw");
    assert.deepEqual(updated.audio.input.transcription, { model: "azure-speech" });
    assert.equal(updated.audio.input.format, "pcm16", "an update keeps the settings it does not name");

    client.send({ type: "input_audio_buffer.append", audio: speech() });
    const frames = await client.until("response.done");
    const types = new Set(frames.map((f) => f.type));
    for (const [dated, v1] of Object.entries(serverEventTypeRenames.v1)) {
      assert.ok(!types.has(dated), `no ${dated}`);
      if (dated.startsWith("response.audio")) assert.ok(types.has(v1), `${v1} arrives`);
    }
    for (const t of types) assert.ok(eventTypesByVersion.v1.server.includes(t), `${t} is a v1 event`);
    const done = frames.find((f) => f.type === "response.done")!.response as Record<string, unknown>;
    assert.deepEqual(done.output_modalities, ["audio"]);
    assert.equal((done.audio as { output: { format: string } }).output.format, "g711_ulaw");
    await client.close();
  });

  it("refuses the dated shape under v1, at the field's path, and the v1 shape under a dated version", async () => {
    emulator = await startEmulator();
    const v1 = await open(emulator, { query: "api-version=v1&model=gpt-realtime" });
    v1.send({ type: "session.update", session: { input_audio_format: "g711_ulaw" } });
    const refused = await v1.nextWire("error");
    assert.equal((refused.error as { param: string }).param, "session.input_audio_format");
    await v1.close();

    const dated = await open(emulator, { query: "api-version=2026-07-15&model=gpt-realtime" });
    dated.send({ type: "session.update", session: { audio: { input: { format: "g711_ulaw" } } } });
    assert.equal(((await dated.nextWire("error")).error as { param: string }).param, "session.audio");
    await dated.close();
  });

  it("takes the key in the api-key header only: a key in the query is refused with 401", async () => {
    emulator = await startEmulator({ apiKey: "k-1" });
    const status = await new Promise<number>((resolve) => {
      import("ws").then(({ WebSocket }) => {
        const ws = new WebSocket(wsUrl(emulator!, "api-version=v1&model=gpt-realtime&api-key=k-1"));
        ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        ws.on("open", () => resolve(101));
        ws.on("error", () => undefined);
      });
    });
    assert.equal(status, 401);
    const ok = await open(emulator, { query: "api-version=v1&model=gpt-realtime", headers: { "api-key": "k-1" } });
    assert.equal(ok.frames[0].type, "session.created");
    await ok.close();
  });
});
