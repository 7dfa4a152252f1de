/** The session's parts that have logic worth testing alone, without a socket. */
import assert from "node:assert/strict";
import { VoiceLiveError } from "../../src/index.js";
import { printable } from "../../src/session/failures.js";
import { FanOut } from "../../src/session/fanout.js";
import { resolveOptions, DEFAULT_MAX_FRAME_BYTES } from "../../src/session/options.js";
import { backoffDelay } from "../../src/session/retry.js";
import { Outbound } from "../../src/session/outbound.js";
import type { SendQueue } from "../../src/internal/send-queue.js";
import { loadValidators } from "../../src/validators.js";
import type { ServerEvent } from "../../src/models.js";

describe("session parts", () => {
  describe("printable", () => {
    it("escapes C0, C1, DEL and the Unicode line separators, and cuts long text", () => {
      assert.equal(printable("a\r\nb\u001b[0m\u007f\u0085\u2028\u2029c"), "a\\u000d\\u000ab\\u001b[0m\\u007f\\u0085\\u2028\\u2029c");
      assert.equal(printable("é ü 日本 🙂 tab-free"), "é ü 日本 🙂 tab-free");
      assert.equal(printable("x".repeat(500)).length, 301);
    });
  });

  describe("resolveOptions", () => {
    it("fills the documented defaults", () => {
      const o = resolveOptions({});
      assert.deepEqual(
        { ...o, transport: undefined },
        { validation: true, validateIncoming: false, maxQueuedEvents: 10_000, connectTimeoutInMs: 30_000, closeTimeoutInMs: 5_000, pingIntervalInMs: 30_000, pongTimeoutInMs: 10_000, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES, transport: undefined, sendBuffer: { high: 1024 * 1024, low: 256 * 1024, dropAudio: false, maxQueued: 16 * 1024 * 1024 }, tracing: {} },
      );
      assert.equal(DEFAULT_MAX_FRAME_BYTES, 32 * 1024 * 1024);
      assert.deepEqual(resolveOptions({ reconnect: true }).reconnect, { maxAttempts: 5, initialDelayInMs: 500, maxDelayInMs: 15_000, recycleBeforeExpiryInMs: undefined, shouldReconnect: undefined });
      assert.deepEqual(resolveOptions({ connectRetry: true }).connectRetry, { maxAttempts: 3, initialDelayInMs: 500, maxDelayInMs: 15_000 });
      assert.equal(resolveOptions({ reconnect: false }).reconnect, undefined);
    });

    it("takes 0 to turn pings off, and refuses what a timer cannot wait", () => {
      assert.equal(resolveOptions({ pingIntervalInMs: 0 }).pingIntervalInMs, 0);
      assert.throws(() => resolveOptions({ pongTimeoutInMs: 0 }), /pongTimeoutInMs must be an integer from 1/);
      assert.throws(() => resolveOptions({ closeTimeoutInMs: 2 ** 31 }), /closeTimeoutInMs must be an integer from 1 to 2147483647/);
      assert.throws(() => resolveOptions({ reconnect: "yes" as never }), /reconnect must be true, false or an object/);
      assert.throws(() => resolveOptions({ transport: {} as never }), /transport must be a function/);
    });
  });

  describe("backoffDelay", () => {
    it("doubles from the initial delay up to the cap, with half of it random, and never under retry-after", () => {
      const rules = { maxAttempts: 9, initialDelayInMs: 100, maxDelayInMs: 1000 };
      for (let i = 0; i < 200; i++) {
        const first = backoffDelay(rules, 1);
        assert.ok(first >= 50 && first <= 100, String(first));
        const fourth = backoffDelay(rules, 4);
        assert.ok(fourth >= 400 && fourth <= 800, String(fourth));
        const capped = backoffDelay(rules, 9);
        assert.ok(capped >= 500 && capped <= 1000, String(capped));
      }
      assert.equal(backoffDelay(rules, 1, 5000), 5000);
    });
  });

  describe("Outbound", () => {
    const queue = (sent: string[]) => ({ send: (text: string) => (sent.push(text), Promise.resolve()) }) as unknown as SendQueue;

    it("gives ids, refuses invalid events before the queue, and merges the session config as the service does", async () => {
      await loadValidators("2026-07-15");
      const sent: string[] = [];
      const out = new Outbound(queue(sent), "2026-07-15", true);
      await out.send({ type: "session.update", session: { instructions: "a", voice: { type: "openai", name: "alloy" } } });
      await out.send({ type: "session.update", session: { instructions: "b" } });
      assert.deepEqual(out.config, { instructions: "b", voice: { type: "openai", name: "alloy" } });
      await assert.rejects(out.send({ type: "input_audio_buffer.append", audio: 5 }), (e: VoiceLiveError) => e.code === "VALIDATION_FAILED");
      assert.equal(sent.length, 2);
      const ids = sent.map((t) => JSON.parse(t).event_id as string);
      assert.match(ids[0], /^evt_[a-z0-9]+_[a-z0-9]+$/);
      assert.notEqual(ids[0], ids[1]);
      assert.equal(out.sentType(ids[1]), "session.update");
    });

    it("names the type of a recent event by its id: its own ids (kept as counters), a caller's, and a look-alike", async () => {
      const sent: string[] = [];
      const out = new Outbound(queue(sent), "2026-07-15", false);
      await out.send({ type: "input_audio_buffer.commit" });
      await out.send({ type: "response.create", event_id: "mine" });
      const given = out.nextId();
      await out.send({ type: "response.cancel", event_id: given });
      for (let i = 0; i < 40; i++) await out.send({ type: "input_audio_buffer.clear" });
      const ids = sent.map((t) => JSON.parse(t).event_id as string);
      assert.equal(out.sentType(ids[0]), "input_audio_buffer.commit");
      assert.equal(out.sentType("mine"), "response.create");
      assert.equal(out.sentType(given), "response.cancel");
      assert.equal(out.sentType(ids.at(-1)!), "input_audio_buffer.clear");
      // The prefix with digits that no counter of base 36 prints back, or a counter not sent.
      const prefix = ids[0].slice(0, ids[0].lastIndexOf("_") + 1);
      assert.equal(out.sentType(`${prefix}0${ids[0].slice(prefix.length)}`), undefined);
      assert.equal(out.sentType(`${prefix}zzzzzz`), undefined);
      out.release();
      assert.equal(out.sentType(ids[0]), undefined);
    });

    it("refuses an already aborted send before anything else", async () => {
      const sent: string[] = [];
      const out = new Outbound(queue(sent), "2026-07-15", true);
      await assert.rejects(out.send({ type: "input_audio_buffer.commit" }, { abortSignal: AbortSignal.abort() } as never), (e: VoiceLiveError) => e.code === "ABORTED");
      assert.deepEqual(sent, []);
    });
  });

  describe("FanOut", () => {
    const event = (type: string, n: number) => ({ type, eventId: `e${n}` }) as unknown as ServerEvent;

    it("hands a late waitFor the latest event only with includeLatest, and rejects waits once ended", async () => {
      const fan = new FanOut({ session: undefined as never }, 10);
      fan.heard(event("response.done", 1), false);
      fan.heard(event("response.done", 2), false);
      fan.heard(event("response.audio.delta", 3), true);
      const closed = () => new VoiceLiveError("INVALID_STATE", "closed");
      assert.equal(((await fan.waitFor("response.done", { includeLatest: true }, closed)) as { eventId: string }).eventId, "e2");
      const later = fan.waitFor("response.audio.delta", { includeLatest: true }, closed);
      fan.heard(event("response.audio.delta", 4), true);
      assert.equal(((await later) as { eventId: string }).eventId, "e4");
      const pending = fan.waitFor("response.done", {}, closed);
      fan.end(undefined, closed());
      await assert.rejects(pending, /closed/);
      await assert.rejects(fan.waitFor("response.done", { includeLatest: true }, closed), /closed/);
    });

    it("keeps events for the first subscriber, in a bounded backlog that reports what it dropped", () => {
      const fan = new FanOut({ session: undefined as never }, 3);
      for (let i = 0; i < 5; i++) fan.push({ kind: "event", event: event("response.text.delta", i) });
      const seen: string[] = [];
      fan.subscribe({ onServerEvent: (e) => void seen.push((e as unknown as { eventId: string }).eventId), onError: (e) => void seen.push(e.code) });
      assert.deepEqual(seen, ["EVENT_BUFFER_OVERFLOW", "e2", "e3", "e4"]);
    });
  });
});
