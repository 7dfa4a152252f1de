/**
 * The SDK's logger (namespace `ai-voicelive`; `AZURE_LOG_LEVEL=info`, or `setLogLevel` from
 * `@azure/logger`). It logs state changes and event types only: never keys, tokens, URLs with
 * secrets, or audio.
 *
 * `@azure/logger` (with the HTTP runtime it pulls in) is loaded when a client is made, off the
 * import path: it was the largest part of the SDK's import time, and nothing is logged before a
 * session connects, which waits for it.
 */
import type { AzureLogger } from "@azure/logger";

type Level = "error" | "warning" | "info" | "verbose";
type LogFunction = ((...args: unknown[]) => void) & { enabled: boolean };

const silent = (): LogFunction => Object.assign(() => {}, { enabled: false });

/** Routes to `@azure/logger` once `loadLogger()` has finished; silent before. */
export const logger: Record<Level, LogFunction> = { error: silent(), warning: silent(), info: silent(), verbose: silent() };

let loading: Promise<void> | undefined;
let loaded = false;

/** Whether `logger` already routes to `@azure/logger`. */
export function isLoggerLoaded(): boolean {
  return loaded;
}

/** Loads `@azure/logger` (once) and routes `logger` through it. */
export function loadLogger(): Promise<void> {
  loading ??= import("@azure/logger").then(({ createClientLogger }) => {
    const real: AzureLogger = createClientLogger("ai-voicelive");
    for (const level of ["error", "warning", "info", "verbose"] as const) logger[level] = real[level] as unknown as LogFunction;
    loaded = true;
  });
  return loading;
}
