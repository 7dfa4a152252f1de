/**
 * Liveness of one connection: pings (where the transport can send them) with a pong deadline, and
 * the recycle timer that reconnects ahead of the service's session length limit once no response is
 * in progress. It decides when; the connection acts (`dead`, `recycle`).
 *
 * Pings come from one shared ticker per interval, not a timer per session: a process with hundreds
 * of idle sessions holds one timer, and each session only its place in the ticker's set.
 */
import type { ServerEventMap } from "../../generated/models.js";
import type { Link } from "./link.js";
import { MAX_DELAY_MS, type ResolvedOptions } from "./options.js";

type Timer = ReturnType<typeof setTimeout>;

/** The service's documented longest session, for recycling when `session.created` names no expiry. */
const SESSION_LIMIT_MS = 60 * 60_000;

/** What liveness tells the connection. */
export interface LivenessOwner {
  readonly options: ResolvedOptions;
  dead(link: Link): void;
  recycle(link: Link): void;
}

/** Every liveness that pings at an interval, and the one timer that drives them. */
class Ticker {
  private static readonly byInterval = new Map<number, Ticker>();
  private readonly members = new Set<Liveness>();
  private readonly timer: Timer;

  private constructor(private readonly interval: number) {
    this.timer = setInterval(() => {
      for (const m of [...this.members]) m.ping();
    }, interval);
    unref(this.timer);
  }

  static join(interval: number, member: Liveness): void {
    let ticker = Ticker.byInterval.get(interval);
    if (!ticker) Ticker.byInterval.set(interval, (ticker = new Ticker(interval)));
    ticker.members.add(member);
  }

  static leave(interval: number, member: Liveness): void {
    const ticker = Ticker.byInterval.get(interval);
    if (!ticker?.members.delete(member) || ticker.members.size > 0) return;
    clearInterval(ticker.timer);
    Ticker.byInterval.delete(ticker.interval);
  }
}

export class Liveness {
  private pongTimer?: Timer;
  private recycleTimer?: Timer;
  private recycleDue = false;
  private activeResponses = 0;
  private pinging = false;

  private constructor(
    private readonly owner: LivenessOwner,
    private readonly link: Link,
  ) {}

  /** Starts pinging, and the recycle timer, once the connection has its `session.created`. */
  static start(owner: LivenessOwner, link: Link, created: ServerEventMap["session.created"]): Liveness {
    const liveness = new Liveness(owner, link);
    const { pingIntervalInMs, reconnect } = owner.options;
    if (pingIntervalInMs > 0 && link.transport?.canPing) {
      liveness.pinging = true;
      Ticker.join(pingIntervalInMs, liveness);
    }
    const margin = reconnect?.recycleBeforeExpiryInMs;
    if (margin !== undefined) {
      const expires = created.session?.expiresAt?.getTime() ?? Date.now() + SESSION_LIMIT_MS;
      liveness.recycleTimer = setTimeout(() => liveness.recycleNow(), Math.min(MAX_DELAY_MS, Math.max(0, expires - margin - Date.now())));
      unref(liveness.recycleTimer);
    }
    return liveness;
  }

  stop(): void {
    if (this.pinging) Ticker.leave(this.owner.options.pingIntervalInMs, this);
    this.pinging = false;
    clearTimeout(this.pongTimer);
    clearTimeout(this.recycleTimer);
    this.pongTimer = this.recycleTimer = undefined;
    this.recycleDue = false;
  }

  /** A pong, or any frame: the peer is alive. */
  alive(): void {
    if (this.pongTimer) {
      clearTimeout(this.pongTimer);
      this.pongTimer = undefined;
    }
  }

  /** Sees each event's type: recycling waits for the responses in progress. */
  observe(type: string): void {
    if (!this.recycleTimer && !this.recycleDue) return;
    if (type === "response.created") this.activeResponses++;
    else if (type === "response.done" && this.activeResponses > 0 && --this.activeResponses === 0 && this.recycleDue) queueMicrotask(() => this.recycleNow());
  }

  /** The ticker's call: a ping, unless one is still unanswered. */
  ping(): void {
    const transport = this.link.transport;
    if (this.pongTimer || !transport) return;
    transport.ping();
    const timer = setTimeout(() => {
      // Timers run before I/O: a starved event loop may hold a pong that has arrived but not been
      // read. Look again once pending I/O has been read.
      afterIo(() => {
        if (this.pongTimer === timer) {
          this.pongTimer = undefined;
          this.owner.dead(this.link);
        }
      });
    }, this.owner.options.pongTimeoutInMs);
    this.pongTimer = timer;
    unref(timer);
  }

  private recycleNow(): void {
    this.recycleTimer = undefined;
    if (this.activeResponses > 0) {
      this.recycleDue = true; // once the responses in progress are done
      return;
    }
    this.recycleDue = false;
    this.owner.recycle(this.link);
  }
}

/** Timers of a session never keep a process alive by themselves (the socket does while it is open). */
function unref(timer: Timer): void {
  (timer as { unref?: () => void }).unref?.();
}

/** Runs `f` after the I/O that is pending now has been read (`setImmediate` where there is one). */
const afterIo: (f: () => void) => void =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === "function" ? (f) => void setImmediate(f) : (f) => void setTimeout(f, 0);
