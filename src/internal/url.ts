import { VoiceLiveError } from "../errors.js";

/** Which service-side conversation to open: a model deployment, or a Foundry agent. */
export type SessionTarget =
  | {
      /** The name of the model deployment, such as `gpt-realtime`. */
      model: string;
    }
  | {
      /** The Foundry agent, in its project. */
      agent: AgentTarget;
    };

/** A Foundry agent to talk to. */
export interface AgentTarget {
  /** The agent's name. */
  agentName: string;
  /** The Foundry project that holds the agent. */
  projectName: string;
  /** A version of the agent; the latest when omitted. */
  agentVersion?: string;
  /** An existing conversation to continue. */
  conversationId?: string;
  /** Client id of a user-assigned managed identity the service uses to call the agent. */
  authenticationIdentityClientId?: string;
  /** Another Foundry resource that hosts the agent. */
  foundryResourceOverride?: string;
}

const REALTIME_PATH = "/voice-live/realtime";

/**
 * The WebSocket URL of a session: `https` → `wss` (and `http` → `ws`), any path prefix of the
 * endpoint kept, then `/voice-live/realtime`, `api-version`, and `model` or the agent parameters.
 */
export function realtimeUrl(endpoint: URL, apiVersion: string, target: SessionTarget): URL {
  // Query parameters of the endpoint (a gateway's, say) are kept; ours are set after them.
  const url = new URL(endpoint.href);
  url.protocol = url.protocol === "https:" || url.protocol === "wss:" ? "wss:" : "ws:";
  // A path prefix (a gateway's) is kept; an endpoint that already names the realtime path is used as is.
  const base = url.pathname.replace(/\/+$/, "");
  url.pathname = base.endsWith(REALTIME_PATH) ? base : `${base}${REALTIME_PATH}`;
  url.hash = "";
  url.searchParams.set("api-version", apiVersion);
  if ("model" in target) {
    url.searchParams.set("model", target.model);
  } else {
    const a = target.agent;
    const params: [string, string | undefined][] = [
      ["agent-name", a.agentName],
      ["agent-project-name", a.projectName],
      ["agent-version", a.agentVersion],
      ["conversation-id", a.conversationId],
      ["agent-authentication-identity-client-id", a.authenticationIdentityClientId],
      ["foundry-resource-override", a.foundryResourceOverride],
    ];
    for (const [k, v] of params) if (v !== undefined) url.searchParams.set(k, v);
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
