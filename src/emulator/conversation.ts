/**
 * The conversation of a session: its items in order, and the client events that work on them
 * (`conversation.item.create` after a `previous_item_id`, `retrieve`, `truncate`, `delete`).
 */
import { validateWireEvent } from "../validation.js";
import type { SessionChannel } from "./channel.js";
import { newId } from "./ids.js";
import { clone, codeOf, isObject, paramOf, type Wire } from "./wire.js";

/** A conversation item, in the wire form of the server's `ResponseItem`. */
export interface StoredItem {
  wire: Wire & { id: string; type: string };
  /** User audio as samples, kept when the emulator made the item (commit, turn end). */
  audio?: Int16Array;
  audioRate?: number;
  /** Assistant audio sent so far, in ms (for truncation). */
  audioMs?: number;
}

/** What answers the client's `mcp_approval_response` items (the session's MCP servers). */
export interface ApprovalDesk {
  /** Whether an approval request of this id waits for an answer. */
  isPending(approvalRequestId: unknown): boolean;
  /** The answer was added to the conversation. */
  answered(item: StoredItem["wire"]): void;
}

export class Conversation {
  readonly id = newId("conv");
  readonly items: StoredItem[] = [];
  /** Set by the session once its MCP servers exist. */
  approvals?: ApprovalDesk;

  constructor(private readonly channel: SessionChannel) {}

  lastItemId(): string | null {
    return this.items.length ? this.items[this.items.length - 1].wire.id : null;
  }

  find(id: string): StoredItem | undefined {
    return this.items.find((i) => i.wire.id === id);
  }

  /** Inserts an item (by default at the end) and announces it with `conversation.item.created`. */
  insert(stored: StoredItem, index = this.items.length): void {
    this.items.splice(index, 0, stored);
    this.channel.send({ type: "conversation.item.created", previous_item_id: index > 0 ? this.items[index - 1].wire.id : null, item: stored.wire });
    if (stored.wire.type === "mcp_approval_response") this.approvals?.answered(stored.wire);
  }

  /** Appends an item without announcing it (a response announces its output items itself); returns the id of the item before it. */
  appendSilently(stored: StoredItem): string | null {
    const previous = this.lastItemId();
    this.items.push(stored);
    return previous;
  }

  /** A client's `ConversationRequestItem` as the server's `ResponseItem`, or an error message. */
  toStoredItem(request: Wire, param: string, eventId: string | null): StoredItem | undefined {
    const id = typeof request.id === "string" ? request.id : newId("item");
    if (this.find(id)) {
      this.channel.sendError({ code: "invalid_value", message: `Error adding item: an item with id ${JSON.stringify(id)} already exists.`, param: `${param}.id`, eventId });
      return undefined;
    }
    if (request.type === "function_call_output" && request.call_id === "") {
      // As OpenAI's APIs answer an empty string where an id is required: code `empty_string`, the field as `param`.
      this.channel.sendError({ code: "empty_string", message: `Invalid '${param}.call_id': the string is empty; it must be the call_id of a function_call item.`, param: `${param}.call_id`, eventId });
      return undefined;
    }
    if (request.type === "mcp_approval_response" && !this.approvals?.isPending(request.approval_request_id)) {
      this.channel.sendError({
        code: "invalid_value",
        message: `Error adding item: no mcp_approval_request item with id ${JSON.stringify(request.approval_request_id)} waits for an answer.`,
        param: `${param}.approval_request_id`,
        eventId,
      });
      return undefined;
    }
    if (request.type === "function_call_output" && !this.items.some((i) => i.wire.type === "function_call" && i.wire.call_id === request.call_id)) {
      this.channel.sendError({
        code: "invalid_value",
        message: `Error adding item: there is no function_call item with call_id ${JSON.stringify(request.call_id)} in the conversation.`,
        param: `${param}.call_id`,
        eventId,
      });
      return undefined;
    }
    const wire = { ...clone(request), id, object: "realtime.item" } as unknown as StoredItem["wire"];
    if (wire.type === "message" || wire.type === "function_call") wire.status = request.status ?? "completed";
    const issues = validateWireEvent({ type: "conversation.item.created", item: wire }, "server", this.channel.settings.version);
    if (issues.length) {
      const issue = issues[0];
      this.channel.sendError({ code: codeOf(issue), message: `The item cannot be added: ${issue.message}`, param: paramOf(issue.wirePath.replace(/^\/item/, `/${param.replace(/\./g, "/")}`)), eventId });
      return undefined;
    }
    const stored: StoredItem = { wire };
    if (wire.type === "message" && wire.role === "assistant") stored.audioMs = 0;
    return stored;
  }

  create(e: Wire, eventId: string | null): void {
    if (!isObject(e.item)) return this.channel.sendError({ code: "missing_required_parameter", message: "item is required", param: "item", eventId });
    let index = this.items.length;
    const previous = e.previous_item_id;
    if (typeof previous === "string") {
      if (previous === "root") index = 0;
      else {
        const at = this.items.findIndex((i) => i.wire.id === previous);
        if (at < 0) {
          return this.channel.sendError({ code: "invalid_value", message: `Error adding item: the previous item with id ${JSON.stringify(previous)} does not exist.`, param: "previous_item_id", eventId });
        }
        index = at + 1;
      }
    }
    const stored = this.toStoredItem(e.item, "item", eventId);
    if (stored) this.insert(stored, index);
  }

  retrieve(itemId: string, eventId: string | null): void {
    const item = this.find(itemId);
    if (!item) return this.notFound("retrieving", itemId, eventId);
    this.channel.send({ type: "conversation.item.retrieved", item: item.wire });
  }

  truncate(itemId: string, contentIndex: number, audioEndMs: number, eventId: string | null): void {
    const item = this.find(itemId);
    if (!item) return this.notFound("truncating", itemId, eventId);
    if (item.wire.type !== "message" || item.wire.role !== "assistant") {
      return this.channel.sendError({ code: "invalid_value", message: "Only assistant messages can be truncated.", param: "item_id", eventId });
    }
    const part = (item.wire.content as Wire[] | undefined)?.[contentIndex];
    if (!part || part.type !== "audio") {
      return this.channel.sendError({ code: "invalid_value", message: `Content part ${contentIndex} of item ${JSON.stringify(itemId)} is not audio.`, param: "content_index", eventId });
    }
    const ms = item.audioMs ?? 0;
    if (audioEndMs < 0 || audioEndMs > ms) {
      return this.channel.sendError({ code: "invalid_value", message: `Audio content of ${ms} ms is already shorter than ${audioEndMs} ms`, param: "audio_end_ms", eventId });
    }
    // As the service does, the transcript goes: the model should not remember words the user did not hear.
    delete part.transcript;
    item.audioMs = audioEndMs;
    this.channel.send({ type: "conversation.item.truncated", item_id: itemId, content_index: contentIndex, audio_end_ms: audioEndMs });
  }

  delete(itemId: string, eventId: string | null): void {
    const at = this.items.findIndex((i) => i.wire.id === itemId);
    if (at < 0) return this.notFound("deleting", itemId, eventId);
    this.items.splice(at, 1);
    this.channel.send({ type: "conversation.item.deleted", item_id: itemId });
  }

  private notFound(what: string, itemId: string, eventId: string | null): void {
    this.channel.sendError({ code: "item_not_found", message: `Error ${what} item: the item with id ${JSON.stringify(itemId)} does not exist.`, param: "item_id", eventId });
  }
}
