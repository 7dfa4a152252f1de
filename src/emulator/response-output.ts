/**
 * The output items of one response: each is added to the response and to the conversation with
 * `response.output_item.added` and `conversation.item.created`, and finished with
 * `response.output_item.done`. Items a response leaves unfinished (cancelled, failed) are closed as
 * `incomplete` when it ends.
 */
import type { SessionChannel } from "./channel.js";
import type { Conversation, StoredItem } from "./conversation.js";
import type { Wire } from "./wire.js";

/** An output item in wire form; `status` exists on the kinds of items that have one. */
export type OutputItem = Wire & { id: string; type: string; status?: unknown };

export class ResponseOutput {
  /** The items in output order, as `response.done` lists them. */
  readonly items: OutputItem[] = [];
  /** The stored form of each item, in output order. */
  readonly stored: StoredItem[] = [];
  /** Output indexes of the items added but not yet done. */
  private readonly open = new Set<number>();

  constructor(
    /** The id of the response, `resp_…`. */
    readonly responseId: string,
    private readonly channel: SessionChannel,
    private readonly conversation: Conversation,
  ) {}

  /** Adds an item (announced in its current state) and returns its output index. */
  add(item: OutputItem, stored: StoredItem = { wire: item }): number {
    const outputIndex = this.items.length;
    this.items.push(item);
    this.stored.push(stored);
    this.open.add(outputIndex);
    const previous = this.conversation.appendSilently(stored);
    this.channel.send({ type: "response.output_item.added", response_id: this.responseId, output_index: outputIndex, item });
    this.channel.send({ type: "conversation.item.created", previous_item_id: previous, item });
    return outputIndex;
  }

  /** Whether an item has been added and not yet finished. */
  isOpen(outputIndex: number): boolean {
    return this.open.has(outputIndex);
  }

  /** Finishes an item: `response.output_item.done` with its final state. */
  done(outputIndex: number): void {
    if (!this.open.delete(outputIndex)) return;
    this.channel.send({ type: "response.output_item.done", response_id: this.responseId, output_index: outputIndex, item: this.items[outputIndex] });
  }

  /**
   * Finishes every item still open as cut short: an item with a status ends `incomplete`. Items kept
   * open on purpose (an MCP call that waits for approval) are passed in `keep`.
   */
  closeOpen(keep: ReadonlySet<number> = new Set()): void {
    for (const outputIndex of [...this.open]) {
      if (keep.has(outputIndex)) continue;
      const item = this.items[outputIndex];
      if ("status" in item) item.status = "incomplete";
      this.done(outputIndex);
    }
  }
}
