/**
 * The tool runner: function tools run for the model. It declares them in the session config, runs
 * each call the model makes (parsing its arguments, with an `AbortSignal` and a timeout), answers it
 * with one `function_call_output`, and creates the next response once every call of a response is
 * answered and that response is done. MCP approval requests go to a callback.
 *
 * Why it waits for both: a `response.create` sent while parallel calls are still running makes the
 * model answer without their results, and one sent before the calling response is done races it.
 */
import type {
  FunctionTool,
  RequestSession,
  ResponseCreateParams,
  ResponseFunctionCallItem,
  ResponseItemUnion,
  ResponseMCPApprovalRequestItem,
  ServerEventResponseDone,
  ServerEventResponseFunctionCallArgumentsDone,
  ServerEventResponseOutputItemDone,
} from "../../generated/models.js";
import { KnownItemType, KnownResponseItemStatus, KnownResponseStatus } from "../../generated/known.js";
import { VoiceLiveError } from "../errors.js";
import type { VoiceLiveSession, VoiceLiveSubscription } from "../session.js";
import { helperView, type AnyVoiceLiveSession } from "./any-session.js";
import { ToolCall, type CallOutcome } from "./tool-runner-call.js";
import type { TurnTaker } from "./turns.js";

export type { CallOutcome } from "./tool-runner-call.js";

/** What a handler gets besides the arguments. */
export interface ToolCallContext {
  /** Fires when the response that made the call is cancelled, or the call's timeout elapses; its `reason` says which. */
  signal: AbortSignal;
  /** The `call_id` the output answers. */
  callId: string;
  /** The function's name. */
  name: string;
  /** The response that made the call. */
  responseId: string;
  /** The `function_call` item's id. */
  itemId?: string;
  session: VoiceLiveSession;
}

/** A function the model may call. */
export interface ToolDefinition<Args = unknown> {
  name: string;
  /** What it does and when to call it; the model reads this. */
  description?: string;
  /** JSON Schema of the arguments object. */
  parameters?: Record<string, unknown>;
  /**
   * Runs the call. A string result is sent as the output as it is; anything else as JSON. A throw
   * (or rejection) is sent as `{"error": message}`, so the model hears of it.
   */
  handler: (args: Args, context: ToolCallContext) => unknown;
  /** This function's timeout; defaults to the runner's `timeoutInMs`. */
  timeoutInMs?: number;
}

/** An `mcp_approval_request` item, for the approval callback. */
export interface McpApprovalRequest {
  /** The request item's id, which the `mcp_approval_response` names. */
  approvalRequestId: string;
  serverLabel: string;
  /** The MCP tool's name. */
  name: string;
  /** Its arguments, as JSON text. */
  arguments?: string;
  responseId: string;
}

/** What `onCallSettled` reports of each call. */
export interface ToolCallSettled {
  callId: string;
  name: string;
  responseId: string;
  outcome: CallOutcome;
  /** The `function_call_output` sent, when one was (not for `aborted`). */
  output?: string;
}

/** Settings of a `ToolRunner`. */
export interface ToolRunnerOptions {
  /** Creates the next response through this turn taker (queued, refused or cancelling as it is set); else directly on the session. */
  turns?: TurnTaker;
  /** Whether to create the next response once every call of a response is answered. Default true. */
  createResponse?: boolean;
  /** Settings of the next response. `cancelPrevious` is set by the turn taker, or `false` without one. */
  nextResponse?: ResponseCreateParams;
  /** Time a call may take before its signal fires and an error output is sent. Default 30 s; 0 or `Infinity`: none. */
  timeoutInMs?: number;
  /** Approves (true) or denies (false) an MCP tool call. Without it, approval requests are left to the app. */
  onMcpApprovalRequest?: (request: McpApprovalRequest) => boolean | Promise<boolean>;
  /** How each call ended. */
  onCallSettled?: (settled: ToolCallSettled) => void;
  /** Errors the runner cannot return to a caller: a failed send, a next response refused, a throwing callback. */
  onError?: (error: unknown) => void;
}

