/**
 * A client child: one peer, one scenario, once, in a fresh process (forked by run.ts with
 * `node --expose-gc`, from the plain-JS copy of the harness that run.ts compiles into
 * .bench-harness/). The request is argv[2] as JSON; the result goes back over IPC.
 * CPU is `process.cpuUsage()` of this process only, taken around the measured part.
 */
import { PerformanceObserver, performance } from "node:perf_hooks";
import path from "node:path";
import v8 from "node:v8";
import { loadWireValidation } from "./sdk.js";
import { API_VERSION, CHUNK_BYTES, audioChunks, clientMix, committedItemId, floodComposition } from "./scenarios.js";
import { App, type ChildRequest, type ChildResult, type Endpoint, type Peer, type PeerName, type PeerSession, type ScenarioParams } from "./types.js";

/** The measured part, in µs of the monotonic clock (the time base of --cpu-prof), so that a profile can be cut to it. */
const profileWindow: { start?: number; end?: number } = {};
const clockUs = () => Number(process.hrtime.bigint() / 1000n);
function markStart(): void {
  profileWindow.start ??= clockUs();
}
function markEnd(): void {
  profileWindow.end = clockUs();
}

const cpuMicros = (u: NodeJS.CpuUsage) => u.user + u.system;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function loadPeer(name: PeerName, endpoint: Endpoint): Promise<Peer> {
  switch (name) {
    case "bare":
      return (await import("./peers/bare.js")).createPeer(endpoint);
    case "ours":
      return (await import("./peers/ours.js")).createPeer(endpoint);
    case "official":
      return (await import("./peers/official.js")).createPeer(endpoint);
  }
}

/** Sums GC pause time while it is on. */
function gcTimer(): { stop(): { gcMs: number; gcs: number } } {
  let gcMs = 0;
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcs++;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    stop() {
      observer.disconnect();
      return { gcMs, gcs };
    },
  };
}

function checkFlood(app: App, events: number): string | undefined {
  const expected = floodComposition(events);
  for (const [kind, n] of Object.entries(expected)) {
    const got = app.counts[kind as keyof typeof expected];
    if (got !== n) return `the handlers saw ${got} ${kind} events, expected ${n}`;
  }
  if (app.audioBytes !== expected.audio * CHUNK_BYTES) return `the handlers got ${app.audioBytes} audio bytes, expected ${expected.audio * CHUNK_BYTES}`;
  if (app.errors.length) return `errors: ${app.errors.join("; ")}`;
  return undefined;
}

/** The flood: events/s from the first to the last event at the handlers, CPU µs per event. */
async function inbound(peer: Peer, p: ScenarioParams): Promise<ChildResult> {
  const app = new App();
  const session = await peer.open(app);
  app.resetCounts();
  const done = app.expectFlood(p.floodEvents);
  const gc = gcTimer();
  markStart();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await session.createResponse();
  await done;
  markEnd();
  const cpu = cpuMicros(app.cpuAtLast) - cpuMicros(cpu0);
  const gcStats = gc.stop();
  // Let the handlers of the last event finish before checking what they saw.
  await sleep(10);
  const problem = checkFlood(app, p.floodEvents);
  await session.close();
  if (problem) return { ok: false, error: problem, metrics: {} };
  const seconds = (app.lastAt - app.firstAt) / 1000;
  return {
    ok: true,
    metrics: { eventsPerSec: (p.floodEvents - 1) / seconds, cpuUsPerEvent: cpu / p.floodEvents },
    details: { floodMs: app.lastAt - app.firstAt, firstEventAfterMs: app.firstAt - t0, cpuMs: cpu / 1000, ...gcStats, heapUsedAfter: process.memoryUsage().heapUsed },
  };
}

/**
 * Sends all chunks with at most `window` sends in flight (window 1: await each send). A send that
 * returns nothing (the bare floor) is never awaited, not even for a microtask.
 */
async function sendAll(session: PeerSession, chunks: Int16Array[], window: number): Promise<void> {
  const pending: (Promise<void> | void)[] = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) {
    if (i >= window) {
      const earlier = pending[i - window];
      if (earlier) await earlier;
    }
    pending[i] = session.sendAudio(chunks[i]);
  }
  await Promise.all(pending.slice(Math.max(0, chunks.length - window)));
}

/**
 * Bursts of appends of 100 ms PCM16: MB/s of raw PCM until the server confirms it has all of them,
 * CPU µs per append. The first `warmupBursts` are not measured: the cost per append falls by half
 * over the first ~4,000 appends (JIT, and V8 growing its young generation), for every peer alike;
 * the first burst is reported apart as the cold cost.
 */
