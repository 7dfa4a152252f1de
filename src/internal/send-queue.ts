/**
 * Flow control of outgoing frames. A frame goes straight to the transport while the transport's
 * buffer is under the high-water mark. Above it, frames wait here, in order, until the buffer is
 * back under the low-water mark.
 *
 * - `wait` mode: a send's promise resolves at once when the socket takes its frame (the socket's
 *   buffer is under the high-water mark); a frame that has to wait here settles when it is written,
 *   or rejects with `NOT_SENT` if the connection fails first. So awaiting each send paces a producer
 *   to the network. At most `maxQueuedBytes` may wait; a send beyond that
 *   is refused with `SEND_BUFFER_FULL`, so memory stays bounded even for a caller that does not await.
 *   A frame the socket took and then could not write is not reported per send: the connection fails,
 *   and its close (and `onDisconnected`) tells.
 * - `dropOldestAudio` mode: an audio send never waits; its promise resolves at once. When more than
 *   `maxQueuedBytes` of audio waits, the oldest waiting audio is dropped, counted and reported. Other
 *   sends wait as in `wait` mode, but are never refused or dropped.
 *
 * A send given an `AbortSignal` can be given up while it waits here: it leaves the queue and rejects
 * with `ABORTED`. Once its frame is handed to the transport the signal is ignored, and its listener
 * is gone. Only a send that waits listens, so the common path (no signal, or a free buffer) adds none.
 */
import { audioEventFields } from "../../generated/tables.js";
import { VoiceLiveError } from "../errors.js";
import type { WireObject } from "../runtime/convert.js";
import type { Transport } from "./transport.js";

/** Settings of send flow control. */
export interface SendBufferOptions {
  /** Above this many bytes in the socket's buffer, sends wait (or audio is dropped). Default 1 MiB. */
  highWaterMark?: number;
  /** Waiting sends go out again once the socket's buffer is below this. Default 256 KiB. */
  lowWaterMark?: number;
  /**
   * `"wait"` (default): a send over the high-water mark waits until the buffer drains.
   * `"dropOldestAudio"`, for live capture: audio sends never wait, and the oldest audio not yet sent
   * is dropped when too much waits; each drop is counted and reported as `AUDIO_DROPPED`.
   */
  mode?: "wait" | "dropOldestAudio";
  /**
   * The most bytes that may wait in this queue. `wait` mode: beyond it a send is refused with
   * `SEND_BUFFER_FULL` (default 16 MiB). `dropOldestAudio` mode: beyond it the oldest audio is dropped
   * (default 256 KiB, about 2.7 s of 24 kHz PCM16 as base64).
   */
  maxQueuedBytes?: number;
}

/** Counters of the send path. */
export interface SendStats {
  /** Frames waiting in the SDK for the socket's buffer to drain. */
  queuedFrames: number;
  /** Bytes of those frames. */
  queuedBytes: number;
  /** Bytes the socket holds, written by the SDK but not yet on the network. */
  bufferedAmount: number;
  /** Audio frames dropped in `dropOldestAudio` mode, over the session's life. */
  droppedAudioFrames: number;
  /** Bytes of those frames (of JSON text). */
  droppedAudioBytes: number;
}

interface Pending {
  text: string;
  type: string;
  /** Undefined for live audio, whose promise resolved at once (`dropOldestAudio` mode): it may be dropped. */
  resolve?: () => void;
  reject?: (error: VoiceLiveError) => void;
}

/**
 * A waiting send that can be aborted. It is its own abort listener (`handleEvent`), so listening
 * costs no closure, and removing the listener needs nothing kept besides it.
 */
class AbortablePending implements Pending {
  constructor(
    readonly text: string,
    readonly type: string,
    readonly resolve: () => void,
    readonly reject: (error: VoiceLiveError) => void,
    readonly signal: AbortSignal,
    private readonly queue: SendQueue,
  ) {
    signal.addEventListener("abort", this);
  }

  handleEvent(): void {
    this.queue.abort(this);
  }

  /** Stops listening: the frame was written, aborted or failed. */
  settle(): void {
    this.signal.removeEventListener("abort", this);
  }
}

/** The error of a send given up through its signal; nothing of it was sent. */
export function sendAborted(type: string, signal: AbortSignal): VoiceLiveError {
  return new VoiceLiveError("ABORTED", `${type} was not sent: its abortSignal was aborted`, { cause: signal.reason });
}

/** How often a full buffer is looked at when no write of ours will call back. */
const POLL_MS = 5;

/** What a send that the socket took at once returns: one settled promise, shared, as nothing waits on it. */
const SENT: Promise<void> = Promise.resolve();

/** `SendBufferOptions` with their defaults, checked. */
export interface SendBufferSettings {
  high: number;
  low: number;
  dropAudio: boolean;
  maxQueued: number;
}

