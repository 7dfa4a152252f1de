/**
 * One `subscribe(handlers)`: its handlers, and its own ordered queue of deliveries. One object per
 * subscription, with methods rather than closures: an app may hold hundreds of idle sessions.
 */
import type { ServerEvent, ServerEventError } from "../../generated/models.js";
import { serverEventHandlerNames } from "../../generated/tables.js";
import { VoiceLiveError } from "../errors.js";
import { isMarkedUnknown } from "../events.js";
import { OrderedQueue } from "../internal/delivery.js";
import { logger } from "../internal/logger.js";
import { overflowError } from "./failures.js";
import type { Awaitable, EventContext, ReconnectedInfo, ReconnectingInfo, VoiceLiveSessionHandlers } from "./types.js";

export type Delivery =
  | { kind: "event"; event: ServerEvent }
  | { kind: "connected" }
  | { kind: "disconnected"; code: number; reason: string; error?: VoiceLiveError }
  | { kind: "reconnecting"; info: ReconnectingInfo }
  | { kind: "reconnected"; info: ReconnectedInfo }
  | { kind: "end"; error?: VoiceLiveError }
  | { kind: "error"; error: VoiceLiveError };

type Handler = (event: ServerEvent, context: EventContext) => Awaitable;
const handlerNames = serverEventHandlerNames as Record<string, string>;

/** A subscription: also the object `subscribe` returns, whose `close()` ends it. */
export class Subscriber extends OrderedQueue<Delivery> {
  constructor(
    private readonly handlers: VoiceLiveSessionHandlers,
    private readonly context: EventContext,
    limit: number,
    private readonly remove: { remove(consumer: Subscriber): void },
  ) {
    super(limit);
  }

  /** Stops this subscription's deliveries. */
  close(): void {
    this.remove.remove(this);
  }

  protected deliver(d: Delivery): Awaitable {
    const handlers = this.handlers;
    switch (d.kind) {
      case "event": {
        const event = d.event;
        // An event that failed its shape check travels as unknown: never to a typed handler.
        const name = isMarkedUnknown(event) ? undefined : handlerNames[event.type];
        const specific = name ? (handlers as Record<string, Handler | undefined>)[name] : undefined;
        const general = handlers.onServerEvent;
        if (event.type === "error" && !specific && !general) {
          logger.warning(`unhandled server error event: ${(event as ServerEventError).error?.message}`);
        }
        if (!general) return specific ? this.handle(name!, specific, event) : undefined;
        const first = this.handle("onServerEvent", general, event);
        if (!specific) return first;
        return first instanceof Promise ? first.then(() => this.handle(name!, specific, event)) : this.handle(name!, specific, event);
      }
      case "connected":
        return handlers.onConnected ? this.run("onConnected", () => handlers.onConnected!(this.context)) : undefined;
      case "disconnected":
        return handlers.onDisconnected ? this.run("onDisconnected", () => handlers.onDisconnected!({ code: d.code, reason: d.reason, error: d.error }, this.context)) : undefined;
      case "reconnecting":
        return handlers.onReconnecting ? this.run("onReconnecting", () => handlers.onReconnecting!(d.info, this.context)) : undefined;
      case "reconnected":
        return handlers.onReconnected ? this.run("onReconnected", () => handlers.onReconnected!(d.info, this.context)) : undefined;
      case "error":
        return this.report(d.error);
      case "end":
        return undefined;
    }
  }

  protected overflow(dropped: number): void {
    void this.report(overflowError(dropped, "for a subscriber that was too slow"));
  }

  /** The per-event path: no closure per event, one try per handler. */
  private handle(name: string, handler: Handler, event: ServerEvent): Awaitable {
    try {
      const result = handler(event, this.context);
      if (result instanceof Promise) return result.catch((e: unknown) => this.failed(name, e));
    } catch (e) {
      return this.failed(name, e);
    }
    return undefined;
  }

  private run(name: string, call: () => Awaitable): Awaitable {
    return guard(call, (e) => this.failed(name, e));
  }

  private failed(name: string, e: unknown): Awaitable {
    return this.report(new VoiceLiveError("HANDLER_FAILED", `${name} threw: ${(e as Error)?.message ?? String(e)}`, { cause: e }));
  }

  /** An error of the SDK's: to `onError`, or logged when there is none. A throwing `onError` is logged. */
  private report(error: VoiceLiveError): Awaitable {
    const onError = this.handlers.onError;
    if (!onError) {
      logger.error(`${error.code}: ${error.message} (subscribe with onError to handle it)`);
      return undefined;
    }
    return guard(() => onError(error, this.context), (e) => logger.error(`onError threw: ${String(e)}`));
  }
}

function guard(call: () => Awaitable, onFailure: (e: unknown) => Awaitable): Awaitable {
  try {
    const result = call();
    if (result instanceof Promise) return result.catch(onFailure);
  } catch (e) {
    return onFailure(e);
  }
  return undefined;
}
