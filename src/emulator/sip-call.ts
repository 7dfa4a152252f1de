/**
 * How a test scripts a SIP call for the emulator (`EmulatorOptions.sipCall`). In its own module, so
 * that the public declarations of `ai-voicelive/emulator` do not import "ws".
 */
import type { SipCallTerminalReason } from "../../generated/models.js";

/**
 * A SIP (telephone) call that the emulator places into each session whose api-version has the call
 * events (2026-07-31-preview): `realtime.call.incoming`, then `realtime.call.connected` or
 * `realtime.call.failed`, then, as asked, a transfer outcome and `realtime.call.disconnected`.
 * Sessions of other api-versions get no call: those versions have no such events.
 */
export interface EmulatorSipCall {
  /** The call's `call_id`. Default: a new `rtc_call_…` id in each session. */
  callId?: string;
  /** The call's `chain_id`. Default: a new `chain_…` id in each session. */
  chainId?: string;
  /** Milliseconds before each call event: after `session.created`, then between events. Default 0. */
  stepMs?: number;
  /**
   * How the incoming call goes on: `"connected"` (the default) accepts it, `"failed"` fails its setup
   * (`realtime.call.failed` with the reason `SetupFailure`), which ends the script.
   */
  outcome?: "connected" | "failed";
  /**
   * Once connected, a blind transfer: `"succeeded"` reports `realtime.call.transfer.succeeded`, and
   * the call then ends (`realtime.call.disconnected`, reason `TransferSucceeded`); `"failed"`
   * reports `realtime.call.transfer.failed`, and the call stays up. Default: no transfer.
   */
  transfer?: "succeeded" | "failed";
  /**
   * Once connected (and after a failed transfer), the call ends with `realtime.call.disconnected`
   * and this reason, such as `"SipProxyTerminate"` (the caller hung up). Default: it stays up.
   */
  hangUp?: SipCallTerminalReason;
}

/** Checks `EmulatorOptions.sipCall`; throws a `TypeError` that names the bad setting. */
export function checkSipCall(call: unknown): EmulatorSipCall | undefined {
  if (call === undefined) return undefined;
  if (call === null || typeof call !== "object") throw new TypeError("sipCall must be an object such as { outcome: \"connected\" }");
  const c = call as Record<string, unknown>;
  for (const key of ["callId", "chainId", "hangUp"] as const) {
    if (c[key] !== undefined && (typeof c[key] !== "string" || c[key] === "")) throw new TypeError(`sipCall.${key} must be a non-empty string`);
  }
  if (c.stepMs !== undefined && (typeof c.stepMs !== "number" || !Number.isFinite(c.stepMs) || c.stepMs < 0)) throw new TypeError("sipCall.stepMs must be a number of milliseconds >= 0");
  if (c.outcome !== undefined && c.outcome !== "connected" && c.outcome !== "failed") throw new TypeError('sipCall.outcome must be "connected" or "failed"');
  if (c.transfer !== undefined && c.transfer !== "succeeded" && c.transfer !== "failed") throw new TypeError('sipCall.transfer must be "succeeded" or "failed"');
  return c as EmulatorSipCall;
}
