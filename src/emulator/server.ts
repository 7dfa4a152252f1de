/**
 * The emulator's HTTP server: checks each WebSocket handshake as the service does (path,
 * api-version, auth, model or agent), refuses bad ones with a real HTTP response, and hands good
 * ones to a new `EmulatorSession`.
 */
import "../internal/all-validators.js"; // the emulator validates every api-version it accepts
import { Buffer } from "node:buffer";
import { createServer, STATUS_CODES, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { realtimeEndpoint } from "../../generated/tables.js";
import { isLabelApiVersion } from "../versions.js";
import { checkAgents, type EmulatorAgent } from "./agents.js";
import { checkFaults, type EmulatorFaults } from "./faults.js";
import type { EmulatorMcpServer } from "./mcp-server.js";
import { newId } from "./ids.js";
import { echoResponder, type Responder } from "./responder.js";
import { isRealtimePath, readHandshake } from "./handshake.js";
import { checkLatency, type EmulatorLatency, type EmulatorSentEvent } from "./latency.js";
import { EmulatorSession } from "./session.js";
import { checkSipCall, type EmulatorSipCall } from "./sip-call.js";
import type { EmulatorSessionStats } from "./stats.js";

/** Settings of `startEmulator`; all optional. */
export interface EmulatorOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port to listen on. Default 0: any free port (see `emulator.port`). */
  port?: number;
  /** When set, a handshake must carry `api-key: <apiKey>` (or a matching bearer token, if `bearerToken` is set too). */
  apiKey?: string;
  /** When set, a handshake must carry `Authorization: Bearer <bearerToken>` (or a matching key, if `apiKey` is set too). */
  bearerToken?: string;
  /** What the emulated model says. Default `echoResponder`. */
  responder?: Responder;
  /** The MCP servers sessions can reach, by `server_label`; any other server is unreachable. */
  mcpServers?: Readonly<Record<string, EmulatorMcpServer>>;
  /**
   * A SIP call to place into each session whose api-version has the call events (2026-07-31-preview),
   * after `session.created`; see `EmulatorSipCall`. Sessions of other versions get no call. Default: none.
   */
  sipCall?: EmulatorSipCall;
  /** The Foundry agents that exist; a session for another agent or project is refused. Default: every agent exists. */
  agents?: readonly EmulatorAgent[];
  /** Send output audio deltas at real time (100 ms of audio every 100 ms). Default false: as fast as possible. */
  realtimePacing?: boolean;
  /** Faults to inject into the connections; see `EmulatorFaults`. */
  faults?: EmulatorFaults;
  /** Delays of the emulated model (time to the first transcript and audio of a reply). Default: none. */
  latency?: EmulatorLatency;
  /** Told of every event as it is written to a socket, with the time: what a client's timings can be checked against. */
  onEventSent?: (event: EmulatorSentEvent) => void;
  /** Receives one line per event, handshake and close, for debugging. */
  log?: (line: string) => void;
  /**
   * Check each outgoing event against the wire schema and throw (an uncaught `EmulatorSelfCheckError`)
   * when one breaks it. Default true.
   */
  selfCheck?: boolean;
}

/** What `emulator.stats()` returns: counters since the emulator started. */
export interface EmulatorStats {
  /** Sessions accepted (handshakes that succeeded). */
  sessionsOpened: number;
  /** Sessions whose connection has ended. */
  sessionsClosed: number;
  /** The counters summed over every session, the closed ones included. */
  totals: EmulatorSessionStats;
  /**
   * The counters of each session by session id (`sess_…`): those whose connection has not ended
   * (`open: true`), then the last 1,000 that have, oldest first.
   */
  sessions: ({ id: string; open: boolean } & EmulatorSessionStats)[];
}

