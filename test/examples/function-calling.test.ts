/** examples/function-calling: the recipe against the emulator, its calls checked on the wire. */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "ai-voicelive";
import { scriptedResponder, startEmulator, type Responder, type VoiceLiveEmulator } from "ai-voicelive/emulator";
import { askWithFunctions, weatherScript } from "../../examples/function-calling/main.js";
import { runRecipe, startWireTap, type WireTap } from "./helpers.js";

describe("examples/function-calling", () => {
  let emulator: VoiceLiveEmulator | undefined;
  let tap: WireTap | undefined;
  afterEach(async () => {
    await tap?.close();
    await emulator?.close();
    tap = emulator = undefined;
  });

  async function clientFor(responder: Responder): Promise<VoiceLiveClient> {
    emulator = await startEmulator({ apiKey: "k", responder });
    tap = await startWireTap(emulator.url);
    return new VoiceLiveClient(tap.url, new AzureKeyCredential("k"));
  }

  it("declares the tool, answers the call with its call_id, then asks for the next response", async () => {
    const result = await askWithFunctions(await clientFor(weatherScript), "What's the weather in Oslo?");
    const output = JSON.stringify({ city: "Oslo", temperatureC: 21, sky: "clear" });
    assert.deepEqual(result.calls.map(({ name, arguments: args, output }) => ({ name, args, output })), [{ name: "get_weather", args: '{"city":"Oslo"}', output }]);
    assert.equal(result.answer, `Here is the weather: ${output}.`, "the model's second response saw the function's output");
    assert.equal(result.responses, 2);

    const wire = tap!;
    assert.deepEqual(wire.sentTypes(), ["session.update", "conversation.item.create", "response.create", "conversation.item.create", "response.create"]);
    const tools = (wire.sent("session.update")[0].session as { tools: unknown[] }).tools;
    assert.deepEqual(tools, [{ type: "function", name: "get_weather", description: "The current weather in a city.", parameters: { type: "object", properties: { city: { type: "string", description: "The city, e.g. Oslo" } }, required: ["city"] } }]);
    const call = wire.frames.find((f) => f.direction === "in" && f.event.type === "response.function_call_arguments.done")!.event;
    assert.deepEqual(wire.sent("conversation.item.create")[1].item, { type: "function_call_output", call_id: call.call_id, output });
    assert.equal(result.calls[0].callId, call.call_id);
    // The output went out only after the first response was done (never while it ran).
    const order = wire.frames.map((f) => `${f.direction} ${f.event.type}`);
    assert.ok(order.indexOf("in response.done") < order.lastIndexOf("out conversation.item.create"), order.join("\n"));
    assert.equal(emulator!.stats().totals.errorsSent, 0);
  });

  it("goes on answering while the model keeps calling, one round per response", async () => {
    // Two rounds of calls, then an answer that quotes both outputs.
    const responder = scriptedResponder([
      { functionCall: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
      { functionCall: { name: "get_weather", arguments: '{"city":"Bergen"}' } },
      (input) => ({ text: input.items.filter((i) => i.type === "function_call_output").length + " outputs" }),
    ]);
    const result = await askWithFunctions(await clientFor(responder), "Oslo or Bergen?");
    assert.deepEqual(
      result.calls.map((c) => JSON.parse(c.output).city),
      ["Oslo", "Bergen"],
    );
    assert.equal(result.answer, "2 outputs");
    assert.equal(result.responses, 3);
    assert.equal(emulator!.stats().totals.errorsSent, 0);
  });

  it("tells the model what went wrong instead of leaving a call unanswered: unknown function, bad arguments, a throwing function", async () => {
    // A responder, not a script: a script calls only the tools a response has.
    const calls = [
      { name: "launch_rocket", arguments: "{}" },
      { name: "get_weather", arguments: "{not json" },
      { name: "get_weather", arguments: '{"city":"Atlantis"}' },
    ];
    const responder: Responder = (input) => (input.responseIndex < calls.length ? { functionCall: calls[input.responseIndex] } : { text: "giving up" });
    const failing = {
      tool: { type: "function" as const, name: "get_weather" },
      run: ({ city }: Record<string, unknown>) => {
        if (city === "Atlantis") throw new Error("no such city");
        return {};
      },
    };
    const result = await askWithFunctions(await clientFor(responder), "?", { functions: [failing] });
    assert.deepEqual(
      result.calls.map((c) => JSON.parse(c.output)),
      [{ error: "there is no function launch_rocket" }, { error: "the arguments are not JSON" }, { error: "no such city" }],
    );
    assert.equal(result.answer, "giving up");
    assert.equal(tap!.sent("conversation.item.create").length, 4, "the question and one output per call");
  });

  it("stops a model that never stops calling, and closes the session", async () => {
    const responder: Responder = () => ({ functionCall: { name: "get_weather", arguments: '{"city":"Oslo"}' } });
    await assert.rejects(askWithFunctions(await clientFor(responder), "?", { maxRounds: 2 }), /still calling functions after 2 rounds/);
    assert.equal(tap!.sent("response.create").length, 2);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(emulator!.sessions, 0, "the session was closed");
  });

  it("runs from the command line against the local emulator", async () => {
    const run = await runRecipe("examples/function-calling/main.ts", ["Weather in Oslo?"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^called get_weather\(\{"city":"Oslo"\}\) → \{"city":"Oslo","temperatureC":21,"sky":"clear"\}$/m);
    assert.match(run.stdout, /^answer: Here is the weather: .*"temperatureC":21/m);
    assert.match(run.stderr, /local emulator/);
  });
});
