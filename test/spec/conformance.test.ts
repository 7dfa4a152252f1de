/**
 * Schema conformance on fixtures of wire frames (test/fixtures, JSON Lines):
 * - every valid frame validates for its API version and survives deserialize → serialize unchanged;
 * - every event type of each version has at least one valid frame;
 * - every invalid frame (client and server) is rejected at the expected wire path, for the expected rule;
 * - frames with things no version knows (event types, fields, variants) pass and round-trip.
 */
import assert from "node:assert/strict";
import {
  deserializeClientEvent,
  deserializeServerEvent,
  eventTypesByVersion,
  serializeClientEvent,
  serializeServerEvent,
  type ApiVersion,
} from "../../src/models.js";
import { validateWireEvent, type EventDirection } from "../../src/validation.js";
import { listDir, readJsonLines } from "./fixtures.js";

const roundTrip = (frame: Record<string, unknown>, direction: EventDirection) =>
  direction === "client"
    ? serializeClientEvent(deserializeClientEvent(frame))
    : serializeServerEvent(deserializeServerEvent(frame));

describe("schema conformance: valid frames", () => {
  for (const version of listDir("valid") as ApiVersion[]) {
    for (const direction of ["client", "server"] as const) {
      const frames = readJsonLines(`valid/${version}/${direction}.jsonl`);

      it(`${version} ${direction}: every frame validates and round-trips unchanged (${frames.length} frames)`, () => {
        for (const { line, value } of frames) {
          assert.deepEqual(validateWireEvent(value, direction, version), [], `line ${line}: ${JSON.stringify(value).slice(0, 200)}`);
          assert.deepEqual(roundTrip(value, direction), value, `line ${line} changed in a round trip`);
        }
      });

      it(`${version} ${direction}: covers every event type of the version`, () => {
        const seen = new Set(frames.map(({ value }) => value.type));
        const missing = eventTypesByVersion[version][direction].filter((t) => !seen.has(t));
        assert.deepEqual(missing, []);
        assert.equal(seen.size, eventTypesByVersion[version][direction].length, "no frame of a type outside the version");
      });
    }
  }
});

for (const direction of ["client", "server"] as const) {
  describe(`schema conformance: invalid ${direction} frames`, () => {
    const cases = readJsonLines<{ apiVersion: string; why: string; path: string; rule: string; frame: unknown }>(`invalid/${direction}.jsonl`);

    it(`has enough cases (${cases.length})`, () => assert.ok(cases.length >= (direction === "client" ? 60 : 10)));

    for (const { line, value: c } of cases) {
      it(`line ${line} (${c.apiVersion}): ${c.why}`, () => {
        const issues = validateWireEvent(c.frame, direction, c.apiVersion);
        assert.equal(issues.length, 1, "rejected");
        assert.equal(issues[0].wirePath, c.path, issues[0].message);
        assert.equal(issues[0].rule, c.rule, issues[0].message);
      });
    }
  });
}

describe("schema conformance: what no version knows passes through", () => {
  for (const { line, value: c } of readJsonLines<{ apiVersion: string; direction: EventDirection; why: string; frame: Record<string, unknown> }>("unknown/frames.jsonl")) {
    it(`line ${line} (${c.apiVersion} ${c.direction}): ${c.why}`, () => {
      assert.deepEqual(validateWireEvent(c.frame, c.direction, c.apiVersion), []);
      assert.deepEqual(roundTrip(c.frame, c.direction), c.frame);
    });
  }
});
