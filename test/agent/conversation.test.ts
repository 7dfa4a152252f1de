/**
 * Conversation state against the emulator, over real sockets (through a relay that records the
 * wire and can drop the connection): the order of items with `previous_item_id`, transcripts and
 * arguments streamed into the right items, truncation, deletion, responses with status and usage,
 * a reconnect marked and the items replayed in order, and no work for a session that does not use it.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type VoiceLiveSession, type VoiceLiveSessionOptions } from "../../src/index.js";
import { echoResponder, scriptedResponder, startEmulator, tone, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { trackConversation, type Conversation, type ConversationChange } from "../../src/agent/index.js";
import { startRelay, type Relay } from "./conversation-relay.js";

// Long enough for the emulator to stream it in three deltas (of 16 characters).
const ARGS = '{"city":"Oslo","units":"metric"}';
const userText = (text: string, id?: string) => ({ type: "message" as const, role: "user" as const, ...(id ? { id } : {}), content: [{ type: "input_text" as const, text }] });

/** The number of subscribers and iterators of a session (its fan-out's consumers). */
const consumers = (session: VoiceLiveSession) => (session as unknown as { fanout: { consumers: readonly unknown[] } }).fanout.consumers.length;

async function eventually<T>(probe: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("agent: conversation state", () => {
  let emulator: VoiceLiveEmulator;
  let relay: Relay;
  const sessions: VoiceLiveSession[] = [];
  const tracked: Conversation[] = [];
  before(async () => {
    emulator = await startEmulator({
      apiKey: "k",
      // The third response of a session calls a tool; the others echo.
      responder: scriptedResponder([echoResponder, echoResponder, { text: "Let me look.", functionCall: { name: "lookup", arguments: ARGS } }]),
    });
  });
  beforeEach(async () => (relay = await startRelay(emulator.url)));
  afterEach(async () => {
    tracked.splice(0).forEach((c) => c.close());
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await relay.close();
  });
  after(() => emulator.close());

  async function open(options: VoiceLiveSessionOptions = {}): Promise<VoiceLiveSession> {
    const session = await new VoiceLiveClient(relay.url, new AzureKeyCredential("k")).startSession({ model: "gpt-realtime", turnDetection: null }, options);
    sessions.push(session);
    return session;
  }
  function track(session: VoiceLiveSession, options?: Parameters<typeof trackConversation>[1]): Conversation {
    const c = trackConversation(session, options);
    tracked.push(c);
    return c;
  }
  async function add(session: VoiceLiveSession, item: ReturnType<typeof userText>, previousItemId?: string): Promise<string> {
    const created = session.waitFor("conversation.item.created", { timeoutInMs: 5000 });
    await session.addConversationItem(item, previousItemId ? { previousItemId } : undefined);
    return (await created).item!.id!;
  }
  async function respond(session: VoiceLiveSession) {
    const done = session.waitFor("response.done", { timeoutInMs: 10_000 });
    await session.createResponse();
    return (await done).response;
  }
  const texts = (c: Conversation) => c.items.map((i) => i.content.map((p) => p.text ?? p.transcript).join(""));

  it("keeps the items in order after inserts in the middle and at the start (previous_item_id), and tells each change", async () => {
    const session = await open();
    const changes: ConversationChange[] = [];
    const c = track(session, { onChange: (change) => void changes.push(change) });
    const a = await add(session, userText("a", "item_a"));
    const cc = await add(session, userText("c", "item_c"));
    const b = await add(session, userText("b", "item_b"), a);
    // `root` puts it first; the service says so with previous_item_id: null.
    const z = await add(session, userText("z", "item_z"), "root");
    assert.deepEqual(c.items.map((i) => i.id), [z, a, b, cc]);
    assert.deepEqual(texts(c), ["z", "a", "b", "c"]);
    assert.deepEqual(changes, [a, cc, b, z].map((itemId) => ({ kind: "item", itemId, change: "added" })));
    assert.equal(c.item(b)?.role, "user");
    assert.equal(c.item(b)?.generation, 0);
  });

  it("streams the assistant's transcript into its item, and records responses with status and usage", async () => {
    const session = await open();
    const c = track(session);
    const user = await add(session, userText("hello there"));
    const done = await respond(session);
    const response = c.response(done.id!)!;
    assert.equal(response.status, "completed");
    assert.ok(response.usage && response.usage.totalTokens > 0, "usage from response.done");
    assert.deepEqual(response.usage, done.usage);
    assert.equal(c.responses.length, 1);
    const [, assistant] = c.items;
    assert.deepEqual(c.items.map((i) => i.id), [user, assistant.id]);
    assert.deepEqual(response.outputItemIds, [assistant.id]);
    assert.equal(assistant.role, "assistant");
    assert.equal(assistant.responseId, response.id);
    assert.equal(assistant.status, "completed");
    assert.equal(assistant.content[0].type, "audio");
    assert.equal(assistant.content[0].transcript, "You said: hello there");
    // 500 ms of tone, counted from response.audio.delta.
    assert.ok(Math.abs(assistant.content[0].audioReceivedMs! - 500) < 1, `audio received ${assistant.content[0].audioReceivedMs}`);
    // The deltas were appended one by one: the transcript was partial before the done event.
    const partials: string[] = [];
    c.onChange((change, conv) => {
      if (change.kind === "item" && change.change === "updated") partials.push(conv.item(change.itemId)?.content[0]?.transcript ?? "");
    });
    await add(session, userText("again please"));
    await respond(session);
    assert.ok(partials.some((t) => t.length > 0 && t.length < "You said: again please".length), "a partial transcript was seen");
  });

  it("user audio: its transcription streams into the user item (completed), and a truncation cuts the assistant's audio and transcript", async () => {
    const session = await open();
    const c = track(session);
    await session.configure({ inputAudioTranscription: { model: "azure-speech" } });
    const completed = session.waitFor("conversation.item.input_audio_transcription.completed", { timeoutInMs: 5000 });
    await session.sendAudio(tone({ durationMs: 300 }));
    await session.commitAudio();
    const user = (await completed).itemId;
    assert.equal(c.item(user)?.content[0].transcript, "[300 ms of audio]");
    assert.equal(c.item(user)?.content[0].transcription, "completed");
    assert.ok(c.item(user)?.content[0].audio, "the user's audio as the service reported it");
    await respond(session);
    const assistant = c.items[1];
    const full = assistant.content[0].transcript!;
    const truncated = session.waitFor("conversation.item.truncated", { timeoutInMs: 5000 });
    await session.truncateConversationItem(assistant.id, 0, 150);
    await truncated;
    const part = c.item(assistant.id)!.content[0];
    assert.deepEqual(part.truncated, { audioEndMs: 150, fullTranscript: full });
    assert.ok(part.transcript!.length < full.length && full.startsWith(part.transcript!), `kept "${part.transcript}" of "${full}"`);
    // response.done (already in) and later reports do not bring the full transcript back.
    await session.retrieveConversationItem(assistant.id);
    await session.waitFor("conversation.item.retrieved", { timeoutInMs: 5000 });
    assert.equal(c.item(assistant.id)!.content[0].transcript, part.transcript);
  });

  it("removes a deleted item", async () => {
    const session = await open();
    const c = track(session);
    const a = await add(session, userText("a"));
    const b = await add(session, userText("b"));
    const deleted = session.waitFor("conversation.item.deleted", { timeoutInMs: 5000 });
    await session.deleteConversationItem(a);
    await deleted;
    assert.deepEqual(c.items.map((i) => i.id), [b]);
    assert.equal(c.item(a), undefined);
  });

  it("streams a function call's arguments into its item, and records its output", async () => {
    const session = await open();
    await session.configure({ tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] });
    const c = track(session);
    // This emulator's third response (counted per session) calls the tool.
    await add(session, userText("one"));
    await respond(session);
    await respond(session);
    const args: string[] = [];
    c.onChange((change, conv) => {
      const item = change.kind === "item" ? conv.item(change.itemId) : undefined;
      if (item?.type === "function_call") args.push(item.arguments ?? "");
    });
    const response = await respond(session);
    const call = c.items.find((i) => i.type === "function_call")!;
    assert.deepEqual([call.name, call.arguments, call.status, call.responseId], ["lookup", ARGS, "completed", response.id]);
    assert.ok(args.some((a) => a.length > 0 && a.length < ARGS.length), `arguments streamed: ${JSON.stringify(args)}`);
    const created = session.waitFor("conversation.item.created", { timeoutInMs: 5000 });
    await session.addConversationItem({ type: "function_call_output", callId: call.callId!, output: '{"temp":3}' });
    const output = c.item((await created).item!.id!)!;
    assert.deepEqual([output.type, output.callId, output.output], ["function_call_output", call.callId, '{"temp":3}']);
  });

  it("marks a reconnect: the items stay, of generation 0, and nothing is sent without replay", async () => {
    const session = await open({ reconnect: { initialDelayInMs: 10 } });
    const c = track(session);
    const a = await add(session, userText("before"));
    const first = session.sessionId;
    relay.drop();
    await eventually(() => c.breaks.length === 1 && session.state === "connected", "the reconnect");
    assert.equal(c.generation, 1);
    assert.deepEqual(c.breaks[0], { generation: 1, previousSessionId: first, sessionId: session.sessionId });
    assert.deepEqual(c.items.map((i) => [i.id, i.generation]), [[a, 0]]);
    const b = await add(session, userText("after"));
    assert.deepEqual(c.items.map((i) => [i.id, i.generation]), [[a, 0], [b, 1]]);
    assert.deepEqual(relay.frames.filter((f) => f.connection === 2 && f.direction === "out").map((f) => f.event.type), ["session.update", "conversation.item.create"]);
  });

  it("with replay on, sends the items into the new session in order, chained, the assistant's audio as its transcript", async () => {
    const session = await open({ reconnect: { initialDelayInMs: 10 } });
    const changes: ConversationChange[] = [];
    const c = track(session, { replayOnReconnect: true, onChange: (ch) => ch.kind !== "item" && void changes.push(ch) });
    const b = await add(session, userText("second", "item_b"));
    await respond(session);
    const a = await add(session, userText("first", "item_a"), "root");
    const before = c.items.map((i) => i.id);
    assert.equal(before[0], a);
    assert.equal(before[1], b);
    const assistant = c.items[2];
    const replayed = new Promise<void>((resolve) => c.onChange((ch) => ch.kind === "replayed" && resolve()));
    relay.drop();
    await replayed;
    assert.deepEqual(c.breaks[0].replay, { sent: before, skipped: [], failed: [] });
    assert.deepEqual(changes.map((ch) => ch.kind), ["response", "response", "break", "replayed"]);
    // On the wire: after the config sent again, one conversation.item.create per item, in order, each after the one before.
    const sent = relay.frames.filter((f) => f.connection === 2 && f.direction === "out").map((f) => f.event);
    assert.deepEqual(sent.map((e) => e.type), ["session.update", "conversation.item.create", "conversation.item.create", "conversation.item.create"]);
    const creates = sent.slice(1);
    assert.deepEqual(creates.map((e) => e.previous_item_id), ["root", a, b]);
    assert.deepEqual(creates.map((e) => (e.item as { id: string }).id), before);
    assert.deepEqual((creates[2].item as Record<string, unknown>).content, [{ type: "text", text: assistant.content[0].transcript }]);
    assert.equal((creates[2].item as Record<string, unknown>).role, "assistant");
    // The new session holds them: each is of the new generation, in the same order; no error came back.
    assert.deepEqual(c.items.map((i) => [i.id, i.generation]), before.map((id) => [id, 1]));
    assert.equal(relay.frames.filter((f) => f.connection === 2 && f.event.type === "error").length, 0);
    // The model has its context: the echo responder answers the last user text of the new session's conversation.
    const next = await add(session, userText("third"));
    await respond(session);
    assert.equal(c.items.at(-1)!.content[0].transcript, "You said: third");
    assert.equal(c.items.at(-2)!.id, next);
  });

  it("with replay on, a function call and its output are replayed in order (the new session accepts the output after its call)", async () => {
    const session = await open({ reconnect: { initialDelayInMs: 10 } });
    await session.configure({ tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] });
    const c = track(session, { replayOnReconnect: true });
    await add(session, userText("weather?"));
    await respond(session);
    await respond(session);
    await respond(session);
    const call = c.items.find((i) => i.type === "function_call")!;
    const created = session.waitFor("conversation.item.created", { timeoutInMs: 5000 });
    await session.addConversationItem({ type: "function_call_output", callId: call.callId!, output: '{"temp":3}' });
    await created;
    const before = c.items.map((i) => i.id);
    const replayed = new Promise<void>((resolve) => c.onChange((ch) => ch.kind === "replayed" && resolve()));
    relay.drop();
    await replayed;
    const result = c.breaks[0].replay!;
    assert.deepEqual(result.failed, []);
    assert.deepEqual([...result.sent, ...result.skipped].sort(), [...before].sort());
    const creates = relay.frames.filter((f) => f.connection === 2 && f.direction === "out" && f.event.type === "conversation.item.create").map((f) => f.event.item as Record<string, unknown>);
    assert.deepEqual(creates.map((i) => i.id), result.sent);
    const types = creates.map((i) => i.type);
    assert.ok(types.indexOf("function_call") < types.indexOf("function_call_output"), types.join());
    assert.deepEqual(creates.find((i) => i.type === "function_call"), { type: "function_call", id: call.id, name: "lookup", call_id: call.callId, arguments: ARGS, status: "completed" });
    assert.deepEqual(creates.find((i) => i.type === "function_call_output"), { type: "function_call_output", id: before.at(-1), call_id: call.callId, output: '{"temp":3}' });
    assert.deepEqual(c.items.map((i) => i.id), before);
    assert.ok(c.items.every((i) => i.generation === 1));
  });

  it("a replay into a session that refuses an item reports it with the service's message; the rest goes on", async () => {
    const session = await open({ reconnect: { initialDelayInMs: 10 } });
    await session.configure({ tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }] });
    const c = track(session, { replayOnReconnect: true });
    const question = await add(session, userText("weather?"));
    await respond(session);
    await respond(session);
    await respond(session);
    const call = c.items.find((i) => i.type === "function_call")!;
    const created = session.waitFor("conversation.item.created", { timeoutInMs: 5000 });
    await session.addConversationItem({ type: "function_call_output", callId: call.callId!, output: "{}" });
    const output = (await created).item!.id!;
    // Without its call, the output is refused by the new session: it needs the function_call in the conversation.
    const deleted = session.waitFor("conversation.item.deleted", { timeoutInMs: 5000 });
    await session.deleteConversationItem(call.id);
    await deleted;
    const replayed = new Promise<void>((resolve) => c.onChange((ch) => ch.kind === "replayed" && resolve()));
    relay.drop();
    await replayed;
    const result = c.breaks[0].replay!;
    assert.ok(result.sent.includes(question) && result.sent.includes(output));
    assert.deepEqual(result.failed.map((f) => f.id), [output]);
    assert.match(result.failed[0].message, /call_id/);
    assert.equal(c.item(question)!.generation, 1);
    assert.equal(c.item(output)!.generation, 0, "the refused item stays of the old generation");
  });

  it("a session without it has no subscriber; tracking adds one, close() removes it and the state stops changing", async () => {
    const session = await open();
    assert.equal(consumers(session), 0);
    const c = track(session);
    assert.equal(consumers(session), 1);
    await add(session, userText("seen"));
    c.close();
    assert.equal(consumers(session), 0);
    await add(session, userText("not seen"));
    assert.deepEqual(texts(c), ["seen"]);
    await assert.rejects(c.replay(), { code: "INVALID_STATE" });
  });
});
