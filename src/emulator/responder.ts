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
  /** A call of one of the response's function tools. */
  functionCall?: {
    /** The name of the function tool to call. */
    name: string;
    /** The call's arguments, as a JSON text. */
    arguments: string;
  };
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
 * `steps[1]`, and so on (counted per session, so parallel sessions each play the whole script).
 * A step with a `functionCall` calls the function only when the response has a function tool of
 * that name; otherwise it answers with its `text`, or says that the tool is missing. After the
 * function's output item, the next `response.create` plays the next step.
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
    const step = script[input.responseIndex];
    if (step === undefined) return fallback(input);
    const reply: ResponderReply = typeof step === "string" ? { text: step } : typeof step === "function" ? await step(input) : { ...step };
    const call = reply.functionCall;
    if (call && !input.tools.some((t) => t.type === "function" && (t as { name?: unknown }).name === call.name)) {
      return { text: reply.text ?? `I would call ${call.name}, but it is not among the tools of this response.`, audio: reply.audio };
    }
    return reply;
  };
}

/** Length of speech-like audio for a text when a reply has none: about 60 ms a character, 0.3 to 20 s. */
export function speechDurationMs(text: string): number {
  return Math.min(20_000, Math.max(300, text.length * 60));
}

/** The `output` of the newest `function_call_output` item of the conversation, if any. */
export function lastFunctionOutput(input: ResponderInput): string | undefined {
  for (let i = input.items.length - 1; i >= 0; i--) {
    const item = input.items[i] as { type: string; output?: unknown };
    if (item.type === "function_call_output" && typeof item.output === "string") return item.output;
  }
  return undefined;
}
