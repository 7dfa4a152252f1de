/**
 * The helpers take a session of any API version. A label version (`v1`) types its sessions apart
 * (`VoiceLiveSession<"v1">`), sends some events under other names (`response.output_audio.delta`
 * for `response.audio.delta`, with the same fields) and keeps some settings elsewhere
 * (`audio.output.format` for `output_audio_format`). The helpers are written against the dated
 * names and shapes; this module maps a label version's onto them, from the generated tables
 * (`serverEventTypeRenames`, `serverEventHandlerNames`, `movedFields`, `wireFields`).
 */
import type { ResponseSession } from "../../generated/models.js";
import { movedFields, serverEventHandlerNames, serverEventTypeRenames, wireFields } from "../../generated/tables.js";
import type { LabelApiVersion } from "../../generated/version-types.js";
import type { VoiceLiveSession, VoiceLiveSessionHandlers } from "../session.js";

/** A session of any API version: a dated version's, or a label version's (`VoiceLiveSession<"v1">`). */
export type AnyVoiceLiveSession = VoiceLiveSession | VoiceLiveSession<LabelApiVersion>;

/** The session as the helpers use it: its events are a subset of every version's, which the dated type lists. */
export function helperView(session: AnyVoiceLiveSession): VoiceLiveSession {
  return session as VoiceLiveSession;
}

type HandlerName = keyof VoiceLiveSessionHandlers;
const handlerNames = serverEventHandlerNames as Readonly<Record<string, HandlerName>>;

/** Handler name → the names other versions give the same event (`onResponseAudioDelta` → `onResponseOutputAudioDelta`). */
const otherNames = new Map<HandlerName, HandlerName[]>();
for (const renames of Object.values(serverEventTypeRenames)) {
  for (const [dated, renamed] of Object.entries(renames)) {
    const from = handlerNames[dated];
    const to = handlerNames[renamed];
    if (!from || !to) continue;
    const list = otherNames.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    otherNames.set(from, list);
  }
}

/** The handlers, each also under the names other versions give its event: a session of any version calls them. */
export function underEveryName(handlers: VoiceLiveSessionHandlers): VoiceLiveSessionHandlers {
  const out: Record<string, unknown> = { ...handlers };
  for (const [name, handler] of Object.entries(handlers)) {
    for (const other of otherNames.get(name as HandlerName) ?? []) out[other] ??= handler;
  }
  return out as VoiceLiveSessionHandlers;
}

/**
 * A session's settings with those a version keeps elsewhere also at their dated place
 * (`outputAudioFormat` from `audio.output.format` in `v1`); a dated version's come back as they are.
 */
export function settingsAsDated(settings: ResponseSession, version: string): ResponseSession {
  const moved = (movedFields as Record<string, Record<string, Record<string, readonly string[]>>>)[version]?.ResponseSession;
  if (!moved) return settings;
  const out: Record<string, unknown> = { ...settings };
  for (const [wire, path] of Object.entries(moved)) {
    const dated = wireFields().ResponseSession?.[wire]?.[0] ?? wire;
    if (out[dated] !== undefined) continue;
    let model: string | null = "ResponseSession";
    let at: unknown = settings;
    for (const key of path) {
      // wireFields lists the fields renamed in the models or holding models; any other keeps its wire name.
      const field: readonly [string, string | null] | undefined = model ? wireFields()[model]?.[key] : undefined;
      at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[field?.[0] ?? key] : undefined;
      model = field?.[1]?.replace(/^\[\]/, "") ?? null;
    }
    if (at !== undefined) out[dated] = at;
  }
  return out as ResponseSession;
}
