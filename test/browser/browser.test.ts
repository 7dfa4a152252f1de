/**
 * The SDK in a real browser: the package's `browser` map, the native-WebSocket transport, the key
 * in the URL on opt-in, the refusals, and the example proxy, in headless Chromium (Debian's
 * /usr/bin/chromium, driven by playwright-core) against the emulator on loopback.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import * as esbuild from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { WebSocket, WebSocketServer } from "ws";
import { createAppTokens, startBrowserProxy, type AppTokens, type BrowserProxy } from "../../examples/browser-proxy/server.js";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import type { PageApi, TurnReport } from "./page.js";

/** Debian's Chromium; `VOICELIVE_CHROMIUM` names another executable (an empty or missing path: as if not installed). */
const CHROMIUM = process.env.VOICELIVE_CHROMIUM ?? "/usr/bin/chromium";
/**
 * Without Chromium the suite is skipped, loudly, so that `npm test` passes on a fresh machine; with
 * `VOICELIVE_REQUIRE_BROWSER=1` (set by `.ci/run`) a missing Chromium fails it instead.
 */
const REQUIRE_BROWSER = process.env.VOICELIVE_REQUIRE_BROWSER === "1";
const INSTALL_HINT = "install it (as root): apt-get update && apt-get install -y chromium";
let skippedWithoutChromium = false;
const ROOT = resolve(import.meta.dirname, "../..");
const KEY = "browser-test-key";

declare const voicelive: PageApi; // the page's global, inside page.evaluate

/**
 * The package's `browser` map names the built files (the published ones). Bundling the sources, this
 * plugin applies the same map to them: `src/internal/X.ts` becomes `src/internal/X.browser.ts` exactly
 * when the map swaps `dist/esm/src/internal/X.js` for `X.browser.js`.
 */
