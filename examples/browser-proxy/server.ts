/**
 * A server-side proxy for browser apps: browsers connect to it with no Voice Live credential; it
 * checks the app's own auth (a short-lived, single-use app token), opens the upstream connection
 * with the real key or Entra token in headers, and pipes frames both ways, close codes included.
 *
 * Run it: `npx tsx examples/browser-proxy/server.ts` (see README.md next to this file).
 * Use it from the page: get a token from the app's token route (`GET /token` here), then
 * `new VoiceLiveClient("https://my-app.example/voicelive?app-token=<token>", anonymousCredential)`.
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import { WebSocket, WebSocketServer, type RawData } from "ws";

const REALTIME_PATH = /\/voice-live\/realtime\/?$/;
/** Query parameters of the browser's URL that never go upstream: the app's token, and any key a page put there. */
const PRIVATE_PARAMS = ["app-token", "api-key"];

// ------------------------------------------------------------------ app tokens

/** Short-lived, single-use tokens signed with the app's secret (HMAC-SHA256): `<payload>.<signature>`, base64url. */
export interface AppTokens {
  /** A token for `subject` (the app's user id), valid for `ttlSeconds` (default 60) and one connection. */
  issue(subject: string, ttlSeconds?: number): string;
  /** The subject of a valid, unexpired token not used before (it is used up now); undefined otherwise. */
  redeem(token: string): string | undefined;
}

export function createAppTokens(secret: string | Buffer): AppTokens {
  const used = new Map<string, number>(); // token id → expiry (ms), kept until it expires
  const sign = (payload: string) => createHmac("sha256", secret).update(payload).digest("base64url");
  return {
    issue(subject, ttlSeconds = 60) {
      const payload = Buffer.from(JSON.stringify({ sub: subject, exp: Date.now() + ttlSeconds * 1000, jti: randomUUID() })).toString("base64url");
      return `${payload}.${sign(payload)}`;
    },
    redeem(token) {
      const [payload, signature, extra] = token.split(".");
      if (!payload || !signature || extra !== undefined) return undefined;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      let claims: { sub?: unknown; exp?: unknown; jti?: unknown };
      try {
        claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      } catch {
        return undefined;
      }
      const now = Date.now();
      for (const [id, exp] of used) if (exp < now) used.delete(id);
      if (typeof claims.sub !== "string" || typeof claims.exp !== "number" || typeof claims.jti !== "string") return undefined;
      if (claims.exp < now || used.has(claims.jti)) return undefined;
      used.set(claims.jti, claims.exp);
      return claims.sub;
    },
  };
}

/** Settings of `tokenRoute`. */
export interface TokenRouteOptions {
  /** The path of the route. Default `/token`. */
  path?: string;
  /**
   * The app's user behind the request (from the app's own session cookie, say), or undefined to
   * refuse it with 401. The token is issued to that user.
   */
  authenticate(request: IncomingMessage): string | undefined | Promise<string | undefined>;
  /** How long a token stays valid, in seconds. Default 60: a page asks for one right before it connects. */
  ttlSeconds?: number;
  /**
   * Pages of other origins that may fetch tokens (CORS), e.g. a dev server's `http://localhost:5173`.
   * Default none: only the route's own origin.
   */
  allowedOrigins?: string[];
}

/**
 * A request handler for `startBrowserProxy`'s `handleRequest`: `GET <path>` answers
 * `{ "token": "...", "expiresInSeconds": 60 }` with a new single-use token for each request. CORS
 * headers go only to the pages of `allowedOrigins`, so no other page can read a token; and a request
 * that the browser marks as coming from another site (`Sec-Fetch-Site`) is refused outright, unless
 * its origin is allowed.
 */
export function tokenRoute(tokens: AppTokens, options: TokenRouteOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const path = options.path ?? "/token";
  const ttlSeconds = options.ttlSeconds ?? 60;
  return async (request, response) => {
    if (new URL(request.url ?? "/", "http://proxy.invalid").pathname !== path) return false;
    const origin = request.headers.origin;
    const allowed = origin !== undefined && (options.allowedOrigins ?? []).includes(origin);
    const answer = (status: number, body: object) => {
      const cors = allowed ? { "access-control-allow-origin": origin, "access-control-allow-credentials": "true", vary: "Origin" } : {};
      response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...cors }).end(JSON.stringify(body));
      return true;
    };
    if (request.method !== "GET") return answer(405, { error: "use GET" });
    const site = request.headers["sec-fetch-site"];
    if (!allowed && site !== undefined && site !== "same-origin" && site !== "none") return answer(403, { error: "cross-site request" });
    const user = await options.authenticate(request);
    if (!user) return answer(401, { error: "sign in first" });
    return answer(200, { token: tokens.issue(user, ttlSeconds), expiresInSeconds: ttlSeconds });
  };
}

