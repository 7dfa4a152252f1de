/**
 * Real servers for the client tests: a fake Voice Live service (a `ws` WebSocketServer on an
 * `http` server bound to 127.0.0.1, port 0), a server that refuses upgrades with a raw HTTP
 * response, and a tiny HTTP CONNECT proxy. The nock-faked Entra endpoints are in `entra.ts`.
 */
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { WebSocketServer, type WebSocket, type VerifyClientCallbackAsync } from "ws";

/** A JSON frame the fake service received. */
export type Frame = { type: string; event_id?: string; [key: string]: unknown };

/** One WebSocket connection, as the fake service saw it. */
export interface ServerConnection {
  /** The request path and query. */
  path: string;
  /** The query of the request. */
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  ws: WebSocket;
  /** Every frame received, in order. */
  frames: Frame[];
  /** Resolves with the close code and reason the service saw. */
  closed: Promise<{ code: number; reason: string }>;
  /** The first frame of a type, received already or later. */
  frame(type: string): Promise<Frame>;
  send(event: Record<string, unknown>): void;
}

export interface FakeServiceOptions {
  /** Send `session.created` when a client connects. Default true. */
  sendCreated?: boolean;
  /** Answer `session.update` with `session.updated`. Default true. */
  autoUpdate?: boolean;
  /** Passed to the WebSocketServer (to refuse handshakes). */
  verifyClient?: VerifyClientCallbackAsync;
  /** Where to listen. Default 127.0.0.1. */
  host?: string;
  /** Serve TLS (`https://`, `wss://`) with this key and certificate. */
  tls?: { key: string; cert: string };
}

/** A fake Voice Live service. */
export class FakeService {
  readonly connections: ServerConnection[] = [];
  /** TCP connections accepted, upgraded or not. */
  tcpConnections = 0;
  private readonly sockets = new Set<net.Socket>();
  private readonly connectionWaiters: ((c: ServerConnection) => void)[] = [];

  private constructor(
    readonly server: http.Server,
    readonly wss: WebSocketServer,
    readonly host: string,
    readonly port: number,
    private readonly secure: boolean,
  ) {}

  static async start(options: FakeServiceOptions = {}): Promise<FakeService> {
    const host = options.host ?? "127.0.0.1";
    const refuse = (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(426).end();
    const server = options.tls ? https.createServer(options.tls, refuse) : http.createServer(refuse);
    const wss = new WebSocketServer({ server, verifyClient: options.verifyClient, perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, host, () => resolve());
    });
    const service = new FakeService(server, wss, host, (server.address() as net.AddressInfo).port, options.tls !== undefined);
    server.on("connection", (socket) => {
      service.tcpConnections++;
      service.sockets.add(socket);
      socket.once("close", () => service.sockets.delete(socket));
    });
    wss.on("connection", (ws, req) => service.accept(ws, req, options));
    return service;
  }

  /** `http://<host>:<port>` (`https://` with TLS; IPv6 hosts in brackets). */
  get endpoint(): string {
    return `${this.secure ? "https" : "http"}://${this.host.includes(":") ? `[${this.host}]` : this.host}:${this.port}`;
  }

  /** The next connection (or one already made, if `index` names it). */
  connection(index = this.connections.length): Promise<ServerConnection> {
    if (this.connections[index]) return Promise.resolve(this.connections[index]);
    return new Promise((resolve) => {
      const wait = (c: ServerConnection) => {
        if (this.connections.indexOf(c) === index) resolve(c);
        else this.connectionWaiters.push(wait);
      };
      this.connectionWaiters.push(wait);
    });
  }