/** One response's calls and approval requests, until they are answered and the response is done. */
interface ResponseWork {
  calls: Map<string, ToolCall>;
  approvals: Set<string>;
  /** Answers (outputs, approval responses) still to be written. */
  unanswered: number;
  /** Sends of the answers, awaited before the next `response.create`. */
  sends: Promise<unknown>[];
  status?: string;
  followedUp: boolean;
}

/** Runs the registered functions for the model. It subscribes when made; `close()` stops it. */
export class ToolRunner {
  private readonly tools = new Map<string, ToolDefinition<never>>();
  private readonly work = new Map<string, ResponseWork>();
  /** Every call id and approval request seen: each is answered at most once. */
  private readonly seen = new Set<string>();
  private readonly subscription: VoiceLiveSubscription;
  private closed = false;

  private readonly session: VoiceLiveSession;

  constructor(
    session: AnyVoiceLiveSession,
    private readonly options: ToolRunnerOptions = {},
  ) {
    this.session = helperView(session);
    this.subscription = this.session.subscribe({
      onResponseFunctionCallArgumentsDone: (e) => this.argumentsDone(e),
      onResponseOutputItemDone: (e) => this.itemDone(e),
      onResponseDone: (e) => this.responseDone(e),
      // The calls belong to a server session that is gone: their outputs could not be delivered.
      onReconnected: () => this.abortAll("the connection was lost; the reconnected session is a new one"),
      onDisconnected: () => this.abortAll("the session closed"),
    });
  }

  /** Registers a function (replacing one of the same name). */
  register<Args>(tool: ToolDefinition<Args>): this {
    if (!tool.name) throw new VoiceLiveError("INVALID_ARGUMENT", "a tool needs a name");
    if (typeof tool.handler !== "function") throw new VoiceLiveError("INVALID_ARGUMENT", `the tool ${tool.name} needs a handler`);
    this.tools.set(tool.name, tool as ToolDefinition<never>);
    return this;
  }

  /** Removes a function; calls of it already running go on. */
  unregister(name: string): boolean {
    return this.tools.delete(name);
  }

  /** The functions as the session config declares them (`tools` of `session.update`). */
  definitions(): FunctionTool[] {
    return [...this.tools.values()].map((t) => ({ type: "function", name: t.name, description: t.description, parameters: t.parameters ?? { type: "object", properties: {} } }));
  }

  /**
   * Sends a `session.update` with the functions, after `config.tools` (the service replaces the
   * whole list, so other tools such as MCP servers go there), and waits for `session.updated`.
   */
  configureSession(config: RequestSession = {}, options?: { timeoutInMs?: number; abortSignal?: AbortSignal }): ReturnType<VoiceLiveSession["configure"]> {
    return this.session.configure({ ...config, tools: [...(config.tools ?? []), ...this.definitions()] }, options);
  }

  /** The same as `close()`. */
  dispose(): void {
    this.close();
  }

  /** Stops handling calls; running ones are aborted and answer nothing. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.subscription.close();
    this.abortAll("the tool runner was closed");
  }

  /** Aborts every running call (no output) and forgets the responses waiting for answers. */
  private abortAll(why: string): void {
    const all = [...this.work.values()];
    this.work.clear();
    for (const w of all) {
      w.followedUp = true;
      for (const call of w.calls.values()) call.abort(new VoiceLiveError("ABORTED", why));
    }
  }

  private workOf(responseId: string): ResponseWork {
    let w = this.work.get(responseId);
    if (!w) this.work.set(responseId, (w = { calls: new Map(), approvals: new Set(), unanswered: 0, sends: [], followedUp: false }));
    return w;
  }

  private argumentsDone(e: ServerEventResponseFunctionCallArgumentsDone): void {
    this.start(e.responseId, e.callId, e.name, e.arguments, e.itemId);
  }

  private itemDone(e: ServerEventResponseOutputItemDone): void {
    this.item(e.responseId, e.item);
  }

  /** A function call (already complete) or an approval request, from whichever event shows it first. */
  private item(responseId: string, item: ResponseItemUnion | undefined): void {
    if (item?.type === KnownItemType.FunctionCall) {
      const call = item as ResponseFunctionCallItem;
      // A call cut short (its response cancelled while the arguments streamed) is not run.
      if (call.status === KnownResponseItemStatus.Completed) this.start(responseId, call.callId, call.name, call.arguments, call.id);
    } else if (item?.type === KnownItemType.McpApprovalRequest) {
      this.approval(responseId, item as ResponseMCPApprovalRequestItem);
    }
  }

