/**
 * Type tests. `npm test` type-checks this file (tsc), so the `@ts-expect-error` lines fail the run if the
 * models stop rejecting what they reject; mocha then runs the parts that have a runtime effect.
 */
import assert from "node:assert/strict";
import {
  deserializeServerEvent,
  serverEventHandlerNames,
  serverEventTypes,
  apiVersions,
  type ClientEvent,
  type ServerEvent,
  type ServerEventMap,
  type TurnDetectionUnion,
} from "../../src/models.js";
import { readJsonLines } from "../spec/fixtures.js";

/** Every server event type, by family. Exhaustive: a new event type makes `never` fail to compile. */
function family(event: ServerEvent): string {
  switch (event.type) {
    case "error":
      return "error";
    case "warning":
      return "warning";
    case "session.created":
    case "session.updated":
    case "session.avatar.connecting":
    case "session.avatar.switch_to_speaking":
    case "session.avatar.switch_to_idle":
    case "session.end_conversation.cancelled":
    case "session.end_conversation.completed":
      return "session";
    case "input_audio_buffer.committed":
    case "input_audio_buffer.cleared":
    case "input_audio_buffer.speech_started":
    case "input_audio_buffer.speech_stopped":
    case "input_audio_buffer.timeout_triggered":
    case "input_audio_buffer.dtmf_event_received":
      return "input_audio_buffer";
    case "conversation.item.created":
    case "conversation.item.input_audio_transcription.completed":
    case "conversation.item.input_audio_transcription.failed":
    case "conversation.item.truncated":
    case "conversation.item.deleted":
    case "conversation.item.input_audio_transcription.delta":
    case "conversation.item.retrieved":
    case "conversation.created":
    case "conversation.item.added":
    case "conversation.item.done":
    case "conversation.item.input_audio_transcription.segment":
      return "conversation";
    case "response.created":
    case "response.done":
    case "response.output_item.added":
    case "response.output_item.done":
    case "response.content_part.added":
    case "response.content_part.done":
    case "response.text.delta":
    case "response.text.done":
    case "response.audio_transcript.delta":
    case "response.audio_transcript.done":
    case "response.audio.delta":
    case "response.audio.done":
    case "response.animation_blendshapes.delta":
    case "response.animation_blendshapes.done":
    case "response.audio_timestamp.delta":
    case "response.audio_timestamp.done":
    case "response.animation_viseme.delta":
    case "response.animation_viseme.done":
    case "response.function_call_arguments.delta":
    case "response.function_call_arguments.done":
    case "response.system_tool_arguments.delta":
    case "response.system_tool_arguments.done":
    case "response.mcp_call_arguments.delta":
    case "response.mcp_call_arguments.done":
    case "response.mcp_call.in_progress":
    case "response.mcp_call.completed":
    case "response.mcp_call.failed":
    case "response.video.delta":
    case "response.web_search_call.searching":
    case "response.web_search_call.in_progress":
    case "response.web_search_call.completed":
    case "response.file_search_call.searching":
    case "response.file_search_call.in_progress":
    case "response.file_search_call.completed":
    case "response.audio_transcript.annotation.added":
    case "response.invocation.delta":
    case "response.output_text.delta":
    case "response.output_text.done":
    case "response.output_audio_transcript.delta":
    case "response.output_audio_transcript.done":
    case "response.output_audio.delta":
    case "response.output_audio.done":
      return "response";
    case "mcp_list_tools.in_progress":
    case "mcp_list_tools.completed":
    case "mcp_list_tools.failed":
      return "mcp_list_tools";
    case "output_audio_buffer.cleared":
    case "output_audio_buffer.started":
    case "output_audio_buffer.stopped":
      return "output_audio_buffer";
    case "realtime.call.incoming":
    case "realtime.call.connected":
    case "realtime.call.disconnected":
    case "realtime.call.failed":
    case "realtime.call.transfer.succeeded":
    case "realtime.call.transfer.failed":
      return "realtime";
    case "rate_limits.updated":
      return "rate_limits";
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** Narrowing on `type` gives the event's own fields, with their TypeScript types. */
function audioBytes(event: ServerEvent): number {
  if (event.type === "response.audio.delta") {
    const bytes: Uint8Array = event.delta;
    return bytes.byteLength;
  }
  if (event.type === "input_audio_buffer.speech_started") return event.audioStartInMs;
  return 0;
}

function threshold(td: TurnDetectionUnion): number | undefined {
  return td.type === "server_vad" && "threshold" in td ? td.threshold : undefined;
}

// Wrong literals and missing required fields do not compile.
// @ts-expect-error: "session.updat" is not a client event type
const misspelled: ClientEvent = { type: "session.updat", session: {} };
// @ts-expect-error: conversation.item.truncate needs audioEndInMs
const incomplete: ClientEvent = { type: "conversation.item.truncate", itemId: "item_1", contentIndex: 0 };
// @ts-expect-error: threshold is a number
const wrongField: ClientEvent = { type: "session.update", session: { turnDetection: { type: "server_vad", threshold: "high" } } };
// @ts-expect-error: the wire name is not the model name
const wireName: ClientEvent = { type: "input_audio_buffer.append", audio: "AAA=", event_id: "e" };
// An open string union still offers its known values, and takes others.
const openValue: ClientEvent = { type: "session.update", session: { modalities: ["text", "audio", "hologram"] } };

// The map from type to model agrees with the union.
type Check<T extends true> = T;
type _MapCoversUnion = Check<ServerEvent extends ServerEventMap[keyof ServerEventMap] ? true : false>;
type _HandlerPerType = Check<keyof typeof serverEventHandlerNames extends ServerEvent["type"] ? (ServerEvent["type"] extends keyof typeof serverEventHandlerNames ? true : false) : false>;

describe("types", () => {
  it("the exhaustive switch names a family for every server event of the fixtures", () => {
    const frames = apiVersions.flatMap((version) => readJsonLines(`valid/${version}/server.jsonl`));
    const seen = new Set<string>();
    for (const { value } of frames) {
      const event = deserializeServerEvent(value);
      assert.notEqual(family(event), undefined, event.type);
      seen.add(event.type);
    }
    assert.equal(seen.size, serverEventTypes.length);
  });

  it("narrowing reaches typed fields", () => {
    const event = deserializeServerEvent({ type: "response.audio.delta", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: "AAECAw==" });
    assert.equal(audioBytes(event), 4);
    assert.equal(threshold({ type: "server_vad", threshold: 0.4 }), 0.4);
    assert.equal(serverEventHandlerNames.error, "onServerError");
    assert.equal(serverEventHandlerNames["response.audio.delta"], "onResponseAudioDelta");
    void [misspelled, incomplete, wrongField, wireName, openValue];
  });
});
