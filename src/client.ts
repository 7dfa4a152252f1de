/**
 * `VoiceLiveClient`: holds the endpoint, the credential and the API version, and makes sessions.
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import type { AgentSessionConfig, RequestSession } from "../generated/models.js";
import type { ModelIn, SessionApiVersion } from "../generated/version-types.js";
import { isAnonymousCredential, type AnonymousCredential } from "./credentials.js";
import { VoiceLiveError } from "./errors.js";
import { HandshakeHeaders } from "./internal/auth.js";
import { loadLogger } from "./internal/logger.js";
import { assertSecureTransport, parseEndpoint, realtimeUrl, type SessionTarget } from "./internal/url.js";
import { VoiceLiveSession, type ConnectOptions, type VoiceLiveSessionHandlers, type VoiceLiveSessionOptions } from "./session.js";
import { resolveOptions } from "./session/options.js";
import { isLabelApiVersion, latestApiVersion, resolveApiVersion } from "./versions.js";

export type { SessionTarget } from "./internal/url.js";

/** Settings of a client. */
export interface VoiceLiveClientOptions<V extends string = string> {
  /**
   * The api-version to speak: a version this SDK models (`apiVersions`; by default the newest dated one), or
   * another that it can place by the rule of `resolveApiVersion` (a dated preview, another label),
   * which is passed to the service as is. Anything else is refused at once. The label `v1` takes the
   * credential in a header only, so it refuses `credentialInUrl`.
   */
  apiVersion?: V;
  /** Settings applied to every session this client makes (each `createSession` call may override them). */
  defaultSessionOptions?: VoiceLiveSessionOptions;
  /** Token credential settings. */
  credentials?: {
    /** Scopes of the token. Default `["https://ai.azure.com/.default"]`. */
    scopes?: string[];
  };
  /**
   * Browsers only: put a `KeyCredential` in the URL's `api-key` query parameter, since a browser
   * cannot send the `api-key` header. Without it, a browser refuses to connect with a key.
   *
   * **Warning:** the key is then in the page: anyone who can open the page, run script in it or read
   * its URLs (the browser's tools, extensions, a proxy's or server's logs) can take it and use the
   * resource. Use it only with a key you can afford to expose (a local emulator, a demo); otherwise
   * connect through a server-side proxy that adds the credential, with `anonymousCredential`. In
   * Node the key always goes in the header, with or without this. Not for a `TokenCredential`.
   */
  credentialInUrl?: boolean;
  /** User agent settings. */
  userAgentOptions?: {
    /** Put in front of this SDK's user agent, e.g. `my-app/1.2`. */
    userAgentPrefix?: string;
  };
}

/** A `RequestSession` whose `model` is required: the model to connect to, and the config to send. */
export type RequestSessionWithModel<V extends string = string> = ModelIn<V, "RequestSession", RequestSession> & {
  /** The model deployment to connect to; it goes in the URL, the rest of the config in `session.update`. */
  model: string;
};

/** Options of `createSession`: settings of the session, over the client's `defaultSessionOptions`. */
export type CreateSessionOptions = VoiceLiveSessionOptions;

/** Options of `startSession`: session settings, `connect` options, and handlers to subscribe. */
export interface StartSessionOptions<V extends string = string> extends CreateSessionOptions, ConnectOptions {
  /**
   * Subscribed (`session.subscribe`) before the session connects, so that they see every event from
   * the first (`session.created`, then `onConnected`) on.
   */
  sessionHandlers?: VoiceLiveSessionHandlers<V>;
}

/**
 * The entry point of the SDK.
 *
 * @example
 * const client = new VoiceLiveClient("https://my-resource.services.ai.azure.com", new AzureKeyCredential(key));
 * const session = await client.startSession("gpt-realtime");
 * session.subscribe({ onResponseAudioDelta: (e) => play(e.delta) });
 * await session.createResponse();
 */
export class VoiceLiveClient<V extends string = string> {
  /** The endpoint given to the constructor. */
  readonly endpoint: string;
  /** The api-version this client's sessions speak. */
  readonly apiVersion: string;
  // True private fields: the headers hold the credential, and none of this is for `console.log`.
  readonly #url: URL;
  readonly #headers: HandshakeHeaders;
  readonly #sessionDefaults: VoiceLiveSessionOptions;
  readonly #credentialInUrl: boolean;

