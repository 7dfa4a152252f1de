/**
 * MCP servers as the emulated service reaches them: the emulator reaches no network, so the servers
 * a test may use are declared in its options (`EmulatorOptions.mcpServers`, by server label), with
 * their tools, or as unreachable.
 *
 * - Listing: each `mcp` tool a `session.update` adds is listed once, after `session.updated`: an
 *   `mcp_list_tools` item (`conversation.item.created`), `mcp_list_tools.in_progress`, then
 *   `mcp_list_tools.completed` (the stored item now holds the tools, as `conversation.item.retrieve`
 *   shows) or `mcp_list_tools.failed` (undeclared or unreachable server). The official SDK's live tests
 *   (test/integration/mcpServerConnection.spec.ts) wait for `session.updated`, then these events.
 * - Calls, in a response: an `mcp_call` item with its arguments streamed
 *   (`response.mcp_call_arguments.delta/.done`), then `response.mcp_call.in_progress` and
 *   `.completed` (the item gets `output`) or `.failed` (the item gets `error`), and
 *   `response.output_item.done`.
 * - Approval: when `require_approval` asks for it, an `mcp_approval_request` item follows the
 *   arguments and the response ends; the call waits until the client adds an `mcp_approval_response`
 *   item, then runs (or, refused, fails) and its item is done. The official live test "should request
 *   approval for tool with requireApproval: always" (mcpApprovalWorkflow.spec.ts) reads the `mcp_call`
 *   item first; its skipped sequel reads the approval request as the second created item, and the
 *   call's `in_progress`, `completed` and `output_item.done` after the approval.
 *   `require_approval` left out means `always`, as OpenAI's MCP tools default to asking.
 */
import { serializeMCPTool } from "../../generated/server-serializers.js";
import type { SessionChannel } from "./channel.js";
import type { Conversation, StoredItem } from "./conversation.js";
import { newId } from "./ids.js";
import type { EmulatorMcpServer } from "./mcp-server.js";
import type { McpCallRequest } from "./responder.js";
import type { OutputItem, ResponseOutput } from "./response-output.js";

export type { EmulatorMcpServer };
import { chunks, isObject, type Wire } from "./wire.js";

/** A call kept open until the client approves or refuses it. */
interface PendingApproval {
  output: ResponseOutput;
  outputIndex: number;
  call: OutputItem;
  server?: EmulatorMcpServer;
}

/** The part of a response the MCP calls work with. */
export interface McpResponse {
  readonly output: ResponseOutput;
  readonly finished: boolean;
  /** Output indexes of calls left open for an approval (not closed when the response ends). */
  readonly awaitingApproval: Set<number>;
}

export class McpServers {
  /** The tools each listed server gave, by server label; undefined for a listing that failed. */
  private readonly listed = new Map<string, { url: unknown; tools?: Wire[] }>();
  private readonly pending = new Map<string, PendingApproval>();

  constructor(
    private readonly channel: SessionChannel,
    private readonly conversation: Conversation,
    private readonly servers: Readonly<Record<string, EmulatorMcpServer>>,
  ) {}

  /** Lists the servers of the session's `mcp` tools that were not listed yet (or whose address changed). */
  listNew(tools: unknown): void {
    for (const tool of Array.isArray(tools) ? (tools as Wire[]) : []) {
      if (tool.type !== "mcp" || typeof tool.server_label !== "string") continue;
      const label = tool.server_label;
      if (this.listed.get(label)?.url === tool.server_url) continue;
      const server = Object.hasOwn(this.servers, label) ? this.servers[label] : undefined;
      const item = { id: newId("item"), object: "realtime.item", type: "mcp_list_tools", server_label: label, tools: [] as Wire[] };
      this.conversation.insert({ wire: item });
      this.channel.send({ type: "mcp_list_tools.in_progress", item_id: item.id });
      if (!server || server.unreachable) {
        this.listed.set(label, { url: tool.server_url });
        this.channel.send({ type: "mcp_list_tools.failed", item_id: item.id });
        continue;
      }
      const allowed = Array.isArray(tool.allowed_tools) ? new Set(tool.allowed_tools as unknown[]) : undefined;
      item.tools = (server.tools ?? []).filter((t) => !allowed || allowed.has(t.name)).map((t) => serializeMCPTool(t));
      this.listed.set(label, { url: tool.server_url, tools: item.tools });
      this.channel.send({ type: "mcp_list_tools.completed", item_id: item.id });
    }
  }

