/**
 * A session's options, checked once at construction: a bad value fails there with `INVALID_ARGUMENT`
 * naming the option and its range, instead of surfacing later as a timer that fires at once, a Node
 * `TimeoutOverflowWarning`, or a queue with no bound.
 */
import { VoiceLiveError } from "../errors.js";
import { resolveSendBuffer, type SendBufferSettings } from "../internal/send-queue.js";
import { DEFAULT_MAX_FRAME_BYTES, LARGEST_MAX_FRAME_BYTES } from "../internal/transport-limits.js";
import type { SessionTraceOptions } from "../tracing/session-trace.js";
import type { TransportFactory } from "../transport.js";
import type { BackoffOptions, ReconnectOptions, VoiceLiveSessionOptions } from "./types.js";

export { DEFAULT_MAX_FRAME_BYTES };

/** The longest delay `setTimeout` takes; a longer one fires at once. */
export const MAX_DELAY_MS = 2 ** 31 - 1;

export interface Backoff {
  maxAttempts: number;
  initialDelayInMs: number;
  maxDelayInMs: number;
}

export interface ResolvedReconnect extends Backoff {
  recycleBeforeExpiryInMs?: number;
  shouldReconnect?: ReconnectOptions["shouldReconnect"];
}

export interface ResolvedOptions {
  validation: boolean;
  validateIncoming: boolean;
  maxQueuedEvents: number;
  connectTimeoutInMs: number;
  closeTimeoutInMs: number;
  pingIntervalInMs: number;
  pongTimeoutInMs: number;
  maxFrameBytes: number;
  reconnect?: ResolvedReconnect;
  connectRetry?: Backoff;
  transport?: TransportFactory;
  sendBuffer: SendBufferSettings;
  /** What tracing is told: the options' own object (its two tracing fields are read from it). */
  tracing: SessionTraceOptions;
}


/** An integer in [min, max], or the default when undefined. */
export function checkInteger(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `${name} must be an integer from ${min} to ${max} (got ${describe(value)})`);
  }
  return value;
}

/** A delay or timeout for a timer: whole milliseconds that `setTimeout` can wait. */
export function checkDelay(name: string, value: unknown, fallback: number, min = 0): number {
  return checkInteger(name, value, fallback, min, MAX_DELAY_MS);
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : String(value);
}

function backoff(name: string, options: BackoffOptions, attempts: number): Backoff {
  const initialDelayInMs = checkDelay(`${name}.initialDelayInMs`, options.initialDelayInMs, 500);
  const maxDelayInMs = checkDelay(`${name}.maxDelayInMs`, options.maxDelayInMs, Math.max(15_000, initialDelayInMs));
  if (maxDelayInMs < initialDelayInMs) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `${name}.maxDelayInMs (${maxDelayInMs}) must not be below ${name}.initialDelayInMs (${initialDelayInMs})`);
  }
  return { maxAttempts: checkInteger(`${name}.maxAttempts`, options.maxAttempts, attempts, 1, 1000), initialDelayInMs, maxDelayInMs };
}

function object<T extends object>(name: string, value: boolean | T | undefined): T | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return {} as T;
  if (typeof value !== "object" || value === null) throw new VoiceLiveError("INVALID_ARGUMENT", `${name} must be true, false or an object of settings`);
  return value;
}

/**
 * Options objects already resolved: sessions made with the same object (a client's defaults, most
 * often) share one resolved copy instead of holding one each.
 */
const resolvedCache = new WeakMap<VoiceLiveSessionOptions, ResolvedOptions>();

/** The session's options with their defaults, every value checked. */
export function resolveOptions(options: VoiceLiveSessionOptions): ResolvedOptions {
  let resolved = resolvedCache.get(options);
  if (!resolved) resolvedCache.set(options, (resolved = resolveFresh(options)));
  return resolved;
}

function resolveFresh(options: VoiceLiveSessionOptions): ResolvedOptions {
  if (options.validation !== undefined && options.validation !== "on" && options.validation !== "off") {
    throw new VoiceLiveError("INVALID_ARGUMENT", `validation must be "on" or "off" (got ${describe(options.validation)})`);
  }
  if (options.transport !== undefined && typeof options.transport !== "function") {
    throw new VoiceLiveError("INVALID_ARGUMENT", "transport must be a function (init, events) => Transport, such as webSocketTransport(WebSocket)");
  }
  const resolved: ResolvedOptions = {
    validation: options.validation !== "off",
    validateIncoming: options.validateIncoming === true,
    maxQueuedEvents: checkInteger("maxQueuedEvents", options.maxQueuedEvents, 10_000, 1, 2 ** 24),
    connectTimeoutInMs: checkDelay("connectTimeoutInMs", options.connectTimeoutInMs, 30_000, 1),
    closeTimeoutInMs: checkDelay("closeTimeoutInMs", options.closeTimeoutInMs, 5_000, 1),
    pingIntervalInMs: checkDelay("pingIntervalInMs", options.pingIntervalInMs, 30_000),
    pongTimeoutInMs: checkDelay("pongTimeoutInMs", options.pongTimeoutInMs, 10_000, 1),
    maxFrameBytes: checkInteger("maxFrameBytes", options.maxFrameBytes, DEFAULT_MAX_FRAME_BYTES, 1, LARGEST_MAX_FRAME_BYTES),
    transport: options.transport,
    sendBuffer: resolveSendBuffer(options.sendBuffer),
    tracing: options,
  };
  const reconnect = object<ReconnectOptions>("reconnect", options.reconnect);
  if (reconnect) {
    if (reconnect.shouldReconnect !== undefined && typeof reconnect.shouldReconnect !== "function") {
      throw new VoiceLiveError("INVALID_ARGUMENT", "reconnect.shouldReconnect must be a function");
    }
    resolved.reconnect = {
      ...backoff("reconnect", reconnect, 5),
      recycleBeforeExpiryInMs: reconnect.recycleBeforeExpiryInMs === undefined ? undefined : checkDelay("reconnect.recycleBeforeExpiryInMs", reconnect.recycleBeforeExpiryInMs, 0),
      shouldReconnect: reconnect.shouldReconnect,
    };
  }
  const retry = object<BackoffOptions>("connectRetry", options.connectRetry);
  if (retry) resolved.connectRetry = backoff("connectRetry", retry, 3);
  return resolved;
}
