/**
 * Decides at a session's first connect whether it may be traced, and only then loads the tracing
 * code with `@azure/core-tracing`.
 *
 * Why not load it with the package: loading it keeps about 0.9 MB more on the heap, and measured
 * with tracing off, that start-up allocation alone made V8 size its young generation larger and
 * every later inbound event about 10 % dearer (docs/tracing.md). So it is loaded when tracing
 * can record: an OpenTelemetry tracer provider is registered in the process (what
 * `@azure/opentelemetry-instrumentation-azure-sdk` needs to make spans), or the session was given
 * `tracingOptions` (the way in for any other `@azure/core-tracing` instrumenter).
 */
import { realtimeEndpoint } from "../../generated/tables.js";
import type { SessionTrace, SessionTraceOptions } from "./session-trace.js";

/** Where `@opentelemetry/api` 1.x registers its globals (tracer provider, context manager, ...), by API name. */
const OTEL_API_1 = Symbol.for("opentelemetry.js.api.1");

/** Whether a session with these options may record spans in this process. */
function mayTrace(options: SessionTraceOptions): boolean {
  // The registry holds one entry per API registered (`trace`, `context`, `diag`, ...); spans need a tracer provider.
  return options.tracingOptions !== undefined || (globalThis as Record<symbol, { trace?: unknown } | undefined>)[OTEL_API_1]?.trace !== undefined;
}

/** The tracing of a session connecting to `href`, or undefined (and nothing loaded) when it cannot record. */
export function loadSessionTrace(href: string, options: SessionTraceOptions): Promise<SessionTrace> | undefined {
  if (!mayTrace(options)) return undefined;
  const url = new URL(href);
  return import("./session-trace.js").then(({ SessionTrace }) => new SessionTrace(url, url.searchParams.get(realtimeEndpoint.query.apiVersion) ?? "", options));
}