/** Fills the defaults of `sendBuffer` and checks it; throws `INVALID_ARGUMENT` (the session options check it once, when a session is made). */
export function resolveSendBuffer(options: SendBufferOptions = {}): SendBufferSettings {
  const high = options.highWaterMark ?? 1024 * 1024;
  const low = Math.min(options.lowWaterMark ?? 256 * 1024, high);
  const dropAudio = options.mode === "dropOldestAudio";
  const maxQueued = options.maxQueuedBytes ?? (dropAudio ? 256 * 1024 : 16 * 1024 * 1024);
  for (const [name, value] of [["highWaterMark", high], ["lowWaterMark", low], ["maxQueuedBytes", maxQueued]] as const) {
    if (!(value >= 0) || !Number.isFinite(value)) throw new VoiceLiveError("INVALID_ARGUMENT", `sendBuffer.${name} must be a finite number >= 0 (got ${value})`);
  }
  return { high, low, dropAudio, maxQueued };
}

/** The client events that carry audio, which `dropOldestAudio` mode may drop. */
const AUDIO_TYPES: ReadonlySet<string> = new Set(Object.keys(audioEventFields));

export class SendQueue {
  private readonly high: number;
  private readonly low: number;
  private readonly dropAudio: boolean;
  private readonly maxQueued: number;
  private queue: Pending[] = [];
  private head = 0;
  private queuedBytes = 0;
  private paused = false;
  private droppedFrames = 0;
  private droppedBytes = 0;
  private unreportedFrames = 0;
  private unreportedBytes = 0;
  private transport?: Transport;
  /** Writes whose callback has not come yet. */
  private inFlight = 0;
  private poll?: ReturnType<typeof setTimeout>;

  constructor(
    settings: SendBufferSettings,
    /** Told of audio drops, once per burst. */
    private readonly sink: { audioDropped(frames: number, bytes: number): void },
  ) {
    this.high = settings.high;
    this.low = settings.low;
    this.dropAudio = settings.dropAudio;
    this.maxQueued = settings.maxQueued;
  }

  /** The transport frames go to; frames waiting from an earlier one must have been failed first. */
  attach(transport: Transport | undefined): void {
    this.transport = transport;
    this.paused = false;
    this.inFlight = 0;
  }

  get stats(): SendStats {
    return {
      queuedFrames: this.queue.length - this.head,
      queuedBytes: this.queuedBytes,
      bufferedAmount: this.transport?.bufferedAmount ?? 0,
      droppedAudioFrames: this.droppedFrames,
      droppedAudioBytes: this.droppedBytes,
    };
  }

  /**
   * Sends one encoded frame of `type`, now or once the buffer drains. An `abortSignal` gives up the
   * send while it waits here (live audio of `dropOldestAudio` mode resolved at once, and ignores it).
   */
  send(text: string, type: string, abortSignal?: AbortSignal): Promise<void> {
    if (abortSignal?.aborted) return Promise.reject(sendAborted(type, abortSignal));
    const transport = this.transport!;
    if (this.head === this.queue.length && !this.paused && transport.bufferedAmount < this.high) {
      // The common case: the socket takes the frame now, and the send is done. No promise of its
      // own, no closure: a burst of sends that nobody awaits costs what the frames cost.
      this.write(transport, text);
      return SENT;
    }
    if (this.dropAudio && AUDIO_TYPES.has(type)) {
      this.push({ text, type });
      this.dropOldestAudio();
      return SENT;
    }
    if (this.queuedBytes + text.length > this.maxQueued && !this.dropAudio) {
      return Promise.reject(
        new VoiceLiveError("SEND_BUFFER_FULL", `${type} was not sent: ${this.queuedBytes} bytes already wait for the connection to drain (sendBuffer.maxQueuedBytes is ${this.maxQueued}); await sends, or send less`),
      );
    }
    if (abortSignal) return new Promise((resolve, reject) => this.push(new AbortablePending(text, type, resolve, reject, abortSignal, this)));
    return new Promise((resolve, reject) => this.push({ text, type, resolve, reject }));
  }

  /** A waiting send was aborted: out of the queue, and rejected. Called by the send's own listener. */
  abort(p: AbortablePending): void {
    p.settle();
    const i = this.queue.indexOf(p, this.head);
    // Not found: written or failed already, and the listener was on its way out.
    if (i < 0) return;
    this.queue.splice(i, 1);
    this.queuedBytes -= p.text.length;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    p.reject(sendAborted(p.type, p.signal));
  }