async function outbound(peer: Peer, p: ScenarioParams, window = p.window): Promise<ChildResult> {
  const app = new App();
  const session = await peer.open(app);
  const chunks = audioChunks(p.appends);
  const expectedItem = committedItemId(p.appends, p.appends * CHUNK_BYTES);
  const burst = async () => {
    const gc = gcTimer();
    const confirmed = app.nextCommitted();
    const faults0 = process.resourceUsage().minorPageFault;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await sendAll(session, chunks, window);
    await session.commitAudio();
    const itemId = await confirmed;
    const t1 = performance.now();
    const usage = process.cpuUsage(cpu0);
    const cpu = cpuMicros(usage);
    // Memory touched for the first time (a young generation V8 has just grown, say) costs page faults, in system time.
    const pageFaults = process.resourceUsage().minorPageFault - faults0;
    const gcStats = gc.stop();
    if (itemId !== expectedItem) throw new Error(`the server confirmed ${itemId}, expected ${expectedItem}`);
    return { mbPerSec: (p.appends * CHUNK_BYTES) / 1e6 / ((t1 - t0) / 1000), cpuUsPerAppend: cpu / p.appends, systemUsPerAppend: usage.system / p.appends, pageFaults, ms: t1 - t0, ...gcStats };
  };
  const warmups = [];
  for (let b = 0; b < p.warmupBursts; b++) warmups.push(await burst());
  const bursts = [];
  markStart();
  for (let b = 0; b < p.bursts; b++) bursts.push(await burst());
  markEnd();
  await session.close();
  if (app.errors.length) return { ok: false, error: app.errors.join("; "), metrics: {} };
  return {
    ok: true,
    metrics: {
      mbPerSec: median(bursts.map((b) => b.mbPerSec)),
      cpuUsPerAppend: median(bursts.map((b) => b.cpuUsPerAppend)),
      // The first burst of a fresh process and a fresh session: what a real session (~10 appends/s) pays, whose code is rarely warm.
      ...(warmups.length ? { cpuUsPerAppendCold: warmups[0].cpuUsPerAppend, mbPerSecCold: warmups[0].mbPerSec, systemUsPerAppendCold: warmups[0].systemUsPerAppend, pageFaultsCold: warmups[0].pageFaults } : {}),
    },
    details: { warmups, bursts, window },
  };
}

/**
 * Time from starting a session to `session.created` at the application, median of `connects`; and apart,
 * the process's first connect, which pays for what a peer loads only then (this SDK: `ws`, the
 * logger, the validators), where bare `ws` paid at import.
 */
async function connect(peer: Peer, p: ScenarioParams): Promise<ChildResult> {
  const app = new App();
  const first0 = performance.now();
  await (await peer.open(app)).close();
  const firstConnectMs = performance.now() - first0;
  const times: number[] = [];
  const cpus: number[] = [];
  markStart();
  for (let i = 0; i < p.connects; i++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const session = await peer.open(app);
    cpus.push(cpuMicros(process.cpuUsage(cpu0)));
    times.push(performance.now() - t0);
    await session.close();
  }
  markEnd();
  if (app.errors.length) return { ok: false, error: app.errors.join("; "), metrics: {} };
  return {
    ok: true,
    metrics: { connectMs: median(times), firstConnectMs },
    details: { times, cpuUsPerConnect: median(cpus), min: Math.min(...times), max: Math.max(...times) },
  };
}

/** Bytes used in V8's code spaces (compiled code counts in heapUsed). */
function codeSpace(): number {
  return v8.getHeapSpaceStatistics()
    .filter((s) => s.space_name.includes("code"))
    .reduce((n, s) => n + s.space_used_size, 0);
}

async function fullGc(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  for (let i = 0; i < 4; i++) {
    gc();
    await sleep(20);
  }
}

