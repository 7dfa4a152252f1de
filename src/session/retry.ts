/**
 * When to try a connection again, and after how long: the rules that reconnecting and retrying a
 * first connect share.
 */
import type { VoiceLiveError, VoiceLiveErrorCode } from "../errors.js";
import type { Backoff, ResolvedReconnect } from "./options.js";

/** Drops worth a reconnect by default: a lost connection (1001, 1005, 1006) or a server that says "later" (1011–1014). */
const RECONNECTABLE_CODES: ReadonlySet<number> = new Set([1001, 1005, 1006, 1011, 1012, 1013, 1014]);
/** An attempt that fails with one of these ends reconnecting: trying again cannot help. */
const FATAL_CODES: ReadonlySet<VoiceLiveErrorCode> = new Set(["HANDSHAKE_UNAUTHORIZED", "HANDSHAKE_FORBIDDEN", "VALIDATION_FAILED", "INVALID_ARGUMENT"]);
/** A first connect is retried only when the service said "later". */
const RETRYABLE_CODES: ReadonlySet<VoiceLiveErrorCode> = new Set(["HANDSHAKE_THROTTLED", "HANDSHAKE_SERVER_ERROR"]);

/** Whether to reconnect after a drop: the user's `shouldReconnect` if given (it may throw), else by close code. */
export function wantsReconnect(rules: ResolvedReconnect, drop: { code: number; reason: string; error: VoiceLiveError }): boolean {
  return rules.shouldReconnect ? rules.shouldReconnect(drop) : RECONNECTABLE_CODES.has(drop.code);
}

export function endsReconnecting(error: VoiceLiveError): boolean {
  return FATAL_CODES.has(error.code);
}

export function retriesFirstConnect(error: VoiceLiveError): boolean {
  return RETRYABLE_CODES.has(error.code);
}

/** The wait before attempt `attempt` (1-based): doubling from the initial delay up to the cap, half of it random, never under `retryAfterInMs`. */
export function backoffDelay(rules: Backoff, attempt: number, retryAfterInMs = 0): number {
  const base = Math.min(rules.maxDelayInMs, rules.initialDelayInMs * 2 ** (attempt - 1));
  return Math.max(retryAfterInMs, Math.round(base / 2 + Math.random() * (base / 2)));
}
