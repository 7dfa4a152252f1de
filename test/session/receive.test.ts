import assert from "node:assert/strict";
import {
  VoiceLiveConnectionError,
  VoiceLiveError,
  VoiceLiveServerError,
  isVoiceLiveError,
  isVoiceLiveServerError,
  type AnyServerEvent,
  type ServerEventError,
  type VoiceLiveSession,
  unknownEventType,
} from "../../src/index.js";
import { TestServer, describeGuarded, eventually, record, settledState, sleep, textDelta, type Peer, type WireFrame } from "./server.js";

/** Sends frames and resolves once the session has received the last one. */
async function push(session: VoiceLiveSession, peer: Peer, frames: WireFrame[]): Promise<void> {
  const last = frames[frames.length - 1];
  const arrived = session.waitFor(unknownEventType(String(last.type)), {
    predicate: (e) => ((e as { eventId?: unknown }).eventId ?? (e as { event_id?: unknown }).event_id) === last.event_id,
    timeoutInMs: 1000,
  });
  for (const f of frames) peer.send(f);
  await arrived;
}

const deltas = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => textDelta(from + i));
/** The text delta of a `response.text.delta` (which narrows on `type`), else undefined. */
const deltaOf = (e: AnyServerEvent) => (e.type === "response.text.delta" ? e.delta : undefined);
/** A short name for each thing a recorder saw. */
const names = (log: ReturnType<typeof record>["log"]) =>
  log.map((s) => (s.kind === "event" ? (s.event.type === "response.text.delta" ? `delta:${s.event.delta}` : s.type) : s.kind === "error" ? `error:${s.error.code}` : s.kind));

async function expectCode(promise: Promise<unknown>, code: string): Promise<VoiceLiveError> {
  let caught: unknown;
  await assert.rejects(promise, (e: unknown) => {
    caught = e;
    return true;
  });
  assert.ok(isVoiceLiveError(caught), `a VoiceLiveError, got ${String(caught)}`);
  assert.equal((caught as VoiceLiveError).code, code, (caught as Error).message);
  return caught as VoiceLiveError;
}

