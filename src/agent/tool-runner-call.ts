/**
 * One function call of the tool runner: parse the arguments, run the handler with a signal and a
 * timeout, and settle exactly once, with one output or (aborted) none.
 */
import { VoiceLiveError } from "../errors.js";
import type { VoiceLiveSession } from "../session.js";
import type { ToolDefinition } from "./tool-runner.js";

/**
 * How a call ended: `answered` (the handler's result), `failed` (it threw), `invalidArguments` (not
 * JSON), `unknownTool` (no function of that name), `timedOut` (an error output was sent), or
 * `aborted` (its response was cancelled or the runner closed: no output).
 */
export type CallOutcome = "answered" | "failed" | "invalidArguments" | "unknownTool" | "timedOut" | "aborted";

export interface ToolCallSetup {
  session: VoiceLiveSession;
  tool: ToolDefinition<never> | undefined;
  callId: string;
  name: string;
  responseId: string;
  itemId?: string;
  timeoutInMs: number;
  /** Sends the `function_call_output`. Called at most once. */
  answer: (output: string) => void;
  /** Called once, after `answer` when there is an output. */
  settled: (outcome: CallOutcome, output?: string) => void;
}

/** The output the model reads when a call failed: an object with the reason, so it can tell the user. */
function errorOutput(message: string): string {
  return JSON.stringify({ error: message });
}

export class ToolCall {
  private readonly controller = new AbortController();
  private timer?: ReturnType<typeof setTimeout>;
  private done = false;

  constructor(private readonly setup: ToolCallSetup) {}

  run(argumentsText: string): void {
    const { tool, name } = this.setup;
    if (!tool) return this.settle("unknownTool", errorOutput(`no function named ${JSON.stringify(name)} is available`));
    let args: unknown;
    try {
      args = argumentsText.trim() === "" ? {} : JSON.parse(argumentsText);
    } catch (e) {
      return this.settle("invalidArguments", errorOutput(`the arguments of ${name} are not valid JSON (${(e as Error).message}); call it again with a JSON object`));
    }
    const ms = this.setup.timeoutInMs;
    // 0 or Infinity means no timeout; past what a timer can wait (about 24.8 days) it would fire at once.
    if (ms > 0 && ms <= 2_147_483_647) {
      this.timer = setTimeout(() => {
        this.controller.abort(new VoiceLiveError("TIMEOUT", `${name} did not finish within ${ms} ms`));
        this.settle("timedOut", errorOutput(`${name} did not finish within ${ms} ms`));
      }, ms);
    }
    const context = { signal: this.controller.signal, callId: this.setup.callId, name, responseId: this.setup.responseId, itemId: this.setup.itemId, session: this.setup.session };
    Promise.resolve()
      .then(() => tool.handler(args as never, context))
      .then(
        (result) => this.settle("answered", typeof result === "string" ? result : JSON.stringify(result ?? null)),
        (e: unknown) => this.settle("failed", errorOutput(e instanceof Error ? e.message : String(e))),
      );
  }

  /** The response was cancelled (or the runner closed): the handler's signal fires, and no output is sent. */
  abort(reason: VoiceLiveError): void {
    if (this.done) return;
    this.controller.abort(reason);
    this.settle("aborted");
  }

  private settle(outcome: CallOutcome, output?: string): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    if (output !== undefined) this.setup.answer(output);
    this.setup.settled(outcome, output);
  }
}
