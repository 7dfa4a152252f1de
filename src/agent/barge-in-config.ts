/**
 * The session settings the barge-in and metrics helpers depend on (turn detection, output audio
 * format), as the service last reported them. A helper made after `startSession` has resolved
 * subscribes after `session.created` and `session.updated` went by: it starts from the latest of
 * each that the session kept, then follows the new ones.
 */
import type { ResponseSession } from "../../generated/models.js";
import { helperView, settingsAsDated, type AnyVoiceLiveSession } from "./any-session.js";

/**
 * Calls `apply` with the session's settings: those already reported (soon after the call, before
 * any later event), then each new `session.created` / `session.updated`. Returns the subscription.
 */
export function followSessionSettings(anySession: AnyVoiceLiveSession, apply: (settings: ResponseSession) => void): { close(): void } {
  const session = helperView(anySession);
  // A label version keeps some settings elsewhere (v1: audio.output.format): the helpers read the dated places.
  const version = session.schemaVersion;
  // The kept events, oldest kind first; a wait with no event kept ends at once (timeout 0), quietly.
  let newer = false;
  const latest = (type: "session.created" | "session.updated") =>
    session.waitFor(type, { includeLatest: true, timeoutInMs: 0 }).then((e) => settingsAsDated(e.session, version), () => undefined);
  void Promise.all([latest("session.created"), latest("session.updated")]).then(([created, updated]) => {
    if (newer) return; // a newer report came through the subscription meanwhile
    if (created) apply(created);
    if (updated) apply(updated);
  });
  return session.subscribe({
    onSessionCreated: ({ session: s }) => {
      newer = true;
      apply(settingsAsDated(s, version));
    },
    onSessionUpdated: ({ session: s }) => {
      newer = true;
      apply(settingsAsDated(s, version));
    },
  });
}
