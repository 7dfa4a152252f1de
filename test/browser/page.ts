/**
 * The script of the browser test's page, bundled with esbuild for the browser (the package's
 * `browser` map applied) and run in headless Chromium. It puts `window.voicelive` in place: each
 * function runs one scenario with the SDK and returns a plain, JSON-serializable report.
 */
import { AzureKeyCredential } from "@azure/core-auth";
import * as coreTracing from "@azure/core-tracing";
import { createAzureSdkInstrumentation } from "@azure/opentelemetry-instrumentation-azure-sdk";
import { context, trace } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import {
  anonymousCredential,
  VoiceLiveClient,
  webSocketTransport,
  type AnonymousCredential,
  type KeyCredential,
  type TokenCredential,
  type TransportFactory,
  type VoiceLiveSession,
  type WebSocketClass,
} from "../../src/index.js";

export interface ErrorReport {
  name: string;
  code?: string;
  message: string;
  statusCode?: number;
  responseBody?: string;
  closeCode?: number;
}

export interface TurnReport {
  userAgent: string;
  nodeGlobals: string[];
  validationError?: ErrorReport;
  validationErrorIssues?: string[];
  committedItemId?: string;
  transcript: string;
  audioDeltas: number;
  audioDeltasAreUint8Array: boolean;
  audioBytes: number;
  responseStatus?: string;
  serverErrors: string[];
  sessionErrors: string[];
  stateAfterClose: string;
  disconnected?: { code: number; reason: string };
}

export interface OversizeReport extends DropReport {
  transportsOpened: number;
  paddingEvents: number;
  errors: ErrorReport[];
}

export interface SpanReport {
  name: string;
  parentIsCaller: boolean;
  attributes: Record<string, unknown>;
}

export interface DropReport {
  disconnected?: { code: number; reason: string; error?: ErrorReport };
  state: string;
}

function report(e: unknown): ErrorReport {
  const err = e as ErrorReport;
  return { name: err?.name, code: err?.code, message: err?.message ?? String(e), statusCode: err?.statusCode, responseBody: err?.responseBody, closeCode: err?.closeCode };
}

/** 300 ms of a 440 Hz tone, 24 kHz PCM16. */
function tone(): Int16Array {
  const pcm = new Int16Array(7200);
  for (let i = 0; i < pcm.length; i++) pcm[i] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 24000));
  return pcm;
}

async function expectRejection(promise: Promise<unknown>): Promise<ErrorReport | undefined> {
  try {
    await promise;
    return undefined;
  } catch (e) {
    return report(e);
  }
}

/** A whole turn: connect, a refused invalid event, audio in, text in, a response with audio out, close. */
async function turn(session: VoiceLiveSession): Promise<TurnReport> {
  const result: TurnReport = {
    userAgent: (globalThis as { navigator?: { userAgent: string } }).navigator?.userAgent ?? "",
    nodeGlobals: ["Buffer", "process", "require"].filter((name) => name in globalThis),
    transcript: "",
    audioDeltas: 0,
    audioDeltasAreUint8Array: true,
    audioBytes: 0,
    serverErrors: [],
    sessionErrors: [],
    stateAfterClose: "",
  };
  session.subscribe({
    onResponseAudioDelta: (event) => {
      result.audioDeltas++;
      result.audioDeltasAreUint8Array &&= event.delta instanceof Uint8Array;
      result.audioBytes += event.delta.byteLength;
    },
    onResponseAudioTranscriptDelta: (event) => void (result.transcript += event.delta),
    onServerError: (event) => void result.serverErrors.push(event.error.message),
    onError: (error) => void result.sessionErrors.push(`${error.code}: ${error.message}`),
    onDisconnected: ({ code, reason }) => void (result.disconnected = { code, reason }),
  });

  // Refused by the SDK before anything is sent: the server never hears of it.
  const invalid = session.updateSession({ turnDetection: { type: "server_vad", threshold: 1.5 } });
  try {
    await invalid;
  } catch (e) {
    result.validationError = report(e);
    result.validationErrorIssues = ((e as { issues?: { message: string }[] }).issues ?? []).map((i) => i.message);
  }

  const committed = session.waitFor("input_audio_buffer.committed", { timeoutInMs: 5000 });
  await session.sendAudio(tone());
  // A burst, each send's promise settling as its frame leaves the browser's buffer.
  await Promise.all(Array.from({ length: 20 }, () => session.sendAudio(tone())));
  await session.commitAudio();
  result.committedItemId = (await committed).itemId;

  await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hello from Chromium" }] });
  const done = session.waitFor("response.done", { timeoutInMs: 5000 });
  await session.createResponse();
  result.responseStatus = (await done).response.status;

  await session.close(4001, "bye from the page");
  result.stateAfterClose = session.state;
  return result;
}

type Credential = KeyCredential | TokenCredential | AnonymousCredential;