  /**
   * @param endpoint - the resource endpoint, such as `https://<resource>.services.ai.azure.com`. A path
   *   prefix (for a gateway) is kept, and so are its query parameters, but not a credential (`api-key`,
   *   `authorization`, `access_token`): pass that as `credential`. `http://` and `ws://` are allowed
   *   only to `localhost`, `127.0.0.0/8` and `::1`, unless the credential is `anonymousCredential`.
   * @param credential - a `KeyCredential` (sent as the `api-key` header) or a `TokenCredential` (a
   *   bearer token, fetched for every connection); or `anonymousCredential`, to send none (for a
   *   server-side proxy that adds it).
   */
  constructor(endpoint: string | URL, credential: TokenCredential | KeyCredential | AnonymousCredential, options: VoiceLiveClientOptions<V> = {}) {
    if (!credential || (typeof credential !== "object" && typeof credential !== "function")) {
      throw new VoiceLiveError(
        "INVALID_ARGUMENT",
        "a credential is required: an AzureKeyCredential, a TokenCredential such as DefaultAzureCredential, or anonymousCredential for an endpoint that adds it",
      );
    }
    const anonymous = isAnonymousCredential(credential);
    if (options.credentialInUrl && (anonymous || typeof (credential as TokenCredential).getToken === "function")) {
      throw new VoiceLiveError("INVALID_ARGUMENT", "credentialInUrl applies to a KeyCredential only: Voice Live takes no token in the URL");
    }
    this.#url = parseEndpoint(endpoint);
    // With no credential there is nothing of ours to protect on a plaintext connection.
    if (!anonymous) assertSecureTransport(this.#url);
    this.endpoint = String(endpoint);
    this.apiVersion = options.apiVersion ?? latestApiVersion;
    resolveApiVersion(this.apiVersion); // refuses a version it cannot place, before any connection
    this.#credentialInUrl = options.credentialInUrl === true;
    // The label versions accept the credential in a header only: a key in the URL would be refused late, at the handshake.
    if (this.#credentialInUrl && isLabelApiVersion(this.apiVersion)) {
      throw new VoiceLiveError(
        "INVALID_ARGUMENT",
        `credentialInUrl cannot be used with api-version ${this.apiVersion}, which takes the credential in a header only: in a browser, connect through a server-side proxy that adds it, with anonymousCredential`,
      );
    }
    this.#headers = new HandshakeHeaders(credential, {
      scopes: options.credentials?.scopes,
      userAgentPrefix: options.userAgentOptions?.userAgentPrefix,
      credentialInUrl: this.#credentialInUrl,
    });
    this.#sessionDefaults = { ...options.defaultSessionOptions };
    resolveOptions(this.#sessionDefaults); // a bad default fails here, not at the first createSession
    void loadLogger(); // off the import path, and ready before the first connect
  }

  /** A session with a model deployment, not yet connected. */
  createSession(model: string, sessionOptions?: CreateSessionOptions): VoiceLiveSession<SessionApiVersion<V>>;
  /** A session with a model (`{ model }`) or a Foundry agent (`{ agent }`), not yet connected. */
  createSession(target: SessionTarget, sessionOptions?: CreateSessionOptions): VoiceLiveSession<SessionApiVersion<V>>;
  /**
   * A session with `sessionConfig.model`, not yet connected; `connect` sends the rest of the config
   * and waits for `session.updated`. A config without `model` is refused with `INVALID_ARGUMENT`.
   */
  createSession(sessionConfig: ModelIn<V, "RequestSession", RequestSession>, sessionOptions?: CreateSessionOptions): VoiceLiveSession<SessionApiVersion<V>>;
  createSession(what: string | SessionTarget | RequestSession, sessionOptions?: CreateSessionOptions): VoiceLiveSession<SessionApiVersion<V>> {
    return this.makeSession("createSession", what, sessionOptions);
  }

