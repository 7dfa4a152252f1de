/**
 * The handshake credential, in a browser. The package's `browser` map puts this file in place of
 * `auth.ts`: same exports, without `@azure/core-rest-pipeline` (a browser cannot send its
 * `User-Agent` and `x-ms-client-request-id` headers anyway).
 *
 * A browser's WebSocket sends no custom headers, so:
 * - a `KeyCredential` needs the client's `credentialInUrl: true` opt-in; the transport then puts
 *   the key in the `api-key` query parameter. Without it, connecting fails with `INVALID_ARGUMENT`.
 * - a `TokenCredential` is refused: Voice Live takes no token in the URL. Use a server-side proxy
 *   that adds the token, and `anonymousCredential`.
 * - `anonymousCredential` sends nothing.
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import { isAnonymousCredential, type AnonymousCredential } from "../credentials.js";
import { VoiceLiveAuthenticationError, VoiceLiveError } from "../errors.js";

export const DEFAULT_SCOPES = ["https://ai.azure.com/.default"];

export interface HeaderOptions {
  scopes?: string[];
  userAgentPrefix?: string;
  /** The client's opt-in to put a key in the URL. */
  credentialInUrl?: boolean;
}

const PROXY_HINT = "connect through a server-side proxy that adds the credential, with anonymousCredential (see docs/browser.md)";

/** The credential in true private fields, out of reach of `console.log`, `JSON.stringify` and `structuredClone`. */
export class HandshakeHeaders {
  readonly #credential: TokenCredential | KeyCredential | AnonymousCredential;
  readonly #options: HeaderOptions;

  constructor(credential: TokenCredential | KeyCredential | AnonymousCredential, options: HeaderOptions = {}) {
    this.#credential = credential;
    this.#options = options;
  }

  /** The credential of one handshake, as a header for the transport to place (`api-key` goes in the URL). */
  async forUrl(_url: URL, abortSignal?: AbortSignal): Promise<Record<string, string>> {
    if (abortSignal?.aborted) throw new VoiceLiveError("ABORTED", "the connection was aborted");
    const credential = this.#credential;
    if (isAnonymousCredential(credential)) return {};
    if (typeof (credential as TokenCredential).getToken === "function") {
      throw new VoiceLiveError(
        "INVALID_ARGUMENT",
        `a TokenCredential cannot be used in a browser: a browser cannot send the Authorization header and Voice Live takes no token in the URL; ${PROXY_HINT}`,
      );
    }
    if (!this.#options.credentialInUrl) {
      throw new VoiceLiveError(
        "INVALID_ARGUMENT",
        `a browser cannot send the api-key header. Either pass { credentialInUrl: true } to the VoiceLiveClient to put the key in the URL's api-key parameter (anyone who can read the page or its URLs gets the key), or ${PROXY_HINT}`,
      );
    }
    const key = (credential as KeyCredential).key;
    if (typeof key !== "string" || !key) throw new VoiceLiveAuthenticationError("the key credential holds no key");
    return { "api-key": key };
  }
}
