/**
 * The connection of a session and its state machine. One state at a time, each carrying what only
 * it has:
 *
 *   idle → connecting → connected ⇄ reconnecting
 *                           ↓            ↓
 *                        closing   →   closed
 *
 * `connecting` retries a refused handshake (429, 5xx) when `connectRetry` is on; `reconnecting`
 * follows an unexpected drop when `reconnect` is on. The session's close request is kept apart
 * from the state: it may come in any state, and the state it came in decides what it cuts short.
 */
import type { ServerEventMap } from "../../generated/models.js";
import { loadSessionTrace } from "../tracing/load.js";
import type { SessionTrace } from "../tracing/session-trace.js";
import { VoiceLiveConnectionError, VoiceLiveError } from "../errors.js";
import type { HandshakeHeaders } from "../internal/auth.js";
import { isLoggerLoaded, loadLogger, logger } from "../internal/logger.js";
import { proxyAgentFor } from "../internal/proxy.js";
import type { SendQueue } from "../internal/send-queue.js";
import { loadTransport, openTransport } from "../internal/transport.js";
import { loadCheck } from "../validators.js";
import type { ApiVersion } from "../versions.js";
import type { Outbound } from "./outbound.js";
import { aborted, badClose, closedUnexpectedly } from "./failures.js";
import type { FanOut } from "./fanout.js";
import type { Inbound } from "./inbound.js";
import { Link, type LinkOwner } from "./link.js";
import { Liveness } from "./liveness.js";
import { checkDelay, type ResolvedOptions } from "./options.js";
import { reconnect, type ReconnectHost } from "./reconnect.js";
import { backoffDelay, retriesFirstConnect, wantsReconnect } from "./retry.js";
import type { ConnectOptions, ReconnectedInfo, SessionState } from "./types.js";
import { raced, sleep } from "./wait.js";

type State =
  | { name: "idle" }
  | { name: "connecting"; link?: Link; stop: AbortController }
  | { name: "connected"; link: Link }
  | { name: "reconnecting"; link?: Link; stop: AbortController }
  | { name: "closing"; link: Link }
  | { name: "closed" };

/** Where a connection goes, and how. */
export interface Endpoint {
  href: string;
  headers: HandshakeHeaders;
  credentialInUrl?: boolean;
  schemaVersion: ApiVersion;
  /** `startSession` with a config: send it and wait for `session.updated`. */
  configure?: (abortSignal: AbortSignal) => Promise<unknown>;
}

/** What `connect()` returns for a session that connected already. */
const CONNECTED: Promise<void> = Promise.resolve();

export class Connection implements LinkOwner, ReconnectHost {
  private state: State = { name: "idle" };
  /** `connect()` in progress or done: a second call gets the same promise. */
  private opening?: Promise<void>;
  /** `close()` was called: its promise. */
  private closeRequest?: Promise<void>;
  private reconnection?: Promise<void>;
  private reconnectAttempt = 0;
  private previousSessionId?: string;
  sessionId?: string;

  private readonly href: string;
  private readonly headers: HandshakeHeaders;
  private readonly credentialInUrl?: boolean;
  private readonly schemaVersion: ApiVersion;
  private readonly configure?: (abortSignal: AbortSignal) => Promise<unknown>;
  /**
   * The session's spans: undefined until the first connect decides, then null when tracing is off (no
   * later event pays for it) or the loaded tracing.
   */
  trace?: SessionTrace | null;

  constructor(
    endpoint: Endpoint,
    readonly options: ResolvedOptions,
    private readonly inbound: Inbound,
    readonly fanout: FanOut,
    private readonly sendQueue: SendQueue,
    private readonly outbound: Outbound,
  ) {
    // Kept as fields, not as the object given: one object less per session.
    this.href = endpoint.href;
    this.headers = endpoint.headers;
    this.credentialInUrl = endpoint.credentialInUrl;
    this.schemaVersion = endpoint.schemaVersion;
    this.configure = endpoint.configure;
    // Errors of reading come here rather than straight to the fan-out, so that the trace hears of them too.
    inbound.sink = this;
  }

