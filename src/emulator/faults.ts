/**
 * Fault injection: ways to make the emulator misbehave like a real network or service does, so that
 * clients can test their error paths. Faults are read when a connection starts; `setFaults` changes
 * them for the connections that follow.
 */
import { Buffer } from "node:buffer";

/** Faults to inject. Every knob is optional; several may be combined. */
export interface EmulatorFaults {
  /** Refuse every handshake with this HTTP response (before any other check). */
  refuseHandshake?: {
    /** HTTP status, such as 429 or 503. */
    status: number;
    /** The body: a string as is, anything else as JSON. Default: a JSON error naming the status. */
    body?: unknown;
    /** Extra response headers, such as `{ "retry-after": "2" }`. */
    headers?: Record<string, string>;
  };
  /** After sending `count` events, close the WebSocket with `code` (and `reason`). */
  closeAfterEvents?: {
    /** How many events to send first. */
    count: number;
    /** The close code: one a server may send (1000–1003, 1007–1014, 3000–4999). */
    code: number;
    /** The close reason, at most 123 bytes of UTF-8. */
    reason?: string;
  };
  /** After sending this many events, destroy the TCP socket without a close frame (the client sees 1006). */
  dropAfterEvents?: number;
  /** Delay every outgoing frame by this many milliseconds (order is kept). */
  delayFramesMs?: number;
  /** After sending this many events, send one text frame that is not JSON (then carry on). */
  malformedFrameAfterEvents?: number;
  /** After sending this many events, send one binary frame (then carry on). */
  binaryFrameAfterEvents?: number;
  /** After sending `count` events, send one `response.audio.delta` carrying `bytes` bytes of audio (then carry on). */
  oversizeFrameAfterEvents?: {
    /** How many events to send first. */
    count: number;
    /** Bytes of audio in the frame (its JSON is a third larger). */
    bytes: number;
  };
  /** After sending this many events, stop reading from the socket: client frames, pings and close frames go unanswered. */
  stopReadingAfterEvents?: number;
  /** Hold every handshake this many milliseconds before answering it. */
  handshakeDelayMs?: number;
}

/** Close codes an endpoint may send in a close frame (RFC 6455 §7.4). */
export function isSendableCloseCode(code: number): boolean {
  return Number.isInteger(code) && ((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999));
}

/** Checks a set of faults; throws a `TypeError` that names the bad knob. Returns a copy. */
export function checkFaults(faults: EmulatorFaults | undefined): EmulatorFaults {
  if (faults === undefined || faults === null) return {};
  if (typeof faults !== "object") throw new TypeError("faults must be an object");
  const count = (name: string, v: unknown) => {
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 0)) throw new TypeError(`faults.${name} must be a whole number >= 0 (got ${String(v)})`);
  };
  const { refuseHandshake, closeAfterEvents, dropAfterEvents, delayFramesMs, malformedFrameAfterEvents } = faults;
  if (refuseHandshake !== undefined) {
    const s = refuseHandshake?.status;
    if (!Number.isInteger(s) || s < 200 || s > 599 || s === 101) throw new TypeError(`faults.refuseHandshake.status must be an HTTP status 200-599 other than 101 (got ${String(s)})`);
  }
  if (closeAfterEvents !== undefined) {
    count("closeAfterEvents.count", closeAfterEvents?.count);
    if (!isSendableCloseCode(closeAfterEvents.code)) {
      throw new TypeError(`faults.closeAfterEvents.code must be a close code a server may send (1000-1003, 1007-1014, 3000-4999), not ${String(closeAfterEvents.code)}; use dropAfterEvents for 1006`);
    }
    if (closeAfterEvents.reason !== undefined && Buffer.byteLength(closeAfterEvents.reason) > 123) throw new TypeError("faults.closeAfterEvents.reason must be at most 123 bytes");
  }
  count("dropAfterEvents", dropAfterEvents);
  count("malformedFrameAfterEvents", malformedFrameAfterEvents);
  count("binaryFrameAfterEvents", faults.binaryFrameAfterEvents);
  count("stopReadingAfterEvents", faults.stopReadingAfterEvents);
  count("handshakeDelayMs", faults.handshakeDelayMs);
  if (faults.oversizeFrameAfterEvents !== undefined) {
    count("oversizeFrameAfterEvents.count", faults.oversizeFrameAfterEvents?.count);
    count("oversizeFrameAfterEvents.bytes", faults.oversizeFrameAfterEvents?.bytes);
  }
  if (delayFramesMs !== undefined && !(typeof delayFramesMs === "number" && delayFramesMs >= 0 && Number.isFinite(delayFramesMs))) {
    throw new TypeError(`faults.delayFramesMs must be a number >= 0 (got ${String(delayFramesMs)})`);
  }
  return structuredClone(faults);
}

/** The text frame sent by `malformedFrameAfterEvents`: JSON cut short. */
export const MALFORMED_FRAME = '{"type":"response.audio.delta","event_id":"event_malformed","delta":"AAAA';

/** The text of the frame sent by `oversizeFrameAfterEvents`: a valid audio delta of `bytes` bytes of silence. */
export function oversizeFrame(bytes: number): string {
  const delta = Buffer.alloc(bytes).toString("base64");
  return `{"type":"response.audio.delta","event_id":"event_oversize","response_id":"resp_oversize","item_id":"item_oversize","output_index":0,"content_index":0,"delta":"${delta}"}`;
}
