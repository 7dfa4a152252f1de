/**
 * The responses of a session: `response.create` and `response.cancel`, asking the responder, turning
 * its reply into the service's events (MCP calls, then the message, then function calls), and ending
 * each response with `response.done` and its usage. At most one response is active at a time.
 */
import type { Modality, ToolUnion } from "../../generated/models.js";
import { animationPlan, type AnimationPlan } from "./animation.js";
import type { SessionChannel } from "./channel.js";
import type { Conversation, StoredItem } from "./conversation.js";
import { newId } from "./ids.js";
import type { McpServers } from "./mcp.js";
import { EmulatorSelfCheckError } from "./outbox.js";
import type { FunctionCallRequest, McpCallRequest, ResponderReply } from "./responder.js";
import { responderInput } from "./responder-input.js";
import { emitMessage } from "./response-message.js";
import { ResponseOutput } from "./response-output.js";
import type { SessionConfig } from "./session-config.js";
import { checkTools } from "./tool-check.js";
import { toVersionShape } from "./version-shape.js";
import { inputUsage, responseUsage } from "./usage.js";
import { chunks, compact, isObject, type Wire } from "./wire.js";

/** How many times the model may be asked again within one response after its MCP calls. */
const MAX_MODEL_TURNS = 8;

interface ActiveResponse {
  id: string;
  /** `Date.now()` when it started: the emulated latencies count from here. */
  startedAt: number;
  abort: AbortController;
  finished: boolean;
  audioCleared: boolean;
  output: ResponseOutput;
  awaitingApproval: Set<number>;
  context: StoredItem[];
  modalities: Modality[];
  voice: unknown;
  outputAudioFormat: string;
  temperature: unknown;
  maxOutputTokens: unknown;
  tools: ToolUnion[];
  toolChoice: unknown;
  parallelToolCalls: boolean;
  instructions: string;
  metadata?: unknown;
  preGenerated?: ResponderReply;
  animation: AnimationPlan;
  inputTokens: { text: number; audio: number };
  outputAudioMs: number;
}

export class ResponseEngine {
  private active?: ActiveResponse;
  private responseCount = 0;
  private stepCount = 0;

  constructor(
    private readonly channel: SessionChannel,
    private readonly config: SessionConfig,
    private readonly conversation: Conversation,
    private readonly mcp: McpServers,
    /** Commits pending input audio as `response.create`'s `commit` asks (see `InputAudio.commitForResponse`). */
    private readonly commitInput: (commit: unknown) => void,
  ) {}

  get isActive(): boolean {
    return this.active !== undefined;
  }

  create(params: Wire, additionalInstructions: string | undefined, eventId: string | null): void {
    if (this.active && params.cancel_previous !== true) {
      return this.channel.sendError({
        code: "conversation_already_has_active_response",
        message: `Conversation already has an active response in progress: ${this.active.id}. Wait until the response is finished before creating a new one.`,
        eventId,
      });
    }
    const problem = checkTools(params.tools, "response.tools", this.channel.settings.version);
    if (problem) return this.channel.sendError({ code: "invalid_value", message: problem.message, param: problem.param, eventId });
    // Check the items first: a refused response.create changes nothing.
    const convert = (list: unknown, param: string): StoredItem[] | undefined => {
      const out: StoredItem[] = [];
      for (const [i, request] of (Array.isArray(list) ? list : []).entries()) {
        const stored = this.conversation.toStoredItem(request as Wire, `${param}[${i}]`, eventId);
        if (!stored) return undefined;
        out.push(stored);
      }
      return out;
    };
    const context = Array.isArray(params.input_items) ? convert(params.input_items, "response.input_items") : [];
    const appended = convert(params.append_input_items, "response.append_input_items");
    if (!context || !appended) return;
    this.cancelActive("client_cancelled");
    this.commitInput(params.commit);
    for (const stored of appended) this.conversation.insert(stored);
    this.start(params, additionalInstructions, Array.isArray(params.input_items) ? context : undefined);
  }

  cancel(responseId: string | undefined, eventId: string | null): void {
    const active = this.active;
    if (!active) return this.channel.sendError({ code: "response_cancel_not_active", message: "Cancellation failed: no active response found.", eventId });
    if (responseId !== undefined && responseId !== active.id) {
      return this.channel.sendError({ code: "invalid_value", message: `Cancellation failed: the active response is ${active.id}, not ${responseId}.`, param: "response_id", eventId });
    }
    this.finish(active, "cancelled", { type: "cancelled", reason: "client_cancelled" });
  }

