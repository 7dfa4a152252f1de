/**
 * Responders: what the emulated model says. A responder gets the conversation and the last user
 * input and returns text, audio and/or a function call; the session turns that into the service's
 * event sequence. Responders are plain functions, so tests can plug in their own.
 */
import type { Modality, ResponseItemUnion, ResponseSession, ToolUnion } from "../../generated/models.js";
import { resample, tone } from "./audio.js";

/** The user's last input: text, audio, or both. */
export interface ResponderUserInput {
  /** The id of the user message item. */
  itemId: string;
  /** The text of the item's `input_text` parts, joined; undefined when it has none. */
  text?: string;
  /** The audio of the item's `input_audio` parts as PCM16 samples (G.711 input is decoded); undefined when it has none. */
  audio?: Int16Array;
  /** Sample rate of `audio` in Hz. */
  sampleRate?: number;
  /** Length of `audio` in milliseconds (0 without audio). */
  durationMs: number;
}

/** Everything a responder may look at. */
export interface ResponderInput {
  /** The id of the session (`sess_…`). */
  sessionId: string;
  /** How many responses this session started before this one: 0 for the first. */
  responseIndex: number;
  /**
   * How many times this session's model was asked before: each response asks once, and asks again
   * after the MCP calls of its reply have run (so that the model can speak about their results).
   * `scriptedResponder` plays `steps[stepIndex]`.
   */
  stepIndex: number;
  /** The conversation the response sees (the session's items, or `response.input_items`), oldest first. */
  items: ResponseItemUnion[];
  /** The last user message among `items`, if any. */
  lastUserItem?: ResponderUserInput;
  /** The session config as in `session.updated`. */
  session: ResponseSession;
  /** The instructions in force for this response (session or response instructions, plus `additional_instructions`). */
  instructions: string;
  /** The tools available to this response (`response.tools`, else the session's). */
  tools: ToolUnion[];
  /** The output modalities of this response. */
  modalities: Modality[];
  /** The sample rate, in Hz, that reply audio must have (from the output audio format). */
  outputSampleRate: number;
}

/** What the model says. All parts are optional. */
export interface ResponderReply {
  /** The text, or the transcript of the audio. */
  text?: string;
  /**
   * PCM16 audio at `input.outputSampleRate`. When the response has audio and this is missing,
   * the emulator makes speech-like audio of a length that fits the text.
   */
  audio?: Int16Array;
  /** A call of one of the response's function tools (the same as a `functionCalls` of one). */
  functionCall?: FunctionCallRequest;
  /**
   * Calls of the response's function tools, made together in this response (parallel calls): one
   * `function_call` item each, after the message. With `parallel_tool_calls: false` in the session,
   * only the first is made.
   */
  functionCalls?: readonly FunctionCallRequest[];
  /**
   * Makes the function calls before the message instead of after it: a model that calls a tool and
   * then goes on speaking, so the response is still active (and can be cancelled) while the client
   * runs the call.
   */
  callsFirst?: boolean;
  /**
   * Calls of tools of the response's MCP servers. The emulated service runs them before the message
   * (through `EmulatorOptions.mcpServers`); a call that needs approval waits for the client's
   * `mcp_approval_response`. When every call has run and the reply has no text, audio or function
   * call, the model is asked again (the next step) within the same response, to speak about the results.
   */
  mcpCalls?: readonly McpCallRequest[];
}

/** A call of a function tool. */
export interface FunctionCallRequest {
  /** The name of the function tool to call. */
  name: string;
  /** The call's arguments, as a JSON text. */
  arguments: string;
}

/** A call of a tool of an MCP server. */
export interface McpCallRequest {
  /** The `server_label` of the response's `mcp` tool. */
  serverLabel: string;
  /** The name of the server's tool. */
  name: string;
  /** The call's arguments, as a JSON text. */
  arguments: string;
}

/** The model of the emulator: a function of the conversation. */
export type Responder = (input: ResponderInput) => ResponderReply | Promise<ResponderReply>;

/**
 * The default responder. For audio input it says `I heard 1234 ms of audio.` and speaks the input
 * audio back (resampled to the output rate); for text input it says `You said: <text>` with a
 * 500 ms 440 Hz tone as its audio; with no user input, a greeting and the same tone.
 */
export const echoResponder: Responder = (input) => {
  const user = input.lastUserItem;
  const rate = input.outputSampleRate;
  if (user?.audio && user.audio.length > 0) {
    return { text: `I heard ${user.durationMs} ms of audio.`, audio: resample(user.audio, user.sampleRate ?? rate, rate) };
  }
  const beep = tone({ frequency: 440, durationMs: 500, sampleRate: rate, amplitude: 6000 });
  if (user?.text !== undefined) return { text: `You said: ${user.text}`, audio: beep };
  return { text: "Hello from the Voice Live emulator.", audio: beep };
};

/** One step of a script: a text, a reply, or a responder to call. */
export type ScriptStep = string | ResponderReply | Responder;

