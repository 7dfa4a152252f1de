/**
 * Conversation state: the items of a session's conversation in the service's order, their content
 * and transcripts as they stream, truncations and deletions, and the responses with their status
 * and usage. Opt-in: `trackConversation(session)` subscribes to the session; a session without it
 * does no work for it. Across a reconnect the server session is new and its conversation empty:
 * the state marks the break (a new `generation`) and can replay the items into the new session.
 */
import type {
  OutputAudioFormat,
  ResponseItemUnion,
  ResponseStatus,
  ResponseStatusDetailsUnion,
  ServerEventMap,
  TokenUsage,
  VoiceLiveResponse,
} from "../../generated/models.js";
import { VoiceLiveError } from "../errors.js";
import { logger } from "../internal/logger.js";
import type { VoiceLiveSession } from "../session.js";
import { helperView, settingsAsDated, underEveryName, type AnyVoiceLiveSession } from "./any-session.js";
import type { ReconnectedInfo, VoiceLiveSubscription } from "../session/types.js";
import { audioBytesPerMs, mergeItem, mergePart, newItem, partAt, truncatePart, type ConversationItem } from "./conversation-items.js";
import { replayItems, type ReplayResult } from "./conversation-replay.js";

export type { ConversationContentPart, ConversationItem, TranscriptionStatus } from "./conversation-items.js";
export type { ReplayResult } from "./conversation-replay.js";

/** A response of the conversation, from `response.created` to `response.done`. */
export interface ConversationResponse {
  id: string;
  /** `in_progress` until `response.done` gives the final status. */
  status?: ResponseStatus;
  /** Why it was cancelled, left incomplete or failed. */
  statusDetails?: ResponseStatusDetailsUnion | null;
  /** Token usage, from `response.done`. */
  usage?: TokenUsage | null;
  /** The ids of its output items, in order. */
  outputItemIds: string[];
  /** The server session it belongs to (see `ConversationItem.generation`). */
  generation: number;
  /** The response as the service last reported it. */
  response: VoiceLiveResponse;
}

/** A reconnect: the conversation before it belongs to another server session. */
export interface ConversationBreak {
  /** The generation that starts here. */
  generation: number;
  previousSessionId?: string;
  sessionId?: string;
  /** What the replay after it did (set once it is over), when there was one. */
  replay?: ReplayResult;
}

/** What changed: an item, a response, a reconnect, or the end of a replay. */
export type ConversationChange =
  | { kind: "item"; itemId: string; change: "added" | "moved" | "updated" | "truncated" | "deleted" }
  | { kind: "response"; responseId: string; change: "created" | "updated" | "done" }
  | { kind: "break"; generation: number }
  | { kind: "replayed"; generation: number; result: ReplayResult };

/** Settings of `trackConversation`. */
export interface ConversationOptions {
  /**
   * After a reconnect, send the items of the lost server session into the new one, in order
   * (`conversation.item.create`), so that the model keeps its context. Default false.
   */
  replayOnReconnect?: boolean;
  /** How long a replay waits for the new session to answer its items. Default 10 s. */
  replayTimeoutInMs?: number;
  /** Called on every change (also possible later with `onChange`). */
  onChange?: (change: ConversationChange, conversation: Conversation) => void;
}

type Listener = (change: ConversationChange, conversation: Conversation) => void;
type Events = ServerEventMap;

/** Tracks the conversation of a session; see `trackConversation`. */
export class Conversation {
  /** Item ids in the conversation's order. */
  private readonly order: string[] = [];
  private readonly byId = new Map<string, ConversationItem>();
  private readonly responseList: ConversationResponse[] = [];
  private readonly responseById = new Map<string, ConversationResponse>();
  private readonly breakList: ConversationBreak[] = [];
  private readonly listeners = new Set<Listener>();
  private subscription?: VoiceLiveSubscription;
  private currentGeneration = 0;
  private outputFormat?: OutputAudioFormat;
  private readonly replayOnReconnect: boolean;
  private readonly replayTimeoutInMs: number;

  private readonly session: VoiceLiveSession;

