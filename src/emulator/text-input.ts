/**
 * Streamed text input (`input_text.delta`, `input_text.done`): deltas gather per id and content
 * index until `done` makes them a user message item. With turn detection on (and `create_response`
 * not false), that item starts a response, as the end of a spoken turn would.
 */
import type { SessionChannel } from "./channel.js";
import type { Conversation } from "./conversation.js";
import { newId } from "./ids.js";
import type { ResponseEngine } from "./responses.js";
import type { SessionConfig } from "./session-config.js";

export class TextInput {
  private readonly texts = new Map<string, string[]>();

  constructor(
    private readonly channel: SessionChannel,
    private readonly config: SessionConfig,
    private readonly conversation: Conversation,
    private readonly responses: ResponseEngine,
  ) {}

  delta(id: string, delta: string, contentIndex: number): void {
    const parts = this.texts.get(id) ?? [];
    parts[contentIndex] = (parts[contentIndex] ?? "") + delta;
    this.texts.set(id, parts);
  }

  done(id: string, eventId: string | null): void {
    const parts = this.texts.get(id);
    if (!parts) return this.channel.sendError({ code: "invalid_value", message: `No input_text.delta arrived for id ${JSON.stringify(id)}.`, param: "id", eventId });
    this.texts.delete(id);
    const content = Array.from(parts, (text) => ({ type: "input_text", text: text ?? "" }));
    const wire = { id: this.conversation.find(id) ? newId("item") : id, object: "realtime.item", type: "message", role: "user", status: "completed", content };
    this.conversation.insert({ wire });
    const td = this.config.turnDetection;
    if (td && td.create_response !== false && !this.responses.isActive) this.responses.start({}, undefined);
  }
}
