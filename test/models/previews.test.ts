/**
 * The published previews the spec does not model are placed on a modelled version by a rule
 * (src/versions.ts). The rule must never make the SDK refuse a frame the preview's own file accepts:
 * every name of the preview that some modelled version lacks (the facts in test/data/inventory.json,
 * `unmodelledVersions`) must exist in the version it is placed on. Event types no modelled version
 * knows pass anyway, as unknown events.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { eventTypesByVersion, isInApiVersion, serverEventTypes, clientEventTypes, validateWireEvent, type VersionedName } from "../../src/models.js";
import { isLabelOnlyEventType, placeApiVersion } from "../../src/versions.js";

interface PreviewFacts {
  source: string;
  clientEventTypes?: string[];
  serverEventTypes?: string[];
  gatedNames?: string[];
}
const inventory = JSON.parse(readFileSync(new URL("../data/inventory.json", import.meta.url), "utf8")) as { unmodelledVersions: Record<string, PreviewFacts | string> };
const previews = Object.entries(inventory.unmodelledVersions).filter((e): e is [string, PreviewFacts] => typeof e[1] === "object");

describe("unmodelled previews", () => {
  it("lists the three published previews the spec does not model", () => {
    assert.deepEqual(previews.map(([v]) => v).sort(), ["2026-01-01-preview", "2026-06-01-preview", "virtual-public-preview"]);
  });

  for (const [version, facts] of previews.filter(([, f]) => f.gatedNames)) {
    describe(version, () => {
      const { schemaVersion, kind } = placeApiVersion(version);

      it(`is placed by its date (on ${schemaVersion})`, () => assert.equal(kind, "dated"));

      it(`has each of its ${facts.gatedNames!.length} version-gated names in ${schemaVersion}`, () => {
        const missing = facts.gatedNames!.filter((n) => !isInApiVersion(n as VersionedName, schemaVersion));
        assert.deepEqual(missing, [], `${version} would be refused these under ${schemaVersion}`);
      });

      it("has each of its known event types in that version, or only a label version has it; the others pass as unknown", () => {
        for (const [direction, types, known] of [
          ["client", facts.clientEventTypes!, clientEventTypes],
          ["server", facts.serverEventTypes!, serverEventTypes],
        ] as const) {
          const inLanding = (t: string) => eventTypesByVersion[schemaVersion][direction].includes(t);
          const refused = types.filter((t) => (known as readonly string[]).includes(t) && !inLanding(t) && !isLabelOnlyEventType(direction, t));
          assert.deepEqual(refused, [], direction);
          // What the landing version lacks passes: unknown to every version, or (2026-06-01-preview's
          // output_audio_buffer.started, which v1 models) known only to a label version).
          for (const t of types.filter((t) => !inLanding(t))) {
            assert.deepEqual(validateWireEvent({ type: t }, direction, version), [], `${direction} ${t}`);
          }
        }
      });
    });
  }

  it("2026-01-01-preview keeps the end_conversation tool that 2026-07-15 and the newer previews refuse", () => {
    const frame = { type: "session.update", session: { tools: [{ type: "end_conversation" }] } };
    assert.deepEqual(validateWireEvent(frame, "client", "2026-01-01-preview"), []);
    assert.equal(validateWireEvent(frame, "client", "2026-06-01-preview")[0]?.rule, "unavailable");
  });

  it("virtual-public-preview, which has no date, is placed with the label version it previews", () => {
    assert.deepEqual(placeApiVersion("virtual-public-preview"), { schemaVersion: "v1", kind: "label" });
  });
});