  constructor(session: AnyVoiceLiveSession, options: ConversationOptions = {}) {
    this.session = helperView(session);
    this.replayOnReconnect = options.replayOnReconnect ?? false;
    this.replayTimeoutInMs = options.replayTimeoutInMs ?? 10_000;
    if (options.onChange) this.listeners.add(options.onChange);
    // One typed handler per event the state needs: the session's subscriber calls none for other events.
    this.subscription = this.session.subscribe(underEveryName({
      onSessionCreated: (e) => this.format(e.session && settingsAsDated(e.session, this.session.schemaVersion).outputAudioFormat),
      onSessionUpdated: (e) => this.format(e.session && settingsAsDated(e.session, this.session.schemaVersion).outputAudioFormat),
      onConversationItemCreated: (e) => this.created(e),
      onConversationItemRetrieved: (e) => {
        if (e.item?.id) this.update(e.item.id, (s) => mergeItem(s, e.item!));
      },
      onConversationItemDeleted: (e) => this.deleted(e.itemId),
      onConversationItemTruncated: (e) => this.truncated(e),
      onConversationItemInputAudioTranscriptionDelta: (e) =>
        this.update(e.itemId, (s) => {
          const part = partAt(s, e.contentIndex ?? 0, "input_audio");
          part.transcript = (part.transcription === "in_progress" ? (part.transcript ?? "") : "") + (e.delta ?? "");
          part.transcription = "in_progress";
        }),
      onConversationItemInputAudioTranscriptionCompleted: (e) =>
        this.update(e.itemId, (s) => {
          const part = partAt(s, e.contentIndex, "input_audio");
          part.transcript = e.transcript;
          part.transcription = "completed";
        }),
      onConversationItemInputAudioTranscriptionFailed: (e) =>
        this.update(e.itemId, (s) => {
          const part = partAt(s, e.contentIndex, "input_audio");
          part.transcription = "failed";
          part.transcriptionError = e.error;
        }),
      onResponseCreated: (e) => this.responseCreated(e.response),
      onResponseDone: (e) => this.responseDone(e.response),
      onResponseOutputItemAdded: (e) => this.outputItem(e.responseId, e.item, false),
      onResponseOutputItemDone: (e) => this.outputItem(e.responseId, e.item, true),
      onResponseContentPartAdded: (e) => this.update(e.itemId, (s) => void partAt(s, e.contentIndex, e.part.type)),
      onResponseContentPartDone: (e) => this.update(e.itemId, (s) => mergePart(partAt(s, e.contentIndex, e.part.type), e.part)),
      onResponseTextDelta: (e) => this.update(e.itemId, (s) => appendText(partAt(s, e.contentIndex, "text"), e.delta)),
      onResponseTextDone: (e) => this.update(e.itemId, (s) => void (partAt(s, e.contentIndex, "text").text = e.text)),
      onResponseAudioTranscriptDelta: (e) => this.update(e.itemId, (s) => appendTranscript(partAt(s, e.contentIndex, "audio"), e.delta)),
      onResponseAudioTranscriptDone: (e) => this.update(e.itemId, (s) => setTranscript(partAt(s, e.contentIndex, "audio"), e.transcript)),
      onResponseAudioDelta: (e) => this.audio(e),
      onResponseFunctionCallArgumentsDelta: (e) => this.update(e.itemId, (s) => void (s.arguments = (s.arguments ?? "") + e.delta)),
      onResponseFunctionCallArgumentsDone: (e) =>
        this.update(e.itemId, (s) => {
          s.arguments = e.arguments;
          s.name = e.name;
          s.callId = e.callId;
        }),
      onReconnecting: () => this.breakStarts(),
      onReconnected: (info) => this.reconnected(info),
    }));
  }

  // ------------------------------------------------------------------ reading

  /** The items in the conversation's order (those of earlier generations first, unless replayed). */
  get items(): readonly Readonly<ConversationItem>[] {
    return this.order.map((id) => this.byId.get(id)!);
  }

  /** The responses in the order they were created. */
  get responses(): readonly Readonly<ConversationResponse>[] {
    return this.responseList.slice();
  }

  /** The reconnects seen, in order. */
  get breaks(): readonly Readonly<ConversationBreak>[] {
    return this.breakList.slice();
  }

  /** The current server session's generation: 0, then one more after each reconnect. */
  get generation(): number {
    return this.currentGeneration;
  }

