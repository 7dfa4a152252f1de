/**
 * Gating between the API versions: each frame below uses one thing that exists in some versions only,
 * and must be valid exactly in the versions that the generated table says have it, whichever
 * versions are modelled. (A new known value of an open union is not gated: any string passes, D8.)
 */
import assert from "node:assert/strict";
import { apiVersions, datedApiVersions, isInApiVersion, labelApiVersions, latestApiVersion, previewApiVersions, validateWireEvent, type VersionedName } from "../../src/models.js";

const cases: { name: VersionedName; direction: "client" | "server"; frame: Record<string, unknown> }[] = [
  { name: "ClientEventInputTextDelta", direction: "client", frame: { type: "input_text.delta", id: "t1", delta: "Hi" } },
  { name: "ClientEventOutputAudioBufferClear", direction: "client", frame: { type: "output_audio_buffer.clear" } },
  { name: "RequestSession.reasoning_effort", direction: "client", frame: { type: "session.update", session: { reasoning_effort: "low" } } },
  { name: "RequestSession.parallel_tool_calls", direction: "client", frame: { type: "session.update", session: { parallel_tool_calls: false } } },
  { name: "EndConversationTool", direction: "client", frame: { type: "session.update", session: { tools: [{ type: "end_conversation" }] } } },
  { name: "MCPServer", direction: "client", frame: { type: "session.update", session: { tools: [{ type: "mcp", server_label: "docs", server_url: "https://mcp.example" }] } } },
  { name: "ResponseCreateParams.invoke_input", direction: "client", frame: { type: "response.create", response: { invoke_input: { q: 1 } } } },
  { name: "ServerEventWarning", direction: "server", frame: { type: "warning", warning: { message: "slow down" } } },
  { name: "ServerEventSessionEndConversationCompleted", direction: "server", frame: { type: "session.end_conversation.completed", id: "call_1" } },
  { name: "ServerEventResponseInvocationDelta", direction: "server", frame: { type: "response.invocation.delta", delta: { kind: "progress" } } },
  { name: "ResponseSession.expires_at", direction: "server", frame: { type: "session.created", session: { id: "s", expires_at: 1785002400 } } },
  {
    name: "ServerEventRealtimeCallIncoming",
    direction: "server",
    frame: { type: "realtime.call.incoming", call_id: "rtc_1", chain_id: "chain_1", state: "WaitingForCustomer" },
  },
  {
    name: "ServerEventRealtimeCallTransferFailed",
    direction: "server",
    frame: { type: "realtime.call.transfer.failed", call_id: "rtc_1", transfer_id: "xfer_1", state: "failed", sip_code: 486 },
  },
  // The label version v1: the OpenAI shapes refused under the dated versions, and the dated ones under v1.
  { name: "RequestSession.audio", direction: "client", frame: { type: "session.update", session: { audio: { input: { format: "pcm16" } } } } },
  { name: "RequestSession.output_modalities", direction: "client", frame: { type: "session.update", session: { output_modalities: ["text"] } } },
  { name: "ResponseCreateParams.reasoning", direction: "client", frame: { type: "response.create", response: { reasoning: { effort: "low" } } } },
  { name: "ServerEventResponseOutputAudioDelta", direction: "server", frame: { type: "response.output_audio.delta", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: "AAAA" } },
  { name: "ServerEventRateLimitsUpdated", direction: "server", frame: { type: "rate_limits.updated", rate_limits: [] } },
  { name: "VoiceLiveResponse.audio", direction: "server", frame: { type: "response.done", response: { audio: { output: { format: "pcm16" } } } } },
  { name: "RequestSession.input_audio_format", direction: "client", frame: { type: "session.update", session: { input_audio_format: "g711_ulaw" } } },
  { name: "RequestSession.modalities", direction: "client", frame: { type: "session.update", session: { modalities: ["text"] } } },
  { name: "ResponseCreateParams.voice", direction: "client", frame: { type: "response.create", response: { voice: "alloy" } } },
  { name: "ServerEventResponseAudioDelta", direction: "server", frame: { type: "response.audio.delta", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: "AAAA" } },
  { name: "ServerEventResponseTextDelta", direction: "server", frame: { type: "response.text.delta", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: "Hi" } },
  { name: "VoiceLiveResponse.output_audio_format", direction: "server", frame: { type: "response.done", response: { output_audio_format: "pcm16" } } },
];

describe("version gating", () => {
  for (const { name, direction, frame } of cases) {
    it(`${name}: valid exactly in ${apiVersions.filter((v) => isInApiVersion(name, v)).join(", ")}`, () => {
      for (const version of apiVersions) {
        const issues = validateWireEvent(frame, direction, version);
        if (isInApiVersion(name, version)) assert.deepEqual(issues, [], `${version}: ${issues[0]?.message}`);
        else assert.equal(issues[0]?.rule, "unavailable", `${version} must refuse it: ${JSON.stringify(issues)}`);
      }
    });
  }

  it("has a case in some versions only for each kind: one dated version, the label only, the dated only, several dated, a dated one on", () => {
    const spans = cases.map(({ name }) => apiVersions.filter((v) => isInApiVersion(name, v)));
    const label = (v: string) => (labelApiVersions as readonly string[]).includes(v);
    const key = (s: string[]) => s.join(",");
    assert.ok(spans.some((s) => key(s) === "2026-04-10"), "2026-04-10 only");
    assert.ok(spans.some((s) => key(s) === labelApiVersions.join(",")), "the label version only");
    assert.ok(spans.some((s) => key(s) === datedApiVersions.join(",")), "every dated version, not the label");
    assert.ok(spans.some((s) => s.length > 1 && s.length < datedApiVersions.length && !s.some(label)), "several dated versions, not the label");
    assert.ok(spans.some((s) => s.some(label) && s.some((v) => !label(v)) && s.length < apiVersions.length), "from a later dated version on, the label included");
    assert.ok(spans.some((s) => key(s) === previewApiVersions.join(",")), "the preview only");
  });

  it("refuses a dated-only shape under v1 at the path of the field, and the v1 shape under a dated version", () => {
    const dated = validateWireEvent({ type: "session.update", session: { instructions: "Hi", voice: "alloy" } }, "client", "v1");
    assert.deepEqual(dated.map((i) => [i.rule, i.wirePath]), [["unavailable", "/session/voice"]]);
    const v1 = validateWireEvent({ type: "session.update", session: { audio: { output: { voice: "alloy" } } } }, "client", latestApiVersion);
    assert.deepEqual(v1.map((i) => [i.rule, i.wirePath]), [["unavailable", "/session/audio"]]);
    assert.deepEqual(validateWireEvent({ type: "session.update", session: { audio: { output: { voice: "alloy" } } } }, "client", "v1"), []);
  });

  it("says where v1 keeps a dated setting it refuses, and how it names a dated event", () => {
    const [moved] = validateWireEvent({ type: "session.update", session: { input_audio_format: "g711_ulaw" } }, "client", "v1");
    assert.match(moved.message, /^session\.inputAudioFormat is not available in api-version v1; v1 has it at audio\.input\.format /);
    const [renamed] = validateWireEvent({ type: "response.text.done", response_id: "r", item_id: "i", output_index: 0, content_index: 0, text: "Hi" }, "server", "v1");
    assert.match(renamed.message, /v1 sends it as response\.output_text\.done/);
    const [dated] = validateWireEvent({ type: "session.update", session: { audio: {} } }, "client", latestApiVersion);
    assert.doesNotMatch(dated.message, /has it at/);
  });
});
