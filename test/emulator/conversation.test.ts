import assert from "node:assert/strict";
import { pcm16ToBase64, startEmulator, tone, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { fromBase64 } from "../../src/emulator/audio.js";
import { open, type WireClient, type WireFrame } from "./helpers.js";

type Item = { id: string; type: string; role?: string; status?: string; content?: Record<string, unknown>[] };

const userText = (text: string, id?: string) => ({ type: "message", role: "user", ...(id ? { id } : {}), content: [{ type: "input_text", text }] });

describe("emulator: input audio and conversation items", () => {
  let emulator: VoiceLiveEmulator;
  let client: WireClient;
  before(async () => {
    emulator = await startEmulator();
  });
  beforeEach(async () => {
    client = await open(emulator);
    // Turn detection off: the tests drive turns themselves.
    client.send({ type: "session.update", session: { turn_detection: null } });
    await client.nextWire("session.updated");
  });
  afterEach(() => client.close());
  after(() => emulator.close());

  function errorOf(frame: WireFrame): Record<string, unknown> {
    return frame.error as Record<string, unknown>;
  }

  it("commit of an empty buffer is an error; clear empties the buffer", async () => {
    client.send({ type: "input_audio_buffer.commit", event_id: "c1" });
    const error = errorOf(await client.nextWire("error"));
    assert.deepEqual([error.type, error.code, error.event_id], ["invalid_request_error", "input_audio_buffer_commit_empty", "c1"]);
    client.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(tone({ durationMs: 200 })) });
    client.send({ type: "input_audio_buffer.clear" });
    await client.nextWire("input_audio_buffer.cleared");
    client.send({ type: "input_audio_buffer.commit", event_id: "c2" });
    assert.equal(errorOf(await client.nextWire("error")).code, "input_audio_buffer_commit_empty");
    // input_audio.clear drops the buffer (and the turns) too.
    client.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(tone({ durationMs: 100 })) });
    client.send({ type: "input_audio.clear" });
    await client.nextWire("input_audio_buffer.cleared");
    // A PCM16 sample split across two appends is put back together.
    const bytes = Buffer.from(pcm16ToBase64(tone({ durationMs: 100 })), "base64");
    client.send({ type: "input_audio_buffer.append", audio: bytes.subarray(0, 101).toString("base64") });
    client.send({ type: "input_audio_buffer.append", audio: bytes.subarray(101).toString("base64") });
    client.send({ type: "input_audio_buffer.commit" });
    const item = (await client.nextWire("conversation.item.created")).item as Item;
    assert.deepEqual(fromBase64(String(item.content![0].audio)), new Uint8Array(bytes));
  });

  it("creates items at the end, after a given item, or at the root; unknown previous ids are errors", async () => {
    client.send({ type: "conversation.item.create", item: userText("one", "item_one") });
    const first = await client.nextWire("conversation.item.created");
    assert.equal(first.previous_item_id, null);
    assert.deepEqual(first.item, { id: "item_one", object: "realtime.item", type: "message", role: "user", status: "completed", content: [{ type: "input_text", text: "one" }] });
    client.send({ type: "conversation.item.create", item: userText("three") });
    const third = await client.nextWire("conversation.item.created");
    assert.equal(third.previous_item_id, "item_one");
    assert.match((third.item as Item).id, /^item_\w+$/);
    client.send({ type: "conversation.item.create", previous_item_id: "item_one", item: userText("two", "item_two") });
    assert.equal((await client.nextWire("conversation.item.created")).previous_item_id, "item_one");
    client.send({ type: "conversation.item.create", previous_item_id: "root", item: { type: "message", role: "system", content: [{ type: "input_text", text: "zero" }] } });
    assert.equal((await client.nextWire("conversation.item.created")).previous_item_id, null);
    client.send({ type: "conversation.item.create", event_id: "x1", previous_item_id: "item_nope", item: userText("lost") });
    const error = errorOf(await client.nextWire("error"));
    assert.deepEqual([error.code, error.param, error.event_id], ["invalid_value", "previous_item_id", "x1"]);
    client.send({ type: "conversation.item.create", event_id: "x2", item: userText("again", "item_one") });
    assert.equal(errorOf(await client.nextWire("error")).param, "item.id");
    client.send({ type: "conversation.item.create", event_id: "x3", item: { type: "function_call_output", call_id: "call_nope", output: "{}" } });
    assert.equal(errorOf(await client.nextWire("error")).param, "item.call_id");
    // The order shows in the context a response sees: a text-only response echoes the last user text.
    client.send({ type: "response.create", response: { modalities: ["text"] } });
    assert.equal((await client.nextWire("response.text.done")).text, "You said: three");
  });

  it("retrieves and deletes items; unknown ids are errors", async () => {
    client.send({ type: "conversation.item.create", item: userText("hello", "item_a") });
    await client.nextWire("conversation.item.created");
    client.send({ type: "conversation.item.retrieve", item_id: "item_a" });
    assert.equal(((await client.nextWire("conversation.item.retrieved")).item as Item).id, "item_a");
    client.send({ type: "conversation.item.delete", item_id: "item_a" });
    assert.equal((await client.nextWire("conversation.item.deleted")).item_id, "item_a");
    for (const type of ["conversation.item.retrieve", "conversation.item.delete"]) {
      client.send({ type, event_id: `e_${type}`, item_id: "item_a" });
      const error = errorOf(await client.nextWire("error"));
      assert.deepEqual([error.type, error.code, error.param, error.event_id], ["invalid_request_error", "item_not_found", "item_id", `e_${type}`]);
    }
  });

  it("truncates assistant audio; beyond the audio, unknown items and user items are errors", async () => {
    client.send({ type: "conversation.item.create", item: userText("hi", "item_user") });
    client.send({ type: "response.create" });
    const done = await client.nextWire("response.done");
    const assistant = ((done.response as { output: Item[] }).output)[0];
    // The echo responder answers text with a 500 ms tone.
    client.send({ type: "conversation.item.truncate", event_id: "t1", item_id: assistant.id, content_index: 0, audio_end_ms: 800 });
    const tooLong = errorOf(await client.nextWire("error"));
    assert.deepEqual([tooLong.code, tooLong.param, tooLong.event_id], ["invalid_value", "audio_end_ms", "t1"]);
    assert.equal(tooLong.message, "Audio content of 500 ms is already shorter than 800 ms");
    client.send({ type: "conversation.item.truncate", item_id: assistant.id, content_index: 0, audio_end_ms: 300 });
    assert.deepEqual(await client.nextWire("conversation.item.truncated").then(({ item_id, content_index, audio_end_ms }) => ({ item_id, content_index, audio_end_ms })), {
      item_id: assistant.id,
      content_index: 0,
      audio_end_ms: 300,
    });
    client.send({ type: "conversation.item.retrieve", item_id: assistant.id });
    assert.deepEqual(((await client.nextWire("conversation.item.retrieved")).item as Item).content, [{ type: "audio" }], "the transcript goes with truncation");
    client.send({ type: "conversation.item.truncate", item_id: assistant.id, content_index: 0, audio_end_ms: 400 });
    assert.equal(errorOf(await client.nextWire("error")).message, "Audio content of 300 ms is already shorter than 400 ms");
    client.send({ type: "conversation.item.truncate", item_id: "item_nope", content_index: 0, audio_end_ms: 0 });
    assert.equal(errorOf(await client.nextWire("error")).code, "item_not_found");
    client.send({ type: "conversation.item.truncate", item_id: "item_user", content_index: 0, audio_end_ms: 0 });
    assert.match(String(errorOf(await client.nextWire("error")).message), /Only assistant messages/);
  });

  it("audio turns: start, append, end make a user item and a response; cancel discards; unknown turns are errors", async () => {
    client.send({ type: "input_audio.turn.start", turn_id: "t1" });
    client.send({ type: "input_audio.turn.append", turn_id: "t1", audio: pcm16ToBase64(tone({ durationMs: 300 })) });
    client.send({ type: "input_audio.turn.append", turn_id: "t1", audio: pcm16ToBase64(tone({ durationMs: 200 })) });
    client.send({ type: "input_audio.turn.end", turn_id: "t1" });
    const item = (await client.nextWire("conversation.item.created")).item as Item;
    assert.equal(item.content![0].transcript, "[500 ms of audio]");
    assert.equal((await client.nextWire("response.audio_transcript.done")).transcript, "I heard 500 ms of audio.");
    await client.nextWire("response.done");
    assert.equal(client.types.includes("input_audio_buffer.committed"), false, "a turn is not the buffer");

    client.send({ type: "input_audio.turn.start", turn_id: "t2" });
    client.send({ type: "input_audio.turn.append", turn_id: "t2", audio: pcm16ToBase64(tone({ durationMs: 100 })) });
    client.send({ type: "input_audio.turn.cancel", turn_id: "t2" });
    assert.deepEqual((await client.sync()).map((f) => f.type), []);
    for (const [type, extra] of [
      ["input_audio.turn.append", { audio: "AAAA" }],
      ["input_audio.turn.end", {}],
      ["input_audio.turn.cancel", {}],
    ] as const) {
      client.send({ type, event_id: `u_${type}`, turn_id: "t2", ...extra });
      const error = errorOf(await client.nextWire("error"));
      assert.deepEqual([error.code, error.param, error.event_id], ["turn_not_found", "turn_id", `u_${type}`]);
    }
    client.send({ type: "input_audio.turn.start", turn_id: "t3" });
    client.send({ type: "input_audio.turn.start", turn_id: "t3", event_id: "dup" });
    assert.equal(errorOf(await client.nextWire("error")).event_id, "dup");
    client.send({ type: "input_audio.turn.end", turn_id: "t3", event_id: "empty" });
    assert.equal(errorOf(await client.nextWire("error")).code, "input_audio_buffer_commit_empty");
  });

  it("streamed text input becomes a user item (and, with turn detection, a response)", async () => {
    client.send({ type: "input_text.delta", id: "txt_1", delta: "Hello " });
    client.send({ type: "input_text.delta", id: "txt_1", delta: "there" });
    client.send({ type: "input_text.done", id: "txt_1" });
    const item = (await client.nextWire("conversation.item.created")).item as Item;
    assert.deepEqual([item.id, item.role, item.content], ["txt_1", "user", [{ type: "input_text", text: "Hello there" }]]);
    assert.deepEqual((await client.sync()).map((f) => f.type), [], "no turn detection: no response");
    client.send({ type: "input_text.done", id: "txt_none", event_id: "n1" });
    assert.equal(errorOf(await client.nextWire("error")).param, "id");

    client.send({ type: "session.update", session: { turn_detection: { type: "server_vad" } } });
    client.send({ type: "input_text.delta", id: "txt_2", delta: "Again" });
    client.send({ type: "input_text.done", id: "txt_2" });
    assert.equal((await client.nextWire("response.audio_transcript.done")).transcript, "You said: Again");
  });

  it("answers avatar connect with an SDP, and clears the output audio buffer", async () => {
    client.send({ type: "session.avatar.connect", client_sdp: "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" });
    assert.match(String((await client.nextWire("session.avatar.connecting")).server_sdp), /^v=0\r\n/);
    const offer = Buffer.from(JSON.stringify({ type: "offer", sdp: "v=0\r\n" })).toString("base64");
    client.send({ type: "session.avatar.connect", client_sdp: offer });
    const answer = JSON.parse(Buffer.from(String((await client.nextWire("session.avatar.connecting")).server_sdp), "base64").toString());
    assert.equal(answer.type, "answer");
    assert.match(answer.sdp, /^v=0\r\n/);
    client.send({ type: "output_audio_buffer.clear" });
    await client.nextWire("output_audio_buffer.cleared");
  });

  it("reports transcription of committed audio when input_audio_transcription is on", async () => {
    client.send({ type: "session.update", session: { input_audio_transcription: { model: "azure-speech" } } });
    client.send({ type: "input_audio_buffer.append", audio: pcm16ToBase64(tone({ durationMs: 250 })) });
    client.send({ type: "input_audio_buffer.commit" });
    const committed = await client.nextWire("input_audio_buffer.committed");
    const completed = await client.nextWire("conversation.item.input_audio_transcription.completed");
    assert.deepEqual([completed.item_id, completed.content_index, completed.transcript], [committed.item_id, 0, "[250 ms of audio]"]);
  });
});
