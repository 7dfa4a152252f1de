import type { AgentSessionConfig } from "../../generated/models.js";
import { realtimeEndpoint } from "../../generated/tables.js";
import { VoiceLiveError } from "../errors.js";

/** Which service-side conversation to open: a model deployment, or a Foundry agent. */
export type SessionTarget =
  | {
      /** The name of the model deployment, such as `gpt-realtime`. */
      model: string;
    }
  | {
      /** The Foundry agent, in its project. */
      agent: AgentSessionConfig;
    };

/**
 * The WebSocket URL of a session: `https` → `wss` (and `http` → `ws`), any path prefix of the
 * endpoint kept, then the realtime path, the api-version, and the model or the agent, as
 * spec/connection.tsp names them.
 */
export function realtimeUrl(endpoint: URL, apiVersion: string, target: SessionTarget): URL {
  // Query parameters of the endpoint (a gateway's, say) are kept; ours are set after them.
  const url = new URL(endpoint.href);
  url.protocol = url.protocol === "https:" || url.protocol === "wss:" ? "wss:" : "ws:";
  // A path prefix (a gateway's) is kept; an endpoint that already names the realtime path is used as is.
  const base = url.pathname.replace(/\/+$/, "");
  url.pathname = base.endsWith(realtimeEndpoint.path) ? base : `${base}${realtimeEndpoint.path}`;
  url.hash = "";
  const { query, agentQuery } = realtimeEndpoint;
  url.searchParams.set(query.apiVersion, apiVersion);
  if ("model" in target) {
    url.searchParams.set(query.model, target.model);
  } else {
    for (const [key, param] of Object.entries(agentQuery) as [keyof AgentSessionConfig, string][]) {
      const value = target.agent[key];
      if (value !== undefined) url.searchParams.set(param, value);
    }
  }
  return url;
}

/**
 * Query parameters that carry a credential, in lower case, with what to use instead. Names are
 * compared case-insensitively: a service or gateway reading them may not care about case either.
 */
const CREDENTIAL_PARAMETERS: Readonly<Record<string, string>> = {
  "api-key":
    "pass the key as the credential argument (new AzureKeyCredential(key)); in a browser, which cannot send the api-key header, also set the client option { credentialInUrl: true } and the SDK puts it in the URL",
  authorization: "pass a TokenCredential (such as DefaultAzureCredential) as the credential argument",
  access_token: "pass a TokenCredential (such as DefaultAzureCredential) as the credential argument",
};

/**
 * Parses and checks an endpoint: an absolute http(s) or ws(s) URL without credentials, in its user
 * info or its query. Its other query parameters (a gateway's) are kept.
 */
export function parseEndpoint(endpoint: string | URL): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    // Neither the text nor the parser's error (which keeps it as `input`) goes in the error: a
    // string that is not a URL may well be a key passed in the wrong argument.
    throw new VoiceLiveError("INVALID_ARGUMENT", "the endpoint is not an absolute URL: it should look like https://<resource>.services.ai.azure.com");
  }
  if (!["https:", "http:", "wss:", "ws:"].includes(url.protocol)) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `the endpoint must be an https:// (or, for local servers, http://) URL, not ${url.protocol}//`);
  }
  if (url.username || url.password) {
    throw new VoiceLiveError("INVALID_ARGUMENT", "the endpoint must not carry a user name or password; pass a credential instead");
  }
  for (const name of url.searchParams.keys()) {
    const instead = CREDENTIAL_PARAMETERS[name.toLowerCase()];
    // The value is left out of the message: errors get logged.
    if (instead) throw new VoiceLiveError("INVALID_ARGUMENT", `the endpoint must not carry a credential in its query (${name.toLowerCase()}=...): ${instead}`);
  }
  return url;
}

/**
 * Whether a host is this machine: `localhost`, `127.0.0.0/8` or `::1`. It takes `URL.hostname`,
 * which has already turned `127.1`, `0x7f.1` or `[0:0::1]` into their plain forms. A name under
 * `.localhost` does not count: nothing guarantees that a resolver (or a proxy) keeps it local.
 */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === "localhost" || host === "[::1]" || host === "::1") return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return octets !== null && octets.slice(1).every((o) => Number(o) <= 255);
}

/** Refuses to send a credential over plaintext to anything but a loopback address. */
export function assertSecureTransport(url: URL): void {
  if (isPlaintext(url) && !isLoopback(url.hostname)) {
    throw new VoiceLiveError(
      "INVALID_ARGUMENT",
      `refusing to send a credential over plaintext ${url.protocol}// to ${url.hostname}: use an https:// endpoint (plaintext is allowed only to localhost, 127.0.0.0/8 and ::1)`,
    );
  }
}

/** Whether a URL is unencrypted (`ws:` or `http:`). */
export function isPlaintext(url: URL): boolean {
  return url.protocol === "ws:" || url.protocol === "http:";
}
