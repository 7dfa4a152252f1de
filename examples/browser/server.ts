/**
 * The browser recipe's site, on one origin: the page and its two AudioWorklets, the token route
 * (`GET /token`: a single-use app token per request) and the Voice Live proxy of
 * `examples/browser-proxy`, which adds the real credential upstream.
 *
 * Run it: `npx tsx examples/browser/server.ts`, then open http://127.0.0.1:8788 (see README.md).
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import * as esbuild from "esbuild";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, relative, resolve, sep } from "node:path";
import { createAppTokens, startBrowserProxy, tokenRoute, type BrowserProxy } from "../browser-proxy/server.js";
import { openLocalEmulator, runIfMain } from "../shared/service.js";

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, "../..");

/**
 * In this repository the page is bundled from the SDK's sources, where the package's `browser`
 * field (which names built files) cannot apply: this plugin applies the same swaps to the sources.
 * An app that installs the package needs none of this: its bundler reads the `browser` field.
 */
const browserFieldOnSources: esbuild.Plugin = {
  name: "browser-field-on-sources",
  setup(build) {
    const swaps = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { browser: Record<string, string> }).browser;
    const src = join(ROOT, "src") + sep;
    build.onResolve({ filter: /\.js$/ }, (args) => {
      if (!args.importer.startsWith(src)) return undefined;
      const built = `./dist/esm/${relative(ROOT, resolve(args.resolveDir, args.path)).split(sep).join("/")}`;
      const swapped = swaps[built];
      return swapped ? { path: join(ROOT, swapped.replace("./dist/esm/", "").replace(/\.js$/, ".ts")) } : undefined;
    });
  },
};

/**
 * The site's static files, bundled for the browser: the page (split, so that the validators of the
 * session's API version load on the first connect, not all up front) and the two worklets (one
 * file each: a worklet module imports nothing).
 */
export async function buildPage(): Promise<Map<string, { type: string; body: Uint8Array }>> {
  const page = join(HERE, "page");
  const out = join(page, "out"); // not written: the files stay in memory
  const common: esbuild.BuildOptions = { absWorkingDir: ROOT, bundle: true, platform: "browser", format: "esm", target: "chrome120", minify: true, write: false, outdir: out, logLevel: "silent" };
  const builds = await Promise.all([
    esbuild.build({ ...common, entryPoints: { page: join(page, "page.ts") }, splitting: true, plugins: [browserFieldOnSources] }),
    esbuild.build({ ...common, entryPoints: { "capture-worklet": join(page, "capture-worklet.ts"), "player-worklet": join(page, "player-worklet.ts") } }),
  ]);
  const files = new Map<string, { type: string; body: Uint8Array }>();
  for (const file of builds.flatMap((b) => b.outputFiles ?? [])) files.set(`/${relative(out, file.path)}`, { type: "text/javascript", body: file.contents });
  files.set("/", { type: "text/html", body: readFileSync(join(page, "index.html")) });
  return files;
}

export interface BrowserExampleOptions {
  /** The Voice Live endpoint (or an emulator's URL), and its credential. */
  upstream: string;
  credential: KeyCredential | TokenCredential;
  /** Default 0: a free port. */
  port?: number;
  /** Secret of the app tokens. Default: random, per start. */
  tokenSecret?: string | Buffer;
  log?: (line: string) => void;
}

export interface BrowserExample {
  /** The site's origin, e.g. http://127.0.0.1:8788: open it in a browser. */
  readonly url: string;
  readonly proxy: BrowserProxy;
  close(): Promise<void>;
}

export async function startBrowserExample(options: BrowserExampleOptions): Promise<BrowserExample> {
  const files = await buildPage();
  const tokens = createAppTokens(options.tokenSecret ?? randomBytes(32));
  // The demo has no sign-in: every visitor is "demo-user". An app checks its own session cookie here.
  const tokenRequest = tokenRoute(tokens, { authenticate: () => "demo-user" });
  const serveFile = (request: IncomingMessage, response: ServerResponse): boolean => {
    const file = request.method === "GET" ? files.get(new URL(request.url ?? "/", "http://site.invalid").pathname) : undefined;
    if (!file) return false;
    response.writeHead(200, { "content-type": `${file.type}; charset=utf-8`, "cache-control": "no-store" }).end(file.body);
    return true;
  };
  // The page and the proxy share an origin, the only one allowed; its port is known once listening.
  const origins: string[] = [];
  const proxy = await startBrowserProxy({
    upstream: options.upstream,
    credential: options.credential,
    allowedOrigins: origins,
    authorize: (_request, url) => tokens.redeem(url.searchParams.get("app-token") ?? ""),
    handleRequest: async (request, response) => (await tokenRequest(request, response)) || serveFile(request, response),
    port: options.port,
    log: options.log,
  });
  const port = new URL(proxy.url).port;
  origins.push(`http://127.0.0.1:${port}`, `http://localhost:${port}`);
  return { url: proxy.url, proxy, close: () => proxy.close() };
}

runIfMain(import.meta, async () => {
  let upstream = process.env.AZURE_VOICELIVE_ENDPOINT;
  let key = process.env.AZURE_VOICELIVE_API_KEY;
  let emulator: { close(): Promise<void> } | undefined;
  if (!upstream) {
    const local = await openLocalEmulator();
    ({ url: upstream, key } = local);
    emulator = local;
  }
  if (!key) throw new Error("set AZURE_VOICELIVE_API_KEY (or give startBrowserExample a TokenCredential in your own copy)");
  const site = await startBrowserExample({ upstream, credential: { key }, port: Number(process.env.PORT ?? 8788), log: (line) => console.log(line) });
  console.log(`open ${site.url} (page, GET /token, and the proxy to ${new URL(upstream).host})`);
  const stop = async () => {
    await site.close();
    await emulator?.close();
  };
  process.once("SIGINT", () => void stop());
});
