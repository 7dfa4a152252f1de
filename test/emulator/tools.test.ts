/**
 * Function tools: several calls in one response (parallel calls), the outputs the client returns,
 * and the checks the service makes of tool declarations and of `function_call_output` items.
 */
import assert from "node:assert/strict";
import { functionCallResults, scriptedResponder, startEmulator, type FunctionCallResult, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { open, type WireClient } from "./helpers.js";

const addTool = { type: "function", name: "add_numbers", parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } } } };
const weatherTool = { type: "function", name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } };
const errorOf = (f: Record<string, unknown>) => f.error as Record<string, unknown>;

describe("emulator: function tools", () => {
  const emulators: VoiceLiveEmulator[] = [];
  const clients: WireClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(emulators.splice(0).map((e) => e.close()));
  });
  async function session(options: Parameters<typeof startEmulator>[0], config: object): Promise<WireClient> {
    const emulator = await startEmulator(options);
    emulators.push(emulator);
    const c = await open(emulator);
    clients.push(c);
    c.send({ type: "session.update", session: config });
    await c.nextWire("session.updated");
    return c;
  }

  // The official live test "should handle parallel tool calls" (basicConversationTests.spec.ts, skipped
  // there) expects two response.function_call_arguments.done in one response, then answers each call with a
  // function_call_output item and sends response.create.
  it("makes three function calls in one response, and the next response sees every output", async () => {
    let seen: FunctionCallResult[] = [];
    const responder = scriptedResponder([
      {
        functionCalls: [
          { name: "add_numbers", arguments: '{"a":13,"b":29}' },
          { name: "add_numbers", arguments: '{"a":87,"b":11}' },
          { name: "get_weather", arguments: '{"city":"Oslo"}' },
        ],
      },
      (input) => {
        seen = functionCallResults(input);
        return { text: seen.map((r) => r.output).join(", ") };
      },
    ]);
    const c = await session({ responder }, { turn_detection: null, modalities: ["text"], tools: [addTool, weatherTool] });
    c.send({ type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: "13+29, 87+11, and the weather?" }] } });
    c.send({ type: "response.create" });
    const frames = await c.until("response.done");
    const added = frames.filter((f) => f.type === "response.output_item.added");
    assert.deepEqual(added.map((f) => f.output_index), [0, 1, 2]);
    assert.deepEqual(added.map((f) => (f.item as { status: string }).status), ["in_progress", "in_progress", "in_progress"]);
    const calls = frames.filter((f) => f.type === "response.function_call_arguments.done");
    assert.deepEqual(calls.map((f) => [f.name, f.arguments, f.output_index]), [
      ["add_numbers", '{"a":13,"b":29}', 0],
      ["add_numbers", '{"a":87,"b":11}', 1],
      ["get_weather", '{"city":"Oslo"}', 2],
    ]);
    assert.equal(new Set(calls.map((f) => f.call_id)).size, 3, "each call has its own call_id");
    // Each call is finished before the next begins, and every frame of a call names its output index.
    for (const f of frames.filter((f) => f.type.startsWith("response.function_call_arguments"))) {
      assert.equal(f.output_index, calls.find((d) => d.item_id === f.item_id)!.output_index);
    }
    const done = frames[frames.length - 1].response as { status: string; output: { type: string; status: string }[] };
    assert.deepEqual([done.status, done.output.map((i) => `${i.type}:${i.status}`)], ["completed", ["function_call:completed", "function_call:completed", "function_call:completed"]]);

    for (const [i, output] of ["42", "98", "sunny"].entries()) {
      c.send({ type: "conversation.item.create", item: { type: "function_call_output", call_id: calls[i].call_id, output } });
      assert.equal(((await c.nextWire("conversation.item.created")).item as { call_id: string }).call_id, calls[i].call_id);
    }
    c.send({ type: "response.create" });
    assert.equal((await c.nextWire("response.text.done")).text, "42, 98, sunny");
    assert.deepEqual(
      seen.map((r) => [r.name, r.output]),
      [
        ["add_numbers", "42"],
        ["add_numbers", "98"],
        ["get_weather", "sunny"],
      ],
    );
  });

  // spec/session.tsp (parallel_tool_calls, 2026-07-15): whether the model may call several tools in one response.
  it("makes only the first call when the session turns parallel_tool_calls off", async () => {
    const responder = () => ({ functionCalls: [{ name: "add_numbers", arguments: "{}" }, { name: "get_weather", arguments: "{}" }] });
    const c = await session({ responder }, { turn_detection: null, modalities: ["text"], tools: [addTool, weatherTool], parallel_tool_calls: false });
    c.send({ type: "response.create" });
    const frames = await c.until("response.done");
    assert.deepEqual(frames.filter((f) => f.type === "response.function_call_arguments.done").map((f) => f.name), ["add_numbers"]);
  });

  // spec/DECISIONS.md D8 keeps tool kinds open in the schema; the service runs only the kinds it has
  // (spec/tools.tsp: function, and mcp from 2026-04-10), so it refuses the others instead of keeping them.
  it("refuses an unknown tool type in session.update and in response.create, naming the field", async () => {
    const c = await session({}, { turn_detection: null });
    c.send({ type: "session.update", event_id: "s1", session: { tools: [addTool, { type: "foundry_agent", agentName: "helper" }] } });
    const refused = errorOf(await c.nextWire("error"));
    assert.deepEqual([refused.type, refused.code, refused.param, refused.event_id], ["invalid_request_error", "invalid_value", "session.tools[1].type", "s1"]);
    assert.match(String(refused.message), /"foundry_agent".*"function", "mcp"/);
    c.send({ type: "response.create", event_id: "r1", response: { tools: [{ type: "code_interpreter" }] } });
    const again = errorOf(await c.nextWire("error"));
    assert.deepEqual([again.param, again.event_id], ["response.tools[0].type", "r1"]);
    assert.deepEqual((await c.sync()).map((f) => f.type), [], "nothing was applied, no response started");
    c.send({ type: "session.update", session: {} });
    const updated = await c.nextWire("session.updated");
    assert.deepEqual((updated.session as { tools: unknown[] }).tools, [], "the session kept no tool");
  });

  // OpenAI's APIs answer an empty required id with code "empty_string" and the field as `param`; the service
  // also refuses an output whose call_id matches no function_call (the emulator's existing rule).
  it("refuses a function_call_output with an empty call_id", async () => {
    const c = await session({}, { turn_detection: null });
    c.send({ type: "conversation.item.create", event_id: "o1", item: { type: "function_call_output", call_id: "", output: "42" } });
    const e = errorOf(await c.nextWire("error"));
    assert.deepEqual([e.type, e.code, e.param, e.event_id], ["invalid_request_error", "empty_string", "item.call_id", "o1"]);
    c.send({ type: "conversation.item.create", event_id: "o2", item: { type: "function_call_output", call_id: "call_unknown", output: "42" } });
    const unknown = errorOf(await c.nextWire("error"));
    assert.deepEqual([unknown.code, unknown.param, unknown.event_id], ["invalid_value", "item.call_id", "o2"]);
    assert.deepEqual((await c.sync()).map((f) => f.type), [], "no item was added");
  });
});
