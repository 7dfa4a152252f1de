/**
 * What the three processes of `npm run load` tell each other over IPC, and the measuring helpers
 * both children use. Types only, plus small pure functions: it is compiled for the children too.
 */
import { monitorEventLoopDelay, type IntervalHistogram, type RecordableHistogram } from "node:perf_hooks";

/** Given to the client child (as its one argument, JSON). */
export interface ClientParams {
  /** Where the compiled SDK is (`<cache>/sdk`), and the endpoint, key and model. */
  sdk: string;
  url: string;
  apiKey: string;
  model: string;
  sessions: number;
  seconds: number;
  chunkMs: number;
  /** How many sessions connect at a time. */
  connectConcurrency: number;
}

/** Given to the emulator child. */
export interface EmulatorParams {
  sdk: string;
  apiKey: string;
  realtimePacing: boolean;
}

/** Process figures over the measured window (all sessions streaming), the same for both children. */
export interface ProcessFigures {
  /** Wall time of the window, ms. */
  windowMs: number;
  /** user + system CPU over the window, µs. */
  cpuUs: number;
  /** cpuUs / window: 100 = one core fully busy. */
  cpuPercentOfCore: number;
  /**
   * Event-loop delay over the window, ms: monitorEventLoopDelay at a 1 ms resolution, less that
   * 1 ms (its samples are the whole interval between its timer's runs, so an idle loop reads ~1.1 ms).
   */
  loopLagP50Ms: number;
  loopLagP99Ms: number;
  loopLagMaxMs: number;
  /** RSS and heapUsed before the first connection (after a GC), bytes. */
  baselineRss: number;
  baselineHeap: number;
  /** Highest RSS sampled (every 100 ms) from the baseline to the end of the window, bytes. */
  peakRss: number;
  /** The kernel's high-water mark of RSS over the process's life (resourceUsage().maxRSS), bytes. */
  maxRssLifetime: number;
  /** Highest heapUsed sampled over the same span, bytes. */
  peakHeap: number;
  /** heapUsed right after the window, after a GC, with every session still open, bytes. */
  heapAfterWindow: number;
}

/** One session as the client saw it. */
export interface SessionReport {
  index: number;
  /** `sess_…` from `session.created`; undefined when it never connected. */
  id?: string;
  connected: boolean;
  connectMs?: number;
  framesPlanned: number;
  /** `sendAudio` resolved (the frame was written to the socket). */
  framesSent: number;
  bytesSent: number;
  /** `sendAudio` rejected. */
  sendErrors: number;
  /** The barrier (`input_audio_buffer.clear` → `input_audio_buffer.cleared`) came back: the emulator has handled every frame before it. */
  synced: boolean;
  /** `error` events from the emulator. */
  serverErrors: number;
  /** Errors the SDK reported through `onError` (bad frames, overflow, ...). */
  sdkErrors: number;
  /** The connection closed before the client closed it. */
  unexpectedClose: boolean;
  /** The first problem, for the report. */
  firstProblem?: string;
}

/** The client child's result. */
export interface ClientResult {
  sessions: SessionReport[];
  figures: ProcessFigures;
  /** How late each frame's send started against its wall-clock due time, µs. */
  sendLateP50Us: number;
  sendLateP99Us: number;
  sendLateMaxUs: number;
  /** Frames whose send started more than one chunk late. */
  framesLate: number;
  /** Frames sent within the window (the CPU per frame divides by this). */
  framesInWindow: number;
  connectP50Ms: number;
  connectP99Ms: number;
  connectMaxMs: number;
  /** Time to close every session, ms; and the closes that failed. */
  closeMs: number;
  closeErrors: number;
  nodeVersion: string;
}

/** The client tells the orchestrator, which tells the emulator: both take their baseline, start and end the window at once. */
export type WindowEdge = "baseline" | "start" | "end";

/** Messages from a child to the orchestrator. */
export type ChildMessage =
  | { kind: "ready"; url: string }
  | { kind: "window"; edge: WindowEdge }
  | { kind: "streamed"; sessions: SessionReport[]; warmUp: { frames: number; bytes: number } }
  | { kind: "stats"; stats: unknown; figures?: ProcessFigures }
  | { kind: "result"; result: ClientResult }
  | { kind: "failed"; error: string };

/** Messages from the orchestrator to a child. */
export type ParentMessage = { cmd: "window"; edge: WindowEdge } | { cmd: "stats"; figures?: boolean } | { cmd: "close" } | { cmd: "stop" };

/** The p-th percentile (0–100) of sorted numbers, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

const LAG_RESOLUTION_MS = 1;
const lagMs = (ns: number) => Math.max(0, ns / 1e6 - LAG_RESOLUTION_MS);

/**
 * Measures one process over a window: CPU, event-loop delay, and RSS / heap peaks sampled every
 * 100 ms from `baseline()` on. `gc` is the global of `node --expose-gc`.
 */
export class ProcessMeter {
  private readonly lag: IntervalHistogram;
  private sampler?: NodeJS.Timeout;
  private cpuStart?: NodeJS.CpuUsage;
  private wallStart = 0;
  private baselineRss = 0;
  private baselineHeap = 0;
  private peakRss = 0;
  private peakHeap = 0;
  private result?: Omit<ProcessFigures, "heapAfterWindow" | "maxRssLifetime">;

  constructor(private readonly gc: () => void) {
    this.lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  }

  /** Records the baseline (after a GC) and starts sampling the peaks. */
  baseline(): void {
    this.collect();
    const m = process.memoryUsage();
    this.baselineRss = this.peakRss = m.rss;
    this.baselineHeap = this.peakHeap = m.heapUsed;
    this.sampler = setInterval(() => this.sample(), 100);
    this.sampler.unref();
  }

  private sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeap) this.peakHeap = m.heapUsed;
  }

  start(): void {
    this.sample();
    this.lag.reset();
    this.lag.enable();
    this.cpuStart = process.cpuUsage();
    this.wallStart = performance.now();
  }

  end(): void {
    if (!this.cpuStart) return;
    const cpu = process.cpuUsage(this.cpuStart);
    const windowMs = performance.now() - this.wallStart;
    this.lag.disable();
    this.sample();
    clearInterval(this.sampler);
    const cpuUs = cpu.user + cpu.system;
    this.result = {
      windowMs,
      cpuUs,
      cpuPercentOfCore: (cpuUs / 1000 / windowMs) * 100,
      loopLagP50Ms: lagMs(this.lag.percentile(50)),
      loopLagP99Ms: lagMs(this.lag.percentile(99)),
      loopLagMaxMs: lagMs(this.lag.max),
      baselineRss: this.baselineRss,
      baselineHeap: this.baselineHeap,
      peakRss: this.peakRss,
      peakHeap: this.peakHeap,
    };
    this.cpuStart = undefined;
  }

  /** The figures; the heap after the window is measured now (after a GC). */
  figures(): ProcessFigures | undefined {
    if (!this.result) return undefined;
    this.collect();
    return { ...this.result, heapAfterWindow: process.memoryUsage().heapUsed, maxRssLifetime: process.resourceUsage().maxRSS * 1024 };
  }

  private collect(): void {
    for (let i = 0; i < 3; i++) this.gc();
  }
}

/** A histogram of µs values (perf_hooks.createHistogram), for many samples at little cost. */
export function recordUs(h: RecordableHistogram, us: number): void {
  h.record(Math.max(1, Math.round(us)));
}
