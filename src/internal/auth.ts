/**
 * The handshake headers: `User-Agent` and `x-ms-client-request-id` as the Azure SDKs send them, and
 * the credential. A key goes in `api-key`; a token comes from `@azure/core-rest-pipeline`'s bearer
 * policy, run against a client that only records the header; `anonymousCredential` adds nothing.
 * Browsers get `auth.browser.ts` instead (the package's `browser` map).
 */
import { randomUUID } from "node:crypto";
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import type { HttpClient, Pipeline } from "@azure/core-rest-pipeline";
import { isAnonymousCredential, type AnonymousCredential } from "../credentials.js";
import { VoiceLiveAuthenticationError, VoiceLiveError } from "../errors.js";
import { userAgent } from "./user-agent.js";

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

  /** The pipeline of a token credential: its bearer policy caches and refreshes tokens as every Azure SDK does. */
  private makePipeline(credential: TokenCredential): Promise<Pipeline> {
    corePipeline ??= import("@azure/core-rest-pipeline");
    return corePipeline.then(({ bearerTokenAuthenticationPolicy, createEmptyPipeline }) => {
      const pipeline = createEmptyPipeline();
      pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: this.#options.scopes ?? DEFAULT_SCOPES }));
      return pipeline;
    });
  }

  /** The headers for one handshake to `url`; a token credential is asked for a valid token each time. */
  async forUrl(url: URL, abortSignal?: AbortSignal): Promise<Record<string, string>> {
    if (abortSignal?.aborted) throw new VoiceLiveError("ABORTED", "the connection was aborted");
    // Made here rather than by core-rest-pipeline's policies: a key or anonymous session then never
    // loads that package (a hundred modules, whose start-up garbage made V8 grow its young generation).
    const headers: Record<string, string> = { "User-Agent": userAgent(this.#options.userAgentPrefix), "x-ms-client-request-id": randomUUID() };
    const credential = this.#credential;
    if (isAnonymousCredential(credential)) {
      // Nothing to add: the endpoint (a proxy, say) supplies the credential.
      return headers;
    }
    if (!isTokenCredential(credential)) {
      const key = credential.key;
      if (typeof key !== "string" || !key) throw new VoiceLiveAuthenticationError("the key credential holds no key");
      headers["api-key"] = key;
      return headers;
    }
    const authorization = await this.bearer(credential, url, abortSignal);
    if (!authorization) throw new VoiceLiveAuthenticationError("the token credential returned no token");
    headers.Authorization = authorization;
    return headers;
  }

  /** The `Authorization` header the bearer policy makes for `url`, through a client that only records it. */
  private async bearer(credential: TokenCredential, url: URL, abortSignal?: AbortSignal): Promise<string | undefined> {
    // bearerTokenAuthenticationPolicy refuses non-https URLs; the request never leaves this process.
    const https = new URL(url.href);
    https.protocol = "https:";
    https.search = "";
    let captured: string | undefined;
    this.#pipeline ??= this.makePipeline(credential);
    const [pipeline, { createHttpHeaders, createPipelineRequest }] = await Promise.all([this.#pipeline, corePipeline!]);
    const recorder: HttpClient = {
      sendRequest: async (request) => {
        captured = request.headers.get("authorization");
        return { request, status: 200, headers: createHttpHeaders() };
      },
    };
    try {
      await pipeline.sendRequest(recorder, createPipelineRequest({ url: https.href, method: "GET", abortSignal }));
    } catch (e) {
      if (abortSignal?.aborted) throw new VoiceLiveError("ABORTED", "the connection was aborted while getting a token", { cause: e });
      throw new VoiceLiveAuthenticationError(`the token credential failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
    return captured;
  }
}
