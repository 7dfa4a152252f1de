/**
 * One connection attempt and, once `session.created` arrives, the connection: the transport, what it
 * reports, and the per-connection facts (why this side dropped it, whether it is being recycled).
 * A class rather than an object of closures: it is kept for as long as a session is connected, and
 * it keeps the host name only, not the URL or the handshake headers.
 */
import { VoiceLiveConnectionError, VoiceLiveError } from "../errors.js";
import { logger } from "../internal/logger.js";
import type { Transport, TransportEvents } from "../internal/transport.js";
import { closedBeforeCreated, handshakeError } from "./failures.js";
import type { Liveness } from "./liveness.js";

/** What a link reports to its connection. */
export interface LinkOwner {
  /** A text frame; returns true when it was this connection's `session.created`. */
  text(link: Link, data: string): boolean;
  /** A frame the session cannot use (binary). */
  report(error: VoiceLiveError): void;
  /** The connection closed after `session.created`. */
  closed(link: Link, code: number, reason: string, cause?: VoiceLiveError): void;
}

export class Link implements TransportEvents {
  transport?: Transport;
  liveness?: Liveness;
  /** Why this side is dropping the connection (a missed pong), if it is. */
  dropError?: VoiceLiveError;
  /** Closed on purpose, to reconnect before the session length limit. */
  recycling = false;
  /** Runs once the transport reports its close (a closing handshake waits for it). */
  onClosed?: () => void;
  /** Settles with the handshake: resolves on `session.created`, or rejects with why the connection failed before it. */
  established?: Promise<void>;
  private created = false;
  private refusal?: VoiceLiveError;
  // Dropped once the handshake has settled: a connected session does not keep them.
  private resolve?: () => void;
  private reject?: (error: Error) => void;

  constructor(
    private readonly owner: LinkOwner,
    private readonly host: string,
  ) {
    this.established = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Nothing may wait on it (an attempt abandoned by a timeout): a rejection is expected, not unhandled.
    this.established.catch(() => {});
  }

  open(): void {
    logger.info(`socket open to ${this.host}`);
  }

  text(data: string): void {
    this.liveness?.alive();
    if (this.owner.text(this, data) && !this.created) {
      this.created = true;
      this.resolve?.();
      this.resolve = this.reject = undefined;
      this.established = undefined;
    }
  }

  binary(size: number): void {
    this.owner.report(new VoiceLiveError("INVALID_FRAME", `the server sent a binary frame of ${size} bytes; Voice Live speaks JSON text`));
  }

  refused(status: number, body: string, retryAfter: string | undefined): void {
    this.refusal = handshakeError(status, body, retryAfter);
    this.fail(this.refusal);
  }

  error(err: Error): void {
    if (!this.created) this.fail(new VoiceLiveConnectionError("CONNECTION_FAILED", `could not connect to ${this.host}: ${err.message}`, { cause: err }));
    else logger.warning(`socket error: ${err.message}`);
  }

  pong(): void {
    this.liveness?.alive();
  }

  close(code: number, reason: string, cause?: VoiceLiveError): void {
    if (!this.created) {
      this.fail(this.refusal ?? cause ?? closedBeforeCreated(code, reason));
      return;
    }
    this.owner.closed(this, code, reason, cause);
  }

  /** The handshake failed: the first reason given is the one told. */
  private fail(error: Error): void {
    this.reject?.(error);
    this.resolve = this.reject = undefined;
  }

  /** Stops the timers and forgets the transport (dropping the connection too, with `terminate`). */
  detach(terminate: boolean): void {
    this.liveness?.stop();
    this.liveness = undefined;
    const transport = this.transport;
    if (!transport) return;
    this.transport = undefined;
    transport.detach(terminate);
  }
}