const browserMapOnSources: esbuild.Plugin = {
  name: "browser-map-on-sources",
  setup(build) {
    const map = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { browser: Record<string, string> }).browser;
    build.onResolve({ filter: /\.js$/ }, (args) => {
      if (!args.importer.startsWith(join(ROOT, "src"))) return undefined;
      const target = relative(ROOT, resolve(args.resolveDir, args.path)).split(sep).join("/");
      const swapped = map[`./dist/esm/${target}`];
      return swapped ? { path: join(ROOT, swapped.replace(/^\.\/dist\/esm\//, "").replace(/\.js$/, ".ts")) } : undefined;
    });
  },
};

/** Bundles for the browser the way an app's bundler would: the package's `browser` map applies. */
function bundle(entry: string, options: { splitting?: boolean; minify?: boolean } = {}) {
  return esbuild.build({
    plugins: [browserMapOnSources],
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "chrome120",
    write: false,
    metafile: true,
    logLevel: "silent",
    outdir: join(ROOT, "browser-out"), // not written
    ...options,
  });
}

// A root hook: repeated after the whole run, next to mocha's summary, so that a skipped browser suite is not missed.
after(() => {
  if (skippedWithoutChromium) console.log(`\n  !!! The browser suite (test/browser/browser.test.ts) was SKIPPED: ${CHROMIUM} is missing; ${INSTALL_HINT}\n`);
});

describe("in a browser (headless Chromium)", function () {
  this.timeout(30_000);
  let context: BrowserContext | undefined;
  let launching: Promise<BrowserContext> | undefined;
  let page: Page;
  let userDataDir: string | undefined;
  let pageServer: Server | undefined;
  let pageOrigin: string;
  let emulator: VoiceLiveEmulator | undefined;
  const emulatorLog: string[] = [];
  let proxy: BrowserProxy | undefined;
  const proxyLog: string[] = [];
  let tokens: AppTokens;
  const pageErrors: string[] = [];
  // A server that sends session.created, a message of exactly LIMIT bytes, then one of a few more.
  let hostile: WebSocketServer | undefined;
  const hostileCloses: number[] = [];

  before(async function () {
    if (!CHROMIUM || !existsSync(CHROMIUM)) {
      const missing = `${CHROMIUM || "(VOICELIVE_CHROMIUM is empty)"} is missing: the browser suite needs Debian's Chromium`;
      if (REQUIRE_BROWSER) throw new Error(`${missing} (VOICELIVE_REQUIRE_BROWSER=1 makes it mandatory); ${INSTALL_HINT}`);
      skippedWithoutChromium = true;
      console.log(`\n      !!! SKIPPED: ${missing}; ${INSTALL_HINT}\n`);
      return this.skip();
    }
    // Chromium starts while the page is bundled and the servers start.
    userDataDir = await mkdtemp(join(tmpdir(), "voicelive-chromium-"));
    launching = chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    launching.catch(() => {}); // awaited below
    const built = await bundle("test/browser/page.ts", { splitting: true, minify: true });
    const files = new Map(built.outputFiles.map((f) => [`/${f.path.split("/").pop()}`, f.contents]));
    assert.ok(files.has("/page.js"));
    files.set("/", new TextEncoder().encode(`<!doctype html><meta charset="utf-8"><title>voicelive</title><script type="module" src="/page.js"></script>`));
    pageServer = createServer((req, res) => {
      const body = files.get(req.url ?? "");
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": req.url === "/" ? "text/html" : "text/javascript" }).end(body);
    });
    await new Promise<void>((ok) => pageServer!.listen(0, "127.0.0.1", ok));
    pageOrigin = `http://127.0.0.1:${(pageServer.address() as { port: number }).port}`;

    emulator = await startEmulator({ apiKey: KEY, log: (line) => emulatorLog.push(line) });
    tokens = createAppTokens("a secret of the test app");
    proxy = await startBrowserProxy({
      upstream: emulator.url,
      credential: { key: KEY },
      allowedOrigins: [pageOrigin],
      authorize: (_request, url) => tokens.redeem(url.searchParams.get("app-token") ?? ""),
      log: (line) => proxyLog.push(line),
    });

    hostile = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false });
    await new Promise((ok) => hostile!.once("listening", ok));
    hostile.on("connection", (ws) => {
      ws.on("close", (code) => hostileCloses.push(code));
      ws.send(JSON.stringify({ type: "session.created", event_id: "e_0", session: { id: "sess_hostile" } }));
      ws.send(padding(LIMIT));
      ws.send(padding(LIMIT + 2));
    });

    context = await launching;
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${pageOrigin}/`);
    await page.waitForFunction(() => typeof (globalThis as { voicelive?: unknown }).voicelive === "object");
  });

  after(async () => {
    // Closed even when `before` failed after launching it.
    await (context ?? (await launching?.catch(() => undefined)))?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
    await proxy?.close();
    for (const ws of hostile?.clients ?? []) ws.terminate();
    await new Promise((ok) => (hostile ? hostile.close(ok) : ok(undefined)));
    await emulator?.close();
    if (pageServer) await new Promise((ok) => pageServer!.close(ok));
  });

  it("bundles the main entry without ws, https-proxy-agent or Node built-ins", async () => {
    const built = await bundle("src/index.ts", { minify: true });
    const inputs = Object.keys(built.metafile.inputs);
    const imports = Object.values(built.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    const builtins = new Set(builtinModules);
    assert.deepEqual(inputs.filter((i) => /node_modules\/(ws|https-proxy-agent|agent-base)\//.test(i)), []);
    assert.deepEqual(imports.filter((p) => p.startsWith("node:") || builtins.has(p) || p === "ws" || p === "https-proxy-agent"), []);
    // The browser files replaced the Node ones.
    for (const name of ["transport", "proxy", "auth"]) {
      assert.ok(inputs.includes(`src/internal/${name}.browser.ts`), `${name}.browser.ts is in the bundle`);
      assert.ok(!inputs.includes(`src/internal/${name}.ts`), `${name}.ts is not in the bundle`);
    }
    assert.ok(!inputs.some((i) => i.includes("node_modules/@azure/core-rest-pipeline/")), "core-rest-pipeline stays out");
    const js = built.outputFiles[0].contents;
    assert.ok(js.length > 0);
  });

  it("maps every browser file, for both builds", () => {
    const browserMap = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { browser: Record<string, string> }).browser;
    const browserFiles = readdirSync(join(ROOT, "src/internal")).filter((f) => f.endsWith(".browser.ts"));
    assert.deepEqual(browserFiles.sort(), ["auth.browser.ts", "proxy.browser.ts", "transport.browser.ts"]);
    const expected: Record<string, string> = {};
    for (const file of browserFiles) {
      const name = file.replace(/\.browser\.ts$/, "");
      assert.ok(existsSync(join(ROOT, "src/internal", `${name}.ts`)), `src/internal/${name}.ts exists`);
      for (const build of ["esm", "commonjs"]) expected[`./dist/${build}/src/internal/${name}.js`] = `./dist/${build}/src/internal/${name}.browser.js`;
    }
    assert.deepEqual(browserMap, expected);
  });

  function assertTurn(r: TurnReport): void {
    assert.match(r.userAgent, /Chrome\//);
    assert.deepEqual(r.nodeGlobals, [], "no Node globals in the page");
    assert.equal(r.validationError?.name, "VoiceLiveValidationError");
    assert.equal(r.validationError?.code, "VALIDATION_FAILED");
    assert.ok(r.validationErrorIssues?.some((m) => m.includes("threshold")), JSON.stringify(r.validationErrorIssues));
    assert.match(r.committedItemId ?? "", /^item_/);
    assert.equal(r.transcript, "You said: Hello from Chromium");
    assert.equal(r.responseStatus, "completed");
    assert.equal(r.audioDeltasAreUint8Array, true);
    assert.ok(r.audioDeltas >= 5, `${r.audioDeltas} audio deltas`);
    assert.equal(r.audioBytes, 24_000, "500 ms of 24 kHz PCM16");
    assert.deepEqual(r.serverErrors, []);
    assert.deepEqual(r.sessionErrors, []);
    assert.equal(r.stateAfterClose, "closed");
    assert.deepEqual(r.disconnected, { code: 4001, reason: "bye from the page" });
  }

  /** What the emulator received during `run`: frames, audio and errors of its sessions. */
  async function counting<T>(run: () => Promise<T>): Promise<[T, { frames: number; appends: number; audioBytes: number; errors: number; opened: number }]> {
    const before = emulator!.stats();
    const result = await run();
    const after = emulator!.stats();
    return [
      result,
      {
        frames: after.totals.framesReceived - before.totals.framesReceived,
        appends: after.totals.audioAppends - before.totals.audioAppends,
        audioBytes: after.totals.audioBytes - before.totals.audioBytes,
        errors: after.totals.errorsSent - before.totals.errorsSent,
        opened: after.sessionsOpened - before.sessionsOpened,
      },
    ];
  }

  // session.update, 21 appends (one, then a burst of 20 not awaited one by one), commit, item, response.create
  const TURN_FRAMES = 25;

  it("holds a turn with the key in the URL, with credentialInUrl", async () => {
    const [r, seen] = await counting(() => page.evaluate(([url, key]) => voicelive.keyInUrl(url, key), [emulator!.url, KEY]));
    assertTurn(r);
    // The invalid session.update never left the page: only the valid frames arrived, and no error went back.
    assert.deepEqual(seen, { frames: TURN_FRAMES, appends: 21, audioBytes: 21 * 14_400, errors: 0, opened: 1 });
    assert.ok(emulatorLog.some((l) => l.endsWith("closed (4001 bye from the page)")), "the page's close code reached the server");
  });

  it("refuses a key without credentialInUrl, before connecting, naming both options", async () => {
    const refusals = emulatorLog.filter((l) => l.startsWith("handshake refused")).length;
    const [error, seen] = await counting(() => page.evaluate((url) => voicelive.connectError(url, "key", "browser-test-key"), emulator!.url));
    assert.equal(error?.name, "VoiceLiveError");
    assert.equal(error?.code, "INVALID_ARGUMENT");
    assert.match(error!.message, /credentialInUrl: true/);
    assert.match(error!.message, /anonymousCredential/);
    assert.equal(seen.opened, 0);
    assert.equal(emulatorLog.filter((l) => l.startsWith("handshake refused")).length, refusals, "no handshake was tried");
  });

  it("refuses a TokenCredential, pointing at a server-side proxy", async () => {
    const error = await page.evaluate((url) => voicelive.connectError(url, "token"), emulator!.url);
    assert.equal(error?.code, "INVALID_ARGUMENT");
    assert.match(error!.message, /TokenCredential/);
    assert.match(error!.message, /server-side proxy/);
  });

  it("reports a refused handshake without a status (a browser cannot see it)", async () => {
    const refusals = emulatorLog.filter((l) => l.startsWith("handshake refused with 401")).length;
    const error = await page.evaluate((url) => voicelive.connectError(url, "key-in-url", "a-wrong-key"), emulator!.url);
    assert.ok(error?.code === "CONNECTION_FAILED" || error?.code === "CONNECTION_CLOSED", JSON.stringify(error));
    assert.equal(error?.statusCode, undefined);
    assert.equal(error?.responseBody, undefined);
    assert.equal(emulatorLog.filter((l) => l.startsWith("handshake refused with 401")).length, refusals + 1, "the emulator refused it with 401");
  });

  it("holds a turn through the example proxy, with no credential in the page", async () => {
    const endpoint = `${proxy!.url}/?app-token=${encodeURIComponent(tokens.issue("user-1"))}`;
    const closes = emulatorLog.filter((l) => l.endsWith("closed (4001 bye from the page)")).length;
    const [r, seen] = await counting(() => page.evaluate((url) => voicelive.anonymous(url), endpoint));
    assertTurn(r);
    assert.deepEqual(seen, { frames: TURN_FRAMES, appends: 21, audioBytes: 21 * 14_400, errors: 0, opened: 1 });
    // The page's close code and reason went through the proxy to the server.
    await waitUntil(() => emulatorLog.filter((l) => l.endsWith("closed (4001 bye from the page)")).length === closes + 1);
    assert.ok(proxyLog.includes("connected user-1 to " + new URL(emulator!.url).host));

    // The app token was single-use: the proxy refuses it now, and the page cannot tell why.
    const again = await page.evaluate((url) => voicelive.connectError(url, "anonymous"), endpoint);
    assert.ok(again?.code === "CONNECTION_FAILED" || again?.code === "CONNECTION_CLOSED", JSON.stringify(again));
    assert.ok(proxyLog.includes("refused: the app's auth failed"));
  });

  it("passes the server's close code and reason through the proxy to the page", async () => {
    emulator!.setFaults({ closeAfterEvents: { count: 1, code: 4007, reason: "emulated close" } });
    try {
      const endpoint = `${proxy!.url}/?app-token=${encodeURIComponent(tokens.issue("user-2"))}`;
      const r = await page.evaluate((url) => voicelive.serverClose(url), endpoint);
      assert.equal(r.state, "closed");
      assert.equal(r.disconnected?.code, 4007);
      assert.equal(r.disconnected?.reason, "emulated close");
      assert.equal(r.disconnected?.error?.code, "CONNECTION_CLOSED");
      assert.equal(r.disconnected?.error?.closeCode, 4007);
    } finally {
      emulator!.setFaults(undefined);
    }
  });

  it("the proxy passes a refusal of its upstream handshake back with its status", async () => {
    const lines: string[] = [];
    const wrongKey = await startBrowserProxy({
      upstream: emulator!.url,
      credential: { key: "not-the-key" },
      allowedOrigins: [pageOrigin],
      authorize: () => "user-3",
      log: (line) => lines.push(line),
    });
    try {
      const ws = new WebSocket(`${wrongKey.url}/voice-live/realtime?api-version=2026-07-15&model=m`, { origin: pageOrigin });
      const [status, body] = await new Promise<[number, string]>((ok, fail) => {
        ws.on("unexpected-response", (_req, res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => ok([res.statusCode ?? 0, text]));
        });
        ws.on("open", () => fail(new Error("the proxy accepted a handshake its upstream refused")));
        ws.on("error", () => {});
      });
      assert.equal(status, 401);
      assert.match(body, /Unauthorized/);
      assert.ok(lines.includes("upstream refused the handshake with 401"));
      // A page of another origin is refused before anything goes upstream.
      const other = new WebSocket(`${wrongKey.url}/voice-live/realtime?api-version=2026-07-15&model=m`, { origin: "http://evil.example" });
      const otherStatus = await new Promise<number>((ok) => other.on("unexpected-response", (_req, res) => ok(res.statusCode ?? 0)).on("error", () => {}));
      assert.equal(otherStatus, 403);
    } finally {
      await wrongKey.close();
    }
  });

  it("holds a turn through the transport option, with the browser's own WebSocket passed explicitly", async () => {
    const r = await page.evaluate(([url, key]) => voicelive.explicitTransport(url, key), [emulator!.url, KEY]);
    assertTurn(r);
    assert.equal(r.transportsOpened, 1, "the session connected through the given factory");
  });

  it("checks maxFrameBytes once a message has arrived: FRAME_TOO_LARGE and 1009 to the page; the server sees no code (a browser cannot send 1009)", async () => {
    const endpoint = `http://127.0.0.1:${(hostile!.address() as { port: number }).port}`;
    const r = await page.evaluate(([url, limit]) => voicelive.oversize(url, limit), [endpoint, LIMIT] as const);
    assert.equal(r.transportsOpened, 1);
    assert.equal(r.paddingEvents, 1, "the message at the limit was delivered, the one over it was not");
    assert.equal(r.disconnected?.code, 1009);
    assert.equal(r.disconnected?.error?.code, "FRAME_TOO_LARGE");
    assert.equal(r.disconnected?.error?.closeCode, 1009);
    assert.match(r.disconnected!.error!.message, new RegExp(`a message of ${LIMIT + 2} bytes over the limit of ${LIMIT} bytes \\(the session option maxFrameBytes\\)`));
    assert.deepEqual(r.errors, [r.disconnected?.error]);
    assert.equal(r.state, "closed");
    await waitUntil(() => hostileCloses.length === 1);
    assert.equal(hostileCloses[0], 1005, "a close frame without a code");
  });

  it("traces a turn through OpenTelemetry in the page: connect, session and response spans, no key", async () => {
    const [{ turn: r, spans }] = await counting(() => page.evaluate(([url, key]) => voicelive.traced(url, key), [emulator!.url, KEY]));
    assertTurn(r);
    const names = spans.map((s) => s.name).sort();
    assert.deepEqual(names, ["caller", "voicelive.connect", "voicelive.response", "voicelive.session"]);
    const byName = Object.fromEntries(spans.map((s) => [s.name, s]));
    assert.ok(byName["voicelive.connect"].parentIsCaller && byName["voicelive.session"].parentIsCaller);
    assert.equal(byName["voicelive.connect"].attributes["http.response.status_code"], 101);
    assert.equal(byName["voicelive.response"].attributes["voicelive.response.status"], "completed");
    assert.equal(typeof byName["voicelive.response"].attributes["gen_ai.usage.output_tokens"], "number");
    assert.ok(!JSON.stringify(spans).includes(KEY), "no key in any span");
  });

  it("raised nothing uncaught in the page", () => {
    assert.deepEqual(pageErrors, []);
  });
});

/** A padded event of `bytes` bytes of JSON, mostly two-byte characters (fewer characters than bytes). */
const LIMIT = 64 * 1024;
function padding(bytes: number): string {
  const base = JSON.stringify({ type: "test.padding", pad: "" }).length;
  const text = JSON.stringify({ type: "test.padding", pad: "x".repeat((bytes - base) % 2) + "é".repeat(Math.floor((bytes - base) / 2)) });
  assert.equal(Buffer.byteLength(text), bytes);
  return text;
}

async function waitUntil(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

