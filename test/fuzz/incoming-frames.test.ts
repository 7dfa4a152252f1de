/**
 * Fuzz, suite 3: 10,000 random or malformed frames from a real `ws` server, into two sessions (one with
 * `validateIncoming`). Random text, truncated JSON, JSON that is not an object, objects without a
 * string `type`, known types with garbage fields, unknown types (`__proto__`, `constructor`, ...),
 * `__proto__` keys, binary frames, huge strings, deep nesting, and valid events.
 *
 * After every frame the server sends a sentinel event, so each frame's deliveries can be told apart:
 * - a frame that is not a JSON object with a string `type` reaches `onError` as one `INVALID_FRAME`;
 * - any other frame reaches `onServerEvent` as one event of its type (with `validateIncoming`, possibly
 *   preceded by one `SCHEMA_MISMATCH` error);
 * - nothing throws, no promise is left rejected, the `events()` iterator sees the same events, and
 *   the session is still connected (and still sends) at the end.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { serverEventTypes } from "../../generated/tables.js";
import { isKnownServerEventType, isUnknownServerEvent, type AnyServerEvent, type VoiceLiveError, type VoiceLiveSession } from "../../src/index.js";
import { readJsonLines } from "../spec/fixtures.js";
import { describeGuarded, type Peer } from "../session/server.js";
import { FUZZ_SEED, samples } from "./config.js";
import { withSession } from "./helpers.js";
import { anyCodePoint, put } from "./schema-arbitrary.js";

const FRAMES = 10_000;
/** The session with `validateIncoming` gets its own, shorter series (validation costs time). */
const FRAMES_VALIDATED = 2_500;
const BATCH = 500;

interface Frame {
  kind: string;
  text?: string;
  binary?: Uint8Array;
}

type Delivery = { event: AnyServerEvent } | { error: VoiceLiveError };

const fixtures = readJsonLines("valid/2026-07-15/server.jsonl").map(({ value }) => value);
const fixtureTexts = fixtures.map((f) => JSON.stringify(f));
const SPECIAL_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "type", "event_id"];

/** One of a list, by index (cheaper than fc.constantFrom for long lists of big values). */
const oneOf = <T>(list: readonly T[]): fc.Arbitrary<T> => fc.nat({ max: list.length - 1 }).map((i) => list[i]);

const key = fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_KEYS) });
const garbage: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { maxDepth: 3, depthIdentifier: "garbage" },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 12, unit: anyCodePoint }),
    fc.array(tie("v"), { maxLength: 3, depthIdentifier: "garbage" }),
    fc.uniqueArray(fc.tuple(key, tie("v")), { maxLength: 4, selector: (e) => e[0], depthIdentifier: "garbage" }).map(toObject),
  ),
})).v;

function toObject(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) put(o, k, v);
  return o;
}

/** JSON text whose own keys may include `__proto__` (JSON.stringify writes own keys as they are). */
const text = (kind: string, value: unknown): Frame => ({ kind, text: JSON.stringify(value) });

const deep = (n: number, open: string, close: string, inner = "0") => open.repeat(n) + inner + close.repeat(n);

/** Nesting `n` deep: bare, in an object, in known fields of known events, and unclosed. */
function deepFrames(n: number): Frame[] {
  return [
    { kind: "deep nesting", text: deep(n, "[", "]") },
    { kind: "deep nesting", text: deep(n, '{"a":', "}") },
    { kind: "deep nesting", text: `{"type":"response.done","event_id":"e","response":${deep(n, '{"output":[', "]}", "{}")}}` },
    { kind: "deep nesting", text: `{"type":"conversation.item.created","item":{"type":"message","content":${deep(n, "[", "]")}}}` },
    { kind: "deep nesting", text: "[".repeat(n) },
  ];
}

