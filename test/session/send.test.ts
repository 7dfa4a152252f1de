import assert from "node:assert/strict";
import {
  VoiceLiveValidationError,
  isVoiceLiveError,
  isVoiceLiveValidationError,
  type ClientEvent,
  type FunctionTool,
  type RequestSession,
  type VoiceLiveError,
  type VoiceLiveSession,
  unknownEventType,
  latestApiVersion,
} from "../../src/index.js";
import { TestServer, describeGuarded, type Peer, type WireFrame } from "./server.js";

type Send = (s: VoiceLiveSession) => Promise<void>;

/** A frame without its `event_id`. */
function body(frame: WireFrame): WireFrame {
  const { event_id: _id, ...rest } = frame;
  return rest;
}

const b64 = (bytes: ArrayBufferView) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");

/** Every send method, and the exact wire JSON (without `event_id`) the server must receive. */
const cases: { name: string; send: Send; wire: WireFrame }[] = [
  {
    name: "updateSession",
    send: (s) =>
      s.updateSession({
        instructions: "Be brief.",
        modalities: ["text", "audio"],
        voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural", preferLocales: ["en-US"], customLexiconUrl: "https://contoso.example/lex.xml" },
        inputAudioSamplingRate: 16000,
        inputAudioNoiseReduction: { type: "azure_deep_noise_suppression" },
        inputAudioTranscription: { model: "azure-speech", phraseList: ["Contoso"] },
        turnDetection: { type: "server_vad", threshold: 0.5, prefixPaddingInMs: 300, silenceDurationInMs: 500, createResponse: true },
        tools: [{ type: "function", name: "get_weather", description: "Weather.", parameters: { type: "object", properties: { cityName: { type: "string" } }, required: ["cityName"] } }],
        toolChoice: "auto",
        parallelToolCalls: false,
        maxResponseOutputTokens: "inf",
        metadata: { customerId: "c-1" },
      }),
    wire: {
      type: "session.update",
      session: {
        instructions: "Be brief.",
        modalities: ["text", "audio"],
        voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural", prefer_locales: ["en-US"], custom_lexicon_url: "https://contoso.example/lex.xml" },
        input_audio_sampling_rate: 16000,
        input_audio_noise_reduction: { type: "azure_deep_noise_suppression" },
        input_audio_transcription: { model: "azure-speech", phrase_list: ["Contoso"] },
        turn_detection: { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500, create_response: true },
        // Keys inside a tool's JSON Schema and inside metadata are never re-cased.
        tools: [{ type: "function", name: "get_weather", description: "Weather.", parameters: { type: "object", properties: { cityName: { type: "string" } }, required: ["cityName"] } }],
        tool_choice: "auto",
        parallel_tool_calls: false,
        max_response_output_tokens: "inf",
        metadata: { customerId: "c-1" },
      },
    },
  },
  {
    name: "updateSession with turn detection off",
    send: (s) => s.updateSession({ turnDetection: null }),
    wire: { type: "session.update", session: { turn_detection: null } },
  },
  { name: "sendAudio", send: (s) => s.sendAudio(new Uint8Array([1, 2, 3, 4])), wire: { type: "input_audio_buffer.append", audio: "AQIDBA==" } },
  { name: "commitAudio", send: (s) => s.commitAudio(), wire: { type: "input_audio_buffer.commit" } },
  { name: "clearAudio", send: (s) => s.clearAudio(), wire: { type: "input_audio_buffer.clear" } },
  { name: "clearAllInputAudio", send: (s) => s.clearAllInputAudio(), wire: { type: "input_audio.clear" } },
  { name: "startAudioTurn", send: (s) => s.startAudioTurn("turn_1"), wire: { type: "input_audio.turn.start", turn_id: "turn_1" } },
  {
    name: "appendAudioTurn",
    send: (s) => s.appendAudioTurn("turn_1", new Uint8Array([4, 5, 6, 7])),
    wire: { type: "input_audio.turn.append", turn_id: "turn_1", audio: "BAUGBw==" },
  },
  { name: "endAudioTurn", send: (s) => s.endAudioTurn("turn_1"), wire: { type: "input_audio.turn.end", turn_id: "turn_1" } },
  { name: "cancelAudioTurn", send: (s) => s.cancelAudioTurn("turn_1"), wire: { type: "input_audio.turn.cancel", turn_id: "turn_1" } },
  {
    name: "addConversationItem with previousItemId",
    send: (s) => s.addConversationItem({ type: "message", id: "item_u1", role: "user", content: [{ type: "input_text", text: "Hello" }] }, { previousItemId: "root" }),
    wire: { type: "conversation.item.create", previous_item_id: "root", item: { type: "message", id: "item_u1", role: "user", content: [{ type: "input_text", text: "Hello" }] } },
  },
  {
    name: "addConversationItem (a function call output, at the end)",
    send: (s) => s.addConversationItem({ type: "function_call_output", callId: "call_1", output: '{"ok":true}' }),
    wire: { type: "conversation.item.create", item: { type: "function_call_output", call_id: "call_1", output: '{"ok":true}' } },
  },
  { name: "retrieveConversationItem", send: (s) => s.retrieveConversationItem("item_1"), wire: { type: "conversation.item.retrieve", item_id: "item_1" } },
  {
    name: "truncateConversationItem",
    send: (s) => s.truncateConversationItem("item_1", 0, 1500),
    wire: { type: "conversation.item.truncate", item_id: "item_1", content_index: 0, audio_end_ms: 1500 },
  },
  { name: "deleteConversationItem", send: (s) => s.deleteConversationItem("item_1"), wire: { type: "conversation.item.delete", item_id: "item_1" } },
  { name: "createResponse without settings", send: (s) => s.createResponse(), wire: { type: "response.create" } },
  {
    name: "createResponse with settings and additionalInstructions",
    send: (s) =>
      s.createResponse(
        {
          instructions: "Answer in French.",
          modalities: ["text"],
          commit: false,
          cancelPrevious: false,
          appendInputItems: [{ type: "function_call_output", callId: "call_2", output: "{}" }],
          maxOutputTokens: 200,
          toolChoice: "none",
          temperature: 0.8,
          metadata: { turnNo: "7" },
        },
        { additionalInstructions: "Be kind." },
      ),
    wire: {
      type: "response.create",
      response: {
        instructions: "Answer in French.",
        modalities: ["text"],
        commit: false,
        cancel_previous: false,
        append_input_items: [{ type: "function_call_output", call_id: "call_2", output: "{}" }],
        max_output_tokens: 200,
        tool_choice: "none",
        temperature: 0.8,
        metadata: { turnNo: "7" },
      },
      additional_instructions: "Be kind.",
    },
  },
  { name: "cancelResponse", send: (s) => s.cancelResponse(), wire: { type: "response.cancel" } },
  { name: "cancelResponse with an id", send: (s) => s.cancelResponse("resp_1"), wire: { type: "response.cancel", response_id: "resp_1" } },
  { name: "clearOutputAudio", send: (s) => s.clearOutputAudio(), wire: { type: "output_audio_buffer.clear" } },
  {
    name: "sendInputTextDelta",
    send: (s) => s.sendInputTextDelta("text_1", "Hel", { contentIndex: 0 }),
    wire: { type: "input_text.delta", id: "text_1", delta: "Hel", content_index: 0 },
  },
  { name: "sendInputTextDone", send: (s) => s.sendInputTextDone("text_1"), wire: { type: "input_text.done", id: "text_1" } },
  {
    name: "connectAvatar",
    send: (s) => s.connectAvatar("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"),
    wire: { type: "session.avatar.connect", client_sdp: "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" },
  },
  {
    name: "sendEvent with a typed event",
    send: (s) => s.sendEvent({ type: "conversation.item.truncate", itemId: "item_9", contentIndex: 1, audioEndInMs: 250 }),
    wire: { type: "conversation.item.truncate", item_id: "item_9", content_index: 1, audio_end_ms: 250 },
  },
  {
    name: "sendEvent with an unknown event type in wire form",
    send: (s) => s.sendEvent({ type: unknownEventType("session.hologram.configure"), hologram: { depth_level: 3, layerNames: ["face"] } }),
    wire: { type: "session.hologram.configure", hologram: { depth_level: 3, layerNames: ["face"] } },
  },
];

