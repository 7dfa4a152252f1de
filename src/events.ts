/**
 * Telling known events from unknown ones. The session's APIs are typed with the known events, so
 * that `switch (event.type)` narrows; an event of a type this SDK does not know (a newer service's)
 * still arrives, as its wire JSON, and these guards tell it apart. To send or wait for such a type,
 * mark it with `unknownEventType`.
 */
import type { ClientEvent, ClientEventMap, ServerEvent, ServerEventMap, UnknownClientEvent, UnknownEventType, UnknownServerEvent } from "../generated/models.js";
import { clientEventTypes, serverEventHandlerNames } from "../generated/tables.js";

/** Whether `type` is a server event type this SDK knows (in any API version). */
export function isKnownServerEventType(type: string): type is keyof ServerEventMap {
  return Object.hasOwn(serverEventHandlerNames, type);
}

/**
 * Whether a server event is of a type this SDK does not know. Such an event is its wire JSON
 * (snake_case fields), as the service sent it.
 *
 * @example
 * for await (const event of session.events()) {
 *   if (isUnknownServerEvent(event)) console.log("new to this SDK:", event.type);
 * }
 */
export function isUnknownServerEvent(event: ServerEvent | UnknownServerEvent): event is UnknownServerEvent {
  return !isKnownServerEventType(event.type) || isMarkedUnknown(event);
}

/**
 * Frames of a known type that the session could not read as that type (a `bytes` field that is not
 * base64, say): delivered as their wire JSON, and told apart here, so that no typed handler gets them.
 */
const markedUnknown = new WeakSet<object>();
/** Whether any frame was ever marked: most processes never see one, and skip the lookup. */
let anyMarked = false;

/** @internal Marks a frame of a known type as unreadable wire JSON. */
export function markUnknown(frame: object): void {
  anyMarked = true;
  markedUnknown.add(frame);
}

/** @internal Whether a frame was marked by `markUnknown`. */
export function isMarkedUnknown(event: object): boolean {
  return anyMarked && markedUnknown.has(event);
}

const knownClientEventTypes: ReadonlySet<string> = new Set(clientEventTypes);

/** Whether `type` is a client event type this SDK knows (in any API version). */
export function isKnownClientEventType(type: string): type is keyof ClientEventMap {
  return knownClientEventTypes.has(type);
}

/** Whether a client event (as a server reads it, say) is of a type this SDK does not know; it is then its wire JSON. */
export function isUnknownClientEvent(event: ClientEvent | UnknownClientEvent): event is UnknownClientEvent {
  return !isKnownClientEventType(event.type);
}

/**
 * Marks an event type that this SDK does not know, to send an event of it (`sendEvent`) or wait for
 * one (`waitFor`). Known types need no mark: they are checked, and a misspelt one does not compile.
 *
 * @example
 * await session.sendEvent({ type: unknownEventType("session.hologram.configure"), hologram: { depth: 3 } });
 * const reply = await session.waitFor(unknownEventType("session.hologram.configured"));
 */
export function unknownEventType(type: string): UnknownEventType {
  return type as UnknownEventType;
}
