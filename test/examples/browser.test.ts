/**
 * examples/browser: the page in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core), its microphone a WAV file through Chromium's fake capture device, talking to the
 * emulator through the example's proxy; and the token route and proxy over plain HTTP.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { WebSocket } from "ws";
import { concatPcm16, silence, speechLike, startEmulator, type VoiceLiveEmulator } from "ai-voicelive/emulator";
import { startBrowserExample, type BrowserExample } from "../../examples/browser/server.js";
import type { PageState } from "../../examples/browser/page/state.js";
import { startRecipe, waitUntil, wavFile } from "./helpers.js";

/** Debian's Chromium; `VOICELIVE_CHROMIUM` names another executable (empty: as if not installed). */
const CHROMIUM = process.env.VOICELIVE_CHROMIUM ?? "/usr/bin/chromium";
/** Without Chromium the browser part is skipped, loudly; with `VOICELIVE_REQUIRE_BROWSER=1` that fails instead. */
const REQUIRE_BROWSER = process.env.VOICELIVE_REQUIRE_BROWSER === "1";
const INSTALL_HINT = "install it (as root): apt-get update && apt-get install -y chromium";
let skippedWithoutChromium = false;
const KEY = "browser-example-key";

// A root hook: the skip is repeated next to mocha's summary, so that it is not missed.
after(() => {
  if (skippedWithoutChromium) console.log(`\n  !!! The browser recipe test (test/examples/browser.test.ts) was SKIPPED: ${CHROMIUM || "(VOICELIVE_CHROMIUM is empty)"} is missing; ${INSTALL_HINT}\n`);
});

declare const voicelivePage: PageState; // the page's global, inside page.evaluate / waitForFunction

