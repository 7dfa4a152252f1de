/**
 * `anonymousCredential`: connect with no credential at all, for a server-side proxy that adds the
 * real one (the way for a browser to use a `TokenCredential`, or to keep a key out of the page).
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";

/** The type of `anonymousCredential`. */
export interface AnonymousCredential {
  /** Always true: this credential sends nothing. */
  readonly anonymous: true;
}

/**
 * No credential: the handshake carries no `api-key` and no `Authorization`. For an endpoint that
 * adds the credential itself, such as a server-side proxy that a browser app connects to (see
 * docs/browser.md), or a local server without auth.
 *
 * @example
 * const client = new VoiceLiveClient("https://my-app.example/voicelive", anonymousCredential);
 */
export const anonymousCredential: AnonymousCredential = Object.freeze({ anonymous: true as const });

/** Whether `credential` is `anonymousCredential` (or another copy of the package's). */
export function isAnonymousCredential(credential: TokenCredential | KeyCredential | AnonymousCredential): credential is AnonymousCredential {
  return (credential as Partial<AnonymousCredential>).anonymous === true && !("key" in credential) && !("getToken" in credential);
}
