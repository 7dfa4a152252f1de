// Tracing on, for `npm run bench`: BENCH_CHILD_FLAGS="--import ./scripts/bench/tracing-on.mjs" loads this in every
// measured child, bare included, so that all peers run in the same process. It registers an OpenTelemetry tracer
// provider whose spans go to a processor that drops them (the cost measured is making and filling spans, not
// exporting them), and the Azure SDK instrumentation on @azure/core-tracing, the way docs/tracing.md does in ESM.
import * as coreTracing from "@azure/core-tracing";
import { createAzureSdkInstrumentation } from "@azure/opentelemetry-instrumentation-azure-sdk";
import { trace } from "@opentelemetry/api";
import { BasicTracerProvider, NoopSpanProcessor } from "@opentelemetry/sdk-trace-base";

trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new NoopSpanProcessor()] }));
for (const definition of createAzureSdkInstrumentation({ enabled: false }).getModuleDefinitions()) definition.patch?.({ ...coreTracing });
