/**
 * Gating between the API versions: each frame below uses one thing that exists in some versions only,
 * and must be valid exactly in the versions that the generated table says have it, whichever
 * versions are modelled. (A new known value of an open union is not gated: any string passes, D8.)
 */
import assert from "node:assert/strict";
import { apiVersions, isInApiVersion, validateWireEvent, type VersionedName } from "../../src/models.js";

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

  it("has a case for each span: 2026-04-10 only, from 2026-07-15 on, from 2026-04-10 on, the preview only", () => {
    const spans = new Set(cases.map(({ name }) => apiVersions.filter((v) => isInApiVersion(name, v)).join(",")));
    assert.ok(spans.has("2026-04-10"), "2026-04-10 only");
    assert.ok(spans.has("2026-07-15,2026-07-31-preview"), "from 2026-07-15 on");
    assert.ok(spans.has("2026-04-10,2026-07-15,2026-07-31-preview"), "from 2026-04-10 on");
    assert.ok(spans.has("2026-07-31-preview"), "2026-07-31-preview only");
  });
});
