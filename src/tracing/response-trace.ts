/**
 * One response's span, from `response.created` to `response.done`: its id, final status, token
 * counts, and when its first audio and first transcript arrived. Timings are taken here rather than
 * from the agent layer's metrics helper: that helper subscribes to the session, and a subscriber
 * changes who receives the events buffered before the user's first one; these two clock readings
 * per response are all the span needs.
 */
import type { TracingSpan } from "@azure/core-tracing";
import type { ServerEventResponseDone, VoiceLiveResponse } from "../../generated/models.js";
import { Attr } from "./names.js";

const now = (): number => performance.now();

export class ResponseTrace {
  private readonly startedAt = now();
  private firstAudio = false;
  private firstTranscript = false;
  /** The transcript so far, kept only when content recording is on. */
  private transcript?: string;

  constructor(
    readonly span: TracingSpan,
    recordContent: boolean,
  ) {
    if (recordContent) this.transcript = "";
  }

  audio(): void {
    if (this.firstAudio) return;
    this.firstAudio = true;
    this.span.setAttribute(Attr.firstAudioMs, Math.round(now() - this.startedAt));
  }

  text(delta: string): void {
    if (!this.firstTranscript) {
      this.firstTranscript = true;
      this.span.setAttribute(Attr.firstTranscriptMs, Math.round(now() - this.startedAt));
    }
    if (this.transcript !== undefined) this.transcript += delta;
  }

  truncated(): void {
    this.span.setAttribute(Attr.truncated, true);
  }

  done(event: ServerEventResponseDone): void {
    const response = event.response;
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