describe("examples/browser", function () {
  this.timeout(60_000);
  let emulator: VoiceLiveEmulator;
  let site: BrowserExample;
  const siteLog: string[] = [];
  const emulatorLog: string[] = [];

  before(async () => {
    emulator = await startEmulator({ apiKey: KEY, log: (line) => emulatorLog.push(line) });
    site = await startBrowserExample({ upstream: emulator.url, credential: { key: KEY }, log: (line) => siteLog.push(line) });
  });
  after(async () => {
    await site?.close();
    await emulator?.close();
  });

  describe("the token route and the proxy (plain HTTP)", () => {
    const realtime = () => `${site.url.replace(/^http/, "ws")}/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime`;

    /** Opens a WebSocket through the proxy as a page of `origin` would; resolves with the HTTP status (101 when accepted). */
    function connect(url: string, origin: string): Promise<number> {
      return new Promise((resolve) => {
        const ws = new WebSocket(url, { origin });
        ws.on("open", () => {
          ws.close();
          resolve(101);
        });
        ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        ws.on("error", () => {});
      });
    }

    it("GET /token gives a new token per request, uncached, without CORS headers", async () => {
      const first = await fetch(`${site.url}/token`);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get("cache-control"), "no-store");
      assert.equal(first.headers.get("access-control-allow-origin"), null, "no page of another origin may read it");
      const a = (await first.json()) as { token: string; expiresInSeconds: number };
      const b = (await (await fetch(`${site.url}/token`)).json()) as { token: string };
      assert.equal(a.expiresInSeconds, 60);
      assert.match(a.token, /^[\w-]+\.[\w-]+$/);
      assert.notEqual(a.token, b.token);
    });

    it("refuses a cross-site request and other methods", async () => {
      assert.equal((await fetch(`${site.url}/token`, { headers: { "sec-fetch-site": "cross-site" } })).status, 403);
      assert.equal((await fetch(`${site.url}/token`, { method: "POST" })).status, 405);
      assert.equal((await fetch(`${site.url}/nothing-here`)).status, 404);
    });

    it("each token opens one connection, from the site's own origin only", async () => {
      const { token } = (await (await fetch(`${site.url}/token`)).json()) as { token: string };
      const withToken = `${realtime()}&app-token=${encodeURIComponent(token)}`;
      assert.equal(await connect(withToken, "http://evil.example"), 403, "another origin");
      assert.equal(await connect(withToken, site.url), 101);
      assert.equal(await connect(withToken, site.url), 401, "used up");
      assert.equal(await connect(realtime(), site.url), 401, "no token");
    });

    it("serves the page and its two worklets", async () => {
      const html = await (await fetch(`${site.url}/`)).text();
      assert.match(html, /<script type="module" src="\/page.js">/);
      for (const path of ["/page.js", "/capture-worklet.js", "/player-worklet.js"]) {
        const res = await fetch(`${site.url}${path}`);
        assert.equal(res.status, 200, path);
        assert.match(res.headers.get("content-type") ?? "", /javascript/);
      }
      assert.match(await (await fetch(`${site.url}/capture-worklet.js`)).text(), /registerProcessor\("pcm16-capture"/);
    });
  });

  describe("the commands", () => {
    /** Connects through a proxy as a page of `origin`, with a fresh token from its route; resolves with the first server event's type. */
    async function talkThrough(base: string, origin: string): Promise<string> {
      const res = await fetch(`${base}/token`, { headers: { origin, "sec-fetch-site": "cross-site" } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("access-control-allow-origin"), origin === new URL(base).origin ? null : origin);
      const { token } = (await res.json()) as { token: string };
      const ws = new WebSocket(`${base.replace(/^http/, "ws")}/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime&app-token=${encodeURIComponent(token)}`, { origin });
      return new Promise((resolve, reject) => {
        ws.once("message", (data) => {
          ws.close();
          resolve((JSON.parse(String(data)) as { type: string }).type);
        });
        ws.once("error", reject);
      });
    }

    it("examples/browser-proxy/server.ts: the proxy with its token route, for the pages of ALLOWED_ORIGIN (CORS)", async () => {
      const run = await startRecipe("examples/browser-proxy/server.ts", /for each GET (http:\/\/[\d.:]+)\/token/, { PORT: "0", ALLOWED_ORIGIN: "http://localhost:5173" });
      try {
        const base = run.ready[1];
        assert.equal(await talkThrough(base, "http://localhost:5173"), "session.created");
        const other = await fetch(`${base}/token`, { headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" } });
        assert.equal(other.status, 403);
        assert.equal(other.headers.get("access-control-allow-origin"), null);
        assert.match(run.output(), /local emulator/);
      } finally {
        await run.stop();
      }
    });

    it("examples/browser/server.ts: the site (page, token route, proxy) on one origin", async () => {
      const run = await startRecipe("examples/browser/server.ts", /open (http:\/\/[\d.:]+) /, { PORT: "0" });
      try {
        const base = run.ready[1];
        assert.match(await (await fetch(`${base}/`)).text(), /Voice Live in the browser/);
        // A page of the site itself: its fetches are same-origin, so no CORS header.
        const res = await fetch(`${base}/token`);
        const { token } = (await res.json()) as { token: string };
        const ws = new WebSocket(`${base.replace(/^http/, "ws")}/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime&app-token=${encodeURIComponent(token)}`, { origin: base });
        const first = await new Promise<string>((resolve, reject) => {
          ws.once("message", (data) => resolve((JSON.parse(String(data)) as { type: string }).type));
          ws.once("error", reject);
        });
        ws.close();
        assert.equal(first, "session.created");
      } finally {
        await run.stop();
      }
    });
  });

  describe("the page in headless Chromium, its microphone fed from a WAV", () => {
    let context: BrowserContext | undefined;
    let page: Page;
    let dir: string | undefined;
    const pageErrors: string[] = [];
    /**
     * The WAV: 300 ms of silence, 2000 ms of speech, 900 ms of silence, looped by Chromium. The pause
     * ends the turn (500 ms of silence); the reply, as long as the turn, is still playing when the
     * next loop's speech starts: a barge-in.
     */
    const SPEECH_MS = 2000;

    before(async function () {
      if (!CHROMIUM || !existsSync(CHROMIUM)) {
        const missing = `${CHROMIUM || "(VOICELIVE_CHROMIUM is empty)"} is missing: the browser recipe test needs Debian's Chromium`;
        if (REQUIRE_BROWSER) throw new Error(`${missing} (VOICELIVE_REQUIRE_BROWSER=1 makes it mandatory); ${INSTALL_HINT}`);
        skippedWithoutChromium = true;
        console.log(`\n      !!! SKIPPED: ${missing}; ${INSTALL_HINT}\n`);
        return this.skip();
      }
      dir = await mkdtemp(join(tmpdir(), "voicelive-example-browser-"));
      // 48 kHz, as a microphone records: the capture worklet must bring it to 24 kHz.
      const wav = join(dir, "user.wav");
      await writeFile(wav, wavFile(concatPcm16([silence(300, 48_000), speechLike(SPEECH_MS, 48_000), silence(900, 48_000)]), 48_000));
      context = await chromium.launchPersistentContext(join(dir, "profile"), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--use-fake-ui-for-media-stream", // allows the microphone without asking
          "--use-fake-device-for-media-stream",
          `--use-file-for-fake-audio-capture=${wav}`,
          "--autoplay-policy=no-user-gesture-required",
        ],
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.goto(`${site.url}/`);
    });

    after(async () => {
      await context?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("captures, sends 24 kHz PCM16 through the proxy, and gets and plays the spoken reply", async () => {
      const opened = emulator.stats().sessionsOpened;
      await page.click("#start");
      await page.waitForFunction(() => voicelivePage.responsesDone >= 1 || voicelivePage.errors.length > 0, undefined, { timeout: 30_000 });
      const state = await page.evaluate(() => voicelivePage); // the first turn's, before the next one starts

      assert.deepEqual(state.errors, []);
      assert.match(state.sessionId ?? "", /^sess_/);
      assert.equal(emulator.stats().sessionsOpened, opened + 1);
      assert.ok(siteLog.some((l) => l.startsWith("connected demo-user to ")), siteLog.join("\n"));
      // The worklet's chunks: 100 ms of 24 kHz PCM16 each.
      assert.ok(state.sentChunks >= 10, `${state.sentChunks} chunks`);
      assert.equal(state.sentBytes, state.sentChunks * 4800);
      // The service heard the speech at its true length: 24 kHz really is 24 kHz. A turn spans the
      // speech, the VAD's 300 ms of prefix padding (or less, near the start) and its 500 ms of silence.
      const heard = /^\[(\d+) ms of audio\]$/.exec(state.userTurns[0] ?? "");
      assert.ok(heard, JSON.stringify(state.userTurns));
      const turnMs = Number(heard[1]);
      // The VAD trims the quiet ends of the speech-like sound by a few hundred ms; a wrong rate would
      // halve the turn (at most 1800 ms) or double it (over 4000 ms).
      assert.ok(turnMs >= SPEECH_MS - 100 && turnMs <= SPEECH_MS + 1100, `a turn of ${turnMs} ms for ${SPEECH_MS} ms of speech`);
      // The emulator says what it heard, and speaks the user's audio back: transcript and audio.
      assert.equal(state.answers[0], `I heard ${turnMs} ms of audio.`);
      assert.ok(state.audioDeltas >= 5, `${state.audioDeltas} audio deltas`);
      assert.equal(state.audioBytes, turnMs * 48, "as much reply audio as the turn had");
      assert.equal(state.contextRate !== undefined && state.contextRate > 24_000, true, `AudioContext at ${state.contextRate} Hz`);
      // The reply plays on after it arrived: the player worklet reports its position.
      await page.waitForFunction(() => voicelivePage.playedMs >= 300 || voicelivePage.errors.length > 0, undefined, { timeout: 10_000 });
      assert.deepEqual(await page.evaluate(() => voicelivePage.errors), []);
    });

    it("barge-in: the user talks over the reply; it is truncated where the player was, and the player's queue dropped", async () => {
      await page.waitForFunction(() => voicelivePage.bargeIns.length >= 1 || voicelivePage.errors.length > 0, undefined, { timeout: 15_000 });
      const state = await page.evaluate(() => voicelivePage);
      assert.deepEqual(state.errors, []);
      const [bargeIn] = state.bargeIns;
      assert.ok(bargeIn.truncated, JSON.stringify(bargeIn));
      assert.ok(bargeIn.truncated.audioEndMs > 0 && bargeIn.truncated.audioEndMs < bargeIn.truncated.receivedMs, JSON.stringify(bargeIn));
      assert.ok(bargeIn.clearedMs > 0, "the rest of the reply was dropped from the player");
      await waitUntil(() => emulatorLog.some((l) => l.endsWith("→ conversation.item.truncated")), "the truncation was confirmed");
      assert.ok(emulatorLog.some((l) => l.endsWith("← conversation.item.truncate")));
      assert.ok(!emulatorLog.some((l) => l.endsWith("→ error")), emulatorLog.filter((l) => l.includes("error")).join("\n"));
    });

    it("stops: the microphone and the session close", async () => {
      const open = emulator.sessions;
      await page.click("#stop");
      await page.waitForFunction(() => voicelivePage.status === "stopped" || voicelivePage.errors.length > 0);
      assert.deepEqual(await page.evaluate(() => voicelivePage.errors), []);
      await waitUntil(() => emulator.sessions === open - 1, "the session closed");
    });

    it("raised nothing uncaught in the page", () => {
      assert.deepEqual(pageErrors, []);
    });
  });
});