/** `webSocketTransport` on the page's own `WebSocket` class, passed explicitly, counting the connections it opens. */
function explicitTransport(): { transport: TransportFactory; opened: () => number } {
  let opened = 0;
  const factory = webSocketTransport((globalThis as unknown as { WebSocket: WebSocketClass }).WebSocket);
  return {
    transport: (init, events) => {
      opened++;
      return factory(init, events);
    },
    opened: () => opened,
  };
}

const voicelive = {
  /** A turn with the key in the URL (`credentialInUrl: true`). */
  async keyInUrl(endpoint: string, key: string): Promise<TurnReport> {
    const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(key), { credentialInUrl: true });
    return turn(await client.startSession({ model: "gpt-realtime", turnDetection: null }));
  },
  /** A turn with no credential at all (a proxy adds it). */
  async anonymous(endpoint: string): Promise<TurnReport> {
    const client = new VoiceLiveClient(endpoint, anonymousCredential);
    return turn(await client.startSession({ model: "gpt-realtime", turnDetection: null }));
  },
  /** A turn with the key in the URL, through the `transport` option with the browser's `WebSocket` given explicitly. */
  async explicitTransport(endpoint: string, key: string): Promise<TurnReport & { transportsOpened: number }> {
    const { transport, opened } = explicitTransport();
    const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(key), { credentialInUrl: true });
    const result = await turn(await client.startSession({ model: "gpt-realtime", turnDetection: null }, { transport }));
    return { ...result, transportsOpened: opened() };
  },
  /** Connects (explicit transport, `maxFrameBytes`) to a server that sends messages up to and over the limit, and reports the end. */
  async oversize(endpoint: string, maxFrameBytes: number): Promise<OversizeReport> {
    const { transport, opened } = explicitTransport();
    const client = new VoiceLiveClient(endpoint, anonymousCredential);
    const session = client.createSession("gpt-realtime", { transport, maxFrameBytes, reconnect: false });
    const result: OversizeReport = { state: "", transportsOpened: 0, paddingEvents: 0, errors: [] };
    const ended = new Promise<void>((resolve) => {
      session.subscribe({
        onServerEvent: (event) => void ((event.type as string) === "test.padding" && result.paddingEvents++),
        onError: (error) => void result.errors.push(report(error)),
        onDisconnected: ({ code, reason, error }) => {
          result.disconnected = { code, reason, error: error && report(error) };
          resolve();
        },
      });
    });
    await session.connect();
    await ended;
    result.state = session.state;
    result.transportsOpened = opened();
    return result;
  },
  /** A turn traced through OpenTelemetry in the page (in-memory exporter): the spans it made. */
  async traced(endpoint: string, key: string): Promise<{ turn: TurnReport; spans: SpanReport[] }> {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    trace.setGlobalTracerProvider(provider);
    // In the browser build, enabling the instrumentation sets OpenTelemetry's instrumenter on @azure/core-tracing (no module hooks).
    createAzureSdkInstrumentation().enable();
    const caller = trace.getTracer("page").startSpan("caller");
    try {
      const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(key), { credentialInUrl: true });
      const session = await client.startSession({ model: "gpt-realtime", turnDetection: null }, { tracingOptions: { tracingContext: trace.setSpan(context.active(), caller) } });
      const report = await turn(session);
      caller.end();
      const callerId = caller.spanContext().spanId;
      const spans = exporter.getFinishedSpans().map((s) => ({ name: s.name, parentIsCaller: s.parentSpanContext?.spanId === callerId, attributes: { ...s.attributes } }));
      return { turn: report, spans };
    } finally {
      coreTracing.useInstrumenter(undefined as unknown as coreTracing.Instrumenter);
      trace.disable();
      await provider.shutdown();
    }
  },
  /** How connecting fails (undefined if it does not). */
  async connectError(endpoint: string, kind: "key" | "key-in-url" | "token" | "anonymous", key = "k"): Promise<ErrorReport | undefined> {
    const credentials: Record<typeof kind, Credential> = {
      key: new AzureKeyCredential(key),
      "key-in-url": new AzureKeyCredential(key),
      token: { getToken: async () => ({ token: "a-token", expiresOnTimestamp: Date.now() + 3_600_000 }) },
      anonymous: anonymousCredential,
    };
    const client = new VoiceLiveClient(endpoint, credentials[kind], kind === "key-in-url" ? { credentialInUrl: true } : {});
    const session = client.createSession("gpt-realtime");
    const error = await expectRejection(session.connect({ timeoutInMs: 5000 }));
    if (!error) await session.close();
    return error;
  },
  /** Connects anonymously and waits for the server to end the connection. */
  async serverClose(endpoint: string): Promise<DropReport> {
    const client = new VoiceLiveClient(endpoint, anonymousCredential);
    const session = await client.startSession("gpt-realtime", { reconnect: false });
    const result: DropReport = { state: "" };
    await new Promise<void>((resolve) => {
      session.subscribe({
        onDisconnected: ({ code, reason, error }) => {
          result.disconnected = { code, reason, error: error && report(error) };
          resolve();
        },
      });
    });
    result.state = session.state;
    return result;
  },
};

(globalThis as { voicelive?: typeof voicelive }).voicelive = voicelive;
export type PageApi = typeof voicelive;