  /** Connects a session with a model deployment; resolves once `session.created` has arrived. */
  startSession(model: string, sessionOptions?: StartSessionOptions<V>): Promise<VoiceLiveSession<SessionApiVersion<V>>>;
  /** Connects a session with a model or an agent; resolves once `session.created` has arrived. */
  startSession(target: SessionTarget, sessionOptions?: StartSessionOptions<V>): Promise<VoiceLiveSession<SessionApiVersion<V>>>;
  /**
   * Connects a session with `sessionConfig.model` and sends the rest of the config; resolves once the
   * service has confirmed it with `session.updated`. If the service answers with an `error`, rejects
   * with it and closes the session. A config without `model` is refused with `INVALID_ARGUMENT`.
   */
  startSession(sessionConfig: ModelIn<V, "RequestSession", RequestSession>, sessionOptions?: StartSessionOptions<V>): Promise<VoiceLiveSession<SessionApiVersion<V>>>;
  async startSession(what: string | SessionTarget | RequestSession, sessionOptions: StartSessionOptions<V> = {}): Promise<VoiceLiveSession<SessionApiVersion<V>>> {
    const { abortSignal, timeoutInMs, sessionHandlers, ...settings } = sessionOptions;
    const session = this.makeSession("startSession", what, settings);
    if (sessionHandlers) session.subscribe(sessionHandlers as VoiceLiveSessionHandlers<SessionApiVersion<V>>);
    await session.connect({ abortSignal, timeoutInMs });
    return session;
  }

  private makeSession(method: string, what: string | SessionTarget | RequestSession, options?: CreateSessionOptions): VoiceLiveSession<SessionApiVersion<V>> {
    const target = sessionTarget(method, what);
    // A bare `{ model }` is a target; anything more is a config to send (the model is in the URL).
    let config: RequestSession | undefined;
    if ("model" in target && typeof what === "object") {
      const { model: _model, ...rest } = what as RequestSession;
      if (Object.values(rest).some((v) => v !== undefined)) config = rest;
    }
    return new VoiceLiveSession<SessionApiVersion<V>>(
      {
        url: realtimeUrl(this.#url, this.apiVersion, target),
        headers: this.#headers,
        apiVersion: this.apiVersion,
        initialSession: config,
        credentialInUrl: this.#credentialInUrl,
      },
      // The defaults object itself when nothing overrides it: its checked form is then shared by the sessions.
      options && Object.keys(options).length > 0 ? { ...this.#sessionDefaults, ...options } : this.#sessionDefaults,
    );
  }
}

/** What `what` names: a model or an agent; refuses anything that names neither, in the caller's terms. */
function sessionTarget(method: string, what: string | SessionTarget | RequestSession): SessionTarget {
  if (typeof what === "string") {
    if (!what) throw new VoiceLiveError("INVALID_ARGUMENT", `${method}: the model name is empty`);
    return { model: what };
  }
  if (!what || typeof what !== "object") {
    throw new VoiceLiveError("INVALID_ARGUMENT", `${method} needs a model name, { model }, { agent: { agentName, projectName } } or a RequestSession with a model`);
  }
  const { agent, model } = what as { agent?: AgentSessionConfig; model?: unknown };
  if (agent) {
    if (!agent.agentName || !agent.projectName) throw new VoiceLiveError("INVALID_ARGUMENT", `${method}: an agent target needs agentName and projectName`);
    return { agent };
  }
  if (typeof model === "string") {
    if (!model) throw new VoiceLiveError("INVALID_ARGUMENT", `${method}: the model name is empty`);
    return { model };
  }
  if (model !== undefined) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `${method}: model must be a string (the model deployment name, such as "gpt-realtime"), not ${model === null ? "null" : typeof model}`);
  }
  if (Object.values(what).some((v) => v !== undefined)) {
    throw new VoiceLiveError(
      "INVALID_ARGUMENT",
      `${method}: the RequestSession has no model. Add model, the model deployment to connect to (such as { model: "gpt-realtime", ... }); to talk to a Foundry agent, pass { agent: { agentName, projectName } } instead`,
    );
  }
  throw new VoiceLiveError("INVALID_ARGUMENT", `${method} needs a model name, { model }, { agent: { agentName, projectName } } or a RequestSession with a model`);
}