  /** An audio event sent while there is no connection (reconnecting): counted as dropped in `dropOldestAudio` mode. */
  dropWhileDisconnected(event: WireObject): boolean {
    const type = String(event.type);
    if (!this.dropAudio || !AUDIO_TYPES.has(type)) return false;
    let bytes = 0;
    for (const field of audioEventFields[type]) {
      const audio = event[field];
      if (typeof audio === "string") bytes += audio.length;
    }
    this.countDrop(bytes);
    return true;
  }

  /**
   * The connection is gone: every waiting send is refused with `error(type)` (its caller may send it
   * again) and waiting audio of `dropOldestAudio` mode is counted as dropped.
   */
  failAll(error: (type: string) => VoiceLiveError): void {
    const pending = this.queue.slice(this.head);
    this.queue = [];
    this.head = 0;
    this.queuedBytes = 0;
    this.transport = undefined;
    clearTimeout(this.poll);
    this.poll = undefined;
    for (const p of pending) {
      if (p instanceof AbortablePending) p.settle();
      if (p.reject) p.reject(error(p.type));
      else this.countDrop(p.text.length);
    }
  }

  private push(p: Pending): void {
    this.queue.push(p);
    this.queuedBytes += p.text.length;
    // Nothing may be in flight to call back (a transport that was full before this queue was used):
    // make sure the queue is looked at again.
    if (!this.paused) this.pause();
  }

  private pause(): void {
    this.paused = true;
    this.wake();
  }

  /**
   * Frames wait and no write will call back (the buffer filled without one of ours crossing the
   * mark): look again soon, and until the buffer drains.
   */
  private wake(): void {
    const transport = this.transport;
    if (!transport || this.inFlight > 0 || this.poll) return;
    this.poll = setTimeout(() => {
      this.poll = undefined;
      this.pump();
    }, transport.bufferedAmount <= this.low ? 0 : POLL_MS);
  }

  /**
   * Hands a frame to the socket. Only a write that takes the socket's buffer over the high-water
   * mark asks to be called back (`written`): that is when frames start to wait here, and its
   * callback is when to look at them again. The others go without one, as a bare `ws.send` would.
   */
  private write(transport: Transport, text: string): void {
    if (transport.bufferedAmount + text.length < this.high) {
      transport.send(text);
      return;
    }
    this.inFlight++;
    transport.send(text, (this.written ??= () => this.afterWrite()));
    if (transport.bufferedAmount >= this.high) this.paused = true;
  }

  /**
   * A frame that waited here: its send settles when the socket has written it, or rejects with
   * `NOT_SENT` if the connection failed meanwhile. (The slow path: the socket is backed up anyway.)
   */
  private writeWaited(transport: Transport, p: Pending): void {
    this.inFlight++;
    transport.send(p.text, (err) => {
      if (!err) p.resolve?.();
      else if (p.reject) p.reject(new VoiceLiveError("NOT_SENT", `${p.type} was not sent: ${err.message}`, { cause: err }));
      else this.countDrop(p.text.length);
      this.afterWrite();
    });
    if (transport.bufferedAmount >= this.high) this.paused = true;
  }

  /** After a write that asked for it (a failed one too: the connection's own error and close tell of it). */
  private afterWrite(): void {
    if (this.inFlight > 0) this.inFlight--;
    if (this.transport && (this.paused || this.head < this.queue.length)) this.pump();
  }

  /** `afterWrite` as a callback: made on the first write that needs one (an idle session never does). */
  private written?: () => void;

  /** Writes waiting frames while the buffer is under the low-water mark (or, once resumed, the high one). */
  private pump(): void {
    const transport = this.transport;
    if (!transport) return;
    if (this.paused) {
      if (transport.bufferedAmount > this.low) return this.wake();
      this.paused = false;
    }
    while (this.head < this.queue.length && !this.paused) {
      const p = this.queue[this.head];
      this.queue[this.head++] = undefined as unknown as Pending;
      this.queuedBytes -= p.text.length;
      // Handed to the socket: too late to abort.
      if (p instanceof AbortablePending) p.settle();
      this.writeWaited(transport, p);
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
  }

  private dropOldestAudio(): void {
    let i = this.head;
    while (this.queuedBytes > this.maxQueued && i < this.queue.length) {
      const p = this.queue[i];
      if (!p.reject) {
        this.queue.splice(i, 1);
        this.queuedBytes -= p.text.length;
        this.countDrop(p.text.length);
      } else i++;
    }
  }

  private countDrop(bytes: number): void {
    this.droppedFrames++;
    this.droppedBytes += bytes;
    if (this.unreportedFrames++ === 0) {
      queueMicrotask(() => {
        const frames = this.unreportedFrames;
        const dropped = this.unreportedBytes;
        this.unreportedFrames = 0;
        this.unreportedBytes = 0;
        this.sink.audioDropped(frames, dropped);
      });
    }
    this.unreportedBytes += bytes;
  }
}
