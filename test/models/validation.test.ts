/** The validation API: events in model form, errors in the user's camelCase terms. */
import assert from "node:assert/strict";
import { modelPath, unknownEventType, validateClientEvent, validateServerEvent, type ClientEvent } from "../../src/models.js";

describe("validateClientEvent", () => {
  it("accepts a valid event and returns no issues", () => {
    const event: ClientEvent = {
      type: "session.update",
      session: { instructions: "Be brief.", turnDetection: { type: "server_vad", threshold: 0.5, silenceDurationInMs: 400 } },
    };
    assert.deepEqual(validateClientEvent(event), []);
  });

  it("names the field in camelCase, with the rule, the limit and the value", () => {
    const issues = validateClientEvent({ type: "session.update", session: { turnDetection: { type: "server_vad", threshold: 1.5 } } });
    assert.deepEqual(issues, [
      {
        message: "session.turnDetection.threshold must be <= 1 (got 1.5)",
        wirePath: "/session/turn_detection/threshold",
        path: "session.turnDetection.threshold",
        rule: "maximum",
        limit: 1,
      },
    ]);
  });

  it("applies a known variant's rules instead of passing it as the base", () => {
    const [issue] = validateClientEvent({ type: "session.update", session: { tools: [{ type: "function" } as never] } });
    assert.equal(issue.message, "session.tools[0].name is required");
    assert.equal(issue.rule, "required");
  });

  it("follows the discriminator through nested unions (item → message role → content part)", () => {
    const [issue] = validateClientEvent({
      type: "conversation.item.create",
      item: { type: "message", role: "user", content: [{ type: "input_audio", audio: "AAA=" }, { type: "input_text", text: 7 as never }] },
    });
    assert.equal(issue.path, "item.content[1].text");
    assert.equal(issue.wirePath, "/item/content/1/text");
    assert.equal(issue.rule, "type");
  });

  it("refuses in an older version what only a newer one has, and accepts it in the newer", () => {
    const event: ClientEvent = { type: "session.update", session: { reasoningEffort: "low" } };
    const [issue] = validateClientEvent(event, "2025-10-01");
    assert.equal(issue.message, 'session.reasoningEffort is not available in api-version 2025-10-01 (got "low")');
    assert.equal(issue.rule, "unavailable");
    assert.deepEqual(validateClientEvent(event, "2026-07-15"), []);
    assert.equal(validateClientEvent({ type: "input_text.done", id: "t1" }, "2025-10-01")[0].wirePath, "/type");
  });

  it("maps other api-version strings to the modelled version that applies", () => {
    const event: ClientEvent = { type: "output_audio_buffer.clear" };
    assert.equal(validateClientEvent(event, "2025-05-01-preview")[0].rule, "unavailable");
    assert.deepEqual(validateClientEvent(event, "2026-04-10"), []);
    assert.deepEqual(validateClientEvent(event, "v1"), []);
  });

  it("lets unknown fields and unknown event types through", () => {
    assert.deepEqual(validateClientEvent({ type: "session.update", session: { futureKnob: 3 } as never }), []);
    assert.deepEqual(validateClientEvent({ type: unknownEventType("brand.new.event"), some_field: [1, 2] }), []);
  });

  it("keeps the keys of free-form values as they are in paths", () => {
    const long = "k".repeat(65);
    const [issue] = validateClientEvent({ type: "response.create", response: { metadata: { [long]: "v" } } });
    assert.equal(issue.rule, "propertyName");
    assert.equal(issue.path, "response.metadata");
    assert.equal(modelPath({ type: "session.update", session: { metadata: { some_key: 3 } } }, "client", "/session/metadata/some_key"), "session.metadata.some_key");
    assert.equal(modelPath({ type: "session.update", session: { future_field: { a_b: 1 } } }, "client", "/session/future_field/a_b"), "session.future_field.a_b");
  });

  it("checks the 15 MiB audio limit", () => {
    const [issue] = validateClientEvent({ type: "input_audio_buffer.append", audio: "A".repeat(15 * 1024 * 1024 + 4) });
    assert.equal(issue.message, "audio must be at most 15728640 characters long (got 15728644 characters)");
  });

  it("describes a frame that is not an object", () => {
    const [issue] = validateClientEvent("hello" as never);
    assert.equal(issue.rule, "type");
    assert.equal(issue.path, "");
    assert.match(issue.message, /^the client event must be an object/);
  });
});

describe("validateServerEvent", () => {
  it("accepts null where the service sends it, and nowhere else", () => {
    const wireError = { type: "error" as const, error: { type: "invalid_request_error", message: "bad", code: null, param: null, eventId: null } };
    assert.deepEqual(validateServerEvent(wireError), []);
    const [issue] = validateServerEvent({ type: "response.text.delta", responseId: "r", itemId: "i", outputIndex: 0, contentIndex: 0, delta: null as never });
    assert.equal(issue.message, "delta must be a string (got null)");
  });
});
