/** Serializers and deserializers: camelCase models ↔ snake_case wire JSON, without losing anything. */
import assert from "node:assert/strict";
import {
  deserializeClientEvent,
  deserializeServerEvent,
  serializeClientEvent,
  serializeServerEvent,
  type ServerEventResponseAudioDelta,
  type ServerEventSessionCreated,
} from "../../src/models.js";

describe("serializers", () => {
  it("renames fields to wire names, *_ms as *InMs, and leaves free-form keys alone", () => {
    const wire = serializeClientEvent({
      type: "session.update",
      eventId: "evt_1",
      session: {
        turnDetection: { type: "azure_semantic_vad", silenceDurationInMs: 300, endOfUtteranceDetection: { model: "semantic_detection_v1", timeoutInMs: 800 } },
        tools: [{ type: "function", name: "lookup", parameters: { type: "object", properties: { cityName: { type: "string" } }, additionalProperties: false } }],
        metadata: { callerId: "42", trace_id: "t" },
      },
    });
    assert.deepEqual(wire, {
      type: "session.update",
      event_id: "evt_1",
      session: {
        turn_detection: { type: "azure_semantic_vad", silence_duration_ms: 300, end_of_utterance_detection: { model: "semantic_detection_v1", timeout_ms: 800 } },
        tools: [{ type: "function", name: "lookup", parameters: { type: "object", properties: { cityName: { type: "string" } }, additionalProperties: false } }],
        metadata: { callerId: "42", trace_id: "t" },
      },
    });
  });

  it("keeps unknown fields, under their wire names, in both directions", () => {
    const wire = { type: "session.update", session: { future_knob: { nested_key: 1 }, voice: { type: "azure-standard", name: "en-US-Ava", new_voice_flag: true } } };
    const model = deserializeClientEvent(wire) as unknown as { session: Record<string, unknown> };
    assert.deepEqual(model.session.future_knob, { nested_key: 1 });
    assert.equal((model.session.voice as Record<string, unknown>).new_voice_flag, true);
    assert.deepEqual(serializeClientEvent(deserializeClientEvent(wire)), wire);
  });

  it("returns an event of an unknown type as its wire JSON, untouched", () => {
    const wire = { type: "response.hologram.delta", event_id: "e1", hologram_frame: { x_y: 1 } };
    assert.equal(deserializeServerEvent(wire), wire);
    assert.deepEqual(serializeServerEvent(deserializeServerEvent(wire)), wire);
  });

  it("decodes base64 bytes into a Uint8Array that owns its memory", () => {
    const samples = new Int16Array([0, 1000, -1000, 32767]);
    const delta = Buffer.from(samples.buffer).toString("base64");
    const event = deserializeServerEvent({ type: "response.audio.delta", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta }) as ServerEventResponseAudioDelta;
    assert.ok(event.delta instanceof Uint8Array);
    assert.equal(event.delta.byteOffset, 0);
    assert.deepEqual(Array.from(new Int16Array(event.delta.buffer, 0, 4)), [0, 1000, -1000, 32767]);
    assert.equal((serializeServerEvent(event) as { delta: string }).delta, delta);
  });

  it("turns Unix seconds into a Date and back", () => {
    const wire = { type: "session.created", event_id: "e", session: { id: "sess_1", expires_at: 1790000000, turn_detection: null } };
    const event = deserializeServerEvent(wire) as ServerEventSessionCreated;
    assert.ok(event.session.expiresAt instanceof Date);
    assert.equal(event.session.expiresAt.getTime(), 1790000000 * 1000);
    assert.equal(event.session.turnDetection, null);
    assert.deepEqual(serializeServerEvent(event), wire);
  });

  it("passes values of an unexpected shape through instead of throwing", () => {
    const wire = { type: "response.done", response: "not an object", extra: [1] };
    assert.deepEqual(serializeServerEvent(deserializeServerEvent(wire)), wire);
    const odd = { type: "response.output_item.added", response_id: "r", output_index: 0, item: [1, 2] };
    assert.deepEqual(serializeServerEvent(deserializeServerEvent(odd)), odd);
  });

  it("copies keys named like Object.prototype members as plain own keys, and leaves the prototype alone", () => {
    // JSON.parse makes `__proto__` an own key; an assignment would have replaced the copy's prototype instead.
    const wire = JSON.parse('{"type":"response.output_item.added","response_id":"r","output_index":0,"item":{"id":"i","type":"message","__proto__":{"polluted":true},"constructor":"c","toString":"t"}}');
    const event = deserializeServerEvent(wire) as unknown as { item: Record<string, unknown> };
    assert.equal(Object.getPrototypeOf(event.item), Object.prototype);
    assert.equal((event.item as { polluted?: unknown }).polluted, undefined);
    assert.deepEqual(Object.getOwnPropertyDescriptor(event.item, "__proto__")?.value, { polluted: true });
    assert.equal(event.item.constructor, "c");
    assert.equal(event.item.toString, "t");
    assert.deepEqual(JSON.parse(JSON.stringify(serializeServerEvent(event as never))), wire);
  });

  it("leaves out fields whose value is undefined, in both directions", () => {
    const wire = serializeClientEvent({ type: "response.create", eventId: undefined, response: { instructions: undefined, maxOutputTokens: 5 } });
    assert.deepEqual(wire, { type: "response.create", response: { max_output_tokens: 5 } });
    assert.ok(!("eventId" in (deserializeServerEvent({ type: "response.done", event_id: undefined, response: { id: "r" } }) as object)));
  });
});