const frameArb: fc.Arbitrary<Frame> = fc.oneof(
  fc.string({ maxLength: 40, unit: anyCodePoint }).map((t): Frame => ({ kind: "random text", text: t })),
  oneOf(fixtureTexts).chain((t) => fc.nat({ max: t.length - 1 }).map((n): Frame => ({ kind: "truncated JSON", text: t.slice(0, n) }))),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null), fc.array(garbage, { maxLength: 4 })).map((v) => text("JSON non-object", v)),
  fc
    .tuple(fc.uniqueArray(fc.tuple(key, garbage), { maxLength: 5, selector: (e) => e[0] }), fc.oneof(fc.constant(undefined), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }), fc.constant({ type: "error" })))
    .map(([entries, type]) => {
      const o = toObject(entries.filter(([k]) => k !== "type"));
      if (type !== undefined) put(o, "type", type);
      return text("object without a string type", o);
    }),
  fc
    .tuple(oneOf(fixtures), fc.uniqueArray(fc.tuple(key, garbage), { minLength: 1, maxLength: 4, selector: (e) => e[0] }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }))
    .map(([fixture, changes, removals]) => {
      const o = toObject(Object.entries(structuredClone(fixture)));
      for (const r of removals) delete o[Object.keys(o)[r.length % Object.keys(o).length]];
      for (const [k, v] of changes) if (k !== "type") put(o, k, v);
      // Garbage in the known fields too: replace each of them with a random value now and then.
      return text("known type with garbage fields", o);
    }),
  fc
    .tuple(oneOf(fixtures), fc.array(garbage, { minLength: 1, maxLength: 6 }))
    .map(([fixture, values]) => {
      const o = structuredClone(fixture);
      const keys = Object.keys(o).filter((k) => k !== "type");
      values.forEach((v, i) => keys.length && put(o, keys[i % keys.length], v));
      return text("known type with wrong field values", o);
    }),
  fc
    .tuple(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...SPECIAL_KEYS, "", " ", "error ", "ERROR", "response.audio.delta\u0000")), fc.uniqueArray(fc.tuple(key, garbage), { maxLength: 4, selector: (e) => e[0] }))
    .map(([type, entries]) => {
      const o = toObject(entries.filter(([k]) => k !== "type"));
      put(o, "type", type);
      return text("unknown type", o);
    }),
  fc.uint8Array({ maxLength: 64 }).map((b): Frame => ({ kind: "binary", binary: b })),
  oneOf(fixtureTexts).map((t): Frame => ({ kind: "valid event", text: t })),
  fc.constantFrom(
    '{"type":"session.updated","__proto__":{"type":"error"},"session":{"__proto__":{"id":"x"},"voice":{"__proto__":null}}}',
    '{"__proto__":{"type":"response.done"}}',
    '{"type":"error","error":{"__proto__":{"message":"polluted"},"message":"m","type":"t"}}',
    '{"type":"__proto__","__proto__":"x"}',
    '{"type":"constructor","event_id":["x"],"prototype":{}}',
    '{"type":"response.done","response":{"__proto__":[],"output":[{"__proto__":{"type":"message"}}]}}',
    '{"type":"conversation.item.created","item":{"type":"message","content":{"__proto__":[1]}}}',
  ).map((t): Frame => ({ kind: "__proto__ keys", text: t })),
  oneOf([10, 100, 1000, 5000].flatMap(deepFrames)),
);

/** A few big frames, added at fixed places (they cost time: about 16 MB in all). */
const HUGE: Frame[] = [
  { kind: "huge string", text: JSON.stringify({ type: "response.audio.delta", event_id: "e", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: "A".repeat(4_000_000) }) },
  { kind: "huge string", text: JSON.stringify({ type: "response.text.delta", event_id: "e", delta: "\u00e9".repeat(1_000_000) }) },
  { kind: "huge string", text: JSON.stringify({ type: "x".repeat(1_000_000) }) },
  { kind: "huge string", text: "{".repeat(2_000_000) },
  { kind: "huge string", text: JSON.stringify({ type: "response.audio.delta", delta: "!@#$ not base64 ".repeat(100_000) }) },
  ...deepFrames(200_000),
];

