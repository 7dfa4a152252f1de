/**
 * `npm run load`: N concurrent sessions of this SDK, each streaming real-time audio to the local
 * emulator, with an end-to-end check that no frame was lost, and the client's cost per session.
 *
 *   npm run load                                  # 200 sessions × 60 s, 20 ms frames
 *   npm run load -- --sessions 20 --seconds 5 --chunk-ms 100
 *
 * Three processes: this one (the orchestrator, under tsx), the emulator child and the client child
 * (both plain `node --expose-gc` on JS compiled here from src/ and generated/, as an application
 * runs the SDK; see README.md). It prints a table, writes load-results.json and exits 0 only when
 * no frame was lost and nothing failed.
 */
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import type { EmulatorStats } from "../../src/emulator/index.js";
import type { ChildMessage, ClientParams, ClientResult, EmulatorParams, ParentMessage, ProcessFigures, SessionReport } from "./protocol.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CACHE = path.join(ROOT, "node_modules/.cache/ai-voicelive-load");
const API_KEY = "load-test-key";
const MODEL = "gpt-realtime";

// ------------------------------------------------------------------------------------------ options

interface Options {
  sessions: number;
  seconds: number;
  chunkMs: number;
  connectConcurrency: number;
  out: string;
  pin: boolean;
  realtimePacing: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { sessions: 200, seconds: 60, chunkMs: 20, connectConcurrency: 20, out: path.join(ROOT, "load-results.json"), pin: false, realtimePacing: false };
  const num = (v: string | undefined, name: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case "--sessions":
        o.sessions = Math.round(num(argv[++i], a));
        break;
      case "--seconds":
        o.seconds = num(argv[++i], a);
        break;
      case "--chunk-ms":
        o.chunkMs = num(argv[++i], a);
        break;
      case "--connect-concurrency":
        o.connectConcurrency = Math.round(num(argv[++i], a));
        break;
      case "--out":
        o.out = path.resolve(argv[++i]);
        break;
      case "--pin":
        o.pin = true;
        break;
      case "--pace":
        o.realtimePacing = true;
        break;
      case "--help":
      case "-h":
        console.log(
          "npm run load [-- --sessions N (200)] [--seconds S (60)] [--chunk-ms 20|100 (20)] [--connect-concurrency N (20)]\n" +
            "             [--out FILE (load-results.json)] [--pin (emulator on CPU 0, client on CPU 1)] [--pace (the emulator's realtimePacing)]",
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  if (![10, 20, 40, 50, 100, 200].includes(o.chunkMs)) throw new Error("--chunk-ms must divide one second into whole 24 kHz frames: 10, 20, 40, 50, 100 or 200");
  return o;
}

// ------------------------------------------------------------------------------------------ build

/**
 * Compiles src/ (without the command) and generated/ to plain JS in CACHE/sdk, and the children in
 * CACHE/harness, with TypeScript's transpileModule (the sources are `isolatedModules`; the type
 * check is `npm run typecheck`). Not tsx: it compiles with esbuild's keepNames, which gives every
 * closure a property dictionary, so per-session memory would be higher than in an application
 * (see scripts/bench/README.md), and its loader thread would run in the measured processes.
 */
function compile(): void {
  const t0 = performance.now();
  fs.rmSync(CACHE, { recursive: true, force: true });
  const emit = (fromDir: string, toDir: string, skip: (rel: string) => boolean) => {
    for (const rel of fs.readdirSync(fromDir, { recursive: true, encoding: "utf8" })) {
      if (!rel.endsWith(".ts") || rel.endsWith(".d.ts") || skip(rel)) continue;
      const out = ts.transpileModule(fs.readFileSync(path.join(fromDir, rel), "utf8"), {
        fileName: rel,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      });
      const target = path.join(toDir, rel.replace(/\.ts$/, ".js"));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, out.outputText);
    }
  };
  emit(path.join(ROOT, "src"), path.join(CACHE, "sdk/src"), (rel) => rel.startsWith(`cli${path.sep}`));
  emit(path.join(ROOT, "generated"), path.join(CACHE, "sdk/generated"), () => false);
  emit(path.join(ROOT, "scripts/load"), path.join(CACHE, "harness"), (rel) => rel === "run.ts");
  fs.writeFileSync(path.join(CACHE, "package.json"), '{ "type": "module" }\n');
  console.log(`compiled src/, generated/ and the children to ${path.relative(ROOT, CACHE)}/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ------------------------------------------------------------------------------------------ children

let pinning = false;

/** Linux's CPU pressure (PSI): the % of the last 60 s in which some task waited for a CPU; undefined elsewhere. */
function cpuPressure(): number | undefined {
  try {
    const m = /^some .*avg60=([\d.]+)/m.exec(fs.readFileSync("/proc/pressure/cpu", "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function machineLoad(): string {
  const psi = cpuPressure();
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} on ${os.availableParallelism()} CPUs${psi === undefined ? "" : `, CPU pressure ${psi.toFixed(0)} % (some, avg60)`}`;
}

/** Pins every thread of a process to one CPU (taskset), when pinning is on. */
function pin(child: ChildProcess, cpu: number): void {
  if (!pinning || child.pid === undefined) return;
  const r = spawnSync("taskset", ["-a", "-p", "-c", String(cpu), String(child.pid)], { stdio: "ignore" });
  if (r.status !== 0) throw new Error("taskset failed: run without --pin");
}

function forkChild(file: string, arg: unknown): ChildProcess {
  return fork(path.join(CACHE, "harness", file), [JSON.stringify(arg)], { execArgv: ["--expose-gc"], cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

function tell(child: ChildProcess, m: ParentMessage): void {
  if (child.connected) child.send(m);
}

/** The next message of a kind from a child; rejects if the child exits first or after `timeoutMs`. */
function nextMessage<K extends ChildMessage["kind"]>(child: ChildProcess, kind: K, timeoutMs: number): Promise<Extract<ChildMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off("message", on);
      child.off("exit", onExit);
    };
    const on = (m: ChildMessage) => {
      if (m.kind === "failed") {
        done();
        reject(new Error(`the child failed: ${m.error}`));
      } else if (m.kind === kind) {
        done();
        resolve(m as Extract<ChildMessage, { kind: K }>);
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      reject(new Error(`the child exited (${code ?? signal}) before sending ${kind}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${kind} from the child within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on("message", on);
    child.once("exit", onExit);
  });
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function emulatorStats(emulator: ChildProcess, figures = false): Promise<{ stats: EmulatorStats; figures?: ProcessFigures }> {
  const reply = nextMessage(emulator, "stats", 10_000);
  tell(emulator, { cmd: "stats", figures });
  const m = await reply;
  return { stats: m.stats as EmulatorStats, figures: m.figures };
}

// ------------------------------------------------------------------------------------------ the check

interface Check {
  framesPlanned: number;
  framesSent: number;
  framesReceived: number;
  framesLost: number;
  bytesSent: number;
  bytesReceived: number;
  /** Sessions whose emulator counters differ from what the client sent (more frames, or other bytes). */
  mismatchedSessions: number;
  connectFailures: number;
  sendErrors: number;
  serverErrors: number;
  sdkErrors: number;
  unexpectedCloses: number;
  notSynced: number;
  /** `error` events the emulator counted (its side of serverErrors). */
  emulatorErrorsSent: number;
  problems: string[];
}

/**
 * Compares each session's frames and bytes sent with the emulator's counters for its session id,
 * taken after the barrier (so the emulator had handled every frame sent). A frame is lost when the
 * emulator did not take it into the session's input buffer, whatever the reason: never sent,
 * rejected, dropped, or the session never connected.
 */
function check(reports: SessionReport[], stats: EmulatorStats): Check {
  const byId = new Map(stats.sessions.map((s) => [s.id, s]));
  const c: Check = {
    framesPlanned: 0,
    framesSent: 0,
    framesReceived: 0,
    framesLost: 0,
    bytesSent: 0,
    bytesReceived: 0,
    mismatchedSessions: 0,
    connectFailures: 0,
    sendErrors: 0,
    serverErrors: 0,
    sdkErrors: 0,
    unexpectedCloses: 0,
    notSynced: 0,
    emulatorErrorsSent: 0,
    problems: [],
  };
  for (const r of reports) {
    const s = r.id === undefined ? undefined : byId.get(r.id);
    const received = s?.audioAppends ?? 0;
    c.framesPlanned += r.framesPlanned;
    c.framesSent += r.framesSent;
    c.framesReceived += received;
    c.framesLost += Math.max(0, r.framesPlanned - received);
    c.bytesSent += r.bytesSent;
    c.bytesReceived += s?.audioBytes ?? 0;
    c.emulatorErrorsSent += s?.errorsSent ?? 0;
    if (!r.connected) c.connectFailures++;
    c.sendErrors += r.sendErrors;
    c.serverErrors += r.serverErrors;
    c.sdkErrors += r.sdkErrors;
    if (r.unexpectedClose) c.unexpectedCloses++;
    if (r.connected && !r.synced) c.notSynced++;
    const what: string[] = [];
    if (r.connected && !s) what.push(`the emulator has no session ${r.id}`);
    if (s && (s.audioAppends !== r.framesSent || s.audioBytes !== r.bytesSent)) {
      c.mismatchedSessions++;
      what.push(`sent ${r.framesSent} frames / ${r.bytesSent} bytes, the emulator got ${s.audioAppends} / ${s.audioBytes}`);
    }
    if (received < r.framesPlanned) what.push(`${r.framesPlanned - received} of ${r.framesPlanned} frames lost`);
    if (r.firstProblem) what.push(r.firstProblem);
    if (what.length) c.problems.push(`session ${r.index} (${r.id ?? "not connected"}): ${what.join("; ")}`);
  }
  return c;
}

// ------------------------------------------------------------------------------------------ report

const MB = 1024 * 1024;
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "n/a");

interface Derived {
  cpuPercentOfCore: number;
  cpuUsPerFrame: number;
  loopLagP50Ms: number;
  loopLagP99Ms: number;
  loopLagMaxMs: number;
  baselineRssMB: number;
  peakRssMB: number;
  rssPerSessionKB: number;
  heapPerSessionKB: number;
  peakHeapPerSessionKB: number;
}

function derive(f: ProcessFigures, sessions: number, frames: number): Derived {
  return {
    cpuPercentOfCore: f.cpuPercentOfCore,
    cpuUsPerFrame: frames ? f.cpuUs / frames : NaN,
    loopLagP50Ms: f.loopLagP50Ms,
    loopLagP99Ms: f.loopLagP99Ms,
    loopLagMaxMs: f.loopLagMaxMs,
    baselineRssMB: f.baselineRss / MB,
    peakRssMB: f.peakRss / MB,
    rssPerSessionKB: (f.peakRss - f.baselineRss) / sessions / 1024,
    heapPerSessionKB: (f.heapAfterWindow - f.baselineHeap) / sessions / 1024,
    peakHeapPerSessionKB: (f.peakHeap - f.baselineHeap) / sessions / 1024,
  };
}

function table(rows: [string, string, string?][]): string {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `  ${a.padEnd(w0)}  ${c === undefined ? b : `${b.padStart(w1)}  ${c}`}`.trimEnd()).join("\n");
}

// ------------------------------------------------------------------------------------------ main

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  pinning = o.pin && os.availableParallelism() >= 2 && spawnSync("taskset", ["-V"], { stdio: "ignore" }).status === 0;
  if (o.pin && !pinning) console.log("--pin needs 2+ CPUs and taskset: not pinned");
  const loadBefore = machineLoad();
  compile();
  const sdk = path.join(CACHE, "sdk");
  const started = new Date();
  const t0 = performance.now();

  const emulator = forkChild("emulator.js", { sdk, apiKey: API_KEY, realtimePacing: o.realtimePacing } satisfies EmulatorParams);
  let client: ChildProcess | undefined;
  // Whatever happens, no child outlives this process.
  const killAll = () => {
    for (const c of [client, emulator]) if (c && c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  };
  process.once("exit", killAll);
  try {
    pin(emulator, 0);
    const { url } = await nextMessage(emulator, "ready", 30_000);
    console.log(
      `load: ${o.sessions} sessions × ${o.seconds} s of 24 kHz PCM16 in ${o.chunkMs} ms frames against the emulator at ${url}` +
        `${pinning ? " (emulator on CPU 0, client on CPU 1)" : ""}\n  machine: ${loadBefore}`,
    );

    client = forkChild("client.js", {
      sdk,
      url,
      apiKey: API_KEY,
      model: MODEL,
      sessions: o.sessions,
      seconds: o.seconds,
      chunkMs: o.chunkMs,
      connectConcurrency: o.connectConcurrency,
    } satisfies ClientParams);
    pin(client, 1);
    const c = client;
    // The window's edges go to the emulator as they happen, so both processes measure the same span.
    c.on("message", (m: ChildMessage) => {
      if (m.kind === "window") {
        tell(emulator, { cmd: "window", edge: m.edge });
        if (m.edge === "baseline") return;
        console.log(m.edge === "start" ? `  ${o.sessions} sessions connected; streaming ${o.seconds} s ...` : "  streaming done; checking the frames with the emulator ...");
      }
    });

    const streamed = await nextMessage(c, "streamed", (o.seconds + 30) * 1000 + o.sessions * 500);
    const atBarrier = await emulatorStats(emulator);
    const result = check(streamed.sessions, atBarrier.stats);
    const resultMessage = nextMessage(c, "result", 60_000);
    tell(c, { cmd: "close" });
    const clientResult: ClientResult = (await resultMessage).result;
    if (!(await exited(c, 10_000))) {
      result.problems.push("the client child did not exit within 10 s of its result: killed");
      c.kill("SIGKILL");
    }

    // After the closes: the emulator saw every session end, and its totals agree.
    let final = await emulatorStats(emulator, true);
    for (let i = 0; i < 50 && final.stats.sessionsClosed < final.stats.sessionsOpened; i++) {
      await new Promise((r) => setTimeout(r, 100));
      final = await emulatorStats(emulator, true);
    }
    tell(emulator, { cmd: "stop" });
    if (!(await exited(emulator, 10_000))) {
      result.problems.push("the emulator child did not stop within 10 s: killed");
      emulator.kill("SIGKILL");
    }
    // The totals include the client's warm-up session.
    const connected = streamed.sessions.filter((s) => s.connected).length;
    const fs0 = final.stats;
    const { warmUp } = streamed;
    if (fs0.sessionsOpened !== connected + 1) result.problems.push(`the emulator opened ${fs0.sessionsOpened} sessions, the client connected ${connected} (+ 1 warm-up)`);
    if (fs0.sessionsClosed !== fs0.sessionsOpened) result.problems.push(`the emulator saw ${fs0.sessionsClosed} of ${fs0.sessionsOpened} sessions close`);
    if (fs0.totals.audioAppends !== result.framesSent + warmUp.frames || fs0.totals.audioBytes !== result.bytesSent + warmUp.bytes) {
      result.problems.push(
        `the emulator's totals (${fs0.totals.audioAppends} appends, ${fs0.totals.audioBytes} bytes) differ from what was sent (${result.framesSent + warmUp.frames}, ${result.bytesSent + warmUp.bytes}, warm-up included)`,
      );
    }
    if (fs0.totals.errorsSent !== 0) result.problems.push(`the emulator sent ${fs0.totals.errorsSent} error events`);
    if (clientResult.closeErrors) result.problems.push(`${clientResult.closeErrors} closes failed`);

    const ok =
      result.framesLost === 0 &&
      result.mismatchedSessions === 0 &&
      result.connectFailures === 0 &&
      result.sendErrors === 0 &&
      result.serverErrors === 0 &&
      result.sdkErrors === 0 &&
      result.unexpectedCloses === 0 &&
      result.notSynced === 0 &&
      result.problems.length === 0;

    const cf = derive(clientResult.figures, o.sessions, clientResult.framesInWindow);
    const ef = final.figures ? derive(final.figures, o.sessions, clientResult.framesInWindow) : undefined;
    const e = (pick: (d: Derived) => string) => (ef ? pick(ef) : "n/a");
    const framesPerSession = Math.round((o.seconds * 1000) / o.chunkMs);
    const lines: [string, string, string?][] = [
      ["sessions connected", `${connected} / ${o.sessions}`],
      ["duration", `${o.seconds} s per session, ${o.chunkMs} ms frames (${framesPerSession} per session); window ${f2(clientResult.figures.windowMs / 1000)} s`],
      ["frames sent", int(result.framesSent)],
      ["frames received by the emulator", int(result.framesReceived)],
      ["frames lost", `${int(result.framesLost)}${result.framesLost === 0 ? "" : "   <-- must be 0"}`],
      ["bytes sent / received", `${int(result.bytesSent)} / ${int(result.bytesReceived)}`],
      ["send errors (sendAudio rejected)", int(result.sendErrors)],
      ["connect failures / server errors / SDK errors", `${result.connectFailures} / ${result.serverErrors} / ${result.sdkErrors}`],
      ["unexpected closes", int(result.unexpectedCloses)],
      ["frames sent > 1 frame late", `${int(clientResult.framesLate)}; send start after due time p50 ${f2(clientResult.sendLateP50Us / 1000)} / p99 ${f2(clientResult.sendLateP99Us / 1000)} / max ${f1(clientResult.sendLateMaxUs / 1000)} ms`],
      ["connect (to session.updated), ms", `p50 ${f1(clientResult.connectP50Ms)} / p99 ${f1(clientResult.connectP99Ms)} / max ${f1(clientResult.connectMaxMs)} (${o.connectConcurrency} at a time)`],
    ];
    const perProcess: [string, string, string][] = [
      ["", "client", "emulator (for information)"],
      ["CPU user+system, % of one core", f1(cf.cpuPercentOfCore), e((d) => f1(d.cpuPercentOfCore))],
      ["CPU µs per frame", f1(cf.cpuUsPerFrame), e((d) => f1(d.cpuUsPerFrame))],
      ["event-loop lag p50 / p99 / max, ms", `${f1(cf.loopLagP50Ms)} / ${f1(cf.loopLagP99Ms)} / ${f1(cf.loopLagMaxMs)}`, e((d) => `${f1(d.loopLagP50Ms)} / ${f1(d.loopLagP99Ms)} / ${f1(d.loopLagMaxMs)}`)],
      ["RSS baseline → peak, MB", `${f1(cf.baselineRssMB)} → ${f1(cf.peakRssMB)}`, e((d) => `${f1(d.baselineRssMB)} → ${f1(d.peakRssMB)}`)],
      ["RSS per session (peak − baseline) / N, KB", f1(cf.rssPerSessionKB), e((d) => f1(d.rssPerSessionKB))],
      ["heap per session after the window (GC'd), KB", f1(cf.heapPerSessionKB), e((d) => f1(d.heapPerSessionKB))],
      ["peak heap per session while streaming, KB", f1(cf.peakHeapPerSessionKB), e((d) => f1(d.peakHeapPerSessionKB))],
    ];
    console.log(`\n${table(lines)}\n\n${table(perProcess)}`);
    if (ef && ef.cpuPercentOfCore > 85) {
      console.log(`\n  note: the emulator was busy ${f1(ef.cpuPercentOfCore)} % of its core: it, not the client, is near the limit of this run.`);
    }
    if (result.problems.length) {
      console.log(`\n  problems (${result.problems.length}):`);
      for (const p of result.problems.slice(0, 20)) console.log(`    ${p}`);
      if (result.problems.length > 20) console.log(`    ... and ${result.problems.length - 20} more (see ${path.relative(ROOT, o.out)})`);
    }
    const loadAfter = machineLoad();
    console.log(`\n  machine after the run: ${loadAfter}`);
    console.log(`\n  ${ok ? "OK: no frame lost, no error" : "FAILED"}   (${f1((performance.now() - t0) / 1000)} s in all; wrote ${path.relative(ROOT, o.out)})`);

    const json = {
      ok,
      started: started.toISOString(),
      options: { ...o, out: undefined },
      machine: { before: loadBefore, after: loadAfter, cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model, totalMemoryMB: Math.round(os.totalmem() / MB), node: process.version, platform: `${os.type()} ${os.release()}`, pinned: pinning },
      check: result,
      client: { ...cf, ...clientResult, sessions: undefined },
      emulator: { ...ef, figures: final.figures, statsAtBarrier: { ...atBarrier.stats, sessions: undefined }, statsAtEnd: { ...final.stats, sessions: undefined } },
      sessions: clientResult.sessions.map((r) => {
        const s = atBarrier.stats.sessions.find((x) => x.id === r.id);
        return { ...r, emulatorAppends: s?.audioAppends, emulatorBytes: s?.audioBytes, emulatorFrames: s?.framesReceived };
      }),
    };
    fs.writeFileSync(o.out, `${JSON.stringify(json, null, 2)}\n`);
    return ok ? 0 : 1;
  } finally {
    killAll();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`load: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
