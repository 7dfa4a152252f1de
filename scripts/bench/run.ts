/**
 * `npm run bench`: the benchmark of this SDK against the floor (a bare `ws` client) and the official
 * `@azure/ai-voicelive` 1.1.0, on the same machine in the same run.
 *
 * It builds the SDK (dist/), checks the bench frames against the schema, forks the bench server,
 * then runs ROUNDS rounds; in each, every scenario runs once per peer, each in a fresh client child,
 * with the peers' order rotated from round to round. It prints medians over the rounds with their
 * min–max and each peer's ratio to bare, checks the issue's goals, and writes bench-results.json.
 *
 *   npm run bench                             # everything, 7 rounds
 *   npm run bench -- --rounds 3 --only inbound,outbound
 *   npm run bench -- --profile ours inbound   # one run of one peer and scenario under --cpu-prof
 *
 * See scripts/bench/README.md for what each scenario measures and why.
 */
import { fork, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { DIST_ENTRY, ROOT, loadWireValidation } from "./sdk.js";
import { API_KEY, API_VERSION, MODEL, clientMix, committed, errorEvent, floodFrames, sessionCreated, sessionUpdated } from "./scenarios.js";
import { CHILD_SCENARIOS, PEERS, PEER_LABELS, type ChildRequest, type ChildResult, type ChildScenario, type Endpoint, type PeerName, type Scenario, type ScenarioParams } from "./types.js";

const BENCH = path.join(ROOT, "scripts/bench");

// ------------------------------------------------------------------------------------------ options

interface Options {
  rounds: number;
  only: Scenario[];
  peers: PeerName[];
  build: boolean;
  out: string;
  imports: number;
  params: ScenarioParams;
  profile?: { peer: PeerName; scenario: Scenario };
  /** Pin the server to CPU 0 and the client children to CPU 1 (taskset), if the machine has 2+ CPUs and taskset. Default on; --no-pin. */
  pin: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    rounds: 7,
    only: ["inbound", "outbound", "outbound-nowait", "connect", "idle", "import", "validation"],
    peers: [...PEERS],
    build: true,
    pin: true,
    out: path.join(ROOT, "bench-results.json"),
    imports: 5,
    params: { floodEvents: 20_000, appends: 600, window: 1, warmupBursts: 8, bursts: 5, connects: 20, idleSessions: 200 },
  };
  const num = (v: string | undefined, name: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case "--rounds":
        o.rounds = num(argv[++i], a);
        break;
      case "--only":
        o.only = argv[++i].split(",") as Scenario[];
        break;
      case "--peers":
        o.peers = argv[++i].split(",") as PeerName[];
        break;
      case "--pin":
        o.pin = true;
        break;
      case "--no-pin":
        o.pin = false;
        break;
      case "--no-build":
        o.build = false;
        break;
      case "--out":
        o.out = path.resolve(argv[++i]);
        break;
      case "--imports":
        o.imports = num(argv[++i], a);
        break;
      case "--events":
        o.params.floodEvents = num(argv[++i], a);
        break;
      case "--appends":
        o.params.appends = num(argv[++i], a);
        break;
      case "--warmup-bursts":
        o.params.warmupBursts = Number(argv[++i]);
        break;
      case "--bursts":
        o.params.bursts = num(argv[++i], a);
        break;
      case "--window":
        o.params.window = num(argv[++i], a);
        break;
      case "--connects":
        o.params.connects = num(argv[++i], a);
        break;
      case "--sessions":
        o.params.idleSessions = num(argv[++i], a);
        break;
      case "--profile":
        o.profile = { peer: argv[++i] as PeerName, scenario: argv[++i] as Scenario };
        break;
      case "--help":
      case "-h":
        console.log(
          "npm run bench [-- --rounds N] [--only inbound,outbound,outbound-nowait,connect,idle,import,validation] [--peers bare,ours,official]\n" +
            "              [--no-build] [--out FILE] [--events N] [--appends N] [--window N] [--warmup-bursts N] [--bursts N] [--connects N] [--sessions N] [--imports N]\n" +
            "npm run bench -- --profile <bare|ours|official> <inbound|outbound|outbound-nowait|connect|idle|import|validation>",
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  for (const s of o.only) if (![...CHILD_SCENARIOS, "import", "validation"].includes(s)) throw new Error(`unknown scenario ${s}`);
  for (const p of o.peers) if (!PEERS.includes(p)) throw new Error(`unknown peer ${p}`);
  if (o.profile) {
    if (!PEERS.includes(o.profile.peer) || ![...CHILD_SCENARIOS, "import", "validation"].includes(o.profile.scenario)) {
      throw new Error("--profile needs a peer (bare, ours, official) and a scenario (inbound, outbound, outbound-nowait, connect, idle, import, validation)");
    }
  }
  return o;
}

// ------------------------------------------------------------------------------------ preparation

/** CPU pinning (--pin, the default): the server on CPU 0, every client child on CPU 1 (cold imports are not pinned). */
const SERVER_CPU = 0;
const CLIENT_CPU = 1;
let pinning = false;

/** Pins every thread of a process to one CPU. Threads started later inherit it. */
function pin(pid: number | undefined, cpu: number): void {
  if (!pinning || pid === undefined) return;
  const r = spawnSync("taskset", ["-a", "-p", "-c", String(cpu), String(pid)], { stdio: "ignore" });
  if (r.status !== 0) throw new Error("taskset failed: run without --pin");
}

function build(): void {
  const t0 = performance.now();
  const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
  const r = spawnSync(process.execPath, [tsx, "scripts/build.ts"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("the build (npm run build) failed");
  console.log(`built dist/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** Every kind of frame the bench sends or receives must be valid for the schema: checked with this SDK's validator. */
async function checkFrames(floodEvents: number): Promise<void> {
  const { validateWireEvent } = await loadWireValidation(API_VERSION);
  const server = [
    sessionCreated("sess_1", "event_1"),
    sessionUpdated("sess_1", "event_2", { instructions: "Be brief." }),
    committed(600, 600 * 4800, "event_3"),
    errorEvent("x", "event_4"),
    ...floodFrames(Math.min(floodEvents, 100)),
  ];
  const client = clientMix().map((m) => m.frame);
  for (const [direction, frames] of [["server", server], ["client", client]] as const) {
    for (const f of frames) {
      const issues = validateWireEvent(f, direction, API_VERSION);
      if (issues.length) throw new Error(`a bench ${direction} frame is not valid for ${API_VERSION}: ${String(f.type)}: ${issues[0].message}`);
    }
  }
}

interface Server {
  endpoint: Endpoint;
  stats(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

async function startServer(floodEvents: number): Promise<Server> {
  const child = fork(path.join(HARNESS, "server.js"), [String(floodEvents)], { execArgv: [], cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  pin(child.pid, SERVER_CPU);
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m: { kind?: string; port?: number }) => (m.kind === "ready" && m.port ? resolve(m.port) : reject(new Error("the bench server did not start"))));
    child.once("exit", (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  const endpoint: Endpoint = {
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}/voice-live/realtime?api-version=${API_VERSION}&model=${MODEL}`,
    key: API_KEY,
  };
  return {
    endpoint,
    stats: () =>
      new Promise((resolve) => {
        const on = (m: { kind?: string; stats?: Record<string, number> }) => {
          if (m.kind !== "stats") return;
          child.off("message", on);
          resolve(m.stats ?? {});
        };
        child.on("message", on);
        child.send({ cmd: "stats" });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.send({ cmd: "stop" });
      }),
  };
}

/**
 * The harness of the child processes (client, server, peers), compiled to plain JS with TypeScript's
 * transpileModule into .bench-harness/ (git-ignored), and run with plain `node`.
 *
 * Not `node --import tsx`: tsx compiles with esbuild's keepNames, which wraps every named function
 * and arrow in `__name(fn, "...")`, an Object.defineProperty that gives each closure a 256-byte
 * property dictionary. The peers' handler closures would then weigh ~4.6 KB more per idle session
 * than they do in an application, and the tsx loader thread would run in every measured process.
 * The SDKs themselves are compiled JS either way (dist/, node_modules).
 */
// In the repository itself, not under node_modules: in a git worktree node_modules is often a symlink to
// another checkout's, and Node resolves the children's imports from their real path, so the harness
// would find that checkout's dist/ instead of this one's (and two worktrees would share one folder).
const HARNESS = path.join(ROOT, ".bench-harness");

function compileHarness(): void {
  fs.rmSync(HARNESS, { recursive: true, force: true });
  const files = fs.readdirSync(BENCH, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && f !== "run.ts");
  for (const rel of files) {
    const out = ts.transpileModule(fs.readFileSync(path.join(BENCH, rel), "utf8"), {
      fileName: rel,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    const target = path.join(HARNESS, rel.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, out.outputText);
  }
  fs.writeFileSync(path.join(HARNESS, "package.json"), '{ "type": "module" }\n');
}

// ------------------------------------------------------------------------------------ measurement

const CHILD_TIMEOUT_MS = 90_000;

/** Discarded bare inbound and outbound runs, so that the server's own JIT warm-up is never measured. */
async function warmUp(server: Server, o: Options): Promise<void> {
  for (const scenario of ["inbound", "inbound", "outbound"] as const) {
    const r = await runChild({ peer: "bare", scenario, endpoint: server.endpoint, params: { ...o.params, warmupBursts: 0, bursts: 1 } });
    if (!r.ok) throw new Error(`the warm-up (bare ${scenario}) failed: ${r.error}`);
  }
  await server.stats();
}

/** How busy the server was during the measured part (its CPU time / wall time): near 100 % would make it the bottleneck. */
function serverBusy(scenario: string, stats: Record<string, number>): number | undefined {
  if (scenario === "inbound" && stats.floodWallMs > 0) return stats.floodServerCpuMs / stats.floodWallMs;
  if (scenario.startsWith("outbound") && stats.appendWallMs > 0) return stats.appendServerCpuMs / stats.appendWallMs;
  return undefined;
}

/** Runs one client child and resolves with its result once it has exited (so the next starts on a quiet machine). */
function runChild(request: ChildRequest, extraExecArgv: string[] = [], env?: Record<string, string>): Promise<ChildResult> {
  return new Promise((resolve) => {
    let result: ChildResult | undefined;
    const child = fork(path.join(HARNESS, "client.js"), [JSON.stringify(request)], {
      // BENCH_CHILD_FLAGS: V8 flags for the measured children only (for example --trace-gc), to look into a result.
      execArgv: ["--expose-gc", ...(process.env.BENCH_CHILD_FLAGS?.split(/\s+/).filter(Boolean) ?? []), ...extraExecArgv],
      env: env ? { ...process.env, ...env } : process.env,
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    pin(child.pid, CLIENT_CPU);
    const timer = setTimeout(() => {
      result ??= { ok: false, error: `timed out after ${CHILD_TIMEOUT_MS / 1000} s`, metrics: {} };
      child.kill("SIGKILL");
    }, CHILD_TIMEOUT_MS);
    child.on("message", (m: ChildResult) => (result ??= m));
    child.on("error", (e) => (result ??= { ok: false, error: String(e), metrics: {} }));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(result ?? { ok: false, error: `the child exited (${code ?? signal}) without a result`, metrics: {} });
    });
  });
}

function importSpecifier(peer: PeerName): string {
  return peer === "bare" ? "ws" : peer === "ours" ? pathToFileURL(DIST_ENTRY).href : "@azure/ai-voicelive";
}

/** Time to import the package entry in a fresh plain `node` (no tsx), in ms. */
function coldImport(peer: PeerName, extraArgs: string[] = []): number {
  const code = `const t0 = performance.now(); await import(${JSON.stringify(importSpecifier(peer))}); console.log(JSON.stringify({ ms: performance.now() - t0 }));`;
  // Not pinned: V8 parses and compiles on background threads at start-up, as it would for a user.
  const r = spawnSync(process.execPath, [...extraArgs, "--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`importing ${peer} failed: ${r.stderr}`);
  return (JSON.parse(r.stdout.trim().split("\n").pop()!) as { ms: number }).ms;
}

// ------------------------------------------------------------------------------------ installed size

interface Footprint {
  bytes: number;
  packages: number;
  names: string[];
  detail?: Record<string, number>;
}

/** Apparent size of the files under `dir` (like du --apparent-size), nested node_modules left out. */
function dirBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules") total += dirBytes(p);
    } else if (e.isFile()) total += fs.statSync(p).size;
  }
  return total;
}

function filesBytes(dir: string, test: (name: string) => boolean): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += filesBytes(p, test);
    else if (e.isFile() && test(e.name)) total += fs.statSync(p).size;
  }
  return total;
}

/** Node's lookup of a package from a folder: ./node_modules/name, then each parent's. */
function resolvePackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (fs.existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The runtime dependency closure (dependencies and installed optionalDependencies) of `names`, as folders. */
function closure(names: string[], from: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (name: string, fromDir: string) => {
    const dir = resolvePackage(name, fromDir);
    if (!dir || seen.has(dir)) return;
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; version: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    seen.set(dir, `${pkg.name}@${pkg.version}`);
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dir);
  };
  for (const n of names) visit(n, from);
  return seen;
}

function footprints(): Record<PeerName, Footprint> {
  const sum = (m: Map<string, string>) => [...m.keys()].reduce((n, d) => n + dirBytes(d), 0);
  const bare = closure(["ws"], ROOT);
  const official = closure(["@azure/ai-voicelive"], ROOT);
  const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const ours = closure(Object.keys(rootPkg.dependencies ?? {}), ROOT);
  const dist = path.join(ROOT, "dist");
  const distBytes = dirBytes(dist);
  return {
    bare: { bytes: sum(bare), packages: bare.size, names: [...bare.values()] },
    ours: {
      bytes: distBytes + sum(ours),
      packages: ours.size + 1,
      names: ["ai-voicelive (dist/)", ...ours.values()],
      detail: {
        distBytes,
        distJsBytes: filesBytes(dist, (n) => n.endsWith(".js")),
        distDtsBytes: filesBytes(dist, (n) => n.endsWith(".d.ts")),
        distMapBytes: filesBytes(dist, (n) => n.endsWith(".map")),
        dependencyBytes: sum(ours),
      },
    },
    official: { bytes: sum(official), packages: official.size, names: [...official.values()] },
  };
}

// ------------------------------------------------------------------------------------ statistics

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Summary {
  values: number[];
  median: number;
  min: number;
  max: number;
  /** (max − min) / median */
  spread: number;
  /** median / bare's median */
  ratioToBare?: number;
  /** This peer's value / bare's value in the same round, for each round (the rounds are interleaved, so machine-wide slow spells cancel out). */
  pairedRatios?: number[];
}

function summarize(values: number[]): Summary | undefined {
  if (!values.length) return undefined;
  const m = median(values);
  return { values, median: m, min: Math.min(...values), max: Math.max(...values), spread: m ? (Math.max(...values) - Math.min(...values)) / m : 0 };
}

interface Row {
  key: string;
  label: string;
  better: "higher" | "lower";
  format: (v: number) => string;
}

const fmt = (digits: number) => (v: number) => v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ROWS: Row[] = [
  { key: "inbound.eventsPerSec", label: "inbound events/s", better: "higher", format: fmt(0) },
  { key: "inbound.cpuUsPerEvent", label: "inbound CPU µs/event", better: "lower", format: fmt(2) },
  { key: "outbound.mbPerSec", label: "outbound MB/s of PCM, awaited, warm", better: "higher", format: fmt(1) },
  { key: "outbound.cpuUsPerAppend", label: "outbound CPU µs/append, awaited, warm", better: "lower", format: fmt(1) },
  { key: "outbound.mbPerSecCold", label: "outbound MB/s of PCM, awaited, cold (first 600)", better: "higher", format: fmt(1) },
  { key: "outbound.cpuUsPerAppendCold", label: "outbound CPU µs/append, awaited, cold (first 600)", better: "lower", format: fmt(1) },
  { key: "outbound.systemUsPerAppendCold", label: "  of which system (page faults, ...)", better: "lower", format: fmt(1) },
  { key: "outbound.pageFaultsCold", label: "  minor page faults in the cold 600", better: "lower", format: fmt(0) },
  { key: "outbound-nowait.mbPerSec", label: "outbound MB/s of PCM, not awaited, warm", better: "higher", format: fmt(1) },
  { key: "outbound-nowait.cpuUsPerAppend", label: "outbound CPU µs/append, not awaited, warm", better: "lower", format: fmt(1) },
  { key: "outbound-nowait.mbPerSecCold", label: "outbound MB/s of PCM, not awaited, cold (first 600)", better: "higher", format: fmt(1) },
  { key: "outbound-nowait.cpuUsPerAppendCold", label: "outbound CPU µs/append, not awaited, cold (first 600)", better: "lower", format: fmt(1) },
  { key: "connect.connectMs", label: "connect ms to session.created", better: "lower", format: fmt(2) },
  { key: "connect.firstConnectMs", label: "  the process's first connect, ms", better: "lower", format: fmt(1) },
  { key: "idle.heapPerSessionBytes", label: "idle heap KB/session", better: "lower", format: (v) => fmt(2)(v / 1024) },
  { key: "import.ms", label: "cold import ms", better: "lower", format: fmt(1) },
  { key: "validation.nsPerEvent", label: "validation ns/event (client mix)", better: "lower", format: fmt(0) },
];

// ------------------------------------------------------------------------------------ profile mode

async function profile(o: Options): Promise<void> {
  const { peer, scenario } = o.profile!;
  const dir = path.join(ROOT, "bench-profiles", `${peer}-${scenario}-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  fs.mkdirSync(dir, { recursive: true });
  const prof = ["--cpu-prof", "--cpu-prof-dir", dir];
  let window: [number, number] | undefined;
  if (scenario === "import") {
    console.log(`cold import of ${PEER_LABELS[peer]}: ${coldImport(peer, prof).toFixed(1)} ms`);
  } else {
    if (scenario === "validation" && peer !== "ours") throw new Error("only ours has validation to profile");
    await checkFrames(o.params.floodEvents);
    const server = await startServer(o.params.floodEvents);
    await warmUp(server, o);
    try {
      // For idle sessions, heap snapshots before and after opening them tell more than a CPU profile.
      const env = scenario === "idle" ? { BENCH_HEAP_SNAPSHOT_DIR: dir } : undefined;
      const r = await runChild({ peer, scenario: scenario as ChildScenario | "validation", endpoint: server.endpoint, params: o.params }, prof, env);
      console.log(`${PEER_LABELS[peer]} ${scenario}: ${r.ok ? JSON.stringify(r.metrics) : `failed: ${r.error}`}`);
      console.log(`server: ${JSON.stringify(await server.stats())}`);
      window = r.details?.profileWindowUs as [number, number] | undefined;
    } finally {
      await server.stop();
    }
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  console.log(`\nprofiles in ${path.relative(ROOT, dir)}/: ${files.join(", ")} (open in Chrome DevTools → Performance, or VS Code)`);
  const main = files.map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  if (main) summarizeProfile(main);
  if (main && window) summarizeProfile(main, window);
  if (fs.existsSync(path.join(dir, "after.heapsnapshot"))) summarizeHeapGrowth(path.join(dir, "before.heapsnapshot"), path.join(dir, "after.heapsnapshot"), o.params.idleSessions);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time by function and by file, from the samples of a .cpuprofile. */
function summarizeProfile(file: string, window?: [number, number]): void {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    if (window && (t < window[0] || t > window[1])) continue;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const short = (url: string) => {
    if (!url) return "(native)";
    const u = url.startsWith("file://") ? fileURLToPath(url) : url;
    return u.startsWith(ROOT) ? path.relative(ROOT, u) : u;
  };
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const name = `${n.callFrame.functionName || "(anonymous)"}  ${short(n.callFrame.url)}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ""}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
    const f = n.callFrame.url ? short(n.callFrame.url) : n.callFrame.functionName || "(native)";
    files.set(f, (files.get(f) ?? 0) + us);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `  ${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`)
      .join("\n");
  const what = window ? "the measured part only" : "the whole child: start-up, imports and the scenario";
  console.log(`\n${path.basename(file)}: ${(total / 1000).toFixed(0)} ms sampled (${what})`);
  console.log(`self time by function:\n${top(fns, 25)}`);
  console.log(`self time by file:\n${top(files, 15)}`);
}

/** Self size by node type and name in a .heapsnapshot. */
function heapByConstructor(file: string): Map<string, { bytes: number; count: number }> {
  const snap = JSON.parse(fs.readFileSync(file, "utf8")) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const types = snap.snapshot.meta.node_types[0];
  const out = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]];
    const name = type === "object" || type === "closure" || type === "native" ? snap.strings[snap.nodes[i + nameAt]] : `(${type})`;
    const key = `${type === "closure" ? "closure " : ""}${name}`;
    const e = out.get(key) ?? { bytes: 0, count: 0 };
    e.bytes += snap.nodes[i + sizeAt];
    e.count++;
    out.set(key, e);
  }
  return out;
}

