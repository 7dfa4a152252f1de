/**
 * The handshake headers. They are built by running a request through `@azure/core-rest-pipeline`
 * policies (user agent, client request id, bearer token) against a client that only records the
 * headers, so they are exactly what the Azure SDKs send; a key goes in `api-key`.
 */
import { isTokenCredential, type KeyCredential, type TokenCredential } from "@azure/core-auth";
import {
  bearerTokenAuthenticationPolicy,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  setClientRequestIdPolicy,
  userAgentPolicy,
  type HttpClient,
  type Pipeline,
} from "@azure/core-rest-pipeline";
import { VoiceLiveAuthenticationError, VoiceLiveError } from "../errors.js";
import { SDK_VERSION } from "./version.js";

export const DEFAULT_SCOPES = ["https://ai.azure.com/.default"];

export interface HeaderOptions {
  scopes?: string[];
  userAgentPrefix?: string;
}

export class HandshakeHeaders {
  private readonly pipeline: Pipeline;

  constructor(
    private readonly credential: TokenCredential | KeyCredential,
    options: HeaderOptions = {},
  ) {
    this.pipeline = createEmptyPipeline();
    const prefix = [options.userAgentPrefix, `azsdk-js-ai-voicelive/${SDK_VERSION}`].filter(Boolean).join(" ");
    this.pipeline.addPolicy(userAgentPolicy({ userAgentPrefix: prefix }));
    this.pipeline.addPolicy(setClientRequestIdPolicy());
    if (isTokenCredential(credential)) {
      this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: options.scopes ?? DEFAULT_SCOPES }));
    }
  }

  /** The headers for one handshake to `url`; a token credential is asked for a valid token each time. */
  async forUrl(url: URL, abortSignal?: AbortSignal): Promise<Record<string, string>> {
    // bearerTokenAuthenticationPolicy refuses non-https URLs; the request never leaves this process.
    const https = new URL(url.href);
    https.protocol = "https:";
    https.search = "";
    let captured: Record<string, string> | undefined;
    const recorder: HttpClient = {
      sendRequest: async (request) => {
        captured = request.headers.toJSON({ preserveCase: true });
        return { request, status: 200, headers: createHttpHeaders() };
      },
    };
    try {
      await this.pipeline.sendRequest(recorder, createPipelineRequest({ url: https.href, method: "GET", abortSignal }));
    } catch (e) {
      if (abortSignal?.aborted) throw new VoiceLiveError("ABORTED", "the connection was aborted while getting a token", { cause: e });
      throw new VoiceLiveAuthenticationError(`the token credential failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
    const headers = { ...captured };
    if (!isTokenCredential(this.credential)) {
      const key = this.credential.key;
      if (typeof key !== "string" || !key) throw new VoiceLiveAuthenticationError("the key credential holds no key");
      headers["api-key"] = key;
    } else if (!Object.keys(headers).some((h) => h.toLowerCase() === "authorization")) {
      throw new VoiceLiveAuthenticationError("the token credential returned no token");
    }
    return headers;
  }
}