  /** Ends the active response, if any, as cancelled for this reason. */
  cancelActive(reason: "client_cancelled" | "turn_detected"): void {
    if (this.active) this.finish(this.active, "cancelled", { type: "cancelled", reason });
  }

  /** `output_audio_buffer.clear`: the rest of the active response's audio is not sent (its transcript still is). */
  clearAudio(): void {
    if (this.active) this.active.audioCleared = true;
  }

  /** Stops the active response without a word: the connection has ended. */
  abandon(): void {
    if (this.active) {
      this.active.finished = true;
      this.active.abort.abort();
      this.active = undefined;
    }
  }

  /** Starts a response over `context`, or over the whole conversation. */
  start(params: Wire, additionalInstructions: string | undefined, context?: StoredItem[]): void {
    const c = this.config.current;
    const items = context ?? [...this.conversation.items];
    const tools = (Array.isArray(params.tools) ? params.tools : Array.isArray(c.tools) ? c.tools : []) as ToolUnion[];
    const instructions = [typeof params.instructions === "string" ? params.instructions : String(c.instructions ?? ""), additionalInstructions ?? ""].filter(Boolean).join("\n");
    const inputTokens = inputUsage(items, instructions, tools);
    const pre = params.pre_generated_assistant_message;
    const id = newId("resp");
    const r: ActiveResponse = {
      id,
      startedAt: Date.now(),
      abort: new AbortController(),
      finished: false,
      audioCleared: false,
      output: new ResponseOutput(id, this.channel, this.conversation),
      awaitingApproval: new Set(),
      context: items,
      modalities: (Array.isArray(params.modalities) ? params.modalities : Array.isArray(c.modalities) ? c.modalities : ["text", "audio"]) as Modality[],
      voice: params.voice ?? c.voice,
      outputAudioFormat: String(params.output_audio_format ?? c.output_audio_format ?? "pcm16"),
      temperature: params.temperature ?? c.temperature,
      maxOutputTokens: params.max_output_tokens ?? c.max_response_output_tokens ?? "inf",
      tools,
      toolChoice: params.tool_choice ?? c.tool_choice ?? "auto",
      parallelToolCalls: c.parallel_tool_calls !== false,
      instructions,
      metadata: params.metadata,
      preGenerated: isObject(pre) ? { text: messageText(pre) } : undefined,
      animation: animationPlan(c),
      inputTokens,
      outputAudioMs: 0,
    };
    const responseIndex = this.responseCount++;
    this.active = r;
    this.channel.send({ type: "response.created", response: this.responseObject(r, "in_progress", null) });
    this.generate(r, responseIndex).catch((e) => {
      if (e instanceof EmulatorSelfCheckError || r.finished) return this.channel.fail(e, null);
      this.channel.run(() => {
        const message = e instanceof Error ? e.message : String(e);
        this.channel.log(`responder failed: ${message}`);
        this.channel.sendError({ type: "server_error", code: "server_error", message: `The responder failed: ${message}`, eventId: null });
        this.finish(r, "failed", { type: "failed", error: { type: "server_error", code: "server_error", message } });
      });
    });
  }

  /** The response as `response.created` and `response.done` carry it, in the shape of the session's version. */
  private responseObject(r: ActiveResponse, status: string, details: Wire | null, usage: Wire | null = null): Wire {
    return toVersionShape("VoiceLiveResponse", compact({
      id: r.id,
      object: "realtime.response",
      status,
      status_details: details,
      output: r.output.items,
      usage,
      conversation_id: this.conversation.id,
      voice: r.voice,
      modalities: r.modalities,
      output_audio_format: r.outputAudioFormat,
      temperature: r.temperature,
      max_output_tokens: r.maxOutputTokens,
      metadata: r.metadata,
    }), this.channel.settings.version);
  }

  /** Asks the responder for the model's next turn; the context includes what the response has output so far. */
  private async ask(r: ActiveResponse, responseIndex: number): Promise<ResponderReply | undefined> {
    const stepIndex = this.stepCount++;
    const view = { ...r, context: [...r.context, ...r.output.stored.filter((s) => !r.context.includes(s))] };
    const input = responderInput(view, responseIndex, stepIndex, { id: this.channel.id, config: this.config.current, inputFormat: this.config.inputFormat });
    const got = await untilAborted(Promise.resolve().then(() => this.channel.settings.responder(input)), r.abort.signal);
    return isObject(got) ? (got as ResponderReply) : {};
  }

