/**
 * Fuzz, suite 2: a valid generated client event with one mutation that the schema makes invalid
 * (wrong JSON type, null where not allowed, a value outside a closed enum, a string over maxLength, a
 * number out of range, a missing required key, a key the version lacks, a map over its limits) is
 * refused by a real session's send:
 * - with a `VoiceLiveValidationError` whose first issue names the mutated place, as a wire pointer and
 *   as the camelCase path of the models, with the rule that broke;
 * - without a single byte reaching the server (a probe sent right after is the next frame it gets);
 * - and the session stays usable (the probe goes through).
 * The standard 2020-12 validator decides whether a mutation really is invalid; only those are used.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import type { ValidateFunction } from "ajv";
import { deserializeClientEvent } from "../../generated/server-serializers.js";
import { serializeClientEvent } from "../../generated/serializers.js";
import { eventTypesByVersion, type ApiVersion } from "../../generated/tables.js";
import { loadValidators } from "../../src/validators.js";
import { isVoiceLiveValidationError, type VoiceLiveValidationError } from "../../src/index.js";
import { validateWireEvent } from "../../src/validation.js";
import { describeGuarded } from "../session/server.js";
import { checkAsync } from "./config.js";
import { standardClientValidator, withSession } from "./helpers.js";
import { formatModelPath, modelNamesOf, mutationsOf, pointerOf, type Mutation, type MutationKind } from "./mutations.js";
import { SchemaArbitraries, loadBundle } from "./schema-arbitrary.js";

/** Runs per event type and version: 35 types, about 800 refused sends and as many probes. */
const RUNS_PER_TYPE = 25;

describeGuarded("fuzz: mutated client events are refused at the right path, and nothing is sent", function () {
  this.timeout(20_000);
  /** How often each kind of mutation was applied, over the whole suite. */
  const applied = new Map<MutationKind, number>();

  for (const version of Object.keys(eventTypesByVersion) as ApiVersion[]) {
    const bundle = loadBundle(version);
    const arbitraries = new SchemaArbitraries(bundle);
    let standard: ValidateFunction | undefined;

    for (const type of eventTypesByVersion[version].client) {
      it(`${version} ${type}: each mutation is refused, names its path, and sends nothing (${RUNS_PER_TYPE} runs)`, async () => {
        await loadValidators(version);
        standard ??= standardClientValidator(bundle);
        const oracle = standard;
        let probes = 0;
        let refused = 0;
        await withSession(version, async ({ session, inbox }) => {
          await checkAsync(
            `mutated ${version} ${type}`,
            fc.asyncProperty(arbitraries.clientEvent(type), fc.nat(), fc.nat(), async ({ value, meta }, pickKind, pickPlace) => {
              const valid = value as Record<string, unknown>;
              // A kind first, then a place, so that the rarer kinds (enum, range, map limits) get their share.
              // Only what a standard validator also rejects counts as a mutation: try the next one otherwise.
              const all = mutationsOf(arbitraries, valid, meta);
              const kinds = [...new Set(all.map((c) => c.kind))];
              let chosen: { m: Mutation; frame: Record<string, unknown> } | undefined;
              for (let k = 0; k < kinds.length && !chosen; k++) {
                const ofKind = all.filter((c) => c.kind === kinds[(pickKind + k) % kinds.length]);
                for (let j = 0; j < ofKind.length && !chosen; j++) {
                  const m = ofKind[(pickPlace + j) % ofKind.length];
                  const frame = m.apply(valid);
                  if (!oracle(frame)) chosen = { m, frame };
                }
              }
              if (!chosen) return;
              const { m, frame } = chosen;
              const pointer = pointerOf(m.at);
              const context = `${m.what} at ${pointer} of ${JSON.stringify(valid).slice(0, 400)}`;

              // The expected model path: the names the deserializer gives along the way (the removed key's from the valid frame).
              const model = deserializeClientEvent(structuredClone(frame));
              assert.deepEqual(serializeClientEvent(model), frame, `an invalid frame round-trips unchanged too (${context})`);
              const names =
                m.kind === "required"
                  ? [...modelNamesOf(frame, model, m.at.slice(0, -1)), ...modelNamesOf(valid, deserializeClientEvent(structuredClone(valid)), m.at).slice(-1)]
                  : modelNamesOf(frame, model, m.at);
              const path = formatModelPath(names);

              const direct = validateWireEvent(frame, "client", version);
              assert.equal(direct.length, 1, `validateWireEvent refuses it (${context})`);

              let error: VoiceLiveValidationError | undefined;
              await session.sendEvent(model).then(
                () => assert.fail(`the send went through (${context})`),
                (e: unknown) => {
                  assert.ok(isVoiceLiveValidationError(e), `a VoiceLiveValidationError, got ${String(e)} (${context})`);
                  error = e;
                },
              );
              const issue = error!.issues[0];
              assert.equal(error!.eventType, type);
              assert.equal(issue.wirePath, pointer, `wire path of "${issue.message}" (${context})`);
              assert.equal(issue.path, path, `model path of "${issue.message}" (${context})`);
              assert.ok(m.rules.includes(issue.rule), `rule ${issue.rule} of "${issue.message}", expected ${m.rules.join(" or ")} (${context})`);
              assert.deepEqual(issue, direct[0], "the same issue as validateWireEvent's");
              refused++;
              applied.set(m.kind, (applied.get(m.kind) ?? 0) + 1);

              // Nothing was written: the next frame the server gets is a probe sent now, and the session still sends.
              const probeId = `probe_${probes++}`;
              await session.sendEvent({ type: "input_audio_buffer.commit", eventId: probeId });
              const next = await inbox.next();
              assert.deepEqual(next, { type: "input_audio_buffer.commit", event_id: probeId }, `the refused event reached the server (${context})`);
              assert.equal(session.state, "connected");
            }),
            { numRuns: RUNS_PER_TYPE },
          );
          assert.equal(inbox.all.length, probes, "the server received the probes and nothing else");
        });
        const mutable = !["input_audio_buffer.commit", "input_audio_buffer.clear", "input_audio.clear", "output_audio_buffer.clear", "response.cancel"].includes(type);
        if (mutable) assert.ok(refused > RUNS_PER_TYPE / 2, `most runs found a mutation (${refused} of ${RUNS_PER_TYPE})`);
      });
    }
  }

  // Found by this suite: a wrong-typed discriminator inside a union (`voice`, `tool_choice`) was reported at
  // the union ("response.voice must be a string") instead of at the discriminator. Fixed in src/validation.ts.
  it("names a wrong-typed discriminator inside a union, not the union (regression)", async () => {
    await loadValidators("2026-07-15");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ type: "response.create", response: { voice: { type: true, name: "x" } } }, "/response/voice/type", "response.voice.type"],
      [{ type: "session.update", session: { tool_choice: { type: 5, name: "f" } } }, "/session/tool_choice/type", "session.toolChoice.type"],
    ];
    for (const [frame, wirePath, path] of cases) {
      const [issue] = validateWireEvent(frame, "client", "2026-07-15");
      assert.deepEqual([issue.wirePath, issue.path, issue.rule], [wirePath, path, "type"], issue.message);
    }
  });

  it("exercised every kind of mutation", () => {
    const kinds: MutationKind[] = ["type", "null", "enum", "maxLength", "range", "required", "unavailable", "maxProperties", "propertyName"];
    const missing = kinds.filter((k) => !applied.get(k));
    assert.deepEqual(missing, [], `applied: ${JSON.stringify(Object.fromEntries(applied))}`);
  });
});
