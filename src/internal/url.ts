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

/** Parses and checks an endpoint: an absolute http(s) or ws(s) URL without credentials. Its query parameters are kept. */
export function parseEndpoint(endpoint: string | URL): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch (e) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `the endpoint is not a URL: ${JSON.stringify(String(endpoint).slice(0, 100))}`, { cause: e });
  }
  if (!["https:", "http:", "wss:", "ws:"].includes(url.protocol)) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `the endpoint must be an https:// (or, for local servers, http://) URL, not ${url.protocol}//`);
  }
  if (url.username || url.password) {
    throw new VoiceLiveError("INVALID_ARGUMENT", "the endpoint must not carry a user name or password; pass a credential instead");
  }
  return url;
}

/** Whether a host name is this machine: plaintext is allowed only there. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Refuses to send a credential over plaintext to anything but a loopback address. */
export function assertSecureTransport(url: URL): void {
  if ((url.protocol === "ws:" || url.protocol === "http:") && !isLoopback(url.hostname)) {
    throw new VoiceLiveError(
      "INVALID_ARGUMENT",
      `refusing to send a credential over plaintext ${url.protocol}// to ${url.hostname}: use an https:// endpoint (plaintext is allowed only to loopback addresses)`,
    );
  }
}