  /**
   * Makes a response's MCP calls, in order. Each call either runs, or (when its tool asks for
   * approval) is left waiting; returns once every call has run or is waiting.
   */
  async run(r: McpResponse, calls: readonly McpCallRequest[], tools: readonly Wire[]): Promise<void> {
    for (const c of calls) {
      if (r.finished || this.channel.closed) return;
      const declared = tools.find((t) => t.type === "mcp" && t.server_label === c.serverLabel);
      const call: OutputItem = { id: newId("item"), object: "realtime.item", type: "mcp_call", server_label: c.serverLabel, name: c.name, arguments: "" };
      const outputIndex = r.output.add(call);
      const ids = { response_id: r.output.responseId, item_id: call.id, output_index: outputIndex };
      for (const delta of chunks(c.arguments, 16)) {
        this.channel.send({ type: "response.mcp_call_arguments.delta", ...ids, delta });
        call.arguments += delta;
      }
      this.channel.send({ type: "response.mcp_call_arguments.done", ...ids, arguments: c.arguments });
      const server = Object.hasOwn(this.servers, c.serverLabel) ? this.servers[c.serverLabel] : undefined;
      if (declared && needsApproval(declared.require_approval, c.name)) {
        const request = { id: newId("item"), object: "realtime.item", type: "mcp_approval_request", server_label: c.serverLabel, name: c.name, arguments: c.arguments };
        call.approval_request_id = request.id;
        r.output.done(r.output.add(request));
        r.awaitingApproval.add(outputIndex);
        this.pending.set(request.id, { output: r.output, outputIndex, call, server });
        continue;
      }
      await this.execute(r.output, outputIndex, call, server);
    }
  }

  /** Whether an `mcp_approval_response` answers an approval request of this session. */
  isPending(approvalRequestId: unknown): boolean {
    return typeof approvalRequestId === "string" && this.pending.has(approvalRequestId);
  }

  /** The client's `mcp_approval_response` item, added to the conversation: the waiting call runs, or fails refused. */
  answered(item: StoredItem["wire"]): void {
    const id = item.approval_request_id;
    const waiting = typeof id === "string" ? this.pending.get(id) : undefined;
    if (!waiting) return;
    this.pending.delete(id as string);
    if (item.approve === true) {
      this.execute(waiting.output, waiting.outputIndex, waiting.call, waiting.server).catch((e) => this.channel.fail(e, null));
      return;
    }
    // Refused: the call never runs, so it goes straight to failed.
    this.fail(waiting.output, waiting.outputIndex, waiting.call, { type: "approval_denied", message: "The client did not approve this call." });
  }

  /** Runs a call on its server: `in_progress`, then `completed` with the output, or `failed` with the error. */
  private async execute(output: ResponseOutput, outputIndex: number, call: OutputItem, server: EmulatorMcpServer | undefined): Promise<void> {
    this.channel.send({ type: "response.mcp_call.in_progress", item_id: call.id, output_index: outputIndex });
    const label = String(call.server_label);
    const name = String(call.name);
    const listed = this.listed.get(label);
    if (!server || !listed?.tools) {
      return this.fail(output, outputIndex, call, { type: "http_error", message: `The MCP server ${JSON.stringify(label)} could not be reached.` });
    }
    if (!listed.tools.some((t) => t.name === name)) {
      return this.fail(output, outputIndex, call, { type: "protocol_error", message: `The MCP server ${JSON.stringify(label)} has no tool ${JSON.stringify(name)}.` });
    }
    let result: unknown;
    try {
      const args = parseArguments(String(call.arguments));
      result = await (server.call ? server.call(name, args) : { tool: name, arguments: args });
    } catch (e) {
      if (output.isOpen(outputIndex)) this.fail(output, outputIndex, call, { type: "tool_execution_error", message: e instanceof Error ? e.message : String(e) });
      return;
    }
    // The response may have been cancelled, or the connection closed, while the tool ran.
    if (!output.isOpen(outputIndex) || this.channel.closed) return;
    call.output = typeof result === "string" ? result : JSON.stringify(result ?? null);
    this.channel.send({ type: "response.mcp_call.completed", item_id: call.id, output_index: outputIndex });
    output.done(outputIndex);
  }

  private fail(output: ResponseOutput, outputIndex: number, call: OutputItem, error: Wire): void {
    call.error = error;
    this.channel.send({ type: "response.mcp_call.failed", item_id: call.id, output_index: outputIndex });
    output.done(outputIndex);
  }
}

/** Whether a call of `tool` needs approval under a server's `require_approval`. */
function needsApproval(policy: unknown, tool: string): boolean {
  if (policy === "never") return false;
  if (isObject(policy)) {
    if (Array.isArray(policy.never) && policy.never.includes(tool)) return false;
    if (Array.isArray(policy.always) && policy.always.includes(tool)) return true;
  }
  return true;
}

function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
