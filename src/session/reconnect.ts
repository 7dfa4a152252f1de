/**
 * The reconnect loop of a connection that dropped (or is recycled): backoff with jitter, a fresh
 * handshake (and token) per attempt, until one connects, the rules say stop, or the session is
 * closed. The connection that owns it gives it only what the loop needs (`ReconnectHost`).
 */
import { VoiceLiveConnectionError, VoiceLiveError } from "../errors.js";
import { logger } from "../internal/logger.js";
import type { FanOut } from "./fanout.js";
import type { Backoff } from "./options.js";
import { backoffDelay, endsReconnecting } from "./retry.js";
import { sleep } from "./wait.js";

/** What the loop asks of the connection. */
export interface ReconnectHost {
  readonly fanout: FanOut;
  /** `close()` was called. */
  readonly closing: boolean;
  /** Enters `reconnecting` for one attempt; `stop` aborts its wait and handshake. */
  reconnecting(stop: AbortController): void;
  /** One handshake; resolves once `session.created` made the session connected (config resent). */
  attempt(signal: AbortSignal, attempt: number): Promise<void>;
  /** Drops the link of the attempt that failed. */
  dropLink(): void;
  /** The session is over. */
  finish(error?: VoiceLiveError): void;
}

export interface Drop {
  /** Why: the connection dropped, or is recycled before the session length limit (its first attempt waits for nothing). */
  reason: "dropped" | "recycle";
  cause?: VoiceLiveError;
  code: number;
  closeReason: string;
}

/** Runs the attempts; ends connected, or closed with `RECONNECT_FAILED` (or quietly when the session was closed). */
export async function reconnect(host: ReconnectHost, rules: Backoff, connectTimeoutInMs: number, { reason, cause, code, closeReason }: Drop): Promise<void> {
  let last = cause;
  let retryAfter = 0;
  let attempts = 0;
  for (let attempt = 1; attempt <= rules.maxAttempts; attempt++) {
    // close() aborts the backoff and the attempt alike, a token request included.
    const stop = new AbortController();
    host.reconnecting(stop);
    const delayInMs = reason === "recycle" && attempt === 1 ? 0 : backoffDelay(rules, attempt, retryAfter);
    host.fanout.push({ kind: "reconnecting", info: { attempt, maxAttempts: rules.maxAttempts, delayInMs, reason, error: last } });
    logger.info(`reconnecting: attempt ${attempt} of ${rules.maxAttempts} in ${delayInMs} ms`);
    await sleep(delayInMs, stop.signal).catch(() => {});
    if (host.closing) break;
    attempts = attempt;
    const timer = setTimeout(() => stop.abort(new VoiceLiveError("TIMEOUT", `reconnecting took longer than ${connectTimeoutInMs} ms`)), connectTimeoutInMs);
    try {
      await host.attempt(stop.signal, attempt);
      return; // the connection is connected again, its config sent again and onReconnected reported.
    } catch (e) {
      host.dropLink();
      last = e instanceof VoiceLiveError ? e : new VoiceLiveError("CONNECTION_FAILED", String(e), { cause: e });
      retryAfter = (last as VoiceLiveConnectionError).retryAfterInMs ?? 0;
      if (host.closing || endsReconnecting(last)) break;
    } finally {
      clearTimeout(timer);
    }
  }
  if (host.closing) {
    host.fanout.push({ kind: "disconnected", code, reason: closeReason });
    host.finish();
    return;
  }
  const error = new VoiceLiveConnectionError("RECONNECT_FAILED", `could not reconnect after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${last?.message ?? "unknown error"}`, {
    cause: last,
    statusCode: (last as VoiceLiveConnectionError | undefined)?.statusCode,
    closeCode: code,
    closeReason,
  });
  host.fanout.push({ kind: "error", error });
  host.fanout.push({ kind: "disconnected", code, reason: closeReason, error });
  host.finish(error);
}