/** What the idle sessions added to the heap, by constructor, per session. */
function summarizeHeapGrowth(beforeFile: string, afterFile: string, sessions: number): void {
  const before = heapByConstructor(beforeFile);
  const after = heapByConstructor(afterFile);
  const growth = [...after.entries()]
    .map(([k, a]) => ({ k, bytes: a.bytes - (before.get(k)?.bytes ?? 0), count: a.count - (before.get(k)?.count ?? 0) }))
    .filter((g) => g.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const total = growth.reduce((n, g) => n + g.bytes, 0);
  console.log(`\nheap growth per idle session by constructor (heap snapshots; ${(total / sessions).toFixed(0)} B/session in all):`);
  for (const g of growth.slice(0, 30)) {
    console.log(`  ${(g.bytes / sessions).toFixed(0).padStart(6)} B  ${(g.count / sessions).toFixed(1).padStart(5)} objects  ${g.k.slice(0, 100)}`);
  }
}

// ------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  pinning = o.pin && os.cpus().length >= 2 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const started = performance.now();
  if (o.build) build();
  if (!fs.existsSync(DIST_ENTRY)) throw new Error(`${path.relative(ROOT, DIST_ENTRY)} is missing: run without --no-build`);
  compileHarness();
  if (o.profile) return profile(o);

  await checkFrames(o.params.floodEvents);
  const server = await startServer(o.params.floodEvents);
  await warmUp(server, o);
  const samples: Record<string, Partial<Record<PeerName, number[]>>> = {};
  const add = (key: string, peer: PeerName, v: number) => ((samples[key] ??= {})[peer] ??= []).push(v);
  const runs: unknown[] = [];
  const failures: string[] = [];
  const busyServer: Record<string, Partial<Record<PeerName, number[]>>> = {};
  const childScenarios = CHILD_SCENARIOS.filter((s) => o.only.includes(s));
  console.log(
    `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}${pinning ? " (server pinned to CPU 0, clients to CPU 1)" : ""}; ${o.rounds} rounds of ${[...childScenarios, ...o.only.filter((s) => !childScenarios.includes(s as ChildScenario))].join(", ")}; peers ${o.peers.join(", ")}`,
  );
  try {
    for (let round = 0; round < o.rounds; round++) {
      const t0 = performance.now();
      // Rotate the order of the peers each round, so that none always runs first or last.
      const order = o.peers.map((_, i) => o.peers[(i + round) % o.peers.length]);
      for (const scenario of childScenarios) {
        for (const peer of order) {
          const r = await runChild({ peer, scenario, endpoint: server.endpoint, params: o.params });
          const serverStats = await server.stats();
          const busy = serverBusy(scenario, serverStats);
          if (busy !== undefined) ((busyServer[scenario] ??= {})[peer] ??= []).push(busy);
          runs.push({ round, scenario, peer, ...r, server: { ...serverStats, busy } });
          if (!r.ok) {
            failures.push(`round ${round + 1} ${scenario} ${peer}: ${r.error?.split("\n")[0]}`);
            continue;
          }
          for (const [metric, v] of Object.entries(r.metrics)) add(`${scenario}.${metric}`, peer, v);
        }
      }
      if (o.only.includes("import")) {
        for (const peer of order) {
          const times = Array.from({ length: o.imports }, () => coldImport(peer));
          runs.push({ round, scenario: "import", peer, ok: true, metrics: { ms: median(times) }, details: { times } });
          add("import.ms", peer, median(times));
        }
      }
      if (o.only.includes("validation")) {
        const r = await runChild({ peer: "ours", scenario: "validation", endpoint: server.endpoint, params: o.params });
        runs.push({ round, scenario: "validation", peer: "ours", ...r });
        if (r.ok) {
          add("validation.nsPerEvent", "ours", r.metrics.nsPerEvent);
          add("validation.nsPerEvent", "bare", 0);
        } else failures.push(`round ${round + 1} validation: ${r.error?.split("\n")[0]}`);
      }
      console.log(`round ${round + 1}/${o.rounds} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.stop();
  }

  // Aggregate: the median over the rounds, min–max, and the ratio of medians to bare.
  const results: Record<string, Partial<Record<PeerName, Summary>>> = {};
  for (const [key, byPeer] of Object.entries(samples)) {
    const bare = byPeer.bare ? summarize(byPeer.bare) : undefined;
    for (const [peer, values] of Object.entries(byPeer) as [PeerName, number[]][]) {
      const s = summarize(values)!;
      if (bare && bare.median > 0) {
        s.ratioToBare = s.median / bare.median;
        if (bare.values.length === values.length) s.pairedRatios = values.map((v, i) => v / bare.values[i]);
      }
      (results[key] ??= {})[peer] = s;
    }
  }
  const sizes = footprints();

  // The table.
  const cell = (row: Row, peer: PeerName): string => {
    const s = results[row.key]?.[peer];
    if (!s) return row.key.startsWith("validation") && peer === "official" ? "n/a (no validation)" : "–";
    const range = s.min === s.max ? "" : ` (${row.format(s.min)}–${row.format(s.max)})`;
    const ratio = peer !== "bare" && s.ratioToBare !== undefined ? ` ${s.ratioToBare.toFixed(2)}×` : "";
    return `${row.format(s.median)}${range}${ratio}`;
  };
  const header = `| scenario | ${o.peers.map((p) => (p === "bare" ? PEER_LABELS[p] : `${PEER_LABELS[p]} (ratio)`)).join(" | ")} |`;
  const lines = [header, `|---|${o.peers.map(() => "---|").join("")}`];
  for (const row of ROWS) {
    if (!results[row.key]) continue;
    lines.push(`| ${row.label} | ${o.peers.map((p) => cell(row, p)).join(" | ")} |`);
  }
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  lines.push(`| installed size | ${o.peers.map((p) => `${mb(sizes[p].bytes)}${p === "bare" ? "" : ` ${(sizes[p].bytes / sizes.bare.bytes).toFixed(1)}×`}`).join(" | ")} |`);
  lines.push(`| packages in the closure | ${o.peers.map((p) => String(sizes[p].packages)).join(" | ")} |`);
  console.log(`\nmedian over ${o.rounds} rounds (min–max over the rounds); ratio = median / bare median\n`);
  console.log(lines.join("\n"));

  // The goals of the issue, for this SDK.
  const ratio = (key: string) => results[key]?.ours?.ratioToBare;
  const paired = (key: string) => {
    const r = results[key]?.ours?.pairedRatios;
    return r && r.length > 1 ? ` (per round ${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)}×)` : "";
  };
  const value = (key: string) => results[key]?.ours?.median;
  const goals = [
    { goal: "inbound events/s ≥ 0.85× bare", got: ratio("inbound.eventsPerSec"), pass: (v: number) => v >= 0.85, show: (v: number) => `${v.toFixed(2)}×${paired("inbound.eventsPerSec")}` },
    { goal: "inbound CPU/event ≤ 1.3× bare", got: ratio("inbound.cpuUsPerEvent"), pass: (v: number) => v <= 1.3, show: (v: number) => `${v.toFixed(2)}×${paired("inbound.cpuUsPerEvent")}` },
    ...["outbound", "outbound-nowait"].flatMap((s) =>
      ["", "Cold"].flatMap((cold) => {
        const what = `${s === "outbound" ? "awaited" : "not awaited"}, ${cold ? "cold" : "warm"}`;
        return [
          { goal: `outbound MB/s ≥ 0.9× bare (${what})`, got: ratio(`${s}.mbPerSec${cold}`), pass: (v: number) => v >= 0.9, show: (v: number) => `${v.toFixed(2)}×${paired(`${s}.mbPerSec${cold}`)}` },
          { goal: `outbound CPU/append ≤ 1.15× bare (${what})`, got: ratio(`${s}.cpuUsPerAppend${cold}`), pass: (v: number) => v <= 1.15, show: (v: number) => `${v.toFixed(2)}×${paired(`${s}.cpuUsPerAppend${cold}`)}` },
        ];
      }),
    ),
    { goal: "heap per idle session ≤ 1.5× bare ws", got: ratio("idle.heapPerSessionBytes"), pass: (v: number) => v <= 1.5, show: (v: number) => `${v.toFixed(2)}× (${((value("idle.heapPerSessionBytes") ?? 0) / 1024).toFixed(2)} KB)${paired("idle.heapPerSessionBytes")}` },
    { goal: "cold import ≤ 1.5× bare ws", got: ratio("import.ms"), pass: (v: number) => v <= 1.5, show: (v: number) => `${v.toFixed(2)}×${paired("import.ms")}` },
    { goal: "validation of a typical outgoing event ≤ 1 µs median", got: value("validation.nsPerEvent"), pass: (v: number) => v <= 1000, show: (v: number) => `${(v / 1000).toFixed(3)} µs` },
  ].map((g) => ({ goal: g.goal, value: g.got, pass: g.got === undefined ? undefined : g.pass(g.got), shown: g.got === undefined ? "not measured" : g.show(g.got) }));
  console.log(`\ngoals (${PEER_LABELS.ours}):`);
  for (const g of goals) console.log(`  ${g.pass === undefined ? "[ -- ]" : g.pass ? "[pass]" : "[FAIL]"} ${g.goal}: ${g.shown}`);

  const spreads = Object.entries(results).flatMap(([key, byPeer]) => Object.entries(byPeer).filter(([, s]) => s.median > 0).map(([peer, s]) => ({ key, peer, spread: s.spread })));
  const worst = spreads.sort((a, b) => b.spread - a.spread).slice(0, 3);
  if (worst.length) console.log(`\nlargest spread over the rounds ((max − min) / median): ${worst.map((w) => `${w.key} ${w.peer} ${(100 * w.spread).toFixed(0)} %`).join(", ")}`);
  const busyLines = Object.entries(busyServer).map(
    ([scenario, byPeer]) => `${scenario} ${Object.entries(byPeer).map(([peer, v]) => `${peer} ${Math.round(100 * Math.max(...v))} %`).join(", ")}`,
  );
  if (busyLines.length) console.log(`server CPU / wall during the measured part, worst round (near 100 % = the server was the bottleneck): ${busyLines.join("; ")}`);
  if (failures.length) console.log(`\nfailed runs:\n  ${failures.join("\n  ")}`);

  const seconds = (performance.now() - started) / 1000;
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    commit: spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() || undefined,
    dirty: spawnSync("git", ["status", "--porcelain", "src", "generated"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() !== "",
    rounds: o.rounds,
    params: { ...o.params, importsPerRound: o.imports, pinned: pinning },
    peers: Object.fromEntries(o.peers.map((p) => [p, PEER_LABELS[p]])),
    results,
    sizes,
    goals: goals.map(({ goal, value, pass }) => ({ goal, value, pass })),
    serverBusy: busyServer,
    failures,
    seconds,
    table: lines.join("\n"),
    runs,
  };
  fs.writeFileSync(o.out, JSON.stringify(json, null, 2) + "\n");
  console.log(`\nwrote ${path.relative(ROOT, o.out) || o.out}; the whole run took ${seconds.toFixed(0)} s`);
  if (failures.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