async function expectValidationError(promise: Promise<unknown>, expected: { eventType: string; path: string; apiVersion: string }): Promise<VoiceLiveValidationError> {
  let caught: unknown;
  await assert.rejects(promise, (e: unknown) => {
    caught = e;
    return true;
  });
  assert.ok(caught instanceof VoiceLiveValidationError, `a VoiceLiveValidationError, got ${String(caught)}`);
  const error = caught as VoiceLiveValidationError;
  assert.ok(isVoiceLiveValidationError(error));
  assert.ok(isVoiceLiveError(error));
  assert.equal(error.code, "VALIDATION_FAILED");
  assert.equal(error.eventType, expected.eventType);
  assert.equal(error.apiVersion, expected.apiVersion);
  assert.equal(error.issues[0].path, expected.path);
  assert.ok(error.message.includes(expected.path), `the message names ${expected.path}: ${error.message}`);
  return error;
}

/** After a rejected send: a valid one follows, and it is the only frame the server ever got. */
async function assertOnlyFollowingFrameArrives(session: VoiceLiveSession, peer: Peer): Promise<void> {
  await session.commitAudio();
  const frames = await peer.waitForFrames(1);
  await session.clearAudio();
  await peer.waitForFrames(2);
  assert.deepEqual(frames.map(body), [{ type: "input_audio_buffer.commit" }, { type: "input_audio_buffer.clear" }]);
  assert.equal(peer.received.length, 2);
  assert.equal(session.state, "connected");
}

