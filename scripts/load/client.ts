/**
 * The client child of `npm run load`: N sessions of this SDK (compiled JS, as an application runs
 * it), each streaming real-time PCM16 audio to the emulator child.
 *
 * 0. Warm up: one session, connected, a second of audio, closed; then the baseline (after a GC).
 * 1. Connect every session (`startSession` with `turnDetection: null`: no server VAD, so the
 *    emulator keeps every byte in the input buffer and sends nothing back), a few at a time.
 * 2. The window: every session streams `seconds` of 24 kHz mono PCM16 in `chunkMs` frames with
 *    `sendAudio`, frame k sent when its audio would have been captured (start + (k + 1) × chunk on
 *    the wall clock), each send awaited. Sessions are spread over one chunk so their frames
 *    interleave. CPU, event-loop delay, RSS and heap are measured over the window.
 * 3. The barrier: `clearAudio()` and wait for `input_audio_buffer.cleared`. The emulator handles a
 *    connection's frames in order, so once it answers it has handled every append before it.
 * 4. Report the sessions (id, frames and bytes sent) to the orchestrator, which compares them with
 *    the emulator's own counters; on `close`, close every session and report the figures.
 */
import path from "node:path";
import { createHistogram, performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type * as SdkModule from "../../src/index.js";
import type { VoiceLiveSession } from "../../src/index.js";
import { percentile, ProcessMeter, recordUs, type ChildMessage, type ClientParams, type ClientResult, type ParentMessage, type SessionReport } from "./protocol.js";

const params = JSON.parse(process.argv[2]) as ClientParams;
const send = (m: ChildMessage) => process.send!(m);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

const SAMPLE_RATE = 24_000;
const BARRIER_TIMEOUT_MS = 30_000;

const { VoiceLiveClient } = (await import(pathToFileURL(path.join(params.sdk, "src/index.js")).href)) as typeof SdkModule;
const { AzureKeyCredential } = await import("@azure/core-auth");

/** One second of a two-tone signal, shared by every session (each frame is a view into it). */
const SOURCE = new Int16Array(SAMPLE_RATE);
for (let i = 0; i < SOURCE.length; i++) {
  const t = i / SAMPLE_RATE;
  SOURCE[i] = Math.round(6000 * Math.sin(2 * Math.PI * 220 * t) + 2000 * Math.sin(2 * Math.PI * 1370 * t));
}
const frameSamples = (SAMPLE_RATE * params.chunkMs) / 1000;
if (!Number.isInteger(frameSamples) || SOURCE.length % frameSamples !== 0) throw new Error(`--chunk-ms ${params.chunkMs} does not divide one second of 24 kHz audio`);
const framesPerSource = SOURCE.length / frameSamples;
const framesPerSession = Math.round((params.seconds * 1000) / params.chunkMs);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One session connected, streaming a second of audio, synced and closed before the baseline: the
 * validators and other lazily loaded code are then in the baseline, and the first connects are
 * not measured cold (in either process).
 */
async function warmUp(client: InstanceType<typeof SdkModule.VoiceLiveClient>): Promise<{ frames: number; bytes: number }> {
  const session = await client.startSession({ model: params.model, turnDetection: null });
  for (let k = 0; k < framesPerSource; k++) await session.sendAudio(SOURCE.subarray(k * frameSamples, (k + 1) * frameSamples));
  const cleared = session.waitFor("input_audio_buffer.cleared", { timeoutInMs: BARRIER_TIMEOUT_MS });
  await session.clearAudio();
  await cleared;
  await session.close();
  return { frames: framesPerSource, bytes: SOURCE.byteLength };
}

interface Live {
  report: SessionReport;
  session?: VoiceLiveSession;
  closingByUs: boolean;
}

async function main(): Promise<void> {
  const client = new VoiceLiveClient(params.url, new AzureKeyCredential(params.apiKey));
  const meter = new ProcessMeter(gc!);
  const late = createHistogram();
  let framesLate = 0;
  const warm = await warmUp(client);
  meter.baseline();
  send({ kind: "window", edge: "baseline" });

  const live: Live[] = Array.from({ length: params.sessions }, (_, index) => ({
    report: {
      index,
      connected: false,
      framesPlanned: framesPerSession,
      framesSent: 0,
      bytesSent: 0,
      sendErrors: 0,
      synced: false,
      serverErrors: 0,
      sdkErrors: 0,
      unexpectedClose: false,
    },
    closingByUs: false,
  }));
  const problem = (r: SessionReport, what: string) => void (r.firstProblem ??= what);

  // ------------------------------------------------------------------ 1. connect
  const connectOne = async (l: Live) => {
    const r = l.report;
    const t0 = performance.now();
    try {
      const session = await client.startSession({ model: params.model, turnDetection: null });
      r.connectMs = performance.now() - t0;
      r.connected = true;
      r.id = session.sessionId;
      l.session = session;
      session.subscribe({
        onServerError: (e) => {
          r.serverErrors++;
          problem(r, `server error: ${e.error.code ?? ""} ${e.error.message}`);
        },
        onError: (e) => {
          r.sdkErrors++;
          problem(r, `SDK error ${e.code}: ${e.message}`);
        },
        onDisconnected: (info) => {
          if (l.closingByUs) return;
          r.unexpectedClose = true;
          problem(r, `closed unexpectedly: ${info.code} ${info.reason}`);
        },
      });
    } catch (e) {
      problem(r, `connect failed: ${(e as Error).message}`);
    }
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(params.connectConcurrency, live.length) }, async () => {
      while (next < live.length) await connectOne(live[next++]);
    }),
  );

  // ------------------------------------------------------------------ 2. stream (the window)
  const stream = async (l: Live, start: number) => {
    const { session, report: r } = l;
    if (!session) return;
    const firstFrame = r.index % framesPerSource;
    for (let k = 0; k < framesPerSession; k++) {
      const due = start + (k + 1) * params.chunkMs;
      const wait = due - performance.now();
      if (wait > 0) await sleep(Math.ceil(wait));
      const lateMs = performance.now() - due;
      recordUs(late, lateMs * 1000);
      if (lateMs > params.chunkMs) framesLate++;
      const at = ((firstFrame + k) % framesPerSource) * frameSamples;
      const frame = SOURCE.subarray(at, at + frameSamples);
      try {
        await session.sendAudio(frame);
        r.framesSent++;
        r.bytesSent += frame.byteLength;
      } catch (e) {
        r.sendErrors++;
        problem(r, `sendAudio rejected: ${(e as Error).message}`);
        if (session.state !== "connected") return;
      }
    }
  };
  meter.start();
  send({ kind: "window", edge: "start" });
  const t0 = performance.now();
  await Promise.all(live.map((l, i) => stream(l, t0 + (i / live.length) * params.chunkMs)));
  meter.end();
  send({ kind: "window", edge: "end" });
  const framesInWindow = live.reduce((n, l) => n + l.report.framesSent, 0);

  // ------------------------------------------------------------------ 3. barrier
  await Promise.all(
    live.map(async ({ session, report: r }) => {
      if (!session || session.state !== "connected") return;
      try {
        const cleared = session.waitFor("input_audio_buffer.cleared", { timeoutInMs: BARRIER_TIMEOUT_MS });
        cleared.catch(() => {});
        await session.clearAudio();
        await cleared;
        r.synced = true;
      } catch (e) {
        problem(r, `barrier failed: ${(e as Error).message}`);
      }
    }),
  );
  const figures = meter.figures()!;

  // ------------------------------------------------------------------ 4. report, close on request
  send({ kind: "streamed", sessions: live.map((l) => l.report), warmUp: warm });
  await new Promise<void>((resolve) => {
    const on = (m: ParentMessage) => {
      if (m.cmd !== "close") return;
      process.off("message", on);
      resolve();
    };
    process.on("message", on);
  });
  let closeErrors = 0;
  const c0 = performance.now();
  await Promise.all(
    live.map(async (l) => {
      l.closingByUs = true;
      try {
        await l.session?.close();
      } catch (e) {
        closeErrors++;
        problem(l.report, `close failed: ${(e as Error).message}`);
      }
    }),
  );
  const closeMs = performance.now() - c0;

  const connects = live
    .map((l) => l.report.connectMs)
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  const result: ClientResult = {
    sessions: live.map((l) => l.report),
    figures,
    sendLateP50Us: late.count ? late.percentile(50) : NaN,
    sendLateP99Us: late.count ? late.percentile(99) : NaN,
    sendLateMaxUs: late.count ? late.max : NaN,
    framesLate,
    framesInWindow,
    connectP50Ms: percentile(connects, 50),
    connectP99Ms: percentile(connects, 99),
    connectMaxMs: connects.length ? connects[connects.length - 1] : NaN,
    closeMs,
    closeErrors,
    nodeVersion: process.version,
  };
  send({ kind: "result", result });
}

let finished = false;
// The orchestrator went away: nobody to report to.
process.on("disconnect", () => finished || process.exit(1));
main().then(
  () => {
    finished = true;
    process.disconnect();
  },
  (e: unknown) => {
    finished = true;
    send({ kind: "failed", error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.exitCode = 1;
    process.disconnect();
  },
);
