/**
 * The tool runner against the emulator, over real sockets through a wire tap: parallel calls
 * answered before exactly one response.create, invalid JSON answered with an error output, a
 * cancelled response aborting its running tool, a per-call timeout, MCP approvals approved and
 * denied, and never two answers to one call.
 */
import assert from "node:assert/strict";
import { ToolRunner, type ToolCallSettled } from "../../src/agent/tool-runner.js";
import { TurnTaker } from "../../src/agent/turns.js";
import { functionCallResults, lastMcpOutput, scriptedResponder, type EmulatorMcpServer, type FunctionCallResult } from "../../src/emulator/index.js";
import { isVoiceLiveError } from "../../src/errors.js";
import { waitUntil } from "../examples/helpers.js";
import { runCleanup, sleep, startRig, wireOrder } from "./turns-setup.js";

const text = { turnDetection: null, modalities: ["text" as const] };
const ask = { type: "message" as const, role: "user" as const, content: [{ type: "input_text" as const, text: "go" }] };
const outputs = (sent: Record<string, unknown>[]) => sent.map((e) => e.item as Record<string, unknown>).filter((i) => i.type === "function_call_output");

describe("agent: tool runner", () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(() => runCleanup(cleanup));

  it("runs three parallel calls and sends exactly one response.create after every output and the response's done", async () => {
    let seen: FunctionCallResult[] = [];
    const responder = scriptedResponder([
      {
        functionCalls: [
          { name: "add", arguments: '{"a":13,"b":29}' },
          { name: "add", arguments: '{"a":87,"b":11}' },
          { name: "weather", arguments: '{"city":"Oslo"}' },
        ],
      },
      (input) => {
        seen = functionCallResults(input);
        return { text: "done" };
      },
    ]);
    const { tap, session } = await startRig({ responder }, text, cleanup);
    const settled: ToolCallSettled[] = [];
    const runner = new ToolRunner(session, { onCallSettled: (s) => settled.push(s) });
    // Different durations, so the outputs are sent in another order than the calls came.
    runner.register<{ a: number; b: number }>({
      name: "add",
      parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } } },
      handler: async ({ a, b }) => {
        await sleep(a === 13 ? 120 : 10);
        return String(a + b);
      },
    });
    runner.register<{ city: string }>({ name: "weather", handler: async ({ city }) => (await sleep(60), { city, sky: "clear" }) });
    await runner.configureSession();
    assert.deepEqual(
      ((tap.sent("session.update").at(-1)!.session as Record<string, unknown>).tools as { name: string }[]).map((t) => t.name),
      ["add", "weather"],
      "the functions are declared in session.update",
    );
    await session.addConversationItem(ask);
    const second = session.waitFor("response.done", { predicate: (e) => e.response.status === "completed" && e.response.output?.[0]?.type === "message" });
    await session.createResponse();
    await second;
    assert.deepEqual(
      seen.map((r) => [r.name, r.output]),
      [
        ["add", "42"],
        ["add", "98"],
        ["weather", '{"city":"Oslo","sky":"clear"}'],
      ],
      "the next response saw every output",
    );
    const creates = tap.sent("response.create");
    assert.equal(creates.length, 2, "the app's response.create and exactly one from the runner");
    assert.equal((creates[1].response as Record<string, unknown>).cancel_previous, false, "cancel_previous is explicit without a turn taker");
    const order = wireOrder(tap, (t) => t === "conversation.item.create" || t === "response.create" || t === "response.done").slice(2);
    assert.deepEqual(order, ["in:response.done", "out:conversation.item.create", "out:conversation.item.create", "out:conversation.item.create", "out:response.create", "in:response.done"]);
    const sentOutputs = outputs(tap.sent("conversation.item.create"));
    assert.equal(new Set(sentOutputs.map((o) => o.call_id)).size, 3, "one output per call");
    assert.deepEqual(
      settled.map((s) => s.outcome),
      ["answered", "answered", "answered"],
    );
    runner.close();
  });

  it("answers invalid JSON arguments with an error output, runs nothing, and goes on", async () => {
    let ran = false;
    const responder = scriptedResponder([{ functionCall: { name: "add", arguments: '{"a":1,' } }, (input) => ({ text: `got ${functionCallResults(input)[0].output}` })]);
    const { tap, session } = await startRig({ responder }, text, cleanup);
    const runner = new ToolRunner(session);
    runner.register({ name: "add", handler: () => ((ran = true), "2") });
    await runner.configureSession();
    const reply = session.waitFor("response.text.done");
    await session.createResponse();
    const said = (await reply).text;
    assert.equal(ran, false);
    const [output] = outputs(tap.sent("conversation.item.create"));
    const error = JSON.parse(String(output.output)) as { error: string };
    assert.match(error.error, /arguments of add are not valid JSON/);
    assert.equal(said, `got ${String(output.output)}`, "the model read the error");
    runner.close();
  });

  it("aborts a running tool when its response is cancelled: its signal fires, no output, no next response", async () => {
    // The call comes first and the model goes on speaking (paced at real time), so the response is
    // still active while the tool runs; the app cancels it.
    const responder = scriptedResponder([{ functionCall: { name: "lookup", arguments: "{}" }, callsFirst: true, text: "Let me look that up for you, it takes a moment." }]);
    const { tap, session } = await startRig({ responder, realtimePacing: true }, { turnDetection: null }, cleanup);
    let reason: unknown;
    let started = false;
    const settled: ToolCallSettled[] = [];
    const runner = new ToolRunner(session, { onCallSettled: (s) => settled.push(s) });
    runner.register({
      name: "lookup",
      handler: (_args, { signal }) =>
        new Promise((resolve) => {
          started = true;
          signal.addEventListener("abort", () => {
            reason = signal.reason;
            resolve("too late");
          });
        }),
    });
    await runner.configureSession({ turnDetection: null });
    const done = session.waitFor("response.done");
    await session.createResponse();
    await waitUntil(() => started, "the tool runs");
    await session.cancelResponse();
    assert.equal((await done).response.status, "cancelled");
    await waitUntil(() => settled.length === 1, "the call settles");
    assert.ok(isVoiceLiveError(reason) && reason.code === "ABORTED", "the signal fired with ABORTED");
    assert.equal(settled[0].outcome, "aborted");
    await sleep(100);
    assert.deepEqual(outputs(tap.sent("conversation.item.create")), [], "no output was sent for it");
    assert.equal(tap.sent("response.create").length, 1, "no next response");
    runner.close();
  });

  it("times a call out: its signal fires with TIMEOUT, an error output is sent, and the next response follows", async () => {
    const responder = scriptedResponder([{ functionCall: { name: "hang", arguments: "{}" } }, (input) => ({ text: String(functionCallResults(input)[0].output) })]);
    const { tap, session } = await startRig({ responder }, text, cleanup);
    let reason: unknown;
    const runner = new ToolRunner(session, { timeoutInMs: 5000 });
    runner.register({
      name: "hang",
      timeoutInMs: 150,
      handler: (_args, { signal }) =>
        new Promise((resolve) => {
          signal.addEventListener("abort", () => {
            reason = signal.reason;
            // A late result after the timeout is not sent.
            setTimeout(() => resolve("late"), 10);
          });
        }),
    });
    await runner.configureSession();
    const reply = session.waitFor("response.text.done");
    const t0 = Date.now();
    await session.createResponse();
    const said = (await reply).text;
    assert.ok(Date.now() - t0 >= 140, "it waited for the timeout");
    assert.ok(isVoiceLiveError(reason) && reason.code === "TIMEOUT");
    assert.match(said, /hang did not finish within 150 ms/);
    await sleep(50);
    assert.equal(outputs(tap.sent("conversation.item.create")).length, 1, "only the timeout's output, not the late result");
    runner.close();
  });

  it("sends MCP approval requests to the callback: one approved, one denied, then one response.create", async () => {
    const docs: EmulatorMcpServer = {
      tools: [{ name: "search_docs", inputSchema: { type: "object", properties: { query: { type: "string" } } } }],
      call: (_tool, args) => `results for ${(args as { query: string }).query}`,
    };
    const responder = scriptedResponder([
      {
        mcpCalls: [
          { serverLabel: "docs", name: "search_docs", arguments: '{"query":"safe"}' },
          { serverLabel: "docs", name: "search_docs", arguments: '{"query":"secret"}' },
        ],
      },
      (input) => ({ text: `last: ${lastMcpOutput(input)}` }),
    ]);
    const { tap, session } = await startRig({ responder, mcpServers: { docs } }, text, cleanup);
    const asked: string[] = [];
    const runner = new ToolRunner(session, {
      onMcpApprovalRequest: (request) => {
        asked.push(`${request.serverLabel}:${request.name}:${request.arguments}`);
        return !request.arguments?.includes("secret");
      },
    });
    const listed = session.waitFor("mcp_list_tools.completed");
    await runner.configureSession({ tools: [{ type: "mcp", serverLabel: "docs", serverUrl: "https://docs.example/mcp", requireApproval: "always" }] });
    await listed;
    const failed = session.waitFor("response.mcp_call.failed");
    const completed = session.waitFor("response.mcp_call.completed");
    const reply = session.waitFor("response.text.done");
    await session.createResponse();
    await Promise.all([failed, completed]);
    assert.match((await reply).text, /last: /);
    assert.deepEqual(asked, ['docs:search_docs:{"query":"safe"}', 'docs:search_docs:{"query":"secret"}']);
    const answers = tap
      .sent("conversation.item.create")
      .map((e) => e.item as Record<string, unknown>)
      .filter((i) => i.type === "mcp_approval_response");
    assert.deepEqual(
      answers.map((a) => a.approve),
      [true, false],
    );
    assert.equal(tap.sent("response.create").length, 2, "one response.create after both answers");
    const order = wireOrder(tap, (t) => t === "conversation.item.create" || t === "response.create" || t === "response.done");
    assert.deepEqual(order.slice(0, 5), ["out:response.create", "in:response.done", "out:conversation.item.create", "out:conversation.item.create", "out:response.create"]);
    runner.close();
  });

  it("never answers a call twice, and creates the next response through a turn taker when given one", async () => {
    const responder = scriptedResponder([{ functionCalls: [{ name: "echo", arguments: '{"x":1}' }, { name: "echo", arguments: '{"x":2}' }] }, { text: "ok" }]);
    const { tap, session } = await startRig({ responder }, text, cleanup);
    const turns = new TurnTaker(session, { whileActive: "queue" });
    let runs = 0;
    const settled: ToolCallSettled[] = [];
    // The runner sees each call in three events (arguments.done, output_item.done, and the output
    // of response.done) and runs and answers it once.
    const runner = new ToolRunner(session, { turns, onCallSettled: (s) => settled.push(s) });
    runner.register<{ x: number }>({ name: "echo", handler: ({ x }) => (runs++, String(x)) });
    await runner.configureSession();
    const next = session.waitFor("response.text.done");
    await turns.createResponse();
    await next;
    await session.waitFor("response.done", { includeLatest: true });
    await sleep(50);
    assert.equal(runs, 2);
    assert.equal(settled.length, 2);
    const sent = outputs(tap.sent("conversation.item.create"));
    assert.deepEqual(
      sent.map((o) => o.output),
      ["1", "2"],
    );
    assert.deepEqual(
      tap.sent("response.create").map((e) => (e.response as Record<string, unknown>).cancel_previous),
      [false, false],
      "both through the turn taker",
    );
    runner.close();
    turns.close();
  });
});