/** A running emulator. */
export interface VoiceLiveEmulator {
  /** The endpoint to give the SDK, such as `http://127.0.0.1:53123`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** How many sessions are open. */
  readonly sessions: number;
  /** Counters of the sessions: frames and audio received, errors sent (a snapshot). */
  stats(): EmulatorStats;
  /** Replaces the faults for the connections that start from now on (`undefined` for none). */
  setFaults(faults: EmulatorFaults | undefined): void;
  /** Closes every session (close code 1001) and the server. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** How many ended sessions `stats()` lists. */
const ENDED_SESSIONS_LISTED = 1000;

/**
 * Starts a local emulator of the Voice Live realtime service.
 *
 * @example
 * const emulator = await startEmulator({ apiKey: "test-key" });
 * const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("test-key"));
 * const session = await client.startSession("gpt-realtime");
 * // ...
 * await session.close();
 * await emulator.close();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<VoiceLiveEmulator> {
  const host = options.host ?? "127.0.0.1";
  const responder = options.responder ?? echoResponder;
  const log = options.log;
  let faults = checkFaults(options.faults);
  const agents = checkAgents(options.agents);
  const sipCall = checkSipCall(options.sipCall);
  const latency = checkLatency(options.latency);
  const sessions = new Set<EmulatorSession>();
  /** Handshakes held by the `handshakeDelayMs` fault. */
  const held = new Set<Duplex>();
  let sessionsOpened = 0;
  let sessionsClosed = 0;
  /** The counters of the sessions that have ended. */
  const ended: EmulatorSessionStats = { framesReceived: 0, audioAppends: 0, audioBytes: 0, errorsSent: 0 };
  const recentlyEnded: EmulatorStats["sessions"] = [];
  let closing: Promise<void> | undefined;

  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
  wss.on("headers", (headers) => headers.push(`apim-request-id: ${newId("req")}`));
  const server = createServer((_req, res) => {
    const body = JSON.stringify({ error: { code: "UpgradeRequired", message: `This is the Voice Live emulator: connect with a WebSocket to <endpoint>${realtimeEndpoint.path}.` } });
    res.writeHead(426, { "content-type": "application/json", "content-length": Buffer.byteLength(body), upgrade: "websocket", connection: "close" });
    res.end(body);
  });

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", (e) => log?.(`handshake socket error: ${e.message}`));
    const refuse = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      log?.(`handshake refused with ${status}${refusalReason(body)}: ${redactUrl(req.url)}`);
      refuseUpgrade(socket, status, body, headers);
    };
    if (closing) return refuse(503, { error: { code: "ServiceUnavailable", message: "The emulator is shutting down." } });
    const current = faults;
    if (current.handshakeDelayMs) {
      held.add(socket);
      const timer = setTimeout(() => {
        held.delete(socket);
        answer(req, socket, head, current);
      }, current.handshakeDelayMs);
      socket.once("close", () => {
        held.delete(socket);
        clearTimeout(timer);
      });
      return;
    }
    answer(req, socket, head, current);
  });

  function answer(req: IncomingMessage, socket: Duplex, head: Buffer, current: EmulatorFaults): void {
    const refuse = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      log?.(`handshake refused with ${status}${refusalReason(body)}: ${redactUrl(req.url)}`);
      refuseUpgrade(socket, status, body, headers);
    };
    if (socket.destroyed) return;
    if (closing) return refuse(503, { error: { code: "ServiceUnavailable", message: "The emulator is shutting down." } });
    if (current.refuseHandshake) {
      const { status, body, headers } = current.refuseHandshake;
      return refuse(status, body ?? { error: { code: String(status), message: STATUS_CODES[status] ?? "Refused" } }, headers);
    }
    const url = new URL(req.url ?? "/", "http://emulator");
    if (!isRealtimePath(url.pathname)) {
      return refuse(404, { error: { code: "404", message: `Resource not found: ${url.pathname} (the realtime endpoint is <endpoint>${realtimeEndpoint.path})` } });
    }
    const denied = checkAuth(req, url, options.apiKey, options.bearerToken);
    if (denied) return refuse(401, { error: { code: "Unauthorized", message: denied } }, options.bearerToken ? { "www-authenticate": "Bearer" } : {});
    const reading = readHandshake(url);
    if (!reading.ok) return refuse(reading.status, { error: { code: reading.code, message: reading.message } });
    const { apiVersion, version, target } = reading;
    wss.handleUpgrade(req, socket, head, (ws) => {
      const session = new EmulatorSession(ws, {
        version,
        apiVersion,
        target,
        responder,
        mcpServers: options.mcpServers ?? {},
        sipCall,
        agents,
        realtimePacing: options.realtimePacing ?? false,
        faults: current,
        latency,
        onEventSent: options.onEventSent,
        selfCheck: options.selfCheck ?? true,
        log,
      });
      sessions.add(session);
      sessionsOpened++;
      ws.once("close", () => {
        sessions.delete(session);
        sessionsClosed++;
        const stats = session.stats;
        addStats(ended, stats);
        recentlyEnded.push({ id: session.id, open: false, ...stats });
        if (recentlyEnded.length > ENDED_SESSIONS_LISTED) recentlyEnded.shift();
      });
      session.start();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log?.(`listening on ${url}`);

  const close = (): Promise<void> => {
    closing ??= (async () => {
      for (const socket of held) socket.destroy();
      await Promise.all([...sessions].map((s) => s.close(1001, "the emulator is shutting down")));
      wss.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      log?.("closed");
    })();
    return closing;
  };

  return {
    url,
    port,
    get sessions() {
      return [...sessions].filter((s) => !s.isClosed).length;
    },
    stats() {
      const totals = { ...ended };
      const open = [...sessions].map((s) => ({ id: s.id, open: true, ...s.stats }));
      for (const s of open) addStats(totals, s);
      return { sessionsOpened, sessionsClosed, totals, sessions: [...open, ...recentlyEnded.map((s) => ({ ...s }))] };
    },
    setFaults(next) {
      faults = checkFaults(next);
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

function addStats(to: EmulatorSessionStats, from: EmulatorSessionStats): void {
  to.framesReceived += from.framesReceived;
  to.audioAppends += from.audioAppends;
  to.audioBytes += from.audioBytes;
  to.errorsSent += from.errorsSent;
}

/** Why a handshake is not authorized, or undefined when it is (or no auth is configured). */
function checkAuth(req: IncomingMessage, url: URL, apiKey: string | undefined, bearerToken: string | undefined): string | undefined {
  if (apiKey === undefined && bearerToken === undefined) return undefined;
  // The label versions (v1) take the credential in a header only, as the service does.
  const key = header(req, "api-key") ?? (headerAuthOnly(url) ? undefined : url.searchParams.get("api-key")) ?? undefined;
  const authorization = header(req, "authorization");
  const token = authorization && /^bearer\s+/i.test(authorization) ? authorization.replace(/^bearer\s+/i, "").trim() : undefined;
  if (apiKey !== undefined && key === apiKey) return undefined;
  if (bearerToken !== undefined && token === bearerToken) return undefined;
  if (key !== undefined) return "Access denied due to an invalid key: the api-key header does not match the emulator's key.";
  if (token !== undefined) return "Access denied due to an invalid bearer token.";
  const accepted = [apiKey !== undefined ? "an 'api-key' header" : "", bearerToken !== undefined ? "an 'Authorization: Bearer <token>' header" : ""].filter(Boolean).join(" or ");
  return `Access denied due to missing credentials: send ${accepted}.`;
}

function headerAuthOnly(url: URL): boolean {
  try {
    return isLabelApiVersion(url.searchParams.get(realtimeEndpoint.query.apiVersion) ?? "");
  } catch {
    return false; // the handshake refuses a version it cannot place, after the auth check
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Writes an HTTP response to an upgrade request on its raw socket, then closes the socket. */
function refuseUpgrade(socket: Duplex, status: number, body: unknown, headers: Record<string, string>): void {
  if (!socket.writable) return void socket.destroy();
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const all: Record<string, string> = {
    "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json",
    "content-length": String(Buffer.byteLength(text)),
    connection: "close",
    "apim-request-id": newId("req"),
  };
  for (const [k, v] of Object.entries(headers)) all[k.toLowerCase()] = v;
  all["content-length"] = String(Buffer.byteLength(text));
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}`, ...Object.entries(all).map(([k, v]) => `${k}: ${v}`)].join("\r\n");
  socket.once("finish", () => socket.destroy());
  socket.end(`${head}\r\n\r\n${text}`);
}

/** The message of a refusal's body, for the log: why the client was turned away. */
function refusalReason(body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === "string" ? ` (${message})` : "";
}

/** A request URL for the log: a key in the query is never written out. */
function redactUrl(url: string | undefined): string {
  return (url ?? "").replace(/([?&]api-key=)[^&]*/gi, "$1***");
}
