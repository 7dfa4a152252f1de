/**
 * Outbound: a client event in wire form → its `event_id`, validation for the session's API version,
 * JSON text → the flow-controlled send queue. Also remembers what was sent, for two later needs:
 * the type of a recent event by id (to name the cause of a server `error`), and the merged session
 * config (what a reconnect sends again, and the input audio format the send helpers check against).
 */
import { sessionConfigGroups, sessionUpdateEvent } from "../../generated/tables.js";
import type { SendOptions } from "../../generated/senders.js";
import { VoiceLiveError, VoiceLiveValidationError } from "../errors.js";
import { logger } from "../internal/logger.js";
import { sendAborted, type SendQueue } from "../internal/send-queue.js";
import type { WireObject } from "../runtime/convert.js";
import { mergeSessionConfig } from "../runtime/settings.js";
import { validateWireEvent } from "../validation.js";
import type { ApiVersion } from "../versions.js";

/** The groups of a session config (v1's `audio.input`), whose fields an update merges rather than replaces. */
const CONFIG_GROUPS: ReadonlySet<string> = new Set(sessionConfigGroups);

/** How many sent ids are remembered, and how many characters of ids at most: ids may be anything the caller chose. */
const RECENT_COUNT = 256;
const RECENT_CHARS = 64 * 1024;
/** A longer id is not remembered at all (an error naming it is then not linked to its type). */
const LONGEST_ID = 512;

/**
 * Event ids: one prefix per process and one counter for all its sessions, so an id is unique across
 * sessions too. The ring of recent ids keeps the counter of an id made here, not its text: the
 * strings of a burst of appends are then garbage as soon as their frames are, instead of surviving
 * collections for as long as the ring remembers them.
 */
const ID_PREFIX = `evt_${Math.random().toString(36).slice(2, 8)}_`;
let idCounter = 0;

export class Outbound {
  /**
   * The ids (an id made here as its counter) and types of recently sent events, in a ring:
   * remembering one is two stores, with no allocation on the audio path; looking one up (when the
   * service reports an error) scans it.
   */
  private ids?: (string | number | undefined)[];
  private types?: string[];
  private next = 0;
  private recentChars = 0;
  /** Everything sent with `session.update`, merged as the service merges it. */
  config?: WireObject;

  constructor(
    private readonly queue: SendQueue,
    private readonly schemaVersion: ApiVersion,
    private readonly validate: boolean,
  ) {}

  nextId(): string {
    return idText(idCounter++);
  }

  /** Sends one event in wire form; the session has checked that it is connected. */
  send(wire: WireObject, options?: SendOptions): Promise<void> {
    if (options?.abortSignal?.aborted) return Promise.reject(sendAborted(String(wire.type), options.abortSignal));
    let own = -1;
    if (wire.event_id === undefined) wire.event_id = idText((own = idCounter++));
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
    this.remember(own >= 0 ? own : wire.event_id, type);
    if (logger.verbose.enabled) logger.verbose(`send ${type}`);
    if (type === sessionUpdateEvent.type) return this.sendUpdate(wire, text, options?.abortSignal);
    return this.queue.send(text, type, options?.abortSignal);
  }

  /**
   * A `session.update` counts in the config from the moment it is queued: audio sent after it is
   * checked against the format it sets. If it never leaves (aborted in the queue, or the
   * connection ends first), the config goes back to what it was, unless a later update has
   * been merged on top of it since.
   */
  private sendUpdate(wire: WireObject, text: string, abortSignal?: AbortSignal): Promise<void> {
    const update = wire[sessionUpdateEvent.field];
    const sent = this.queue.send(text, sessionUpdateEvent.type, abortSignal);
    if (!update || typeof update !== "object") return sent;
    const before = this.config;
    const merged = (this.config = mergeSessionConfig(before, update as WireObject, CONFIG_GROUPS));
    return sent.catch((e: unknown) => {
      if (this.config === merged) this.config = before;
      throw e;
    });
  }

  /** A new connection: everything sent with `session.update` goes again, in one. Returns whether there was anything. */
  resendConfig(sink: { report(error: VoiceLiveError): void }): boolean {
    const config = this.config;
    if (!config) return false;
    this.send({ type: sessionUpdateEvent.type, [sessionUpdateEvent.field]: config }).catch((e: unknown) => {
      sink.report(e instanceof VoiceLiveError ? e : new VoiceLiveError("NOT_SENT", `the session config could not be sent again: ${String(e)}`, { cause: e }));
    });
    return true;
  }

  /** The type of a client event sent recently, by its `event_id`. */
  sentType(eventId: string): string | undefined {
    const ids = this.ids;
    if (!ids) return undefined;
    const counter = ownCounter(eventId);
    // Newest first: an id sent twice names its latest event.
    const n = ids.length;
    for (let k = 1; k <= n; k++) {
      const i = (this.next - k + n) % n;
      if (ids[i] === eventId || ids[i] === counter) return this.types![i];
    }
    return undefined;
  }

  /** The session is over: nothing sent is needed any more. */
  release(): void {
    this.ids = this.types = undefined;
    this.recentChars = 0;
  }

  private remember(id: unknown, type: string): void {
    if (typeof id !== "number" && (typeof id !== "string" || id.length > LONGEST_ID)) return;
    // The ring grows to its full size as events are sent, then wraps: a session that sends little holds little.
    const ids = (this.ids ??= []);
    const types = (this.types ??= []);
    const i = this.next;
    this.recentChars += chars(id) - chars(ids[i]);
    ids[i] = id;
    types[i] = type;
    const n = ids.length;
    this.next = n < RECENT_COUNT ? n : (i + 1) % n;
    // Past the size bound, the oldest are forgotten, up to the one just stored.
    for (let k = (i + 1) % n; this.recentChars > RECENT_CHARS && k !== i; k = (k + 1) % n) {
      this.recentChars -= chars(ids[k]);
      ids[k] = undefined;
    }
  }
}

/** The text of the id with counter `n`. */
function idText(n: number): string {
  return ID_PREFIX + n.toString(36);
}

/** Characters an entry of the ring holds: an id's text; none for a counter. */
function chars(id: string | number | undefined): number {
  return typeof id === "string" ? id.length : 0;
}

/** The counter of an id made by this process (`ID_PREFIX` and the counter in base 36), or -1 (which no entry holds). */
function ownCounter(eventId: string): number {
  if (!eventId.startsWith(ID_PREFIX)) return -1;
  const digits = eventId.slice(ID_PREFIX.length);
  const n = parseInt(digits, 36);
  return Number.isSafeInteger(n) && n.toString(36) === digits ? n : -1;
}