  get name(): SessionState {
    return this.state.name;
  }

  /** The transport of the live connection, if connected. */
  get live(): Link | undefined {
    return this.state.name === "connected" ? this.state.link : undefined;
  }

  stateError(what: string): VoiceLiveError {
    const name = this.state.name;
    return new VoiceLiveError("INVALID_STATE", `cannot ${what}: the session is ${name}${name === "idle" ? " (call connect() first)" : ""}`);
  }

  // ---------------------------------------------------------------- connecting

  connect(options: ConnectOptions): Promise<void> {
    const name = this.state.name;
    if ((name === "connecting" || name === "connected" || name === "reconnecting") && this.opening) return this.opening;
    if (name !== "idle") return Promise.reject(this.stateError("connect"));
    const opening = this.open(options);
    this.opening = opening;
    // Once connected, the promise of that connect is not kept: later calls get a settled one.
    opening.then(() => {
      if (this.opening === opening) this.opening = CONNECTED;
    }, () => {});
    return opening;
  }

  private async open({ abortSignal, timeoutInMs }: ConnectOptions): Promise<void> {
    const logReady = isLoggerLoaded();
    const stop = new AbortController();
    this.setState({ name: "connecting", stop });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => stop.abort(aborted("connect"));
    try {
      const limit = checkDelay("timeoutInMs", timeoutInMs, this.options.connectTimeoutInMs, 1);
      if (abortSignal?.aborted) throw aborted("connect");
      abortSignal?.addEventListener("abort", onAbort, { once: true });
      timer = setTimeout(() => stop.abort(new VoiceLiveError("TIMEOUT", `connecting took longer than ${limit} ms`)), limit);
      if (!logReady) {
        await loadLogger();
        logger.info("session state idle → connecting");
      }
      if (!this.options.transport) await loadTransport();
      // Each direction's validators only when they are used: the server's are most of the code.
      if (this.options.validation) await loadCheck(this.schemaVersion, "client");
      if (this.options.validateIncoming) await loadCheck(this.schemaVersion, "server");
      if (this.trace === undefined) {
        const loading = loadSessionTrace(this.href, this.options.tracing);
        this.trace = loading ? await loading : null;
      }
      await this.firstHandshake(stop.signal, Date.now() + limit);
      if (this.configure) await raced(this.configure(stop.signal), stop.signal);
    } catch (e) {
      const error = this.closeRequest
        ? new VoiceLiveError("ABORTED", "connect was aborted: the session was closed", { cause: e })
        : e instanceof VoiceLiveError
          ? e
          : new VoiceLiveError("CONNECTION_FAILED", String(e), { cause: e });
      // Connected, but the config was refused or its confirmation did not come: close properly.
      if (this.state.name === "connected") await this.closeLink(this.state.link, 1000, "the session config was not applied");
      this.dropLink();
      this.finish(error);
      throw error;
    } finally {
      clearTimeout(timer);
      abortSignal?.removeEventListener("abort", onAbort);
    }
  }