/** What the session must make of a frame: an INVALID_FRAME error, or an event of a type. */
const expected = new WeakMap<Frame, { invalid: true } | { type: string }>();
function expectation(frame: Frame): { invalid: true } | { type: string } {
  let e = expected.get(frame);
  if (!e) expected.set(frame, (e = classify(frame)));
  return e;
}

function classify(frame: Frame): { invalid: true } | { type: string } {
  if (frame.binary) return { invalid: true };
  let parsed: unknown;
  try {
    // The text as it crosses the wire (lone surrogates become U+FFFD) and as the client decodes it.
    parsed = JSON.parse(Buffer.from(frame.text!, "utf8").toString("utf8"));
  } catch {
    return { invalid: true };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { invalid: true };
  const type = (parsed as { type?: unknown }).type;
  return typeof type === "string" ? { type } : { invalid: true };
}

const sentinel = (n: number) => ({ type: "response.text.delta", event_id: `sentinel_${n}`, response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: "s" });
const sentinelNumber = (d: Delivery): number | undefined => {
  if (!("event" in d) || d.event.type !== "response.text.delta") return undefined;
  const id = (d.event as { eventId?: unknown }).eventId;
  return typeof id === "string" && id.startsWith("sentinel_") ? Number(id.slice("sentinel_".length)) : undefined;
};

function buildFrames(label: string, count: number): Frame[] {
  const frames = samples(label, frameArb, count - HUGE.length);
  HUGE.forEach((f, i) => frames.splice(Math.floor(((i + 1) * frames.length) / (HUGE.length + 1)), 0, f));
  return frames;
}

/** Pushes every frame, each followed by a sentinel, in batches; resolves when the client has the last sentinel. */
async function pushAll(session: VoiceLiveSession, peer: Peer, frames: Frame[]): Promise<void> {
  for (let start = 0; start < frames.length; start += BATCH) {
    const end = Math.min(start + BATCH, frames.length);
    const last = `sentinel_${end - 1}`;
    const arrived = session.waitFor("response.text.delta", { predicate: (e) => e.eventId === last, timeoutInMs: 15_000 });
    for (let i = start; i < end; i++) {
      const f = frames[i];
      if (f.binary) peer.sendBinary(f.binary);
      else peer.send(f.text!);
      peer.send(sentinel(i));
    }
    await arrived;
  }
}

/** Checks the deliveries of each frame, between its sentinels. */
function checkDeliveries(frames: Frame[], log: Delivery[], validateIncoming: boolean): Record<string, number> {
  const stats: Record<string, number> = {};
  let i = 0;
  let segment: Delivery[] = [];
  for (const d of log) {
    const n = sentinelNumber(d);
    if (n === undefined) {
      segment.push(d);
      continue;
    }
    assert.equal(n, i, "sentinels arrive in order, each once");
    const frame = frames[i];
    const what = `frame #${i} (${frame.kind}): ${frame.binary ? `${frame.binary.length} binary bytes` : JSON.stringify(frame.text!.slice(0, 200))} (FUZZ_SEED=${FUZZ_SEED})`;
    const expects = expectation(frame);
    const shown = segment.map((s) => ("event" in s ? `event ${s.event.type}` : `error ${s.error.code}: ${s.error.message.slice(0, 120)}`));
    if ("invalid" in expects) {
      assert.equal(segment.length, 1, `one delivery for ${what}, got ${JSON.stringify(shown)}`);
      const only = segment[0];
      assert.ok("error" in only && only.error.code === "INVALID_FRAME", `an INVALID_FRAME error for ${what}, got ${JSON.stringify(shown)}`);
      stats["INVALID_FRAME"] = (stats["INVALID_FRAME"] ?? 0) + 1;
    } else {
      const events = segment.filter((s): s is { event: AnyServerEvent } => "event" in s);
      const errors = segment.filter((s): s is { error: VoiceLiveError } => "error" in s);
      assert.equal(events.length, 1, `one event for ${what}, got ${JSON.stringify(shown)}`);
      assert.equal(events[0].event.type, expects.type, `the event has the frame's type (${what})`);
      if (validateIncoming) {
        assert.ok(errors.length <= 1 && errors.every((e) => e.error.code === "SCHEMA_MISMATCH"), `at most a SCHEMA_MISMATCH besides the event for ${what}, got ${JSON.stringify(shown)}`);
        assert.ok(segment[segment.length - 1] === events[0], "the mismatch is reported before the event");
        if (errors.length) stats["SCHEMA_MISMATCH"] = (stats["SCHEMA_MISMATCH"] ?? 0) + 1;
      } else {
        // Without validation, only the cheap shape check of bytes fields speaks: the frame then travels as unknown wire JSON.
        assert.ok(errors.length <= 1 && errors.every((e) => e.error.code === "SCHEMA_MISMATCH" && /delivered as unknown/.test(e.error.message)), `at most a bytes-field mismatch besides the event for ${what}, got ${JSON.stringify(shown)}`);
        assert.equal(isUnknownServerEvent(events[0].event), errors.length === 1 || !isKnownServerEventType(events[0].event.type), `only an unreadable or unknown event is unknown (${what})`);
        if (errors.length) stats["BYTES_MISMATCH"] = (stats["BYTES_MISMATCH"] ?? 0) + 1;
      }
      stats["event"] = (stats["event"] ?? 0) + 1;
    }
    segment = [];
    i++;
  }
  assert.equal(i, frames.length, "every sentinel arrived");
  assert.deepEqual(segment, [], "nothing after the last sentinel");
  return stats;
}

describeGuarded("fuzz: random and malformed incoming frames", function () {
  this.timeout(30_000);
  const series = { plain: buildFrames("incoming frames", FRAMES), validated: buildFrames("incoming frames, validated", FRAMES_VALIDATED) };
  const frames = series.plain;

  it("covers every kind of frame", () => {
    const kinds = new Set(frames.map((f) => f.kind));
    assert.equal(kinds.size, 12, [...kinds].join(", "));
    assert.equal(frames.length, FRAMES);
    const invalid = frames.filter((f) => "invalid" in expectation(f)).length;
    assert.ok(invalid > FRAMES / 4 && invalid < (FRAMES * 3) / 4, `${invalid} of the frames are invalid`);
    const known = new Set(frames.map(expectation).flatMap((e) => ("type" in e && (serverEventTypes as readonly string[]).includes(e.type) ? [e.type] : [])));
    assert.ok(known.size > 20, `${known.size} known event types among them`);
  });

  for (const validateIncoming of [false, true]) {
    const frames = validateIncoming ? series.validated : series.plain;
    it(`${frames.length} frames${validateIncoming ? " with validateIncoming" : ""}: each one is one event or one error, nothing crashes, the session goes on`, async () => {
      await withSession(
        "2026-07-15",
        async ({ session, peer, inbox }) => {
          const log: Delivery[] = [];
          let started = false;
          let iterated = 0;
          session.subscribe({
            onServerEvent: (event) => {
              // session.created (and connected) came before the fuzz; count from the first sentinel's frame on.
              if (started) log.push({ event });
            },
            onError: (error) => {
              if (started) log.push({ error });
            },
          });
          const iterator = session.events();
          const drained = (async () => {
            for await (const event of iterator) {
              if (!started) continue;
              iterated++;
              if ((event as { eventId?: unknown }).eventId === `sentinel_${frames.length - 1}`) break;
            }
          })();
          started = true;
          await pushAll(session, peer, frames);
          await drained;

          const stats = checkDeliveries(frames, log, validateIncoming);
          assert.equal(iterated, log.filter((d) => "event" in d).length, "the events() iterator saw every event");
          assert.ok(stats["INVALID_FRAME"] > 0 && stats["event"] > 0);
          if (validateIncoming) assert.ok(stats["SCHEMA_MISMATCH"] > 0, "garbage in known events is reported with validateIncoming");

          assert.equal(session.state, "connected");
          await session.sendEvent({ type: "input_audio_buffer.commit", eventId: "after_fuzz" });
          assert.deepEqual(await inbox.next(), { type: "input_audio_buffer.commit", event_id: "after_fuzz" });
        },
        { validateIncoming },
      );
    });
  }
});
