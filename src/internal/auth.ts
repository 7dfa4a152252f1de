/**
 * The handshake headers. They are built by running a request through `@azure/core-rest-pipeline`
 * policies (user agent, client request id, bearer token) against a client that only records the
 * headers, so they are exactly what the Azure SDKs send; a key goes in `api-key`, and
 * `anonymousCredential` adds neither. Browsers get `auth.browser.ts` instead (the package's
 * `browser` map), which sends no pipeline headers.
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import type { HttpClient, Pipeline } from "@azure/core-rest-pipeline";
import { isAnonymousCredential, type AnonymousCredential } from "../credentials.js";
import { VoiceLiveAuthenticationError, VoiceLiveError } from "../errors.js";
import { SDK_VERSION } from "./version.js";

/** `@azure/core-rest-pipeline` is loaded on the first connect, not at import: most of an app's start-up never needs it. */
let corePipeline: Promise<typeof import("@azure/core-rest-pipeline")> | undefined;

function isTokenCredential(credential: TokenCredential | KeyCredential | AnonymousCredential): credential is TokenCredential {
  return typeof (credential as TokenCredential).getToken === "function";
}

export const DEFAULT_SCOPES = ["https://ai.azure.com/.default"];

export interface HeaderOptions {
  scopes?: string[];
  userAgentPrefix?: string;
  /** The client's `credentialInUrl` opt-in: only browsers use it; in Node the key always goes in the header. */
  credentialInUrl?: boolean;
}

/**
 * Makes the headers of each handshake. The client and every session it makes hold one, so its
 * credential (and the pipeline, which holds it too) are true private fields: `util.inspect`
 * (`console.log`), `JSON.stringify` and `structuredClone` of a client or a session cannot reach them.
 */
export class HandshakeHeaders {
  readonly #credential: TokenCredential | KeyCredential | AnonymousCredential;
  readonly #options: HeaderOptions;
  #pipeline?: Promise<Pipeline>;

  constructor(credential: TokenCredential | KeyCredential | AnonymousCredential, options: HeaderOptions = {}) {
    this.#credential = credential;
    this.#options = options;
  }

  private makePipeline(): Promise<Pipeline> {
    corePipeline ??= import("@azure/core-rest-pipeline");
    return corePipeline.then(({ bearerTokenAuthenticationPolicy, createEmptyPipeline, setClientRequestIdPolicy, userAgentPolicy }) => {
      const pipeline = createEmptyPipeline();
      const prefix = [this.#options.userAgentPrefix, `azsdk-js-ai-voicelive/${SDK_VERSION}`].filter(Boolean).join(" ");
      pipeline.addPolicy(userAgentPolicy({ userAgentPrefix: prefix }));
      pipeline.addPolicy(setClientRequestIdPolicy());
      if (isTokenCredential(this.#credential)) {
        pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: this.#credential, scopes: this.#options.scopes ?? DEFAULT_SCOPES }));
      }
      return pipeline;
    });
  }

  /** The headers for one handshake to `url`; a token credential is asked for a valid token each time. */
  async forUrl(url: URL, abortSignal?: AbortSignal): Promise<Record<string, string>> {
    // bearerTokenAuthenticationPolicy refuses non-https URLs; the request never leaves this process.
    const https = new URL(url.href);
    https.protocol = "https:";
    https.search = "";
    let captured: Record<string, string> | undefined;
    this.#pipeline ??= this.makePipeline();
    const [pipeline, { createHttpHeaders, createPipelineRequest }] = await Promise.all([this.#pipeline, corePipeline!]);
    const recorder: HttpClient = {
      sendRequest: async (request) => {
        captured = request.headers.toJSON({ preserveCase: true });
        return { request, status: 200, headers: createHttpHeaders() };
      },
    };
    try {
      await pipeline.sendRequest(recorder, createPipelineRequest({ url: https.href, method: "GET", abortSignal }));
    } catch (e) {
      if (abortSignal?.aborted) throw new VoiceLiveError("ABORTED", "the connection was aborted while getting a token", { cause: e });
      throw new VoiceLiveAuthenticationError(`the token credential failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
    const headers = { ...captured };
    if (isAnonymousCredential(this.#credential)) {
      // Nothing to add: the endpoint (a proxy, say) supplies the credential.
    } else if (!isTokenCredential(this.#credential)) {
      const key = this.#credential.key;
      if (typeof key !== "string" || !key) throw new VoiceLiveAuthenticationError("the key credential holds no key");
      headers["api-key"] = key;
    } else if (!Object.keys(headers).some((h) => h.toLowerCase() === "authorization")) {
      throw new VoiceLiveAuthenticationError("the token credential returned no token");
    }
    return headers;
  }
}