describeGuarded("session receiving", () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await TestServer.start();
  });
  afterEach(async () => server.close());

  describe("subscribe", () => {
    it("calls the typed handlers with models, and onServerEvent first for every event", async () => {
      const { session, peer } = await server.connected();
      const calls: string[] = [];
      const audio: Uint8Array[] = [];
      const serverErrors: ServerEventError[] = [];
      const sdkErrors: VoiceLiveError[] = [];
      let created: AnyServerEvent | undefined;
      session.subscribe({
        onServerEvent: (e) => void calls.push(`all:${e.type}`),
        onSessionCreated: (e) => {
          created = e;
          calls.push(`typed:${e.type}`);
        },
        onResponseAudioDelta: (e) => {
          audio.push(e.delta);
          calls.push(`typed:${e.type}:${e.responseId}:${e.itemId}`);
        },
        onServerError: (e) => {
          serverErrors.push(e);
          calls.push(`typed:${e.type}`);
        },
        onResponseTextDelta: (e) => void calls.push(`typed:${e.type}:${e.delta}`),
        onError: (e) => void sdkErrors.push(e),
      });
      await push(session, peer, [
        { type: "response.audio.delta", event_id: "a1", response_id: "resp_1", item_id: "item_1", output_index: 0, content_index: 0, delta: "AQID/w==" },
        { type: "error", event_id: "a2", error: { type: "invalid_request_error", code: "bad_thing", message: "That was bad.", param: "session.voice", event_id: "evt_9" } },
        textDelta("x"),
      ]);
      await eventually(() => calls.length === 8, "all handler calls");
      assert.deepEqual(calls, [
        "all:session.created",
        "typed:session.created",
        "all:response.audio.delta",
        "typed:response.audio.delta:resp_1:item_1",
        "all:error",
        "typed:error",
        "all:response.text.delta",
        "typed:response.text.delta:x",
      ]);
      assert.equal(created?.type, "session.created");
      assert.equal((created as { session: { id: string } }).session.id, "sess_1");
      assert.equal(audio.length, 1);
      assert.ok(audio[0] instanceof Uint8Array);
      assert.deepEqual([...audio[0]], [1, 2, 3, 255]);
      assert.equal(serverErrors.length, 1);
      assert.deepEqual(serverErrors[0].error, { type: "invalid_request_error", code: "bad_thing", message: "That was bad.", param: "session.voice", eventId: "evt_9" });
      assert.deepEqual(sdkErrors, [], "an error event of the service is not an SDK error");
    });

    it("delivers what arrived before the first subscriber to it, session.created first, in order", async () => {
      const { session, peer } = await server.connected();
      await push(session, peer, [...deltas(0, 3), { type: "response.done", event_id: "srv_done", response: { id: "resp_1", status: "completed" } }]);
      const first = record(session);
      await eventually(() => first.log.length === 6, "the backlog");
      assert.deepEqual(names(first.log), ["session.created", "connected", "delta:0", "delta:1", "delta:2", "response.done"]);
    });

    it("gives a second subscriber only the events from its subscription on", async () => {
      const { session, peer } = await server.connected();
      const first = record(session);
      await push(session, peer, deltas(0, 2));
      const second = record(session);
      await push(session, peer, deltas(2, 4));
      await eventually(() => second.log.length === 2 && first.log.length === 6, "deliveries");
      assert.deepEqual(names(first.log), ["session.created", "connected", "delta:0", "delta:1", "delta:2", "delta:3"]);
      assert.deepEqual(names(second.log), ["delta:2", "delta:3"]);
    });

    it("stops deliveries to a closed subscription", async () => {
      const { session, peer } = await server.connected();
      const closed = record(session);
      const open = record(session);
      await push(session, peer, deltas(0, 1));
      await eventually(() => closed.log.length === 3, "first delivery");
      closed.subscription.close();
      closed.subscription.close();
      await push(session, peer, deltas(1, 3));
      await eventually(() => open.log.length === 3, "later deliveries to the open subscription");
      assert.deepEqual(names(closed.log), ["session.created", "connected", "delta:0"]);
      // Only the first subscriber gets what arrived before it.
      assert.deepEqual(names(open.log), ["delta:0", "delta:1", "delta:2"]);
    });

    it("awaits an async handler before the next event: 50 events in wire order, never overlapping", async function () {
      this.timeout(5000);
      const { session, peer } = await server.connected();
      const seen: string[] = [];
      let inFlight = 0;
      let maxInFlight = 0;
      session.subscribe({
        onResponseTextDelta: async (e) => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await sleep(Math.floor(Math.random() * 21));
          seen.push(e.delta);
          inFlight--;
        },
      });
      for (const f of deltas(0, 50)) peer.send(f);
      await eventually(() => seen.length === 50, "50 handled events", 3000);
      assert.deepEqual(seen, deltas(0, 50).map((f) => f.delta));
      assert.equal(maxInFlight, 1);
    });

    it("does not hold one subscriber back while another one's async handler waits", async () => {
      const { session, peer } = await server.connected();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const slow: string[] = [];
      const fast: string[] = [];
      session.subscribe({
        onResponseTextDelta: async (e) => {
          await gate;
          slow.push(e.delta);
        },
      });
      session.subscribe({ onResponseTextDelta: (e) => void fast.push(e.delta) });
      for (const f of deltas(0, 10)) peer.send(f);
      await eventually(() => fast.length === 10, "the fast subscriber");
      assert.deepEqual(slow, []);
      release();
      await eventually(() => slow.length === 10, "the slow subscriber");
      assert.deepEqual(slow, fast);
    });

    it("reports a handler that throws or rejects to onError as HANDLER_FAILED and keeps delivering", async () => {
      const { session, peer } = await server.connected();
      const log: string[] = [];
      const errors: VoiceLiveError[] = [];
      const boom = new Error("sync boom");
      session.subscribe({
        onServerEvent: (e) => {
          if (deltaOf(e) === "3") throw new Error("general boom");
        },
        onResponseTextDelta: (e) => {
          log.push(e.delta);
          if (e.delta === "1") throw boom;
          if (e.delta === "2") return Promise.reject(new Error("async boom"));
        },
        onError: (e) => {
          errors.push(e);
          log.push(`error:${e.code}`);
        },
      });
      // A subscriber whose handler throws and has no onError, and one whose onError throws: neither crashes anything.
      session.subscribe({
        onResponseTextDelta: () => {
          throw new Error("unreported");
        },
      });
      session.subscribe({
        onResponseTextDelta: () => {
          throw new Error("first");
        },
        onError: () => {
          throw new Error("second");
        },
      });
      await push(session, peer, deltas(0, 6));
      await eventually(() => log.length === 9, "all deliveries");
      assert.deepEqual(log, ["0", "1", "error:HANDLER_FAILED", "2", "error:HANDLER_FAILED", "error:HANDLER_FAILED", "3", "4", "5"]);
      assert.ok(errors.every((e) => isVoiceLiveError(e) && e.code === "HANDLER_FAILED"));
      assert.match(errors[0].message, /onResponseTextDelta threw: sync boom/);
      assert.equal(errors[0].cause, boom);
      assert.match(errors[1].message, /onResponseTextDelta threw: async boom/);
      assert.match(errors[2].message, /onServerEvent threw: general boom/);
      assert.equal(session.state, "connected");
    });

    it("drops the oldest events of a subscriber that falls behind maxQueuedEvents, and reports how many", async () => {
      const { session, peer } = await server.connected({ maxQueuedEvents: 5 });
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const handled: string[] = [];
      const errors: VoiceLiveError[] = [];
      session.subscribe({
        onResponseTextDelta: async (e) => {
          if (e.delta === "0") await gate;
          handled.push(e.delta);
        },
        onError: (e) => void errors.push(e),
      });
      await push(session, peer, deltas(0, 20));
      await eventually(() => errors.reduce((n, e) => n + (e as VoiceLiveError & { droppedEvents: number }).droppedEvents, 0) === 14, "14 dropped events reported");
      assert.ok(errors.every((e) => e.code === "EVENT_BUFFER_OVERFLOW"));
      release();
      await eventually(() => handled.length === 6, "the kept events");
      assert.deepEqual(handled, ["0", "15", "16", "17", "18", "19"]);
    });

    it("keeps only the newest maxQueuedEvents before the first subscriber, and tells it that some were dropped", async () => {
      const { session, peer } = await server.connected({ maxQueuedEvents: 5 });
      await push(session, peer, deltas(0, 20));
      const { log, errors } = record(session);
      await eventually(() => log.length === 6, "deliveries");
      assert.deepEqual(names(log), ["error:EVENT_BUFFER_OVERFLOW", "delta:15", "delta:16", "delta:17", "delta:18", "delta:19"]);
      assert.ok((errors()[0] as VoiceLiveError & { droppedEvents: number }).droppedEvents >= 15);
    });

    it("calls onConnected right after session.created, before any later event", async () => {
      const quiet = await restart(server, { sessionCreated: false });
      server = quiet;
      const session = server.session();
      const order: string[] = [];
      session.subscribe({
        onServerEvent: (e) => void order.push(`${e.type}@${session.state}`),
        onConnected: () => void order.push("connected"),
      });
      const connecting = session.connect();
      const peer = await server.peer();
      peer.sendTogether([{ type: "session.created", event_id: "e0", session: { id: "sess_1" } }, textDelta(0)]);
      await connecting;
      await eventually(() => order.length === 3, "three deliveries");
      assert.deepEqual(order, ["session.created@connected", "connected", "response.text.delta@connected"]);
    });

    it("calls onConnected after session.created", async () => {
      const session = server.session();
      const { log } = record(session);
      await session.connect();
      await eventually(() => log.length === 2, "two deliveries");
      assert.deepEqual(names(log), ["session.created", "connected"]);
    });
  });

  describe("unknown types and fields", () => {
    it("hands an event of an unknown type to onServerEvent as its raw wire JSON", async () => {
      const { session, peer } = await server.connected();
      const frame = {
        type: "response.output_video.delta",
        event_id: "srv_v1",
        response_id: "resp_1",
        output_index: 0,
        delta: "AAAAAWdC",
        frame_info: { frame_no: 7, key_frame: true },
      };
      const { log, errors } = record(session);
      await push(session, peer, [frame, textDelta("after")]);
      await eventually(() => log.length === 4, "deliveries");
      assert.deepEqual(names(log), ["session.created", "connected", "response.output_video.delta", "delta:after"]);
      assert.deepEqual(log[2].kind === "event" && log[2].event, frame);
      assert.deepEqual(errors(), []);
    });

    it("keeps unknown fields of a known event under their wire names", async () => {
      const { session, peer } = await server.connected();
      const got: AnyServerEvent[] = [];
      session.subscribe({ onResponseTextDelta: (e) => void got.push(e) });
      await push(session, peer, [{ ...textDelta("x"), future_field: { inner_key: 1 }, obfuscation: "abc" }]);
      await eventually(() => got.length === 1, "the event");
      assert.deepEqual(got[0], {
        type: "response.text.delta",
        eventId: "srv_x",
        responseId: "resp_1",
        itemId: "item_1",
        outputIndex: 0,
        contentIndex: 0,
        delta: "x",
        future_field: { inner_key: 1 },
        obfuscation: "abc",
      });
    });
  });

  describe("bad frames", () => {
    it("reports each bad frame as INVALID_FRAME, skips it, and delivers the next valid event", async () => {
      const { session, peer } = await server.connected();
      const { log, errors } = record(session);
      for (const bad of ["not json {", "[1,2,3]", '{"no_type":1}', '{"type":42}', "null", '"a string"']) peer.send(bad);
      peer.sendBinary(new Uint8Array([1, 2, 3]));
      await push(session, peer, [textDelta("ok")]);
      await eventually(() => log.length === 10, "deliveries");
      assert.deepEqual(names(log), ["session.created", "connected", ...Array(7).fill("error:INVALID_FRAME"), "delta:ok"]);
      assert.ok(errors().every((e) => e instanceof VoiceLiveError && isVoiceLiveError(e)));
      assert.match(errors()[6].message, /binary/);
      assert.equal(session.state, "connected");
    });
  });

  describe("incoming validation", () => {
    const broken = (id: string) => ({ ...textDelta(id), delta: 5 });

    it("with validateIncoming, delivers a known event that breaks the schema and reports one SCHEMA_MISMATCH", async () => {
      const { session, peer } = await server.connected({ validateIncoming: true });
      const handled: unknown[] = [];
      const errors: VoiceLiveError[] = [];
      session.subscribe({ onResponseTextDelta: (e) => void handled.push(e.delta), onError: (e) => void errors.push(e) });
      await push(session, peer, [broken("b1"), broken("b2"), textDelta("ok")]);
      await eventually(() => handled.length === 3, "three deliveries");
      assert.deepEqual(handled, [5, 5, "ok"]);
      assert.equal(errors.length, 1, errors.map((e) => e.message).join("\n"));
      assert.equal(errors[0].code, "SCHEMA_MISMATCH");
      assert.match(errors[0].message, /response\.text\.delta/);
      assert.match(errors[0].message, /delta/);
    });

    it("without it (the default), reports nothing", async () => {
      const { session, peer } = await server.connected();
      const { log, errors } = record(session);
      await push(session, peer, [broken("b1"), broken("b2")]);
      await eventually(() => log.length === 4, "deliveries");
      assert.deepEqual(errors(), []);
      assert.deepEqual(
        log.flatMap((s) => (s.kind === "event" && s.type === "response.text.delta" ? [deltaOf(s.event)] : [])),
        [5, 5],
      );
    });
  });

  describe("events()", () => {
    it("yields the events in order and ends when the session is closed", async () => {
      const { session, peer } = await server.connected();
      const iterator = session.events();
      const got: string[] = [];
      const consumed = (async () => {
        for await (const e of iterator) got.push(e.type === "response.text.delta" ? `delta:${e.delta}` : e.type);
      })();
      await push(session, peer, deltas(0, 3));
      await eventually(() => got.length === 4, "four events");
      await session.close();
      await consumed;
      assert.deepEqual(got, ["session.created", "delta:0", "delta:1", "delta:2"]);
      assert.deepEqual(await iterator.next(), { value: undefined, done: true });
    });

    it("ends with CONNECTION_CLOSED when the server closes the connection", async () => {
      const { session, peer } = await server.connected();
      const iterator = session.events();
      await push(session, peer, deltas(0, 1));
      peer.close(1011, "oops");
      assert.equal((await iterator.next()).value?.type, "session.created");
      assert.equal(deltaOf((await iterator.next()).value), "0");
      const error = await expectCode(iterator.next(), "CONNECTION_CLOSED");
      assert.ok(error instanceof VoiceLiveConnectionError);
      assert.equal(error.closeCode, 1011);
      assert.equal(error.closeReason, "oops");
      assert.deepEqual(await iterator.next(), { value: undefined, done: true });
    });

    it("throws EVENT_BUFFER_OVERFLOW after yielding what it kept, when the consumer falls behind maxQueuedEvents", async () => {
      const { session, peer } = await server.connected({ maxQueuedEvents: 5 });
      const iterator = session.events();
      await push(session, peer, deltas(0, 20));
      const yielded: string[] = [];
      let failure: unknown;
      try {
        for await (const e of iterator) yielded.push(e.type === "session.created" ? e.type : String(deltaOf(e)));
      } catch (e) {
        failure = e;
      }
      assert.deepEqual(yielded, ["session.created", "0", "1", "2", "3"]);
      assert.ok(isVoiceLiveError(failure), String(failure));
      assert.equal((failure as VoiceLiveError).code, "EVENT_BUFFER_OVERFLOW");
      assert.ok((failure as unknown as { droppedEvents: number }).droppedEvents > 0);
      assert.equal(session.state, "connected");
    });

    it("with dropOldest, keeps the newest events and keeps going", async () => {
      const { session, peer } = await server.connected();
      const iterator = session.events({ maxQueuedEvents: 5, dropOldest: true });
      await push(session, peer, deltas(0, 20));
      const got: unknown[] = [];
      for (let i = 0; i < 5; i++) got.push(deltaOf((await iterator.next()).value));
      assert.deepEqual(got, ["15", "16", "17", "18", "19"]);
      const next = iterator.next();
      peer.send(textDelta(20));
      assert.equal(deltaOf((await next).value), "20");
      await session.close();
      assert.deepEqual(await iterator.next(), { value: undefined, done: true });
    });

    it("with dropOldest, reports the dropped events to onError as EVENT_BUFFER_OVERFLOW", async () => {
      const { session, peer } = await server.connected();
      const errors: VoiceLiveError[] = [];
      session.subscribe({ onError: (e) => void errors.push(e) });
      const iterator = session.events({ maxQueuedEvents: 5, dropOldest: true });
      await push(session, peer, deltas(0, 20));
      assert.equal(deltaOf((await iterator.next()).value), "15");
      await eventually(() => errors.length > 0, "an overflow report", 300);
      assert.equal(errors[0].code, "EVENT_BUFFER_OVERFLOW");
      assert.ok((errors[0] as VoiceLiveError & { droppedEvents: number }).droppedEvents > 0);
    });

    it("ends cleanly on break, and the session carries on", async () => {
      const { session, peer } = await server.connected();
      const iterator = session.events();
      await push(session, peer, deltas(0, 3));
      const got: string[] = [];
      for await (const e of iterator) {
        got.push(e.type);
        if (got.length === 2) break;
      }
      assert.deepEqual(got, ["session.created", "response.text.delta"]);
      assert.deepEqual(await iterator.next(), { value: undefined, done: true });
      const later = session.events();
      await push(session, peer, [textDelta("later")]);
      const first = (await later.next()).value;
      assert.equal(first?.type, "response.text.delta");
      await later.return?.();
      assert.equal(session.state, "connected");
    });

    it("ends an iterator made before connect() when connect() fails, and one of an idle session on close()", async () => {
      const silent = await TestServer.start({ sessionCreated: false });
      try {
        const session = silent.session();
        const iterator = session.events();
        await expectCode(session.connect({ timeoutInMs: 50 }), "TIMEOUT");
        assert.notEqual(await settledState(iterator.next()), "pending");
        const idle = silent.session();
        const idleIterator = idle.events();
        await idle.close();
        assert.notEqual(await settledState(idleIterator.next()), "pending");
      } finally {
        await silent.close();
      }
    });
  });

  describe("waitFor", () => {
    it("resolves with the next matching event, as a model", async () => {
      const { session, peer } = await server.connected();
      const waiting = session.waitFor("response.done");
      peer.send(textDelta(0));
      peer.send({ type: "response.done", event_id: "srv_done", response: { id: "resp_7", status: "completed" } });
      const event = await waiting;
      assert.equal(event.type, "response.done");
      assert.equal(event.eventId, "srv_done");
      assert.equal(event.response.id, "resp_7");
    });

    it("filters with a predicate, and waits for unknown types too", async () => {
      const { session, peer } = await server.connected();
      const second = session.waitFor("response.text.delta", { predicate: (e) => e.delta === "b" });
      const unknown = session.waitFor(unknownEventType("response.output_video.delta"));
      for (const f of [textDelta("a"), textDelta("b"), textDelta("c"), { type: "response.output_video.delta", event_id: "v", some_field: 1 }]) peer.send(f);
      assert.equal((await second).eventId, "srv_b");
      assert.deepEqual(await unknown, { type: "response.output_video.delta", event_id: "v", some_field: 1 });
    });

    it("only sees events that arrive after the call", async () => {
      const { session } = await server.connected();
      await expectCode(session.waitFor("session.created", { timeoutInMs: 30 }), "TIMEOUT");
    });

    it("rejects with TIMEOUT", async () => {
      const { session, peer } = await server.connected();
      const waiting = session.waitFor("response.done", { timeoutInMs: 50 });
      peer.send(textDelta(0));
      const error = await expectCode(waiting, "TIMEOUT");
      assert.match(error.message, /response\.done/);
    });

    it("rejects with ABORTED when its signal aborts, or was aborted already", async () => {
      const { session } = await server.connected();
      const controller = new AbortController();
      const waiting = session.waitFor("response.done", { abortSignal: controller.signal, timeoutInMs: 5000 });
      controller.abort();
      await expectCode(waiting, "ABORTED");
      await expectCode(session.waitFor("response.done", { abortSignal: AbortSignal.abort() }), "ABORTED");
    });

    it("rejects with the predicate's error when the predicate throws", async () => {
      const { session, peer } = await server.connected();
      const oops = new Error("predicate failed");
      const waiting = session.waitFor("response.text.delta", {
        predicate: () => {
          throw oops;
        },
      });
      peer.send(textDelta(0));
      await assert.rejects(waiting, (e) => e === oops);
    });

    it("rejects when the session is closed first, by the user or by the server", async () => {
      const first = await server.connected();
      const byUser = first.session.waitFor("response.done");
      await first.session.close();
      await expectCode(byUser, "INVALID_STATE");

      const second = await server.connected();
      const byServer = second.session.waitFor("response.done");
      second.peer.close(1011, "gone");
      const error = await expectCode(byServer, "CONNECTION_CLOSED");
      assert.ok(error instanceof VoiceLiveConnectionError);
      assert.equal(error.closeCode, 1011);
      assert.equal(error.closeReason, "gone");

      await expectCode(second.session.waitFor("response.done"), "INVALID_STATE");
    });
  });

  describe("server errors", () => {
    const errorFor = (frame: WireFrame): WireFrame => ({
      type: "error",
      event_id: "srv_err",
      error: { type: "invalid_request_error", code: "conversation_already_has_active_response", message: "A response is in progress.", param: "response", event_id: frame.event_id },
    });

    it("links an error event to the client event that caused it", async () => {
      server = await restart(server, { onFrame: (frame, peer) => frame.type === "response.create" && peer.send(errorFor(frame)) });
      const { session, peer } = await server.connected();
      const failed = session.waitFor("error");
      await session.createResponse();
      const event = await failed;
      const [sent] = peer.frames;
      const error = session.toServerError(event);
      assert.ok(error instanceof VoiceLiveServerError);
      assert.ok(isVoiceLiveServerError(error));
      assert.equal(error.code, "SERVER_ERROR");
      assert.equal(error.causedByEventId, sent.event_id);
      assert.equal(error.causedByEventType, "response.create");
      assert.equal(error.errorType, "invalid_request_error");
      assert.equal(error.serverCode, "conversation_already_has_active_response");
      assert.equal(error.param, "response");
      assert.equal(error.event, event);
      assert.match(error.message, /conversation_already_has_active_response/);
    });

    it("links it with an event_id the caller chose, and leaves the type unknown for an id it never sent", async () => {
      server = await restart(server, { onFrame: (frame, peer) => peer.send(errorFor(frame)) });
      const { session } = await server.connected();
      const failed = session.waitFor("error");
      await session.sendEvent({ type: "conversation.item.delete", eventId: "my-delete-1", itemId: "item_1" });
      const error = session.toServerError(await failed);
      assert.equal(error.causedByEventId, "my-delete-1");
      assert.equal(error.causedByEventType, "conversation.item.delete");

      const stranger = session.toServerError({ type: "error", error: { type: "server_error", message: "x", eventId: "never-sent" } });
      assert.equal(stranger.causedByEventId, "never-sent");
      assert.equal(stranger.causedByEventType, undefined);
      const unlinked = session.toServerError({ type: "error", error: { type: "server_error", message: "x", eventId: null } });
      assert.equal(unlinked.causedByEventId, undefined);
    });

    it("configure() resolves with session.updated, and rejects with the linked VoiceLiveServerError", async () => {
      server = await restart(server, {
        onFrame: (frame, peer) => {
          const session = frame.session as { instructions?: string };
          if (session.instructions === "refuse me") peer.send(errorFor(frame));
          else peer.send({ type: "session.updated", event_id: "srv_upd", session: { id: "sess_1", instructions: session.instructions } });
        },
      });
      const { session, peer } = await server.connected();
      const updated = await session.configure({ instructions: "Be brief." });
      assert.equal(updated.type, "session.updated");
      assert.equal(updated.session.instructions, "Be brief.");
      let caught: unknown;
      await assert.rejects(session.configure({ instructions: "refuse me" }), (e) => {
        caught = e;
        return true;
      });
      assert.ok(caught instanceof VoiceLiveServerError);
      assert.equal(caught.causedByEventType, "session.update");
      assert.equal(caught.causedByEventId, peer.frames[1].event_id);
      assert.equal(session.state, "connected");
    });
  });
});

/** Swaps the server of a test for one with other options. */
async function restart(old: TestServer, options: Parameters<typeof TestServer.start>[0]): Promise<TestServer> {
  await old.close();
  return TestServer.start(options);
}
