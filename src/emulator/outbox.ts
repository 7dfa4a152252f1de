/**
 * The outgoing side of one connection: gives each event an `event_id`, checks it against the wire
 * schema (self-check), and writes the frames in order, applying the delay, close, drop and
 * malformed-frame faults.
 */
import { WebSocket } from "ws";
import { validateWireEvent } from "../validation.js";
import type { ApiVersion } from "../versions.js";
import { Buffer } from "node:buffer";
import { MALFORMED_FRAME, oversizeFrame, type EmulatorFaults } from "./faults.js";
import { newId } from "./ids.js";
import { EmulatorSelfCheckError } from "./self-check.js";
import { sentClock } from "./latency.js";
import type { Timers } from "./timers.js";

/** A server event in wire form (snake_case JSON). */
export type WireFrame = { type: string; event_id?: string } & Record<string, unknown>;

// In its own module, so that the public declarations of `ai-voicelive/emulator` do not import "ws".
export { EmulatorSelfCheckError };

interface Pending {
  text: string;
  type: string;
  eventId: string;
  due: number;
}

export interface OutboxOptions {
  version: ApiVersion;
  selfCheck: boolean;
  faults: EmulatorFaults;
  timers: Timers;
  log?: (line: string) => void;
  /** Told of each event once it is handed to the socket. */
  onSent?: (type: string, eventId: string, at: number) => void;
}

export class Outbox {
  private readonly queue: Pending[] = [];
  private sent = 0;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly ws: WebSocket,
    private readonly options: OutboxOptions,
  ) {}

  /** How many events have been written. */
  get count(): number {
    return this.sent;
  }

  /** Whether a fault has ended the connection, or `stop` was called. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /**
   * Applies the faults that act before the first event (a count of 0). Returns false when the
   * connection is gone.
   */
  start(): boolean {
    this.afterCount(0);
    return !this.stopped;
  }

  /**
   * Queues an event. Adds an `event_id` when it has none. With self-check on, an event that breaks
   * the schema throws `EmulatorSelfCheckError` here, and nothing is sent.
   */
  send(frame: WireFrame): void {
    if (this.stopped) return;
    const { type, event_id, ...rest } = frame;
    const wire: WireFrame = { type, event_id: event_id ?? newId("event"), ...rest };
    if (this.options.selfCheck) {
      const issues = validateWireEvent(wire, "server", this.options.version);
      if (issues.length) throw new EmulatorSelfCheckError(type, issues, this.options.version);
    }
    const delay = this.options.faults.delayFramesMs ?? 0;
    this.queue.push({ text: JSON.stringify(wire), type, eventId: wire.event_id!, due: Date.now() + delay });
    this.pump();
  }

  /** Drops what is queued and sends nothing more. */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.options.timers.cancel(this.timer);
    this.timer = undefined;
  }

  private pump(): void {
    if (this.timer) return;
    while (this.queue.length && !this.stopped) {
      const wait = this.queue[0].due - Date.now();
      if (wait > 0) {
        this.timer = this.options.timers.set(() => {
          this.timer = undefined;
          this.pump();
        }, wait);
        return;
      }
      this.write(this.queue.shift()!);
    }
  }

  private write(entry: Pending): void {
    if (this.ws.readyState !== WebSocket.OPEN) {
      this.stop();
      return;
    }
    const n = ++this.sent;
    this.options.log?.(`→ ${entry.type}`);
    if (this.options.faults.dropAfterEvents === n) {
      this.stop();
      this.options.log?.(`fault: dropping the connection after ${n} events`);
      // Destroy the socket once the frame is flushed: no close frame, so the client sees 1006.
      this.ws.send(entry.text, () => this.ws.terminate());
      this.options.onSent?.(entry.type, entry.eventId, sentClock());
      return;
    }
    this.ws.send(entry.text);
    this.options.onSent?.(entry.type, entry.eventId, sentClock());
    this.afterCount(n);
  }

  private afterCount(n: number): void {
    const { faults } = this.options;
    if (faults.malformedFrameAfterEvents === n) {
      this.options.log?.(`fault: a malformed frame after ${n} events`);
      this.ws.send(MALFORMED_FRAME);
    }
    if (faults.binaryFrameAfterEvents === n) {
      this.options.log?.(`fault: a binary frame after ${n} events`);
      this.ws.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]), { binary: true });
    }
    if (faults.oversizeFrameAfterEvents?.count === n) {
      this.options.log?.(`fault: a frame of ${faults.oversizeFrameAfterEvents.bytes} bytes of audio after ${n} events`);
      this.ws.send(oversizeFrame(faults.oversizeFrameAfterEvents.bytes));
    }
    if (faults.stopReadingAfterEvents === n) {
      this.options.log?.(`fault: no longer reading after ${n} events`);
      this.ws.pause();
    }
    if (n === 0 && faults.dropAfterEvents === 0) {
      this.stop();
      this.options.log?.("fault: dropping the connection before any event");
      this.ws.terminate();
      return;
    }
    if (faults.closeAfterEvents && faults.closeAfterEvents.count === n) {
      this.stop();
      this.options.log?.(`fault: closing with ${faults.closeAfterEvents.code} after ${n} events`);
      this.ws.close(faults.closeAfterEvents.code, faults.closeAfterEvents.reason ?? "");
    }
  }
}