// ------------------------------------------------------------------ the proxy

export interface BrowserProxyOptions {
  /** The Voice Live endpoint, e.g. `https://<resource>.services.ai.azure.com` (any path prefix is kept). */
  upstream: string;
  /** The real credential: a key (sent as `api-key`) or a token credential (`Authorization: Bearer`). */
  credential: KeyCredential | TokenCredential;
  /** Entra scopes for a token credential. Default `["https://ai.azure.com/.default"]`. */
  scopes?: string[];
  /**
   * The app's own check of a browser's connection: the user it is for, or undefined to refuse it
   * with 401. `url` is the browser's URL (with its `app-token` parameter, say; a cookie is in
   * `request.headers.cookie`).
   */
  authorize(request: IncomingMessage, url: URL): string | undefined | Promise<string | undefined>;
  /** Pages allowed to connect (their `Origin`), e.g. `["https://my-app.example"]`. Anything else gets 403. */
  allowedOrigins: string[];
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Told of each connection and refusal (never the credential). */
  log?: (line: string) => void;
  /**
   * Plain HTTP requests (not WebSocket upgrades): resolves true once it has answered one (a token
   * route, the app's page). Anything it leaves gets 404.
   */
  handleRequest?: (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;
}

export interface BrowserProxy {
  /** The endpoint for the SDK in the page, e.g. `http://127.0.0.1:51234`. */
  readonly url: string;
  readonly server: Server;
  /** Closes every connection (1001 to both sides) and the server. */
  close(): Promise<void>;
}

/** Whether a close code may be sent in a close frame (1005 and 1006 only ever describe one). */
const sendable = (code: number) => (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);

/** Ends `socket` the way its peer's connection ended: the same code and reason, or a drop for a drop. */
function closeLike(socket: WebSocket, code: number, reason: Buffer): void {
  if (socket.readyState !== WebSocket.OPEN && socket.readyState !== WebSocket.CONNECTING) return;
  if (code === 1006 || socket.readyState === WebSocket.CONNECTING) socket.terminate();
  else if (sendable(code)) socket.close(code, reason);
  else socket.close();
}

function refuse(socket: Duplex, status: number, body: string, headers: Record<string, string> = {}): void {
  if (socket.writableEnded || socket.destroyed) return; // answered already
  const lines = [`HTTP/1.1 ${status} ${status === 401 ? "Unauthorized" : status === 403 ? "Forbidden" : status === 404 ? "Not Found" : "Error"}`];
  for (const [k, v] of Object.entries({ "content-type": "application/json", ...headers, "content-length": String(Buffer.byteLength(body)), connection: "close" })) {
    lines.push(`${k}: ${v}`);
  }
  socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`);
}

export async function startBrowserProxy(options: BrowserProxyOptions): Promise<BrowserProxy> {
  const log = options.log ?? (() => {});
  const upstreamBase = new URL(options.upstream);
  upstreamBase.protocol = upstreamBase.protocol === "https:" || upstreamBase.protocol === "wss:" ? "wss:" : "ws:";
  const scopes = options.scopes ?? ["https://ai.azure.com/.default"];
  const credentialHeaders = async (): Promise<Record<string, string>> => {
    const c = options.credential;
    if ("key" in c) return { "api-key": c.key };
    const token = await c.getToken(scopes);
    if (!token) throw new Error("the token credential gave no token");
    return { authorization: `Bearer ${token.token}` };
  };

  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const server = createServer((req, res) => {
    Promise.resolve(options.handleRequest?.(req, res) ?? false).then(
      (handled) => void (handled || res.writeHead(404).end()),
      (e: unknown) => {
        log(`request handler failed: ${(e as Error).message}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  });
  const live = new Set<WebSocket>();

  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    void (async () => {
      const url = new URL(request.url ?? "/", "http://proxy.invalid");
      if (!REALTIME_PATH.test(url.pathname)) return refuse(socket, 404, `{"error":"not found"}`);
      const origin = request.headers.origin;
      if (!origin || !options.allowedOrigins.includes(origin)) {
        log(`refused: origin ${origin ?? "(none)"}`);
        return refuse(socket, 403, `{"error":"origin not allowed"}`);
      }
      const user = await options.authorize(request, url);
      if (!user) {
        log("refused: the app's auth failed");
        return refuse(socket, 401, `{"error":"unauthorized"}`);
      }

      const target = new URL(upstreamBase.href);
      target.pathname = `${target.pathname.replace(/\/+$/, "")}/voice-live/realtime`;
      for (const [k, v] of url.searchParams) if (!PRIVATE_PARAMS.includes(k)) target.searchParams.append(k, v);
      let headers: Record<string, string>;
      try {
        headers = await credentialHeaders();
      } catch (e) {
        log(`the credential failed: ${(e as Error).message}`);
        return refuse(socket, 502, `{"error":"upstream credential failed"}`);
      }

      // The browser's handshake completes only once the upstream one has: a refusal goes back as is.
      const upstream = new WebSocket(target, { headers, perMessageDeflate: false, handshakeTimeout: 15_000 });
      const early: [RawData, boolean][] = [];
      let browser: WebSocket | undefined;
      const dropUpstream = () => upstream.terminate();
      socket.once("close", dropUpstream);
      upstream.on("unexpected-response", (req, res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          log(`upstream refused the handshake with ${res.statusCode}`);
          const retryAfter = res.headers["retry-after"];
          refuse(socket, res.statusCode ?? 502, Buffer.concat(chunks).toString("utf8").slice(0, 4096), typeof retryAfter === "string" ? { "retry-after": retryAfter } : {});
          req.destroy(); // ends the upstream attempt (it reports an error, and the answer is already given)
        });
      });
      upstream.on("error", (e) => {
        log(`upstream error: ${e.message}`);
        if (!browser) refuse(socket, 502, `{"error":"upstream unreachable"}`);
      });
      upstream.on("message", (data, isBinary) => {
        if (browser) browser.send(data, { binary: isBinary });
        else early.push([data, isBinary]);
      });
      upstream.on("open", () => {
        socket.off("close", dropUpstream);
        wss.handleUpgrade(request, socket, head, (client) => {
          browser = client;
          live.add(client);
          log(`connected ${user} to ${target.host}`);
          for (const [data, isBinary] of early.splice(0)) client.send(data, { binary: isBinary });
          client.on("message", (data, isBinary) => {
            if (upstream.readyState === WebSocket.OPEN) upstream.send(data, { binary: isBinary });
          });
          client.on("close", (code, reason) => {
            live.delete(client);
            closeLike(upstream, code, reason);
          });
          upstream.on("close", (code, reason) => closeLike(client, code, reason));
          client.on("error", () => client.terminate());
        });
      });
    })().catch((e) => {
      log(`proxy error: ${(e as Error).message}`);
      socket.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as { port: number; address: string };
  const host = address.address.includes(":") ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: async () => {
      for (const client of live) client.close(1001, "the proxy is shutting down");
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ------------------------------------------------------------------ run it

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const origin = process.env.ALLOWED_ORIGIN ?? "http://localhost:5173";
  let upstream = process.env.AZURE_VOICELIVE_ENDPOINT;
  let key = process.env.AZURE_VOICELIVE_API_KEY;
  if (!upstream) {
    // No endpoint: the SDK's local emulator stands in for the service.
    const { startEmulator } = await import("../../src/emulator/index.js");
    key = randomBytes(16).toString("hex");
    upstream = (await startEmulator({ apiKey: key })).url;
    console.log(`no AZURE_VOICELIVE_ENDPOINT: proxying to the local emulator at ${upstream}`);
  }
  if (!key) throw new Error("set AZURE_VOICELIVE_API_KEY (or use a TokenCredential in your own copy of this file)");
  const tokens = createAppTokens(process.env.APP_TOKEN_SECRET ?? randomBytes(32));
  const proxy = await startBrowserProxy({
    upstream,
    credential: { key },
    allowedOrigins: [origin],
    authorize: (_request, url) => tokens.redeem(url.searchParams.get("app-token") ?? ""),
    // The demo has no sign-in: every caller is "demo-user". An app checks its own session here.
    handleRequest: tokenRoute(tokens, { authenticate: () => "demo-user", allowedOrigins: [origin] }),
    port,
    log: (line) => console.log(line),
  });
  console.log(`proxy on ${proxy.url}, for pages of ${origin}`);
  console.log(`a single-use app token, valid 60 s, for each GET ${proxy.url}/token`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
