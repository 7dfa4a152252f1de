/**
 * The published schema bundles are JSON Schema 2020-12: a standard 2020-12 validator (ajv's) must
 * accept and reject exactly what the SDK's precompiled validators do, frame by frame.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { validateWireEvent } from "../../src/models.js";
import { listDir, readJsonLines } from "./fixtures.js";

function standardValidator(version: string) {
  const schema = JSON.parse(readFileSync(new URL(`../../generated/schema/${version}.json`, import.meta.url), "utf8")) as { $id: string };
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  ajv.addSchema(schema);
  return {
    client: ajv.getSchema(`${schema.$id}#/$defs/ClientEvent`)!,
    server: ajv.getSchema(`${schema.$id}#/$defs/ServerEvent`)!,
    frame: ajv.getSchema(schema.$id)!,
  };
}

describe("the schema bundles under a standard 2020-12 validator", () => {
  for (const version of listDir("valid")) {
    it(`${version}: agrees with the precompiled validators on every fixture frame`, () => {
      const v = standardValidator(version);
      const frames = [
        ...readJsonLines(`valid/${version}/client.jsonl`).map(({ value }) => ({ frame: value, direction: "client" as const })),
        ...readJsonLines(`valid/${version}/server.jsonl`).map(({ value }) => ({ frame: value, direction: "server" as const })),
        // Every invalid fixture, whichever version it was written for: the two validators must agree on each.
        ...readJsonLines<{ apiVersion: string; frame: unknown }>("invalid/client.jsonl")
          .filter(({ value }) => JSON.stringify(value.frame).length < 100_000)
          .map(({ value }) => ({ frame: value.frame, direction: "client" as const })),
      ];
      let invalid = 0;
      for (const { frame, direction } of frames) {
        const ours = validateWireEvent(frame, direction, version).length === 0;
        const standard = v[direction](frame) as boolean;
        assert.equal(standard, ours, `${direction} ${JSON.stringify(frame).slice(0, 160)}`);
        if (!ours) invalid++;
        if (ours) assert.ok(v.frame(frame), "a valid event is a valid frame of the bundle");
      }
      assert.ok(invalid >= 60, `both reject the invalid fixtures (${invalid})`);
    });
  }
});