/** `idleSessions` connected, subscribed, idle sessions: heapUsed per session after a full GC. */
async function idle(peer: Peer, p: ScenarioParams): Promise<ChildResult> {
  const app = new App();
  const batch = 20;
  const openMany = async (count: number) => {
    const sessions: PeerSession[] = [];
    for (let i = 0; i < count; i += batch) {
      const n = Math.min(batch, count - i);
      sessions.push(...(await Promise.all(Array.from({ length: n }, () => peer.open(app)))));
    }
    return sessions;
  };
  // Warm-up: open and close as many sessions the same way first, so that the code V8 compiles for it (which
  // counts in heapUsed) and lazily made module state are in the baseline, not in the sessions.
  const warm = await openMany(p.idleSessions);
  await Promise.all(warm.map((s) => s.close()));
  await sleep(50);
  await fullGc();
  const snapshots = process.env.BENCH_HEAP_SNAPSHOT_DIR;
  if (snapshots) v8.writeHeapSnapshot(path.join(snapshots, "before.heapsnapshot"));
  if (snapshots) await fullGc();
  const before = process.memoryUsage();
  const codeBefore = codeSpace();
  markStart();
  const sessions = await openMany(p.idleSessions);
  markEnd();
  await sleep(200);
  await fullGc();
  const after = process.memoryUsage();
  const codeAfter = codeSpace();
  if (snapshots) v8.writeHeapSnapshot(path.join(snapshots, "after.heapsnapshot"));
  const created = app.counts.sessionCreated;
  await Promise.all(sessions.map((s) => s.close()));
  if (created !== 2 * p.idleSessions) return { ok: false, error: `${created} session.created seen, expected ${2 * p.idleSessions}`, metrics: {} };
  const per = (k: keyof NodeJS.MemoryUsage) => (after[k] - before[k]) / p.idleSessions;
  return {
    ok: true,
    metrics: { heapPerSessionBytes: per("heapUsed") },
    details: {
      externalPerSessionBytes: per("external"),
      rssPerSessionBytes: per("rss"),
      codeSpacePerSessionBytes: (codeAfter - codeBefore) / p.idleSessions,
      heapWithoutCodePerSessionBytes: (after.heapUsed - before.heapUsed - (codeAfter - codeBefore)) / p.idleSessions,
      heapUsedBefore: before.heapUsed,
      heapUsedAfter: after.heapUsed,
    },
  };
}

/**
 * Validation alone, this SDK only: `validateWireEvent(frame, "client", "2026-07-15")` (from dist/,
 * after loading the version's validators as a session does when it connects)
 * over the typical outgoing mix, in batches; ns per event is the median over batches. The raw
 * generated validator is timed too, and each event type alone.
 */
async function validation(): Promise<ChildResult> {
  const { validateWireEvent, rawValidateClientEvent } = await loadWireValidation(API_VERSION);
  const mix = clientMix();
  const frames = mix.map((m) => m.frame);
  for (const f of frames) {
    const issues = validateWireEvent(f, "client", API_VERSION);
    if (issues.length) return { ok: false, error: `a frame of the mix is invalid: ${issues[0].message}`, metrics: {} };
  }
  const time = (list: unknown[], validate: (f: unknown) => unknown, batches = 15, perBatch = 20_000, warmup = perBatch): number => {
    for (let i = 0; i < warmup; i++) validate(list[i % list.length]);
    const ns: number[] = [];
    for (let b = 0; b < batches; b++) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < perBatch; i++) validate(list[i % list.length]);
      ns.push(Number(process.hrtime.bigint() - t0) / perBatch);
    }
    return median(ns);
  };
  const wire = (f: unknown) => validateWireEvent(f, "client", API_VERSION);
  // A long warm-up first: the validators are large functions, and V8 optimizes them only after a while.
  markStart();
  const nsPerEvent = time(frames, wire, 15, 20_000, 400_000);
  markEnd();
  const byType: Record<string, number> = {};
  for (const type of [...new Set(mix.map((m) => m.type))]) {
    byType[type] = time(
      mix.filter((m) => m.type === type).map((m) => m.frame),
      wire,
      7,
      5_000,
    );
  }
  return {
    ok: true,
    metrics: { nsPerEvent },
    details: { rawValidatorNsPerEvent: time(frames, rawValidateClientEvent), byType, mix: Object.fromEntries([...new Set(mix.map((m) => m.type))].map((t) => [t, mix.filter((m) => m.type === t).length])) },
  };
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? "{}") as ChildRequest;
  let result: ChildResult;
  try {
    if (request.scenario === "validation") {
      result = await validation();
    } else {
      const peer = await loadPeer(request.peer, request.endpoint);
      const run = { inbound, outbound, "outbound-nowait": (peer: Peer, p: ScenarioParams) => outbound(peer, p, p.appends), connect, idle }[request.scenario];
      result = await run(peer, request.params);
    }
  } catch (e) {
    result = { ok: false, error: (e as Error)?.stack ?? String(e), metrics: {} };
  }
  if (result.ok && profileWindow.start !== undefined) result.details = { ...result.details, profileWindowUs: [profileWindow.start, profileWindow.end] };
  if (process.send) process.send(result, () => process.exit(0));
  else {
    console.log(JSON.stringify(result));
    process.exit(0);
  }
}

void main();
