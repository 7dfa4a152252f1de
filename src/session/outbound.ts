/**
 * Outbound: a client event in wire form → its `event_id`, validation for the session's API version,
 * JSON text → the flow-controlled send queue. Also remembers what was sent, for two later needs:
 * the type of a recent event by id (to name the cause of a server `error`), and the merged session
 * config (what a reconnect sends again, and the input audio format the send helpers check against).
 */
import { sessionUpdateEvent } from "../../generated/tables.js";
import type { SendOptions } from "../../generated/senders.js";
import { VoiceLiveError, VoiceLiveValidationError } from "../errors.js";
import { logger } from "../internal/logger.js";
import { sendAborted, type SendQueue } from "../internal/send-queue.js";
import type { WireObject } from "../runtime/convert.js";
import { validateWireEvent } from "../validation.js";
import type { ApiVersion } from "../versions.js";

/** How many sent ids are remembered, and how many characters of ids at most: ids may be anything the caller chose. */
const RECENT_COUNT = 256;
const RECENT_CHARS = 64 * 1024;
/** A longer id is not remembered at all (an error naming it is then not linked to its type). */
const LONGEST_ID = 512;

export class Outbound {
  private readonly idPrefix = `evt_${Math.random().toString(36).slice(2, 8)}_`;
  private idCounter = 0;
  /** The types of recently sent client events by `event_id`. */
  private recent?: Map<string, string>;
  private recentChars = 0;
  /** Everything sent with `session.update`, merged as the service merges it. */
  config?: WireObject;

  constructor(
    private readonly queue: SendQueue,
    private readonly schemaVersion: ApiVersion,
    private readonly validate: boolean,
  ) {}

  nextId(): string {
    return this.idPrefix + (this.idCounter++).toString(36);
  }

  /** Sends one event in wire form; the session has checked that it is connected. */
  send(wire: WireObject, options?: SendOptions): Promise<void> {
    if (options?.abortSignal?.aborted) return Promise.reject(sendAborted(String(wire.type), options.abortSignal));
    if (wire.event_id === undefined) wire.event_id = this.nextId();
    if (this.validate) {
      const issues = validateWireEvent(wire, "client", this.schemaVersion);
      if (issues.length) return Promise.reject(new VoiceLiveValidationError(String(wire.type), issues, this.schemaVersion));
    }
    const type = String(wire.type);
    let text: string;
    try {
      text = JSON.stringify(wire);
    } catch (e) {
      return Promise.reject(new VoiceLiveError("INVALID_ARGUMENT", `${type} could not be encoded as JSON: ${(e as Error).message}`, { cause: e }));
    }
    this.remember(wire.event_id, type);
    if (type === sessionUpdateEvent.type) {
      const config = wire[sessionUpdateEvent.field];
      if (config && typeof config === "object") this.config = { ...this.config, ...(config as WireObject) };
    }
    if (logger.verbose.enabled) logger.verbose(`send ${type}`);
    return this.queue.send(text, type, options?.abortSignal);
  }

  /** The type of a client event sent recently, by its `event_id`. */
  sentType(eventId: string): string | undefined {
    return this.recent?.get(eventId);
  }

  /** The session is over: nothing sent is needed any more. */
  release(): void {
    this.recent = undefined;
    this.recentChars = 0;
  }

  private remember(id: unknown, type: string): void {
    if (typeof id !== "string" || id.length > LONGEST_ID) return;
    const recent = (this.recent ??= new Map());
    if (recent.has(id)) return;
    recent.set(id, type);
    this.recentChars += id.length;
    while (recent.size > RECENT_COUNT || this.recentChars > RECENT_CHARS) {
      const oldest = recent.keys().next().value as string;
      recent.delete(oldest);
      this.recentChars -= oldest.length;
    }
  }
}