  private accept(ws: WebSocket, req: http.IncomingMessage, options: FakeServiceOptions): void {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const frames: Frame[] = [];
    const frameWaiters: { type: string; resolve: (f: Frame) => void }[] = [];
    const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: reason.toString("utf8") })));
    const connection: ServerConnection = {
      path: req.url ?? "",
      query: url.searchParams,
      headers: req.headers,
      ws,
      frames,
      closed,
      frame(type) {
        const found = frames.find((f) => f.type === type);
        return found ? Promise.resolve(found) : new Promise((resolve) => frameWaiters.push({ type, resolve }));
      },
      send(event) {
        ws.send(JSON.stringify(event));
      },
    };
    ws.on("message", (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      frames.push(frame);
      for (const w of frameWaiters.filter((w) => w.type === frame.type)) {
        frameWaiters.splice(frameWaiters.indexOf(w), 1);
        w.resolve(frame);
      }
      if (frame.type === "session.update" && options.autoUpdate !== false) {
        connection.send({ type: "session.updated", event_id: `srv_${frames.length}`, session: { id: "sess_1", ...(frame.session as object) } });
      }
    });
    this.connections.push(connection);
    for (const w of this.connectionWaiters.splice(0)) w(connection);
    if (options.sendCreated !== false) connection.send({ type: "session.created", event_id: "srv_0", session: { id: "sess_1", model: url.searchParams.get("model") ?? undefined } });
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** An HTTP server that answers every upgrade request with `response`, written raw. */
export async function startRefusingServer(response: string): Promise<{ endpoint: string; requests: http.IncomingMessage[]; close(): Promise<void> }> {
  const server = http.createServer();
  const requests: http.IncomingMessage[] = [];
  const sockets = new Set<net.Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.once("close", () => sockets.delete(s));
  });
  server.on("upgrade", (req, socket: net.Socket) => {
    requests.push(req);
    socket.end(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A raw HTTP/1.1 response. */
export function rawResponse(status: number, statusText: string, headers: Record<string, string>, body: string): string {
  const lines = [`HTTP/1.1 ${status} ${statusText}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close"];
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}

/** A port nothing listens on (it was free a moment ago). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A tiny HTTP CONNECT proxy on 127.0.0.1 that records each tunnel's target. */
export interface ConnectProxy {
  url: string;
  /** `host:port` of each CONNECT. */
  targets: string[];
  /** TCP connections accepted, for a CONNECT or anything else. */
  readonly connections: number;
  /** The headers of each CONNECT. */
  requests: http.IncomingHttpHeaders[];
  close(): Promise<void>;
}

export interface ConnectProxyOptions {
  refuse?: { status: number; text: string };
  /** Where the proxy connects for a CONNECT to a host name, as a resolver would (e.g. `voicelive.test` → 127.0.0.1). */
  hosts?: Record<string, string>;
}

export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  const targets: string[] = [];
  const requests: http.IncomingHttpHeaders[] = [];
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.once("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  server.on("connection", (s: net.Socket) => {
    connections++;
    track(s);
  });
  server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    targets.push(req.url ?? "");
    requests.push(req.headers);
    if (options.refuse) {
      client.end(`HTTP/1.1 ${options.refuse.status} ${options.refuse.text}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    const [host, port] = (req.url ?? "").split(/:(?=\d+$)/);
    const name = host.replace(/^\[|\]$/g, "");
    const upstream = net.connect(Number(port), options.hosts?.[name] ?? name, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.once("close", () => client.destroy());
    client.once("close", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    requests,
    get connections() {
      return connections;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The proxy environment variables, in both cases. */
export const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"];

/** Saves and clears the proxy variables; the returned function restores them. */
export function isolateProxyEnvironment(): () => void {
  const saved = new Map(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of PROXY_VARIABLES) delete process.env[name];
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** Tracks whether a promise has settled, without changing it. */
export function observe<T>(promise: Promise<T>): { readonly settled: boolean } {
  const state = { settled: false };
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

/** A guard against hangs (not a performance check): rejects if `promise` has not settled within `ms`. */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms (hung)`)), ms);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Lets pending I/O callbacks and microtasks run a few times. */
export async function turns(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}
