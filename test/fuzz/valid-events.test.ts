/**
 * Fuzz, suite 1: client events generated from the wire JSON Schema of each API version are valid
 * everywhere they should be, and lossless.
 *
 * For every client event type of every version, random frames built from `generated/schema/<version>.json`:
 * - pass the standard 2020-12 validator (ajv), so the generator itself is checked;
 * - pass the SDK's validation (`validateWireEvent`) of that version;
 * - deserialize to a model and serialize back to the same wire JSON;
 * - sent by a real session (`sendEvent(model)`) arrive at a real `ws` server as exactly that JSON,
 *   with an `event_id` added when the frame had none.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import type { ValidateFunction } from "ajv";
import { deserializeClientEvent } from "../../generated/server-serializers.js";
import { serializeClientEvent } from "../../generated/serializers.js";
import { eventTypesByVersion, type ApiVersion } from "../../generated/tables.js";
import { loadValidators } from "../../src/validators.js";
import { validateClientEvent, validateWireEvent } from "../../src/validation.js";
import { describeGuarded } from "../session/server.js";
import { checkAsync } from "./config.js";
import { standardClientValidator, withSession, withoutEventId } from "./helpers.js";
import { SchemaArbitraries, loadBundle } from "./schema-arbitrary.js";

/** Runs per event type and version: 35 types in all, about 1,000 sends over the socket. */
const RUNS_PER_TYPE = 30;

describeGuarded("fuzz: valid client events from the schema are accepted and round-trip", function () {
  this.timeout(20_000);

  for (const version of Object.keys(eventTypesByVersion) as ApiVersion[]) {
    const bundle = loadBundle(version);
    const arbitraries = new SchemaArbitraries(bundle);
    let standard: ValidateFunction | undefined;

    for (const type of eventTypesByVersion[version].client) {
      it(`${version} ${type}: valid, lossless, and sent as is (${RUNS_PER_TYPE} runs)`, async () => {
        await loadValidators(version);
        standard ??= standardClientValidator(bundle);
        const validStandard = standard;
        let withId = 0;
        await withSession(version, async ({ session, inbox }) => {
          assert.equal(session.schemaVersion, version);
          await checkAsync(
            `valid ${version} ${type}`,
            fc.asyncProperty(arbitraries.clientEvent(type), async ({ value }) => {
              const wire = value as Record<string, unknown>;
              assert.equal(wire.type, type);
              // The generator is not trusted: a standard validator must agree that the frame is valid.
              assert.equal(validStandard(wire), true, `the standard validator rejects the generated frame: ${JSON.stringify(validStandard.errors?.[0])}`);
              assert.deepEqual(validateWireEvent(wire, "client", version), [], "our validator accepts it");

              const model = deserializeClientEvent(structuredClone(wire));
              assert.equal(model.type, type);
              assert.deepEqual(serializeClientEvent(model), wire, "deserialize → serialize gives the same wire JSON");
              assert.deepEqual(validateClientEvent(model, version), [], "the model validates too");

              assert.equal(inbox.pending, 0);
              await session.sendEvent(model);
              const received = await inbox.next();
              assert.equal(inbox.pending, 0, "exactly one frame per send");
              assert.deepEqual(withoutEventId(received), withoutEventId(wire), "the server got exactly the generated frame");
              if (wire.event_id !== undefined) {
                withId++;
                assert.equal(received.event_id, wire.event_id, "a given event_id is kept");
              } else {
                assert.equal(typeof received.event_id, "string", "an event_id is added");
                assert.ok((received.event_id as string).length > 0);
              }
            }),
            { numRuns: RUNS_PER_TYPE },
          );
        });
        // Both shapes (with and without event_id) were exercised.
        assert.ok(withId > 0 && withId < RUNS_PER_TYPE, `event_id present in ${withId} of ${RUNS_PER_TYPE} runs`);
      });
    }
  }
});