describeGuarded("session sending", () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await TestServer.start();
  });
  afterEach(async () => server.close());

  describe("the exact wire JSON of each send method", () => {
    for (const c of cases) {
      it(c.name, async () => {
        const { session, peer } = await server.connected();
        await c.send(session);
        const [frame] = await peer.waitForFrames(1);
        assert.deepEqual(body(frame), c.wire);
        assert.equal(typeof frame.event_id, "string");
        assert.ok((frame.event_id as string).length > 0);
        assert.equal(session.sentEventType(frame.event_id as string), c.wire.type);
        await session.close();
        assert.equal(peer.received.length, 1, "exactly one frame");
      });
    }

    it("sends all of them in call order, each with its own event_id", async () => {
      const { session, peer } = await server.connected();
      for (const c of cases) await c.send(session);
      const frames = await peer.waitForFrames(cases.length);
      assert.deepEqual(frames.map(body), cases.map((c) => c.wire));
      const ids = frames.map((f) => f.event_id);
      assert.ok(ids.every((id) => typeof id === "string" && id.length > 0));
      assert.equal(new Set(ids).size, ids.length, "event ids are unique");
    });

    it("gives event ids that differ between two sessions", async () => {
      const a = await server.connected();
      const b = await server.connected();
      await a.session.commitAudio();
      await b.session.commitAudio();
      const [fa] = await a.peer.waitForFrames(1);
      const [fb] = await b.peer.waitForFrames(1);
      assert.notEqual(fa.event_id, fb.event_id);
    });

    it("takes the event id in the options of every send method, and names it in a server error", async () => {
      const { session, peer } = await server.connected();
      await session.truncateConversationItem("item_1", 0, 10, { eventId: "evt-truncate" });
      await session.sendAudio(new Uint8Array([1, 2]), { eventId: "evt-audio" });
      await session.addConversationItem({ type: "function_call_output", callId: "c1", output: "{}" }, { previousItemId: "root", eventId: "evt-item" });
      const frames = await peer.waitForFrames(3);
      assert.deepEqual(
        frames.map((f) => f.event_id),
        ["evt-truncate", "evt-audio", "evt-item"],
      );
      assert.equal(frames[2].previous_item_id, "root");
      assert.equal(session.sentEventType("evt-truncate"), "conversation.item.truncate");
    });

    it("keeps an event_id the caller gave, on a typed and on a wire-form event, and does not change the caller's objects", async () => {
      const { session, peer } = await server.connected();
      const typed: ClientEvent = { type: "response.cancel", eventId: "my-evt-1" };
      const unknownWithId = { type: unknownEventType("session.hologram.configure"), event_id: "my-evt-2", hologram: { depth_level: 3 } };
      const unknownWithoutId = { type: unknownEventType("session.hologram.reset") };
      await session.sendEvent(typed);
      await session.sendEvent(unknownWithId);
      await session.sendEvent(unknownWithoutId);
      const frames = await peer.waitForFrames(3);
      assert.deepEqual(frames[0], { type: "response.cancel", event_id: "my-evt-1" });
      assert.deepEqual(frames[1], { type: "session.hologram.configure", event_id: "my-evt-2", hologram: { depth_level: 3 } });
      assert.equal(frames[2].type, "session.hologram.reset");
      assert.equal(typeof frames[2].event_id, "string");
      assert.notEqual(frames[2].event_id, "my-evt-1");
      assert.deepEqual(typed, { type: "response.cancel", eventId: "my-evt-1" });
      assert.deepEqual(unknownWithoutId, { type: "session.hologram.reset" });
      assert.equal(session.sentEventType("my-evt-1"), "response.cancel");
      assert.equal(session.sentEventType("my-evt-2"), "session.hologram.configure");
    });

    it("sends unknown fields of a known event as they are, not stripped", async () => {
      const { session, peer } = await server.connected();
      await session.updateSession({ instructions: "x", speed: 1.1, voice: { type: "azure-standard", name: "n", future_knob: true } } as unknown as RequestSession);
      await session.sendEvent({ type: "session.update", session: { instructions: "y" }, x_client_trace: "trace-1" } as unknown as ClientEvent);
      const frames = await peer.waitForFrames(2);
      assert.deepEqual(body(frames[0]), { type: "session.update", session: { instructions: "x", speed: 1.1, voice: { type: "azure-standard", name: "n", future_knob: true } } });
      assert.deepEqual(body(frames[1]), { type: "session.update", session: { instructions: "y" }, x_client_trace: "trace-1" });
    });

    it("takes unknown fields without a cast when the event's type is marked: still serialized and validated as the known event", async () => {
      const { session, peer } = await server.connected();
      await session.sendEvent({ type: unknownEventType("session.update"), session: { turnDetection: { type: "server_vad", silenceDurationInMs: 300 }, future_knob: 2 }, x_client_trace: "t-2" });
      const [frame] = await peer.waitForFrames(1);
      assert.deepEqual(body(frame), { type: "session.update", session: { turn_detection: { type: "server_vad", silence_duration_ms: 300 }, future_knob: 2 }, x_client_trace: "t-2" });
      // The known event's rules still apply to its known fields.
      await expectValidationError(session.sendEvent({ type: unknownEventType("session.update"), session: { turnDetection: { type: "server_vad", threshold: 7 } } }), {
        eventType: "session.update",
        path: "session.turnDetection.threshold",
        apiVersion: latestApiVersion,
      });
    });
  });

  describe("audio", () => {
    const decoded = (frame: WireFrame) => Buffer.from(frame.audio as string, "base64");

    it("sends the bytes of a Uint8Array, an ArrayBuffer and an Int16Array", async () => {
      const { session, peer } = await server.connected();
      const u8 = new Uint8Array([0, 1, 127, 128, 255, 254]);
      const ab = new Uint8Array([9, 8, 7, 6]).buffer;
      const i16 = new Int16Array([1, -2, 32767, -32768]);
      await session.sendAudio(u8);
      await session.sendAudio(ab);
      await session.sendAudio(i16);
      const frames = await peer.waitForFrames(3);
      assert.deepEqual([...decoded(frames[0])], [0, 1, 127, 128, 255, 254]);
      assert.deepEqual([...decoded(frames[1])], [9, 8, 7, 6]);
      const pcm = decoded(frames[2]);
      assert.equal(pcm.length, 8);
      assert.deepEqual([0, 1, 2, 3].map((i) => pcm.readInt16LE(i * 2)), [1, -2, 32767, -32768]);
    });

    it("sends only the viewed bytes of a typed array with a byteOffset", async () => {
      const { session, peer } = await server.connected();
      const backing = new Int16Array([9, 9, 100, -100, 7, 9]);
      const view = backing.subarray(2, 5);
      assert.equal(view.byteOffset, 4);
      const u8view = new Uint8Array([50, 51, 52, 53, 54]).subarray(1, 3);
      await session.sendAudio(view);
      await session.appendAudioTurn("turn_1", view);
      await session.sendAudio(u8view);
      const frames = await peer.waitForFrames(3);
      for (const frame of frames.slice(0, 2)) {
        const pcm = decoded(frame);
        assert.equal(pcm.length, 6);
        assert.deepEqual([0, 1, 2].map((i) => pcm.readInt16LE(i * 2)), [100, -100, 7]);
        assert.equal(frame.audio, b64(view));
      }
      assert.deepEqual([...decoded(frames[2])], [51, 52]);
    });

    it("rejects audio that is not bytes with INVALID_ARGUMENT and sends nothing", async () => {
      const { session, peer } = await server.connected();
      for (const bad of ["AQID", [1, 2, 3], null]) {
        await assert.rejects(session.sendAudio(bad as unknown as Uint8Array), (e: VoiceLiveError) => e.code === "INVALID_ARGUMENT");
        await assert.rejects(session.appendAudioTurn("t", bad as unknown as Uint8Array), (e: VoiceLiveError) => e.code === "INVALID_ARGUMENT");
      }
      await assertOnlyFollowingFrameArrives(session, peer);
    });
  });

  describe("validation of outgoing events", () => {
    const latest = latestApiVersion;
    const invalid: { name: string; send: Send; eventType: string; path: string }[] = [
      {
        name: "a VAD threshold of 1.5",
        send: (s) => s.updateSession({ turnDetection: { type: "server_vad", threshold: 1.5 } }),
        eventType: "session.update",
        path: "session.turnDetection.threshold",
      },
      {
        name: "a function tool without a name",
        send: (s) => s.updateSession({ tools: [{ type: "function", description: "no name" } as FunctionTool] }),
        eventType: "session.update",
        path: "session.tools[0].name",
      },
      {
        name: "truncateConversationItem with a non-integer audio end",
        send: (s) => s.truncateConversationItem("item_1", 0, 12.5),
        eventType: "conversation.item.truncate",
        path: "audioEndInMs",
      },
      {
        name: "truncateConversationItem with a non-integer content index",
        send: (s) => s.truncateConversationItem("item_1", 0.5, 100),
        eventType: "conversation.item.truncate",
        path: "contentIndex",
      },
      {
        name: "sendEvent with a typed event that breaks the schema, and an event_id",
        send: (s) => s.sendEvent({ type: "conversation.item.truncate", eventId: "bad-1", itemId: "item_1", contentIndex: 0, audioEndInMs: 2.5 }),
        eventType: "conversation.item.truncate",
        path: "audioEndInMs",
      },
    ];

    for (const c of invalid) {
      it(`rejects ${c.name} with VoiceLiveValidationError, sends nothing, and stays usable`, async () => {
        const { session, peer } = await server.connected();
        await expectValidationError(c.send(session), { eventType: c.eventType, path: c.path, apiVersion: latest });
        assert.equal(session.state, "connected");
        assert.equal(session.sentEventType("bad-1"), undefined);
        await assertOnlyFollowingFrameArrives(session, peer);
      });
    }

    for (const [name, send, eventType] of [
      ["sendInputTextDelta", (s: VoiceLiveSession) => s.sendInputTextDelta("text_1", "Hi"), "input_text.delta"],
      ["sendInputTextDone", (s: VoiceLiveSession) => s.sendInputTextDone("text_1"), "input_text.done"],
      ["clearOutputAudio", (s: VoiceLiveSession) => s.clearOutputAudio(), "output_audio_buffer.clear"],
    ] as const) {
      it(`rejects ${name} on a 2025-10-01 session, where ${eventType} does not exist`, async () => {
        const { session, peer } = await server.connected(undefined, { apiVersion: "2025-10-01" });
        assert.equal(session.schemaVersion, "2025-10-01");
        const error = await expectValidationError(send(session), { eventType, path: "type", apiVersion: "2025-10-01" });
        assert.match(error.message, /2025-10-01/);
        assert.ok(error.message.includes(eventType), error.message);
        await assertOnlyFollowingFrameArrives(session, peer);
      });
    }

    it('sends the same invalid events as they are with validation: "off"', async () => {
      const { session, peer } = await server.connected({ validation: "off" }, { apiVersion: "2025-10-01" });
      await session.updateSession({ turnDetection: { type: "server_vad", threshold: 1.5 } });
      await session.truncateConversationItem("item_1", 0, 12.5);
      await session.updateSession({ tools: [{ type: "function" } as FunctionTool] });
      await session.sendInputTextDelta("text_1", "Hi");
      const frames = await peer.waitForFrames(4);
      assert.deepEqual(frames.map(body), [
        { type: "session.update", session: { turn_detection: { type: "server_vad", threshold: 1.5 } } },
        { type: "conversation.item.truncate", item_id: "item_1", content_index: 0, audio_end_ms: 12.5 },
        { type: "session.update", session: { tools: [{ type: "function" }] } },
        { type: "input_text.delta", id: "text_1", delta: "Hi" },
      ]);
    });

    it("takes validation: \"off\" from the client's defaultSessionOptions", async () => {
      const { session, peer } = await server.connected(undefined, { defaultSessionOptions: { validation: "off" } });
      await session.updateSession({ turnDetection: { type: "server_vad", threshold: 1.5 } });
      const [frame] = await peer.waitForFrames(1);
      assert.deepEqual(body(frame), { type: "session.update", session: { turn_detection: { type: "server_vad", threshold: 1.5 } } });
    });
  });
});
