/**
 * MCP servers: listing after `session.update`, calls in a response, and the approval wait. The order
 * of events follows the official live tests (Azure/azure-sdk-for-js, sdk/ai/ai-voicelive/test/integration:
 * mcpServerConnection.spec.ts and mcpApprovalWorkflow.spec.ts); see src/emulator/mcp.ts.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "../../src/index.js";
import { lastMcpOutput, scriptedResponder, startEmulator, type EmulatorMcpServer, type Responder, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { open, type WireClient, type WireFrame } from "./helpers.js";

const docs: EmulatorMcpServer = {
  tools: [
    { name: "search_docs", description: "Searches the docs", inputSchema: { type: "object", properties: { query: { type: "string" } } } },
    { name: "fetch_page", inputSchema: { type: "object", properties: { url: { type: "string" } } } },
  ],
  call: (tool, args) => {
    if (tool === "fetch_page") throw new Error("page not found");
    return `3 results for ${(args as { query: string }).query}`;
  },
};
const docsTool = (extra: object = {}) => ({ type: "mcp", server_label: "docs", server_url: "https://docs.example/mcp", require_approval: "never", ...extra });
const ask = { type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: "Find the timeout" }] } };
const types = (frames: WireFrame[]) => frames.map((f) => f.type).filter((t, i, all) => !(t.endsWith(".delta") && all[i - 1] === t));

describe("emulator: MCP servers", () => {
  const emulators: VoiceLiveEmulator[] = [];
  const clients: WireClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(emulators.splice(0).map((e) => e.close()));
  });
  async function start(responder?: Responder): Promise<VoiceLiveEmulator> {
    const emulator = await startEmulator({ mcpServers: { docs, down: { unreachable: true } }, responder });
    emulators.push(emulator);
    return emulator;
  }
  async function session(emulator: VoiceLiveEmulator): Promise<WireClient> {
    const c = await open(emulator);
    clients.push(c);
    return c;
  }

  it("lists a declared server's tools after session.updated, and fails to list an unreachable or undeclared one", async () => {
    const c = await session(await start());
    c.send({ type: "session.update", session: { turn_detection: null, tools: [docsTool({ allowed_tools: ["search_docs"] }), { type: "mcp", server_label: "down", server_url: "https://down.example" }] } });
    const frames = await c.until("mcp_list_tools.failed");
    assert.deepEqual(types(frames), [
      "session.updated",
      "conversation.item.created",
      "mcp_list_tools.in_progress",
      "mcp_list_tools.completed",
      "conversation.item.created",
      "mcp_list_tools.in_progress",
      "mcp_list_tools.failed",
    ]);
    const docsItem = frames[1].item as { id: string; type: string; server_label: string };
    assert.deepEqual([docsItem.type, docsItem.server_label], ["mcp_list_tools", "docs"]);
    assert.deepEqual([frames[2].item_id, frames[3].item_id], [docsItem.id, docsItem.id]);
    // The item now holds the allowed tools, in wire form.
    c.send({ type: "conversation.item.retrieve", item_id: docsItem.id });
    const listed = (await c.nextWire("conversation.item.retrieved")).item as { tools: Record<string, unknown>[] };
    assert.deepEqual(listed.tools, [{ name: "search_docs", description: "Searches the docs", input_schema: { type: "object", properties: { query: { type: "string" } } } }]);
    // Listed once: a later update with the same server lists nothing again; an undeclared one fails.
    c.send({ type: "session.update", session: { tools: [docsTool(), { type: "mcp", server_label: "nowhere", server_url: "https://nowhere.example" }] } });
    assert.deepEqual(types(await c.until("mcp_list_tools.failed")), ["session.updated", "conversation.item.created", "mcp_list_tools.in_progress", "mcp_list_tools.failed"]);
  });

  it("runs a call in the response, then lets the model speak about its output in the same response", async () => {
    const responder = scriptedResponder([{ mcpCalls: [{ serverLabel: "docs", name: "search_docs", arguments: '{"query":"silence timeout"}' }] }, (input) => ({ text: `Found: ${lastMcpOutput(input)}.` })]);
    const c = await session(await start(responder));
    c.send({ type: "session.update", session: { turn_detection: null, modalities: ["text"], tools: [docsTool()] } });
    await c.nextWire("mcp_list_tools.completed");
    c.send(ask);
    c.send({ type: "response.create" });
    const frames = await c.until("response.done");
    assert.deepEqual(types(frames).slice(1), [
      "response.created",
      "response.output_item.added",
      "conversation.item.created",
      "response.mcp_call_arguments.delta",
      "response.mcp_call_arguments.done",
      "response.mcp_call.in_progress",
      "response.mcp_call.completed",
      "response.output_item.done",
      "response.output_item.added",
      "conversation.item.created",
      "response.content_part.added",
      "response.text.delta",
      "response.text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.done",
    ]);
    const call = frames.find((f) => f.type === "response.output_item.done")!.item as Record<string, unknown>;
    assert.deepEqual([call.type, call.server_label, call.name, call.arguments, call.output], ["mcp_call", "docs", "search_docs", '{"query":"silence timeout"}', "3 results for silence timeout"]);
    assert.equal(frames.find((f) => f.type === "response.text.done")!.text, "Found: 3 results for silence timeout.");
    const done = frames[frames.length - 1].response as { output: { type: string }[] };
    assert.deepEqual(done.output.map((i) => i.type), ["mcp_call", "message"]);
  });

  it("fails a call whose tool throws, or that the server does not list", async () => {
    const responder = scriptedResponder([
      {
        mcpCalls: [
          { serverLabel: "docs", name: "fetch_page", arguments: '{"url":"x"}' },
          { serverLabel: "docs", name: "delete_everything", arguments: "{}" },
        ],
        text: "Sorry.",
      },
    ]);
    const c = await session(await start(responder));
    c.send({ type: "session.update", session: { turn_detection: null, modalities: ["text"], tools: [docsTool()] } });
    await c.nextWire("mcp_list_tools.completed");
    c.send({ type: "response.create" });
    const frames = await c.until("response.done");
    assert.equal(frames.filter((f) => f.type === "response.mcp_call.failed").length, 2);
    const calls = frames.filter((f) => f.type === "response.output_item.done" && (f.item as { type: string }).type === "mcp_call").map((f) => f.item as { error: { type: string; message: string } });
    assert.deepEqual(
      calls.map((i) => i.error.type),
      ["tool_execution_error", "protocol_error"],
    );
    assert.match(calls[0].error.message, /page not found/);
  });

  it("waits for the client's approval: the response ends, and the call runs once approved", async () => {
    const responder = scriptedResponder([{ mcpCalls: [{ serverLabel: "docs", name: "search_docs", arguments: '{"query":"timeout"}' }] }, (input) => ({ text: `It says ${lastMcpOutput(input)}.` })]);
    const c = await session(await start(responder));
    c.send({ type: "session.update", session: { turn_detection: null, modalities: ["text"], tools: [docsTool({ require_approval: "always" })] } });
    await c.nextWire("mcp_list_tools.completed");
    c.send(ask);
    await c.nextWire("conversation.item.created");
    c.send({ type: "response.create" });
    const frames = await c.until("response.done");
    // mcpApprovalWorkflow.spec.ts: the first output item is the mcp_call; the approval request is the second created item.
    const created = frames.filter((f) => f.type === "conversation.item.created").map((f) => f.item as { id: string; type: string; approval_request_id?: string });
    assert.deepEqual(created.map((i) => i.type), ["mcp_call", "mcp_approval_request"]);
    assert.equal(((frames.find((f) => f.type === "response.output_item.added")!.item) as { type: string }).type, "mcp_call");
    assert.equal(frames.some((f) => f.type === "response.mcp_call.in_progress"), false, "nothing runs before the approval");
    const done = frames[frames.length - 1].response as { status: string; output: { type: string; approval_request_id?: string }[] };
    assert.equal(done.status, "completed");
    const approvalId = created[1].id;
    assert.equal(done.output[0].approval_request_id, approvalId);
    // A real wait: nothing happens until the answer comes.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual((await c.sync()).map((f) => f.type), []);

    c.send({ type: "conversation.item.create", item: { type: "mcp_approval_response", approval_request_id: approvalId, approve: true } });
    const after = await c.until("response.output_item.done");
    assert.deepEqual(types(after), ["conversation.item.created", "response.mcp_call.in_progress", "response.mcp_call.completed", "response.output_item.done"]);
    assert.equal((after[3].item as { output: string }).output, "3 results for timeout");
    assert.equal(after[3].response_id, (frames[0].response as { id: string }).id, "the call's item is done in the response that made it");
    c.send({ type: "response.create" });
    assert.equal((await c.nextWire("response.text.done")).text, "It says 3 results for timeout.");
  });

  it("fails a refused call, and refuses an answer to no pending request", async () => {
    const responder = scriptedResponder([{ mcpCalls: [{ serverLabel: "docs", name: "search_docs", arguments: "{}" }] }]);
    const c = await session(await start(responder));
    // require_approval maps a policy to the tools it applies to (spec/tools.tsp).
    c.send({ type: "session.update", session: { turn_detection: null, modalities: ["text"], tools: [docsTool({ require_approval: { always: ["search_docs"] } })] } });
    await c.nextWire("mcp_list_tools.completed");
    c.send({ type: "response.create" });
    const request = (await c.nextWire("conversation.item.created", { predicate: (f) => (f.item as { type: string }).type === "mcp_approval_request" })).item as { id: string };
    await c.nextWire("response.done");
    c.send({ type: "conversation.item.create", item: { type: "mcp_approval_response", approval_request_id: request.id, approve: false } });
    const after = await c.until("response.output_item.done");
    assert.deepEqual(types(after), ["conversation.item.created", "response.mcp_call.failed", "response.output_item.done"]);
    assert.equal((after[2].item as { error: { type: string } }).error.type, "approval_denied");
    c.send({ type: "conversation.item.create", event_id: "again", item: { type: "mcp_approval_response", approval_request_id: request.id, approve: true } });
    const e = (await c.nextWire("error")).error as Record<string, unknown>;
    assert.deepEqual([e.code, e.param, e.event_id], ["invalid_value", "item.approval_request_id", "again"]);
  });

  it("works through the SDK: typed MCP events, and the approval sent as an item", async () => {
    const responder = scriptedResponder([{ mcpCalls: [{ serverLabel: "docs", name: "search_docs", arguments: '{"query":"sdk"}' }] }]);
    const emulator = await start(responder);
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
    const s = await client.startSession("gpt-realtime");
    try {
      const listed = s.waitFor("mcp_list_tools.completed", { timeoutInMs: 3000 });
      await s.updateSession({ turnDetection: null, modalities: ["text"], tools: [{ type: "mcp", serverLabel: "docs", serverUrl: "https://docs.example/mcp", requireApproval: "always" }] });
      await listed;
      const request = s.waitFor("conversation.item.created", { timeoutInMs: 3000, predicate: (e) => e.item?.type === "mcp_approval_request" });
      await s.createResponse();
      const approvalId = (await request).item!.id!;
      const completed = s.waitFor("response.mcp_call.completed", { timeoutInMs: 3000 });
      await s.addConversationItem({ type: "mcp_approval_response", approvalRequestId: approvalId, approve: true });
      assert.ok((await completed).itemId);
    } finally {
      await s.close();
    }
  });
});
