/**
 * OpenTelemetry for the tracing tests: an in-memory exporter behind a basic tracer provider, and the
 * Azure SDK instrumentation registered with the `@azure/core-tracing` this package imports.
 */
import * as coreTracing from "@azure/core-tracing";
import { createAzureSdkInstrumentation } from "@azure/opentelemetry-instrumentation-azure-sdk";
import { context, trace, type Context, type Span } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";

export interface Otel {
  exporter: InMemorySpanExporter;
  /** A span to parent a conversation, and the context that carries it. */
  parent(name: string): { span: Span; context: Context };
  spans(): ReadableSpan[];
  stop(): Promise<void>;
}

export function startOtel(): Otel {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  trace.setGlobalTracerProvider(provider);
  // The instrumentation hooks `require` of @azure/core-tracing; under ESM that hook does not run, so
  // its module definition is applied by hand to the very module this package imports.
  const instrumentation = createAzureSdkInstrumentation({ enabled: false });
  const definitions = (instrumentation as unknown as { getModuleDefinitions(): { patch?: (m: unknown) => unknown }[] }).getModuleDefinitions();
  for (const d of definitions) d.patch?.({ ...coreTracing });
  return {
    exporter,
    parent(name) {
      const span = trace.getTracer("test").startSpan(name);
      return { span, context: trace.setSpan(context.active(), span) };
    },
    spans: () => exporter.getFinishedSpans(),
    async stop() {
      // Back to core-tracing's no-op instrumenter, so that later test files are not traced.
      coreTracing.useInstrumenter(undefined as unknown as coreTracing.Instrumenter);
      trace.disable();
      await provider.shutdown();
    },
  };
}