  private async generate(r: ActiveResponse, responseIndex: number): Promise<void> {
    let reply: ResponderReply | undefined;
    if (r.preGenerated) {
      reply = r.preGenerated;
      this.stepCount++;
    } else reply = await this.ask(r, responseIndex);
    for (let turn = 1; ; turn++) {
      if (!reply || r.finished || this.channel.closed) return;
      const noTools = r.toolChoice === "none";
      let calls = noTools ? [] : functionCallsOf(reply);
      if (!r.parallelToolCalls) calls = calls.slice(0, 1);
      const mcpCalls = noTools ? [] : mcpCallsOf(reply);
      const speaks = reply.text !== undefined || reply.audio !== undefined;
      // The service runs MCP tools itself, before the model says anything about them.
      if (mcpCalls.length) {
        await this.mcp.run(r, mcpCalls, r.tools as unknown as Wire[]);
        if (r.finished || this.channel.closed) return;
      }
      const callsFirst = reply.callsFirst === true;
      if (callsFirst) for (const call of calls) this.emitFunctionCall(r, call);
      if (speaks || (!calls.length && !mcpCalls.length)) {
        await emitMessage(this.channel, r, reply);
        if (r.finished || this.channel.closed) return;
      }
      if (!callsFirst) for (const call of calls) this.emitFunctionCall(r, call);
      // After MCP calls that ran, the model goes on within the same response, to use their results.
      if (mcpCalls.length && !speaks && !calls.length && r.awaitingApproval.size === 0 && turn < MAX_MODEL_TURNS) {
        reply = await this.ask(r, responseIndex);
        continue;
      }
      break;
    }
    this.finish(r, "completed", null);
  }

  private emitFunctionCall(r: ActiveResponse, call: FunctionCallRequest): void {
    const args = typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments ?? {});
    const callId = newId("call");
    const item = { id: newId("item"), object: "realtime.item", type: "function_call", name: call.name, call_id: callId, arguments: "", status: "in_progress" };
    const outputIndex = r.output.add(item);
    const ids = { response_id: r.id, item_id: item.id, output_index: outputIndex, call_id: callId };
    for (const delta of chunks(args, 16)) {
      this.channel.send({ type: "response.function_call_arguments.delta", ...ids, delta });
      item.arguments += delta;
    }
    this.channel.send({ type: "response.function_call_arguments.done", ...ids, name: call.name, arguments: args });
    item.status = "completed";
    r.output.done(outputIndex);
  }

  /** Ends a response: closes unfinished items, then `response.done` with usage. Idempotent. */
  private finish(r: ActiveResponse, status: "completed" | "cancelled" | "failed", details: Wire | null): void {
    if (r.finished) return;
    r.finished = true;
    r.abort.abort();
    if (this.active === r) this.active = undefined;
    r.output.closeOpen(r.awaitingApproval);
    const usage = responseUsage(r.inputTokens, r.output.items, r.outputAudioMs);
    this.channel.send({ type: "response.done", response: this.responseObject(r, status, details, usage) });
  }
}

/** The function calls of a reply that name a function: `functionCall`, then `functionCalls`. */
function functionCallsOf(reply: ResponderReply): FunctionCallRequest[] {
  const all = [...(reply.functionCall ? [reply.functionCall] : []), ...(Array.isArray(reply.functionCalls) ? reply.functionCalls : [])];
  return all.filter((c) => isObject(c) && typeof c.name === "string");
}

/** The MCP calls of a reply that name a server and a tool. */
function mcpCallsOf(reply: ResponderReply): McpCallRequest[] {
  const all = Array.isArray(reply.mcpCalls) ? reply.mcpCalls : [];
  return all.filter((c) => isObject(c) && typeof c.serverLabel === "string" && typeof c.name === "string").map((c) => ({ ...c, arguments: typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments ?? {}) }));
}

/** Resolves with the promise's value, or with undefined as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** The text of a message item's text parts. */
function messageText(item: Wire): string {
  const parts = Array.isArray(item.content) ? (item.content as Wire[]) : [];
  return parts
    .map((p) => (typeof p.text === "string" ? p.text : typeof p.transcript === "string" ? p.transcript : ""))
    .filter(Boolean)
    .join(" ");
}