/** Options of `scriptedResponder`. */
export interface ScriptedResponderOptions {
  /** What answers once the script has run out. Default `echoResponder`. */
  then?: Responder;
}

/**
 * A responder that plays a script: the session's first response is `steps[0]`, the second
 * `steps[1]`, and so on (counted per session, so parallel sessions each play the whole script; the
 * model's second turn within a response, after its MCP calls, plays the next step too).
 * A function or MCP call is made only when the response has that tool (a function tool of that
 * name, an `mcp` tool of that server label); when none of a step's calls can be made, it answers
 * with its `text`, or says which tool is missing. After the function's output item, the next
 * `response.create` plays the next step.
 *
 * @example
 * scriptedResponder([
 *   { functionCall: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
 *   (input) => ({ text: `The weather: ${lastFunctionOutput(input)}` }),
 * ]);
 */
export function scriptedResponder(steps: readonly ScriptStep[], options: ScriptedResponderOptions = {}): Responder {
  const script = [...steps];
  const fallback = options.then ?? echoResponder;
  return async (input) => {
    const step = script[input.stepIndex];
    if (step === undefined) return fallback(input);
    const reply: ResponderReply = typeof step === "string" ? { text: step } : typeof step === "function" ? await step(input) : { ...step };
    return keepAvailableCalls(reply, input.tools);
  };
}

/** A reply with only the calls of tools the response has; when none is left, words that say what is missing. */
function keepAvailableCalls(reply: ResponderReply, tools: readonly ToolUnion[]): ResponderReply {
  const hasFunction = (name: string) => tools.some((t) => t.type === "function" && (t as { name?: unknown }).name === name);
  const hasServer = (label: string) => tools.some((t) => t.type === "mcp" && (t as { serverLabel?: unknown }).serverLabel === label);
  const functions = [...(reply.functionCall ? [reply.functionCall] : []), ...(reply.functionCalls ?? [])];
  const mcp = reply.mcpCalls ?? [];
  if (!functions.length && !mcp.length) return reply;
  const keptFunctions = functions.filter((c) => hasFunction(c.name));
  const keptMcp = mcp.filter((c) => hasServer(c.serverLabel));
  const { functionCall: _one, functionCalls: _many, mcpCalls: _mcp, ...rest } = reply;
  const out: ResponderReply = { ...rest };
  if (keptFunctions.length) out.functionCalls = keptFunctions;
  if (keptMcp.length) out.mcpCalls = keptMcp;
  if (!keptFunctions.length && !keptMcp.length && out.text === undefined) {
    const missing = functions.length ? functions[0].name : `${mcp[0].name} of ${mcp[0].serverLabel}`;
    out.text = `I would call ${missing}, but it is not among the tools of this response.`;
  }
  return out;
}

/** Length of speech-like audio for a text when a reply has none: about 60 ms a character, 0.3 to 20 s. */
export function speechDurationMs(text: string): number {
  return Math.min(20_000, Math.max(300, text.length * 60));
}

/** One function call of the conversation and its output, if the client has sent it. */
export interface FunctionCallResult {
  /** The `call_id` of the call. */
  callId: string;
  /** The name of the function called. */
  name: string;
  /** The call's arguments, as a JSON text. */
  arguments: string;
  /** The `output` of the call's `function_call_output` item; undefined while the client has sent none. */
  output?: string;
}

/**
 * The function calls of the conversation, oldest first, each with its `function_call_output` when
 * the conversation has one: what a model sees after answering several calls at once.
 */
export function functionCallResults(input: ResponderInput): FunctionCallResult[] {
  const outputs = new Map<string, string>();
  for (const item of input.items as { type: string; callId?: unknown; output?: unknown }[]) {
    if (item.type === "function_call_output" && typeof item.callId === "string" && typeof item.output === "string") outputs.set(item.callId, item.output);
  }
  const out: FunctionCallResult[] = [];
  for (const item of input.items as { type: string; callId?: unknown; name?: unknown; arguments?: unknown }[]) {
    if (item.type !== "function_call" || typeof item.callId !== "string") continue;
    const result: FunctionCallResult = { callId: item.callId, name: String(item.name), arguments: String(item.arguments) };
    const output = outputs.get(item.callId);
    if (output !== undefined) result.output = output;
    out.push(result);
  }
  return out;
}

/** The `output` of the newest `mcp_call` item of the conversation that has one, if any. */
export function lastMcpOutput(input: ResponderInput): string | undefined {
  for (let i = input.items.length - 1; i >= 0; i--) {
    const item = input.items[i] as { type: string; output?: unknown };
    if (item.type === "mcp_call" && typeof item.output === "string") return item.output;
  }
  return undefined;
}

/** The `output` of the newest `function_call_output` item of the conversation, if any. */
export function lastFunctionOutput(input: ResponderInput): string | undefined {
  for (let i = input.items.length - 1; i >= 0; i--) {
    const item = input.items[i] as { type: string; output?: unknown };
    if (item.type === "function_call_output" && typeof item.output === "string") return item.output;
  }
  return undefined;
}
