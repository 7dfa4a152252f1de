/**
 * SIP calls as the emulated service reports them (2026-07-31-preview). A call reaches the service
 * over SIP and is bridged to a session; the session's WebSocket only carries the call's lifecycle.
 * Accepting, rejecting and transferring a call are not WebSocket events in that preview, so the
 * emulator plays the whole lifecycle from the script in `EmulatorOptions.sipCall`, one event per
 * step after `session.created`.
 *
 * The events are built as the generated models and serialized by the generated serializer, so their
 * wire keys come from the spec; a session whose api-version has no call events gets none (the
 * self-check would refuse them there too).
 */
import { KnownSipCallState, KnownSipCallTerminalReason, KnownSipTransferState } from "../../generated/known.js";
import type { ServerEvent, ServerEventRealtimeCallIncoming } from "../../generated/models.js";
import { serializeServerEvent } from "../../generated/server-serializers.js";
import { eventTypesByVersion } from "../../generated/tables.js";
import type { SessionChannel } from "./channel.js";
import { newId } from "./ids.js";
import type { EmulatorSipCall } from "./sip-call.js";

export type { EmulatorSipCall };

/** The first event of a call: a version that has it has the whole lifecycle. */
const INCOMING: ServerEventRealtimeCallIncoming["type"] = "realtime.call.incoming";

/** The events of a scripted call, in order. */
export function sipCallEvents(call: EmulatorSipCall, ids = { callId: call.callId ?? newId("rtc_call"), chainId: call.chainId ?? newId("chain") }): ServerEvent[] {
  const events: ServerEvent[] = [{ type: INCOMING, ...ids, state: KnownSipCallState.WaitingForCustomer }];
  if (call.outcome === "failed") {
    events.push({ type: "realtime.call.failed", ...ids, state: KnownSipCallState.Failed, terminalReason: KnownSipCallTerminalReason.SetupFailure, errorCode: "setup_failed" });
    return events;
  }
  events.push({ type: "realtime.call.connected", ...ids, state: KnownSipCallState.Connected });
  const transfer = { callId: ids.callId, transferId: newId("xfer") };
  const disconnected = (reason: string): ServerEvent => ({ type: "realtime.call.disconnected", ...ids, state: KnownSipCallState.Disconnected, terminalReason: reason });
  if (call.transfer === "succeeded") {
    // The SIP side took the REFER and the call left for its new destination: the call is over here.
    events.push({ type: "realtime.call.transfer.succeeded", ...transfer, state: KnownSipTransferState.Succeeded, sipCode: 200, reason: "OK" });
    events.push(disconnected(KnownSipCallTerminalReason.TransferSucceeded));
    return events;
  }
  if (call.transfer === "failed") {
    events.push({ type: "realtime.call.transfer.failed", ...transfer, state: KnownSipTransferState.Failed, sipCode: 486, reason: "Busy Here" });
  }
  if (call.hangUp !== undefined) events.push(disconnected(call.hangUp));
  return events;
}

/** Plays the scripted call into a session that has just sent `session.created`. */
export function placeSipCall(channel: SessionChannel, call: EmulatorSipCall): void {
  const version = channel.settings.version;
  if (!eventTypesByVersion[version].server.includes(INCOMING)) {
    channel.log(`no SIP call: api-version ${version} has no call events`);
    return;
  }
  const step = call.stepMs ?? 0;
  sipCallEvents(call).forEach((event, i) => {
    channel.timers.set(() => channel.run(() => channel.send(serializeServerEvent(event) as { type: string })), step * (i + 1));
  });
}