  /** An item by id. */
  item(id: string): Readonly<ConversationItem> | undefined {
    return this.byId.get(id);
  }

  /** A response by id. */
  response(id: string): Readonly<ConversationResponse> | undefined {
    return this.responseById.get(id);
  }

  /** A deep copy of the state, which later events do not change. */
  snapshot(): { items: ConversationItem[]; responses: ConversationResponse[]; breaks: ConversationBreak[]; generation: number } {
    return structuredClone({ items: this.items as ConversationItem[], responses: this.responseList, breaks: this.breakList, generation: this.currentGeneration });
  }

  /** Calls `listener` on every change; returns a function that stops it. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * Sends the items of earlier generations into the current server session, in order (what
   * `replayOnReconnect` does after a reconnect). Resolves with what was sent, skipped and refused.
   */
  async replay(): Promise<ReplayResult> {
    if (!this.subscription) throw new VoiceLiveError("INVALID_STATE", "the conversation is closed: it no longer follows the session");
    const old = this.items.filter((s) => s.generation < this.currentGeneration);
    const result = await replayItems(this.session, old, this.replayTimeoutInMs);
    const mark = this.breakList[this.breakList.length - 1];
    if (mark) mark.replay = result;
    this.emit({ kind: "replayed", generation: this.currentGeneration, result });
    return result;
  }

  /** Stops following the session (its subscription is closed). The state stays readable. Idempotent. */
  close(): void {
    this.subscription?.close();
    this.subscription = undefined;
    this.listeners.clear();
  }

  /** The same as `close()`. */
  dispose(): void {
    this.close();
  }

  // ------------------------------------------------------------------ events

  private emit(change: ConversationChange): void {
    for (const listener of this.listeners) listener(change, this);
  }

  /** Applies `apply` to a known item and tells the listeners; events about unknown items (deleted, or of a lost session) are ignored. */
  private update(id: string, apply: (state: ConversationItem) => void, change: "updated" | "truncated" = "updated"): void {
    const state = this.byId.get(id);
    if (!state) return;
    apply(state);
    if (this.listeners.size) this.emit({ kind: "item", itemId: id, change });
  }

  private format(format: OutputAudioFormat | undefined): void {
    if (format) this.outputFormat = format;
  }

  /** `conversation.item.created`: placed after `previousItemId`, first when it is null, last when absent. */
  private created(e: Events["conversation.item.created"]): void {
    const item = e.item;
    if (!item?.id) return;
    const id = item.id;
    let state = this.byId.get(id);
    let change: "added" | "moved" = "added";
    if (state) {
      // Known already (an item replayed with its id): it moves to its new place, in this generation.
      this.order.splice(this.order.indexOf(id), 1);
      state.generation = this.currentGeneration;
      mergeItem(state, item);
      change = "moved";
    } else {
      state = newItem(item, id, this.currentGeneration);
      const responseId = this.pendingResponseOf.get(id);
      if (responseId) {
        state.responseId = responseId;
        this.pendingResponseOf.delete(id);
      }
      this.byId.set(id, state);
    }
    this.order.splice(this.indexAfter(e.previousItemId), 0, id);
    if (this.listeners.size) this.emit({ kind: "item", itemId: id, change });
  }

  /**
   * Where an item goes after `previous`. The usual case, after the last item, is checked first.
   * `null` is the start of the current server session's conversation: after the items of earlier
   * ones, which it does not hold.
   */
  private indexAfter(previous: string | null | undefined): number {
    const order = this.order;
    if (previous === null) {
      if (this.currentGeneration === 0) return 0;
      const at = order.findIndex((id) => this.byId.get(id)!.generation === this.currentGeneration);
      return at < 0 ? order.length : at;
    }
    if (previous === undefined || order[order.length - 1] === previous) return order.length;
    const at = order.lastIndexOf(previous);
    // An unknown previous item (one this state never saw): the item goes last.
    return at < 0 ? order.length : at + 1;
  }

  private deleted(id: string): void {
    if (!this.byId.delete(id)) return;
    this.order.splice(this.order.indexOf(id), 1);
    if (this.listeners.size) this.emit({ kind: "item", itemId: id, change: "deleted" });
  }

