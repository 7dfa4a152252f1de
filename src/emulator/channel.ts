/**
 * The way out of one emulated session, shared by all its parts: events and `error` replies through
 * the outbox, the session's log lines, its timers and counters, and the rule for failures inside a
 * step (a self-check failure is thrown loudly, anything else becomes a `server_error` event).
 */
import type { WebSocket } from "ws";
import type { AgentSessionConfig } from "../../generated/models.js";
import { serverEventTypeRenames } from "../../generated/tables.js";
import type { ApiVersion } from "../versions.js";
import type { EmulatorAgent } from "./agents.js";
import type { EmulatorFaults } from "./faults.js";
import type { EmulatorLatency, EmulatorSentEvent } from "./latency.js";
import type { EmulatorMcpServer } from "./mcp-server.js";
import { EmulatorSelfCheckError, Outbox, type WireFrame } from "./outbox.js";
import type { Responder } from "./responder.js";
import type { EmulatorSipCall } from "./sip-call.js";
import type { EmulatorSessionStats } from "./stats.js";
import { Timers } from "./timers.js";

/** What the server hands a new session. */
export interface SessionSettings {
  /** The modelled version whose schema applies. */
  version: ApiVersion;
  /** The api-version string of the URL. */
  apiVersion: string;
  target: { model: string } | { agent: AgentSessionConfig };
  responder: Responder;
  /** The MCP servers the session can reach, by server label. */
  mcpServers: Readonly<Record<string, EmulatorMcpServer>>;
  /** The SIP call to place after `session.created`, if any (only where the version has call events). */
  sipCall?: EmulatorSipCall;
  /** The known Foundry agents; every agent exists when undefined. */
  agents?: readonly EmulatorAgent[];
  realtimePacing: boolean;
  faults: EmulatorFaults;
  latency: Required<EmulatorLatency>;
  onEventSent?: (event: EmulatorSentEvent) => void;
  selfCheck: boolean;
  log?: (line: string) => void;
}

/** The fields of an `error` event; `type` defaults to `invalid_request_error`, `param` to null. */
export interface ErrorReply {
  type?: string;
  code: string | null;
  message: string;
  param?: string | null;
  /** The `event_id` of the client event the error answers, if it had one. */
  eventId: string | null;
}

export class SessionChannel {
  readonly timers = new Timers();
  readonly counters: EmulatorSessionStats = { framesReceived: 0, audioAppends: 0, audioBytes: 0, errorsSent: 0 };
  private readonly outbox: Outbox;
  private ended = false;

  constructor(
    ws: WebSocket,
    /** The session id, `sess_…`, which starts every log line. */
    readonly id: string,
    readonly settings: SessionSettings,
  ) {
    this.outbox = new Outbox(ws, {
      version: settings.version,
      selfCheck: settings.selfCheck,
      faults: settings.faults,
      timers: this.timers,
      onSent: settings.onEventSent && ((type, eventId, at) => settings.onEventSent!({ sessionId: id, type, eventId, at })),
      log: settings.log ? (line) => settings.log!(`${this.id} ${line}`) : undefined,
    });
  }

  /** Whether the connection has ended: from then on nothing is sent. */
  get closed(): boolean {
    return this.ended;
  }

  /** Applies the faults that act before the first event; false when they ended the connection. */
  open(): boolean {
    return this.outbox.start();
  }

  /** Sends nothing more, and stops every timer (waking every sleeper). */
  end(): void {
    this.ended = true;
    this.outbox.stop();
    this.timers.clearAll();
  }

  log(line: string): void {
    this.settings.log?.(`${this.id} ${line}`);
  }

  /** Sends an event, under the name the session's version gives it (`response.audio.delta` is `response.output_audio.delta` in v1). */
  send(frame: WireFrame): void {
    if (this.ended) return;
    const renamed = serverEventTypeRenames[this.settings.version][frame.type];
    this.outbox.send(renamed === undefined ? frame : ({ ...frame, type: renamed } as WireFrame));
  }

  sendError(e: ErrorReply): void {
    if (!this.ended) this.counters.errorsSent++;
    this.send({ type: "error", error: { type: e.type ?? "invalid_request_error", code: e.code, message: e.message, param: e.param ?? null, event_id: e.eventId } });
  }

  /**
   * Runs a step of the session. A self-check failure is a bug in the emulator: it is thrown out of
   * band, loudly (an uncaught exception). Any other failure becomes a `server_error` event.
   */
  run(step: () => void, eventId: string | null = null): void {
    try {
      step();
    } catch (e) {
      this.fail(e, eventId);
    }
  }

  fail(e: unknown, eventId: string | null): void {
    if (e instanceof EmulatorSelfCheckError) {
      this.log(e.message);
      queueMicrotask(() => {
        throw e;
      });
      return;
    }
    const message = e instanceof Error ? e.message : String(e);
    this.log(`internal error: ${message}`);
    try {
      this.sendError({ type: "server_error", code: "server_error", message: `The emulator failed: ${message}`, eventId });
    } catch (again) {
      if (again instanceof EmulatorSelfCheckError) queueMicrotask(() => {
        throw again;
      });
    }
  }
}
