/**
 * One response's span, from `response.created` to `response.done`: its id, final status, token
 * counts, and when its first audio and first transcript arrived. The timings are the turn clock's
 * (src/internal/turn-clock.ts), the same definition the agent layer's per-turn metrics use, fed by
 * the session's trace directly: subscribing to the session, as the metrics helper does, would change
 * who receives the events buffered before the user's first subscriber.
 */
import type { TracingSpan } from "@azure/core-tracing";
import type { ServerEventResponseDone, VoiceLiveResponse } from "../../generated/models.js";
import type { TurnClock, TurnTiming } from "../internal/turn-clock.js";
import { Attr } from "./names.js";

export class ResponseTrace {
  /** The transcript so far, kept only when content recording is on. */
  private transcript?: string;

  constructor(
    readonly span: TracingSpan,
    private readonly clock: TurnClock,
    private readonly timing: TurnTiming,
    recordContent: boolean,
  ) {
    if (recordContent) this.transcript = "";
    span.setAttribute(Attr.turnStart, timing.from);
    span.setAttribute(Attr.responseCreatedMs, Math.round(timing.responseCreatedMs));
  }

  audio(): void {
    if (this.timing.firstAudioMs !== undefined) return;
    this.clock.audio(this.timing);
    this.span.setAttribute(Attr.firstAudioMs, Math.round(this.timing.firstAudioMs!));
  }

  text(delta: string): void {
    if (this.timing.firstTranscriptMs === undefined) {
      this.clock.transcript(this.timing);
      this.span.setAttribute(Attr.firstTranscriptMs, Math.round(this.timing.firstTranscriptMs!));
    }
    if (this.transcript !== undefined) this.transcript += delta;
  }

  truncated(): void {
    this.span.setAttribute(Attr.truncated, true);
  }

  done(event: ServerEventResponseDone): void {
    const response = event.response;
    this.span.setAttribute(Attr.doneMs, Math.round(this.clock.since(this.timing)));
    setOutcome(this.span, response);
    const usage = response.usage;
    if (usage) {
      this.span.setAttribute(Attr.inputTokens, usage.inputTokens);
      this.span.setAttribute(Attr.outputTokens, usage.outputTokens);
      this.span.setAttribute(Attr.inputAudioTokens, usage.inputTokenDetails?.audioTokens);
      this.span.setAttribute(Attr.outputAudioTokens, usage.outputTokenDetails?.audioTokens);
      this.span.setAttribute(Attr.cachedTokens, usage.inputTokenDetails?.cachedTokens);
    }
    this.end();
  }

  /** Ends the span; a response still open when the connection goes ends without a status. */
  end(): void {
    if (this.transcript) this.span.setAttribute(Attr.transcript, this.transcript);
    this.span.end();
  }
}

/** Status and its details; a failed response makes the span's status an error. */
function setOutcome(span: TracingSpan, response: VoiceLiveResponse): void {
  const status = response.status;
  span.setAttribute(Attr.status, status);
  const details = response.statusDetails;
  if (details && "reason" in details) span.setAttribute(Attr.statusReason, String(details.reason));
  if (status === "failed") {
    // The failure's error object may quote the input: only its code or type goes on the span.
    const error = details && "error" in details ? (details.error as { code?: unknown; type?: unknown } | null) : undefined;
    const type = String(error?.code ?? error?.type ?? "failed");
    span.setAttribute(Attr.errorType, type);
    span.setStatus({ status: "error" });
  } else {
    span.setStatus({ status: "success" });
  }
}