  private truncated(e: Events["conversation.item.truncated"]): void {
    this.update(e.itemId, (s) => truncatePart(partAt(s, e.contentIndex, "audio"), e.audioEndInMs), "truncated");
  }

  /** Counts the audio received per part, for the transcript kept by a truncation. */
  private audio(e: Events["response.audio.delta"]): void {
    const state = this.byId.get(e.itemId);
    if (!state) return;
    const part = partAt(state, e.contentIndex, "audio");
    part.audioReceivedMs = (part.audioReceivedMs ?? 0) + e.delta.byteLength / audioBytesPerMs(this.responseById.get(e.responseId)?.response.outputAudioFormat ?? this.outputFormat);
  }

  private outputItem(responseId: string, item: ResponseItemUnion | undefined, done: boolean): void {
    const id = item?.id;
    if (!id) return;
    const response = this.responseById.get(responseId);
    if (response && !response.outputItemIds.includes(id)) response.outputItemIds.push(id);
    const state = this.byId.get(id);
    if (state) {
      state.responseId = responseId;
      if (done) mergeItem(state, item);
      if (this.listeners.size) this.emit({ kind: "item", itemId: id, change: "updated" });
    } else {
      // Before its conversation.item.created: kept aside until then, so that it is placed where the service says.
      this.pendingResponseOf.set(id, responseId);
    }
  }

  private readonly pendingResponseOf = new Map<string, string>();

  private responseCreated(response: VoiceLiveResponse): void {
    if (!response.id) return;
    const state: ConversationResponse = { id: response.id, status: response.status, statusDetails: response.statusDetails, usage: response.usage, outputItemIds: [], generation: this.currentGeneration, response };
    this.responseList.push(state);
    this.responseById.set(response.id, state);
    if (this.listeners.size) this.emit({ kind: "response", responseId: response.id, change: "created" });
  }

  private responseDone(response: VoiceLiveResponse): void {
    if (!response.id) return;
    let state = this.responseById.get(response.id);
    if (!state) {
      this.responseCreated(response);
      state = this.responseById.get(response.id)!;
    }
    state.response = response;
    state.status = response.status;
    state.statusDetails = response.statusDetails;
    state.usage = response.usage;
    for (const item of response.output ?? []) {
      if (!item.id) continue;
      this.pendingResponseOf.delete(item.id);
      if (!state.outputItemIds.includes(item.id)) state.outputItemIds.push(item.id);
      const known = this.byId.get(item.id);
      if (known) {
        known.responseId = response.id;
        mergeItem(known, item);
      }
    }
    if (this.listeners.size) this.emit({ kind: "response", responseId: response.id, change: "done" });
  }

  /** The connection is lost: the responses still running will never finish in the service. */
  private breakStarts(): void {
    for (const r of this.responseList) if (r.generation === this.currentGeneration && r.status === "in_progress") r.status = "incomplete";
  }

  private reconnected(info: ReconnectedInfo): void {
    this.currentGeneration++;
    const mark: ConversationBreak = { generation: this.currentGeneration, previousSessionId: info.previousSessionId, sessionId: info.sessionId };
    this.breakList.push(mark);
    this.emit({ kind: "break", generation: this.currentGeneration });
    // Not awaited: this subscription goes on applying the new session's events (the replayed items'
    // conversation.item.created among them) while the replay waits for them.
    if (this.replayOnReconnect) this.replay().catch((e: unknown) => logger.warning(`the conversation's replay failed: ${(e as Error)?.message ?? String(e)}`));
  }
}

/** Follows a session's conversation; `close()` stops. See `Conversation`. */
export function trackConversation(session: AnyVoiceLiveSession, options?: ConversationOptions): Conversation {
  return new Conversation(session, options);
}

function appendText(part: { text?: string }, delta: string): void {
  part.text = (part.text ?? "") + delta;
}

function appendTranscript(part: { transcript?: string; truncated?: unknown }, delta: string): void {
  if (!part.truncated) part.transcript = (part.transcript ?? "") + delta;
}

function setTranscript(part: { transcript?: string; truncated?: unknown }, transcript: string): void {
  if (!part.truncated) part.transcript = transcript;
}
