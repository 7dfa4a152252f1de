/**
 * Liveness of one connection: pings (where the transport can send them) with a pong deadline, and
 * the recycle timer that reconnects ahead of the service's session length limit once no response is
 * in progress. It decides when; the connection acts (`dead`, `recycle`).
 */
import type { ServerEventMap } from "../../generated/models.js";
import type { Transport } from "../internal/transport.js";
import { MAX_DELAY_MS } from "./options.js";

type Timer = ReturnType<typeof setTimeout>;

/** The service's documented longest session, for recycling when `session.created` names no expiry. */
const SESSION_LIMIT_MS = 60 * 60_000;

export interface LivenessRules {
  pingIntervalInMs: number;
  pongTimeoutInMs: number;
  recycleBeforeExpiryInMs?: number;
}

export interface LivenessActions {
  /** A ping went unanswered. */
  dead(): void;
  /** Time to recycle, and no response is in progress. */
  recycle(): void;
}

export class Liveness {
  private pingTimer?: Timer;
  private pongTimer?: Timer;
  private recycleTimer?: Timer;
  private recycleDue = false;
  private activeResponses = 0;

  constructor(
    private readonly transport: Transport,
    private readonly rules: LivenessRules,
    private readonly actions: LivenessActions,
  ) {}

  /** Starts pinging, and the recycle timer, once the connection has its `session.created`. */
  start(created: ServerEventMap["session.created"]): void {
    const interval = this.rules.pingIntervalInMs;
    if (interval > 0 && this.transport.canPing) {
      this.pingTimer = setInterval(() => this.ping(), interval);
      unref(this.pingTimer);
    }
    const margin = this.rules.recycleBeforeExpiryInMs;
    if (margin !== undefined) {
      const expires = created.session?.expiresAt?.getTime() ?? Date.now() + SESSION_LIMIT_MS;
      this.recycleTimer = setTimeout(() => this.recycleNow(), Math.min(MAX_DELAY_MS, Math.max(0, expires - margin - Date.now())));
      unref(this.recycleTimer);
    }
  }

  stop(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    clearTimeout(this.recycleTimer);
    this.pingTimer = this.pongTimer = this.recycleTimer = undefined;
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

  private ping(): void {
    if (this.pongTimer) return;
    this.transport.ping();
    const timer = setTimeout(() => {
      // Timers run before I/O: a starved event loop may hold a pong that has arrived but not been
      // read. Look again once pending I/O has been read.
      afterIo(() => {
        if (this.pongTimer === timer) {
          this.pongTimer = undefined;
          this.actions.dead();
        }
      });
    }, this.rules.pongTimeoutInMs);
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
    this.actions.recycle();
  }
}

/** Timers of a session never keep a process alive by themselves (the socket does while it is open). */
export function unref(timer: Timer): void {
  (timer as { unref?: () => void }).unref?.();
}

/** Runs `f` after the I/O that is pending now has been read (`setImmediate` where there is one). */
const afterIo: (f: () => void) => void =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === "function" ? (f) => void setImmediate(f) : (f) => void setTimeout(f, 0);
