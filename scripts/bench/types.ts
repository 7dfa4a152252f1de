/**
 * What the orchestrator, the client child and the three peers share: the peer interface, the
 * application state the peers' handlers feed, and the messages between the processes.
 */
import { performance } from "node:perf_hooks";
import type { FloodCounts } from "./scenarios.js";

export const PEERS = ["bare", "ours", "official"] as const;
export type PeerName = (typeof PEERS)[number];

export const PEER_LABELS: Record<PeerName, string> = {
  bare: "bare ws",
  ours: "ai-voicelive",
  official: "@azure/ai-voicelive 1.1.0",
};

/** Scenarios that run in a client child, once per peer per round. */
/** `outbound` awaits each send the SDK returns a promise for; `outbound-nowait` fires all 600 and waits for the server's confirmation only. */
export const CHILD_SCENARIOS = ["inbound", "outbound", "outbound-nowait", "connect", "idle"] as const;
export type ChildScenario = (typeof CHILD_SCENARIOS)[number];
export const SCENARIOS = [...CHILD_SCENARIOS, "import", "validation"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface Endpoint {
  /** `http://127.0.0.1:<port>`, what the SDKs are given. */
  http: string;
  /** The full realtime URL, what the bare ws client opens. */
  ws: string;
  key: string;
}

/** One open session of a peer, driven by the scenarios. */
export interface PeerSession {
  /**
   * `input_audio_buffer.append` of 100 ms PCM16; resolves when the peer's API says the send is done.
   * The bare floor returns nothing: `ws.send` without a callback, never awaited.
   */
  sendAudio(chunk: Int16Array): Promise<void> | void;
  /** `response.create` (the bench server answers it with the flood). */
  createResponse(): Promise<void>;
  /** `input_audio_buffer.commit` (the bench server answers with `input_audio_buffer.committed`). */
  commitAudio(): Promise<void>;
  close(): Promise<void>;
}

/** One client implementation: the floor (bare ws), this SDK, or the official SDK. */
export interface Peer {
  readonly name: PeerName;
  /** Opens a session; resolves once `session.created` has reached the application's handlers. */
  open(app: App): Promise<PeerSession>;
}

type Counts = FloodCounts & { committed: number; sessionCreated: number; other: number };

/**
 * The application behind the handlers: what a real app would do with each event, kept cheap and
 * the same for every peer (count it, touch the audio bytes, keep the transcript length and ids).
 * The peers call `onEvent` once per server event (from `onServerEvent`, or the bare message
 * listener) and one kind-specific method.
 */
export class App {
  readonly counts: Counts = {
    audio: 0,
    transcript: 0,
    responseCreated: 0,
    outputItemAdded: 0,
    itemCreated: 0,
    partAdded: 0,
    partDone: 0,
    outputItemDone: 0,
    responseDone: 0,
    committed: 0,
    sessionCreated: 0,
    other: 0,
  };
  events = 0;
  audioBytes = 0;
  audioChecksum = 0;
  transcriptChars = 0;
  tokens = 0;
  lastId = "";
  lastTranscript = "";
  errors: string[] = [];

  /** Flood tracking: the events to wait for, the time of the first and the last. */
  private expected = 0;
  private seen = 0;
  firstAt = 0;
  lastAt = 0;
  cpuAtLast: NodeJS.CpuUsage = { user: 0, system: 0 };
  private floodDone?: () => void;
  private committedWaiter?: (itemId: string) => void;

  onEvent(): void {
    this.events++;
    if (this.expected === 0) return;
    const n = ++this.seen;
    if (n === 1) this.firstAt = performance.now();
    if (n === this.expected) {
      this.lastAt = performance.now();
      this.cpuAtLast = process.cpuUsage();
      this.expected = 0;
      this.floodDone?.();
    }
  }

  onAudio(pcm: Uint8Array): void {
    this.counts.audio++;
    this.audioBytes += pcm.byteLength;
    this.audioChecksum = (this.audioChecksum + pcm[pcm.byteLength >> 1] + pcm[pcm.byteLength - 1]) | 0;
  }

  onTranscript(delta: string): void {
    this.counts.transcript++;
    this.transcriptChars += delta.length;
  }

  onResponseCreated(id: string | undefined): void {
    this.counts.responseCreated++;
    this.lastId = id ?? "";
  }

  onOutputItemAdded(id: string | undefined): void {
    this.counts.outputItemAdded++;
    this.lastId = id ?? "";
  }

  onItemCreated(id: string | undefined): void {
    this.counts.itemCreated++;
    this.lastId = id ?? "";
  }

  onPartAdded(itemId: string): void {
    this.counts.partAdded++;
    this.lastId = itemId;
  }

  onPartDone(transcript: string | undefined): void {
    this.counts.partDone++;
    this.lastTranscript = transcript ?? "";
  }

  onOutputItemDone(id: string | undefined): void {
    this.counts.outputItemDone++;
    this.lastId = id ?? "";
  }

  onResponseDone(totalTokens: number | undefined): void {
    this.counts.responseDone++;
    this.tokens += totalTokens ?? 0;
  }

  onSessionCreated(): void {
    this.counts.sessionCreated++;
  }

  onCommitted(itemId: string): void {
    this.counts.committed++;
    const w = this.committedWaiter;
    this.committedWaiter = undefined;
    w?.(itemId);
  }

  onOther(): void {
    this.counts.other++;
  }

  onError(what: string): void {
    if (this.errors.length < 20) this.errors.push(what);
  }

  /** Resolves when `events` more events have reached `onEvent`. */
  expectFlood(events: number): Promise<void> {
    this.expected = events;
    this.seen = 0;
    return new Promise((resolve) => (this.floodDone = resolve));
  }

  /** Resolves with the item id of the next `input_audio_buffer.committed`. */
  nextCommitted(): Promise<string> {
    return new Promise((resolve) => (this.committedWaiter = resolve));
  }

  resetCounts(): void {
    for (const k of Object.keys(this.counts) as (keyof Counts)[]) this.counts[k] = 0;
    this.events = 0;
    this.audioBytes = 0;
    this.transcriptChars = 0;
    this.tokens = 0;
  }
}

/** What the orchestrator asks a client child to do (argv[2] as JSON). */
export interface ChildRequest {
  peer: PeerName;
  /** `validation` runs for this SDK only (the others have none). */
  scenario: ChildScenario | "validation";
  endpoint: Endpoint;
  params: ScenarioParams;
}

export interface ScenarioParams {
  floodEvents: number;
  appends: number;
  /** How many sends may be in flight at once in the `outbound` scenario (`outbound-nowait`: all of them). */
  window: number;
  /** Unmeasured bursts of `appends` first in each outbound child. */
  warmupBursts: number;
  /** Measured bursts of `appends` in one outbound child; the child reports their median. */
  bursts: number;
  connects: number;
  idleSessions: number;
}

/** What a client child reports: named metrics plus details for the JSON file. */
export interface ChildResult {
  ok: boolean;
  error?: string;
  metrics: Record<string, number>;
  details?: Record<string, unknown>;
}