  /** The first handshake, retried on 429 and 5xx when `connectRetry` is on, within the deadline. */
  private async firstHandshake(signal: AbortSignal, deadline: number): Promise<void> {
    const rules = this.options.connectRetry;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.handshake(signal, attempt);
        return;
      } catch (e) {
        this.dropLink();
        const error = e as VoiceLiveConnectionError;
        if (!rules || signal.aborted || attempt >= rules.maxAttempts || !retriesFirstConnect(error)) throw e;
        const delay = backoffDelay(rules, attempt, error.retryAfterInMs);
        // A wait that would outlast the connect timeout ends now, with the service's answer.
        if (Date.now() + delay >= deadline) throw e;
        logger.info(`connect refused (${error.code}); attempt ${attempt + 1} of ${rules.maxAttempts} in ${delay} ms`);
        await sleep(delay, signal);
      }
    }
  }

  /** A handshake attempt, in a span when traced. */
  private handshake(signal: AbortSignal, attempt: number): Promise<void> {
    const span = this.trace?.connecting(attempt, this.state.name === "reconnecting");
    if (!span) {
      this.trace = null;
      return this.openLink(signal);
    }
    return span.follow(this.openLink(signal));
  }

  /** Headers, handshake, and the wait for `session.created` (of a first connection or a reconnection). */
  private async openLink(signal: AbortSignal): Promise<void> {
    const url = new URL(this.href);
    const [headers, agent] = await raced(Promise.all([this.headers.forUrl(url, signal), proxyAgentFor(url)]), signal);
    const state = this.state;
    if ((state.name !== "connecting" && state.name !== "reconnecting") || this.closeRequest) throw aborted("connect");
    const link = new Link(this, url.host);
    const open = this.options.transport ?? openTransport;
    link.transport = open({ url, headers, agent, credentialInUrl: this.credentialInUrl, maxFrameBytes: this.options.maxFrameBytes }, link);
    state.link = link;
    this.sendQueue.attach(link.transport);
    return raced(link.established!, signal);
  }

  /** Drops the link of a connection attempt that failed. */
  dropLink(): void {
    const state = this.state;
    if ((state.name === "connecting" || state.name === "reconnecting") && state.link) {
      state.link.detach(true);
      state.link = undefined;
    }
  }

  // ------------------------------------------------------------ link events

  text(link: Link, data: string): boolean {
    const event = this.inbound.read(data);
    if (!event) return false;
    this.trace?.heard(event);
    const state = this.state;
    let created = false;
    if (event.type === "session.created" && (state.name === "connecting" || state.name === "reconnecting") && state.link === link) {
      this.connected(link, event as ServerEventMap["session.created"], state.name === "reconnecting");
      created = true;
    } else {
      this.fanout.push({ kind: "event", event });
      link.liveness?.observe(event.type);
    }
    this.fanout.heard(event, this.inbound.bulky);
    return created;
  }

  /** An error of the receiving side (a frame that could not be read, ...): to the trace, then to the handlers. */
  report(error: VoiceLiveError): void {
    this.trace?.receiveFailed(error);
    this.fanout.push({ kind: "error", error });
  }

  /** `session.created` of a new connection: connected from here on, so that its handlers may already send. */
  private connected(link: Link, event: ServerEventMap["session.created"], again: boolean): void {
    this.sessionId = event.session?.id;
    this.setState({ name: "connected", link });
    link.liveness = Liveness.start(this, link, event);
    let info: ReconnectedInfo | undefined;
    if (again) {
      // The config goes out first, before any event of the new connection is handed out.
      const configResent = this.outbound.resendConfig(this.fanout);
      info = { attempts: this.reconnectAttempt, sessionId: this.sessionId, previousSessionId: this.previousSessionId, configResent };
    }
    this.fanout.push({ kind: "event", event });
    // onConnected (or onReconnected) comes right after session.created, before any later event.
    this.fanout.push(info ? { kind: "reconnected", info } : { kind: "connected" });
  }

  closed(link: Link, code: number, reason: string, cause?: VoiceLiveError): void {
    const state = this.state;
    link.detach(false);
    link.onClosed?.();
    if (state.name === "reconnecting" || state.name === "connecting") return; // an attempt's link: its promise tells
    const error = this.closeRequest || link.recycling ? undefined : (link.dropError ?? cause ?? closedUnexpectedly(code, reason));
    this.trace?.closed(code, reason, error);
    // Handed back: every send still waiting rejects, and its caller may send it again.
    this.sendQueue.failAll(
      (type) => new VoiceLiveConnectionError("NOT_SENT", `${type} was not sent: the connection closed (code ${code}) before it could be written`, { closeCode: code, closeReason: reason }),
    );
    if (state.name === "connected" && !this.closeRequest && this.options.reconnect && (link.recycling || (error && this.wantsReconnect(code, reason, error)))) {
      this.previousSessionId = this.sessionId;
      this.fanout.rejectWaiters(error ?? new VoiceLiveError("INVALID_STATE", "the connection was recycled: the server session it had is gone"));
      const drop = { reason: link.recycling ? ("recycle" as const) : ("dropped" as const), cause: error, code, closeReason: reason };
      this.reconnection = reconnect(this, this.options.reconnect, this.options.connectTimeoutInMs, drop);
      return;
    }
    if (error) this.fanout.push({ kind: "error", error });
    this.fanout.push({ kind: "disconnected", code, reason, error });
    this.finish(error);
  }

  /** A ping went unanswered (told by the link's liveness). */
  dead(link: Link): void {
    if (this.state.name !== "connected" || this.state.link !== link || !link.transport) return;
    link.dropError = new VoiceLiveConnectionError("PING_TIMEOUT", `the service did not answer a ping within ${this.options.pongTimeoutInMs} ms: the connection is dead, and was dropped`, {
      closeCode: 1006,
    });
    logger.warning(link.dropError.message);
    link.transport.terminate();
  }

  /** Time to reconnect ahead of the session length limit, with no response in progress (told by the link's liveness). */
  recycle(link: Link): void {
    const transport = link.transport;
    if (this.state.name !== "connected" || this.state.link !== link || !transport) return;
    link.recycling = true;
    logger.info("recycling the connection before the session length limit");
    const timer = setTimeout(() => transport.terminate(), this.options.closeTimeoutInMs);
    link.onClosed = () => clearTimeout(timer);
    transport.close(1000, "recycling before the session length limit");
  }

  // ------------------------------------------------------------ reconnecting

  private wantsReconnect(code: number, reason: string, error: VoiceLiveError): boolean {
    try {
      return wantsReconnect(this.options.reconnect!, { code, reason, error });
    } catch (e) {
      this.fanout.report(new VoiceLiveError("HANDLER_FAILED", `shouldReconnect threw: ${String(e)}`, { cause: e }));
      return false;
    }
  }

  // The loop itself is reconnect.ts; these are what it asks of the connection (ReconnectHost).

  get closing(): boolean {
    return this.closeRequest !== undefined;
  }

  reconnecting(stop: AbortController): void {
    this.setState({ name: "reconnecting", stop });
  }

  attempt(signal: AbortSignal, attempt: number): Promise<void> {
    this.reconnectAttempt = attempt;
    return this.handshake(signal, attempt);
  }

  // ---------------------------------------------------------------- closing

  close(code: number, reason: string): Promise<void> {
    if (this.closeRequest) return this.closeRequest;
    // Refuse what the WebSocket protocol refuses, before anything changes.
    const refused = badClose(code, reason);
    if (refused) return Promise.reject(refused);
    this.closeRequest = this.shutdown(code, reason);
    return this.closeRequest;
  }

  private async shutdown(code: number, reason: string): Promise<void> {
    const state = this.state;
    switch (state.name) {
      case "reconnecting":
        state.stop.abort(aborted("reconnect"));
        state.link?.transport?.terminate();
        await this.reconnection;
        return;
      case "connecting":
        state.stop.abort(aborted("connect"));
        state.link?.transport?.terminate();
        await this.opening?.catch(() => {});
        return;
      case "connected":
        await this.closeLink(state.link, code, reason);
        return;
      case "closing":
        // A config that was not applied is being closed by connect() itself.
        await this.opening?.catch(() => {});
        return;
      default:
        this.finish();
    }
  }

  /** The closing handshake, cut short after `closeTimeoutInMs`. */
  private async closeLink(link: Link, code: number, reason: string): Promise<void> {
    const transport = link.transport;
    if (!transport) return;
    this.setState({ name: "closing", link });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => transport.terminate(), this.options.closeTimeoutInMs);
      link.onClosed = () => {
        clearTimeout(timer);
        resolve();
      };
      transport.close(code, reason);
    });
  }

  /** The session is over: state `closed`, waiters rejected, iterators ended (with the error, if any). */
  finish(error?: VoiceLiveError): void {
    if (this.state.name === "closed") return;
    this.setState({ name: "closed" });
    this.fanout.end(error, error ?? new VoiceLiveError("INVALID_STATE", "the session closed"));
  }

  private setState(state: State): void {
    if (this.state.name !== state.name) logger.info(`session state ${this.state.name} → ${state.name}`);
    this.state = state;
  }
}
