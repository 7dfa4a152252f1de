/**
 * The session settings the barge-in and metrics helpers depend on (turn detection, output audio
 * format), as the service last reported them. A helper made after `startSession` has resolved
 * subscribes after `session.created` and `session.updated` went by: it starts from the latest of
 * each that the session kept, then follows the new ones.
 */
import type { ResponseSession } from "../../generated/models.js";
import type { VoiceLiveSession } from "../session.js";

/**
 * Calls `apply` with the session's settings: those already reported (soon after the call, before
 * any later event), then each new `session.created` / `session.updated`. Returns the subscription.
 */
export function followSessionSettings(session: VoiceLiveSession, apply: (settings: ResponseSession) => void): { close(): void } {
  // The kept events, oldest kind first; a wait with no event kept ends at once (timeout 0), quietly.
  let newer = false;
  const latest = (type: "session.created" | "session.updated") =>
    session.waitFor(type, { includeLatest: true, timeoutInMs: 0 }).then((e) => e.session, () => undefined);
  void Promise.all([latest("session.created"), latest("session.updated")]).then(([created, updated]) => {
    if (newer) return; // a newer report came through the subscription meanwhile
    if (created) apply(created);
    if (updated) apply(updated);
  });
  return session.subscribe({
    onSessionCreated: ({ session: s }) => {
      newer = true;
      apply(s);
    },
    onSessionUpdated: ({ session: s }) => {
      newer = true;
      apply(s);
    },
  });
}
