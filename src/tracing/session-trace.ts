/**
 * The spans of one session, through `@azure/core-tracing`: a `connect` span per handshake attempt,
 * a `session` span per server session (from `session.created` to the close), and a `response` span
 * per response under it; send and receive errors become events of the session span.
 *
 * Tracing costs nothing per event when it is off: the first connect attempt starts a span, and when
 * that span is not recording (no instrumenter registered, or the sampler said no) the connection
 * drops this object and never calls it again.
 */
import { createTracingClient, type OperationTracingOptions, type TracingClient, type TracingSpan } from "@azure/core-tracing";
import type { ServerEvent, ServerEventMap } from "../../generated/models.js";
import { realtimeEndpoint } from "../../generated/tables.js";
import { datedServerEventType } from "../versions.js";
import type { VoiceLiveConnectionError, VoiceLiveServerError, VoiceLiveError } from "../errors.js";
import { SDK_VERSION } from "../internal/version.js";
import { Attr, EventNames, GEN_AI_SYSTEM, SpanNames, TRACING_NAMESPACE } from "./names.js";
import { TurnClock } from "../internal/turn-clock.js";
import { ResponseTrace } from "./response-trace.js";

/** What a session's tracing is told by its options. */
export interface SessionTraceOptions {
  /** The parent of the session's spans (`tracingOptions.tracingContext`). */
  tracingOptions?: OperationTracingOptions;
  /** Put content (transcripts, service error messages) on spans. */
  enableContentRecording?: boolean;
}

let client: TracingClient | undefined;

/** One client for the package, made when the first session is: the instrumenter is looked up per span anyway. */
function tracingClient(): TracingClient {
  return (client ??= createTracingClient({ namespace: TRACING_NAMESPACE, packageName: "ai-voicelive", packageVersion: SDK_VERSION }));
}

type Attributes = Record<string, string | number | boolean | undefined>;

/** A connect attempt's span: ended with the handshake's outcome. */
export class ConnectTrace {
  constructor(private readonly span: TracingSpan) {}

  /** Waits for the attempt and records how it went; the outcome is passed on unchanged. */
  follow(attempt: Promise<void>): Promise<void> {
    return attempt.then(
      () => {
        // A WebSocket handshake that succeeds is always answered with 101 Switching Protocols.
        this.span.setAttribute(Attr.statusCode, 101);
        this.span.setStatus({ status: "success" });
        this.span.end();
      },
      (e: unknown) => {
        const error = e as VoiceLiveError;
        this.span.setAttribute(Attr.errorType, error?.code ?? "CONNECTION_FAILED");
        // Read, not `instanceof`: this module is loaded on demand, and a test loader may give it its own copy of errors.ts.
        const status = (e as VoiceLiveConnectionError)?.statusCode;
        if (typeof status === "number") this.span.setAttribute(Attr.statusCode, status);
        // The message names the cause; it never carries the credential (errors are logged too).
        this.span.setStatus({ status: "error", error: error?.message });
        this.span.end();
        throw e;
      },
    );
  }
}

export class SessionTrace {
  private readonly common: Attributes;
  private session?: TracingSpan;
  /** Children of the session span are started with these options. */
  private sessionOptions?: OperationTracingOptions;
  private responses?: Map<string, ResponseTrace>;
  private readonly clock = new TurnClock();
  private readonly recordContent: boolean;

  constructor(
    url: URL,
    apiVersion: string,
    private readonly options: SessionTraceOptions,
  ) {
    this.recordContent = options.enableContentRecording === true;
    const { query, agentQuery } = realtimeEndpoint;
    const params = url.searchParams;
    this.common = {
      [Attr.system]: GEN_AI_SYSTEM,
      [Attr.serverAddress]: url.hostname,
      [Attr.serverPort]: url.port ? Number(url.port) : undefined,
      [Attr.apiVersion]: apiVersion,
      [Attr.model]: params.get(query.model) ?? undefined,
      [Attr.agentName]: params.get(agentQuery.agentName) ?? undefined,
      [Attr.agentProject]: params.get(agentQuery.projectName) ?? undefined,
    };
  }

  private start(name: string, operation: string, parent: OperationTracingOptions | undefined, kind: "client" | "internal"): { span: TracingSpan; options: OperationTracingOptions | undefined } {
    const { span, updatedOptions } = tracingClient().startSpan(name, { tracingOptions: parent }, { spanKind: kind });
    if (span.isRecording()) {
      span.setAttribute(Attr.operation, operation);
      for (const key in this.common) span.setAttribute(key, this.common[key]);
    }
    return { span, options: updatedOptions.tracingOptions };
  }

