/**
 * The `Known*` constants are generated from the spec's unions, named as `@azure/ai-voicelive` names
 * its `Known*` enums, so that code written against it carries over.
 */
import assert from "node:assert/strict";
import * as official from "@azure/ai-voicelive";
import * as root from "../../src/index.js";
import { KnownOAIVoice, KnownServerEventType, KnownTurnDetectionType, serverEventTypes } from "../../src/models.js";

const knownOf = (module: object) =>
  Object.fromEntries(Object.entries(module).filter(([name]) => name.startsWith("Known"))) as Record<string, Record<string, string>>;

describe("Known* constants", () => {
  it("has every Known* of @azure/ai-voicelive, with the same member for each value", () => {
    const theirs = knownOf(official);
    const ours = knownOf(root);
    assert.ok(Object.keys(theirs).length >= 31);
    const mismatches: string[] = [];
    for (const [name, values] of Object.entries(theirs)) {
      if (!ours[name]) {
        mismatches.push(`${name} is missing`);
        continue;
      }
      for (const [member, value] of Object.entries(values)) {
        if (ours[name][member] !== value) mismatches.push(`${name}.${member}: theirs ${JSON.stringify(value)}, ours ${JSON.stringify(ours[name][member])}`);
      }
    }
    assert.deepEqual(mismatches, []);
  });

  it("are `as const` objects of the spec's values", () => {
    assert.equal(KnownOAIVoice.Alloy, "alloy");
    assert.equal(KnownTurnDetectionType.AzureSemanticVadMultilingual, "azure_semantic_vad_multilingual");
    assert.deepEqual(new Set(Object.values(KnownServerEventType)), new Set(serverEventTypes));
  });
});
