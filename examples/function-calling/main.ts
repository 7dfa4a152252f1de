/**
 * Function calling: the session offers the model a function tool; when a response ends with calls
 * of it, the app runs each function, answers each call with a `function_call_output` item, and asks
 * for the next response, until a response has no calls left.
 *
 * Run it: `npx tsx examples/function-calling/main.ts "What's the weather in Oslo?"`
 */
import type { FunctionTool, ResponseAudioContentPart, ResponseFunctionCallItem, ResponseItemUnion, ResponseMessageItem, ResponseTextContentPart, VoiceLiveClient, VoiceLiveSession } from "ai-voicelive";
import { lastFunctionOutput, scriptedResponder } from "ai-voicelive/emulator";
import { openService, runIfMain } from "../shared/service.js";

/** A function the model may call: its declaration, and the code that runs it with the parsed arguments. */
export interface AppFunction {
  tool: FunctionTool;
  run(args: Record<string, unknown>): unknown | Promise<unknown>;
}

/** The recipe's only function: made-up weather, so that the recipe needs no weather service. */
export const getWeather: AppFunction = {
  tool: {
    type: "function",
    name: "get_weather",
    description: "The current weather in a city.",
    parameters: {
      type: "object",
      properties: { city: { type: "string", description: "The city, e.g. Oslo" } },
      required: ["city"],
    },
  },
  run: ({ city }) => ({ city, temperatureC: 21, sky: "clear" }),
};

export interface CallRecord {
  name: string;
  callId: string;
  arguments: string;
  /** What went back to the model in `function_call_output`. */
  output: string;
}

export interface FunctionCallingResult {
  /** The transcript (or text) of the last response: the answer that uses the functions' results. */
  answer: string;
  /** Every call the model made, in order, with the output the app sent back. */
  calls: CallRecord[];
  /** How many responses it took (calls make one more each round). */
  responses: number;
}

export interface FunctionCallingOptions {
  model?: string;
  functions?: AppFunction[];
  /** Stops a model that keeps calling functions. Default 5 rounds. */
  maxRounds?: number;
}

/**
 * Asks `question` and answers the model's function calls until it answers in words.
 *
 * The calls are answered after `response.done`, not as each call's arguments complete: a response
 * may hold several calls, and a `response.create` sent while the response is still running is
 * refused (`conversation_already_has_active_response`).
 */
export async function askWithFunctions(client: VoiceLiveClient, question: string, options: FunctionCallingOptions = {}): Promise<FunctionCallingResult> {
  const functions = options.functions ?? [getWeather];
  const session = await client.startSession({
    model: options.model ?? "gpt-realtime",
    instructions: "Answer briefly. Use the tools for facts you do not know.",
    tools: functions.map((f) => f.tool),
    toolChoice: "auto",
  });
  try {
    const result: FunctionCallingResult = { answer: "", calls: [], responses: 0 };
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: question }] });
    for (let round = 0; round < (options.maxRounds ?? 5); round++) {
      const response = await respond(session);
      result.responses++;
      const calls = (response.output ?? []).filter((item): item is ResponseFunctionCallItem => item.type === "function_call");
      if (calls.length === 0) {
        result.answer = answerText(response.output ?? []);
        return result;
      }
      for (const call of calls) {
        const output = await runCall(functions, call);
        await session.addConversationItem({ type: "function_call_output", callId: call.callId, output });
        result.calls.push({ name: call.name, callId: call.callId, arguments: call.arguments, output });
      }
    }
    throw new Error(`the model was still calling functions after ${options.maxRounds ?? 5} rounds`);
  } finally {
    await session.close();
  }
}

/** Asks for a response and resolves with it once done; a failed or cancelled one is an error here. */
async function respond(session: VoiceLiveSession) {
  const done = session.waitFor("response.done", { timeoutInMs: 60_000 });
  await session.createResponse();
  const { response } = await done;
  if (response.status !== "completed") throw new Error(`the response ended ${response.status}: ${JSON.stringify(response.statusDetails)}`);
  return response;
}

/**
 * Runs one call. Whatever goes wrong (an unknown function, arguments that are not JSON, a function
 * that throws) goes back to the model as the call's output, so that it can say so or try again,
 * rather than leaving the call unanswered.
 */
async function runCall(functions: AppFunction[], call: ResponseFunctionCallItem): Promise<string> {
  const fn = functions.find((f) => f.tool.name === call.name);
  if (!fn) return JSON.stringify({ error: `there is no function ${call.name}` });
  let args: unknown;
  try {
    args = JSON.parse(call.arguments || "{}");
  } catch {
    return JSON.stringify({ error: "the arguments are not JSON" });
  }
  if (!args || typeof args !== "object" || Array.isArray(args)) return JSON.stringify({ error: "the arguments must be a JSON object" });
  try {
    return JSON.stringify(await fn.run(args as Record<string, unknown>));
  } catch (e) {
    return JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * The words of a response's message items: the audio transcript, or the text without audio. (The
 * item and part unions hold an open base type for kinds added later, so `type` checks need guards.)
 */
function answerText(output: ResponseItemUnion[]): string {
  return output
    .filter((item): item is ResponseMessageItem => item.type === "message")
    .flatMap((item) => item.content)
    .map((part) => (part.type === "audio" ? ((part as ResponseAudioContentPart).transcript ?? "") : part.type === "text" ? ((part as ResponseTextContentPart).text ?? "") : ""))
    .join("");
}

/**
 * The emulator has no language model: this script makes it behave like one that calls
 * `get_weather` first, then answers with what the function returned.
 */
export const weatherScript = scriptedResponder([
  { functionCall: { name: "get_weather", arguments: JSON.stringify({ city: "Oslo" }) } },
  (input) => ({ text: `Here is the weather: ${lastFunctionOutput(input) ?? "unknown"}.` }),
]);

runIfMain(import.meta, async () => {
  const service = await openService({ responder: weatherScript });
  try {
    const question = process.argv[2] ?? "What's the weather in Oslo?";
    const result = await askWithFunctions(service.client, question, { model: service.model });
    for (const call of result.calls) console.log(`called ${call.name}(${call.arguments}) → ${call.output}`);
    console.log(`answer: ${result.answer}`);
  } finally {
    await service.close();
  }
});