  /** A handshake attempt begins; undefined when tracing is off, and then it stays off for the session. */
  connecting(attempt: number, reconnect: boolean): ConnectTrace | undefined {
    const { span } = this.start(SpanNames.connect, "connect", this.options.tracingOptions, "client");
    if (!span.isRecording()) return undefined;
    span.setAttribute(Attr.attempt, attempt);
    span.setAttribute(Attr.reconnect, reconnect);
    return new ConnectTrace(span);
  }

  /** Every event the session receives. */
  heard(event: ServerEvent): void {
    // Audio and text come under the dated names or a version's own (v1's response.output_audio.delta), with the same fields.
    const type = datedServerEventType(event.type);
    if (type === "response.audio.delta") {
      this.responses?.get((event as ServerEventMap["response.audio.delta"]).responseId)?.audio();
      return;
    }
    if (type === "response.audio_transcript.delta" || type === "response.text.delta") {
      const { responseId, delta } = event as ServerEventMap["response.text.delta"];
      this.responses?.get(responseId)?.text(delta);
      return;
    }
    switch (event.type) {
      case "session.created": {
        this.endSession(undefined, undefined);
        const { span, options } = this.start(SpanNames.session, "session", this.options.tracingOptions, "internal");
        span.setAttribute(Attr.conversationId, event.session?.id);
        this.session = span;
        this.sessionOptions = options;
        return;
      }
      case "response.created": {
        const id = event.response.id;
        if (!id) return;
        const { span } = this.start(SpanNames.response, "response", this.sessionOptions, "internal");
        span.setAttribute(Attr.responseId, id);
        (this.responses ??= new Map()).set(id, new ResponseTrace(span, this.clock, this.clock.responseCreated(), this.recordContent));
        return;
      }
      case "input_audio_buffer.speech_started":
        this.clock.speechStarted();
        return;
      case "input_audio_buffer.speech_stopped":
        this.clock.speechStopped();
        return;
      case "input_audio_buffer.committed":
        this.clock.committed();
        return;
      case "response.done": {
        const id = event.response.id;
        const response = id ? this.responses?.get(id) : undefined;
        if (!response) return;
        this.responses!.delete(id!);
        response.done(event);
        return;
      }
      case "conversation.item.truncated":
        // Truncation follows a barge-in, usually after response.done: it is told on the session span.
        this.session?.addEvent?.(EventNames.truncated, { attributes: { [Attr.itemId]: event.itemId, [Attr.audioEndMs]: event.audioEndInMs } });
        for (const response of this.responses?.values() ?? []) response.truncated();
        return;
      case "error": {
        const e = event.error;
        this.session?.addEvent?.(EventNames.serverError, {
          attributes: { [Attr.errorType]: e.code ?? e.type, ...(this.recordContent ? { [Attr.errorMessage]: e.message } : {}) },
        });
        return;
      }
    }
  }

  /** A frame the session could not read, or another SDK error on the receiving side. */
  receiveFailed(error: VoiceLiveError): void {
    this.session?.addEvent?.(EventNames.receiveError, { attributes: { [Attr.errorType]: error.code } });
  }

  /** Passes a send on, telling the session span when it fails. */
  sending(sent: Promise<void>, type: string): Promise<void> {
    return sent.catch((e: unknown) => {
      const code = (e as VoiceLiveServerError)?.serverCode ?? (e as VoiceLiveError)?.code ?? "UNKNOWN";
      this.session?.addEvent?.(EventNames.sendError, { attributes: { [Attr.errorType]: code, [Attr.eventType]: type } });
      throw e;
    });
  }

  /** The connection of the server session closed (for good, or before a reconnect). */
  closed(code: number, reason: string, error: VoiceLiveError | undefined): void {
    this.endSession(code, reason, error);
  }

  private endSession(code: number | undefined, reason: string | undefined, error?: VoiceLiveError): void {
    if (this.responses) {
      for (const response of this.responses.values()) response.end();
      this.responses = undefined;
    }
    const span = this.session;
    if (!span) return;
    this.session = undefined;
    this.sessionOptions = undefined;
    span.setAttribute(Attr.closeCode, code);
    // A close reason is the peer's text about the close, not conversation content.
    if (reason) span.setAttribute(Attr.closeReason, reason);
    if (error) {
      span.setAttribute(Attr.errorType, error.code);
      span.setStatus({ status: "error", error: error.message });
    } else {
      span.setStatus({ status: "success" });
    }
    span.end();
  }
}