  private start(responseId: string, callId: string, name: string, args: string, itemId: string | undefined): void {
    if (this.closed || this.seen.has(callId)) return;
    this.seen.add(callId);
    const w = this.workOf(responseId);
    const tool = this.tools.get(name);
    const call = new ToolCall({
      session: this.session,
      tool,
      callId,
      name,
      responseId,
      itemId,
      timeoutInMs: tool?.timeoutInMs ?? this.options.timeoutInMs ?? 30_000,
      answer: (output) => this.answer(w, this.session.addConversationItem({ type: KnownItemType.FunctionCallOutput, callId, output })),
      settled: (outcome, output) => {
        if (outcome === "aborted") this.unanswered(w);
        this.report(() => this.options.onCallSettled?.({ callId, name, responseId, outcome, output }));
      },
    });
    w.calls.set(callId, call);
    w.unanswered++;
    call.run(args);
  }

  private approval(responseId: string, item: ResponseMCPApprovalRequestItem): void {
    const callback = this.options.onMcpApprovalRequest;
    const id = item.id;
    if (this.closed || !callback || id === undefined || this.seen.has(id)) return;
    this.seen.add(id);
    const w = this.workOf(responseId);
    w.approvals.add(id);
    w.unanswered++;
    const request: McpApprovalRequest = { approvalRequestId: id, serverLabel: item.serverLabel, name: item.name, arguments: item.arguments, responseId };
    void Promise.resolve()
      .then(() => callback(request))
      .catch((e: unknown) => {
        // A callback that fails cannot have approved: the call is denied rather than left waiting.
        this.report(() => this.options.onError?.(e));
        return false;
      })
      .then((approve) => {
        if (this.closed) return this.unanswered(w);
        this.answer(w, this.session.addConversationItem({ type: KnownItemType.McpApprovalResponse, approvalRequestId: id, approve: approve === true }));
      });
  }

  /** Counts an answer once its send is handed over; the next response waits for the send itself. */
  private answer(w: ResponseWork, sending: Promise<void>): void {
    const sent = sending.catch((e: unknown) => this.report(() => this.options.onError?.(e)));
    w.sends.push(sent);
    w.unanswered--;
    this.followUp(w);
  }

  private unanswered(w: ResponseWork): void {
    w.unanswered--;
    this.followUp(w);
  }

  private responseDone(e: ServerEventResponseDone): void {
    const id = e.response.id;
    if (id === undefined || this.closed) return;
    // Calls the stream did not show (events missed) are in the final output.
    for (const item of e.response.output ?? []) this.item(id, item);
    const w = this.work.get(id);
    if (!w) return;
    w.status = e.response.status;
    if (w.status === KnownResponseStatus.Cancelled) {
      // The user moved on: running calls are aborted and answer nothing, and no response follows.
      for (const call of w.calls.values()) call.abort(new VoiceLiveError("ABORTED", `the response ${id} was cancelled`));
    }
    this.followUp(w);
  }

  /** The next response, once every answer of a done, not cancelled response is sent. */
  private followUp(w: ResponseWork): void {
    if (w.status === undefined || w.unanswered > 0 || w.followedUp) return;
    w.followedUp = true;
    for (const [id, other] of this.work) if (other === w) this.work.delete(id);
    if (w.status === KnownResponseStatus.Cancelled || this.options.createResponse === false || this.closed) return;
    if (w.sends.length === 0) return;
    void Promise.all(w.sends).then(() => {
      if (this.closed) return;
      const params = this.options.nextResponse;
      const created = this.options.turns ? this.options.turns.createResponse(params) : this.session.createResponse({ ...params, cancelPrevious: false });
      created.catch((e: unknown) => this.report(() => this.options.onError?.(e)));
    });
  }

  private report(fn: () => void): void {
    try {
      fn();
    } catch {
      // A throwing observer must not stop the runner.
    }
  }
}
