/**
 * Replaying a conversation into a new server session: each item the service accepts as input is
 * turned into the request item `conversation.item.create` takes, and sent in order, each after the
 * one before (`previous_item_id`), keeping its id so that the state goes on naming the same items.
 */
import type { ConversationRequestItemUnion, MessageContentPartUnion } from "../../generated/models.js";
import type { VoiceLiveSession } from "../session.js";
import type { ConversationContentPart, ConversationItem } from "./conversation-items.js";

/** What a replay did. */
export interface ReplayResult {
  /** The ids of the items sent, in order. */
  sent: string[];
  /** The ids of the items left out: kinds `conversation.item.create` does not take, or messages with nothing to say. */
  skipped: string[];
  /** Items the new session refused (an `error` naming their `conversation.item.create`), with its message. */
  failed: { id: string; message: string }[];
}

/**
 * The request item for a state, or undefined when `conversation.item.create` cannot take it. The
 * spec's request items are messages (system, user, assistant), function calls and their outputs
 * (and MCP approval responses, which answer a request of the lost session and are not replayed).
 * An assistant message may carry text but not audio: its audio goes as the transcript heard. A
 * user's audio goes as the audio when the service reported it, with its transcript, else as text.
 */
export function toRequestItem(state: ConversationItem): ConversationRequestItemUnion | undefined {
  const status = state.status === "incomplete" ? "incomplete" : "completed";
  switch (state.type) {
    case "function_call":
      if (!state.name || !state.callId) return undefined;
      return { type: "function_call", id: state.id, name: state.name, callId: state.callId, arguments: state.arguments ?? "", status };
    case "function_call_output":
      if (!state.callId) return undefined;
      return { type: "function_call_output", id: state.id, callId: state.callId, output: state.output ?? "" };
    case "message": {
      const role = state.role;
      if (role !== "user" && role !== "assistant" && role !== "system") return undefined;
      const content: MessageContentPartUnion[] = [];
      for (const part of state.content) {
        const converted = role === "user" ? userPart(part) : textOf(part);
        if (converted) content.push(role === "assistant" ? { type: "text", text: converted as string } : typeof converted === "string" ? { type: "input_text", text: converted } : converted);
      }
      if (content.length === 0) return undefined;
      // A truncated assistant message was cut short: say so.
      const cut = role === "assistant" && state.content.some((p) => p.truncated);
      return { type: "message", id: state.id, role, content, status: cut ? "incomplete" : status } as ConversationRequestItemUnion;
    }
    default:
      return undefined;
  }
}

/** The text a part says, for a system or assistant message: its text, or its audio's transcript. */
function textOf(part: ConversationContentPart): string | undefined {
  const text = part.type === "audio" || part.type === "input_audio" ? part.transcript : part.text;
  return text ? text : undefined;
}

/** A user's part: audio as audio (with its transcript) when it is known, an image as it was, else its text. */
function userPart(part: ConversationContentPart): MessageContentPartUnion | string | undefined {
  if (part.type === "input_audio") {
    if (part.audio) return { type: "input_audio", audio: part.audio, ...(part.transcript ? { transcript: part.transcript } : {}) };
    return part.transcript || undefined;
  }
  if (part.type === "input_image") return part.imageUrl ? ({ type: "input_image", imageUrl: part.imageUrl } as MessageContentPartUnion) : undefined;
  return textOf(part);
}

/**
 * Sends the items in order, each after the previous one sent (the first at the start, `root`), and
 * waits until the new session has answered each (`conversation.item.created` or an `error` naming
 * it), or `timeoutInMs` has passed. Items are sent without waiting for each answer: a replay costs
 * one round trip, not one per item. An item after a refused one is still sent after it: the service
 * then refuses it too, as its `previous_item_id` does not exist, and both are reported.
 */
export async function replayItems(session: VoiceLiveSession, items: readonly ConversationItem[], timeoutInMs: number): Promise<ReplayResult> {
  const result: ReplayResult = { sent: [], skipped: [], failed: [] };
  const requests: { id: string; item: ConversationRequestItemUnion; eventId: string }[] = [];
  for (const state of items) {
    const item = toRequestItem(state);
    if (item) requests.push({ id: state.id, item, eventId: `replay_${state.id}` });
    else result.skipped.push(state.id);
  }
  if (requests.length === 0) return result;
  const pending = new Set(requests.map((r) => r.id));
  const byEventId = new Map(requests.map((r) => [r.eventId, r.id]));
  const stop = new AbortController();
  const answered = new Promise<void>((resolve) => {
    const settle = (id: string | undefined, message?: string) => {
      if (!id || !pending.delete(id)) return false;
      if (message !== undefined) result.failed.push({ id, message });
      if (pending.size === 0) resolve();
      return false;
    };
    // Predicates that never match: they only listen, so that an answer is never missed between sends.
    const options = { timeoutInMs, abortSignal: stop.signal };
    session.waitFor("conversation.item.created", { ...options, predicate: (e) => settle(e.item?.id) }).catch(() => resolve());
    session.waitFor("error", { ...options, predicate: (e) => settle(byEventId.get(e.error.eventId ?? ""), e.error.message) }).catch(() => resolve());
  });
  let previous = "root";
  try {
    for (const r of requests) {
      await session.addConversationItem(r.item, { previousItemId: previous, eventId: r.eventId });
      result.sent.push(r.id);
      previous = r.id;
    }
  } catch (e) {
    // The connection went again, or an item was invalid for this API version: what is unsent is reported as failed.
    for (const r of requests) if (!result.sent.includes(r.id) && pending.delete(r.id)) result.failed.push({ id: r.id, message: (e as Error).message });
  }
  if (pending.size) await answered;
  stop.abort();
  for (const id of pending) result.failed.push({ id, message: `no answer within ${timeoutInMs} ms` });
  return result;
}
