/**
 * One voice turn through the public SDK API: connect and configure, stream the audio in 100 ms
 * chunks, and collect the reply until `response.done`, a failure, or the deadline. Whatever happens,
 * the session is closed before this returns, and no timer or listener is left behind.
 */
import type { RequestSessionWithModel, VoiceLiveClient } from "../client.js";
import { isInApiVersion } from "../version-names.js";
import { resolveApiVersion } from "../versions.js";
import type { VoiceLiveSession } from "../session.js";
import { CliError, isCliError } from "./failure.js";
import { seconds, type Timeline } from "./timeline.js";

export interface TurnSettings {
  client: VoiceLiveClient;
  model: string;
  instructions: string;
  voice: string;
  /** Mono PCM16 at `RATE`, ending in enough silence for the service's voice activity detection to end the turn. */
  input: Uint8Array;
  /** Pace the audio at real time (as a microphone would), or send it as fast as the socket takes it. */
  realtime: boolean;
  /** How long to wait for the whole turn, from the first connection attempt. */
  timeoutMs: number;
  timeline: Timeline;
  write: (text: string) => void;
  /** Redraw a progress bar in place (a terminal), or print milestones. */
  interactive: boolean;
  /** Ends the turn early (Ctrl+C). */
  signal?: AbortSignal;
}

/** The session's audio rate: `pcm16` both ways. */
export const RATE = 24000;
const CHUNK_MS = 100;
/** The silence after speech that ends a turn, as configured; the input gets this much and more appended. */
export const VAD_SILENCE_MS = 500;

/**
 * The turn's session config, in the shape of the client's api-version: the same settings, flat in the
 * dated versions and grouped under `audio.input` / `audio.output` where the version has that (v1).
 */
function sessionConfig(settings: TurnSettings): RequestSessionWithModel {
  const turnDetection = { type: "server_vad", threshold: 0.5, prefixPaddingInMs: 300, silenceDurationInMs: VAD_SILENCE_MS, createResponse: true } as const;
  const transcription = { model: "azure-speech" } as const;
  const common = { model: settings.model, instructions: settings.instructions };
  if (isInApiVersion("RequestSession.audio", resolveApiVersion(settings.client.apiVersion))) {
    return {
      ...common,
      outputModalities: ["audio"],
      audio: { input: { format: "pcm16", turnDetection, transcription }, output: { format: "pcm16", voice: settings.voice } },
    };
  }
  return {
    ...common,
    modalities: ["text", "audio"],
    voice: settings.voice,
    inputAudioFormat: "pcm16",
    outputAudioFormat: "pcm16",
    turnDetection,
    inputAudioTranscription: transcription,
  };
}

/** Holds the turn; resolves with the reply audio (PCM16 at `RATE`). Rejects with `CliError`, the timeline's hint included on a timeout. */
export async function holdTurn(settings: TurnSettings): Promise<Uint8Array> {
  const { timeline } = settings;
  const reply: Uint8Array[] = [];
  let replyBytes = 0;
  let transcript = "";
  const stop = new AbortController();
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const outcome = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = (e) => {
      stop.abort(e);
      reject(e);
    };
  });
  outcome.catch(() => {});
  const timer = setTimeout(() => fail(new CliError(`no reply within ${seconds(settings.timeoutMs)}: ${timeline.hint() ?? "response.done never arrived"}`)), settings.timeoutMs);
  const onAbort = () => fail(new CliError("interrupted"));
  settings.signal?.addEventListener("abort", onAbort, { once: true });

  const addTranscript = (e: { delta: string }) => void (transcript += e.delta);
  const addAudio = (e: { delta: Uint8Array }) => {
    if (reply.length === 0) timeline.mark("first audio", `${e.delta.byteLength} bytes`);
    reply.push(e.delta);
    replyBytes += e.delta.byteLength;
  };
  const transcriptDone = () => timeline.mark("assistant said", JSON.stringify(transcript));

  let session: VoiceLiveSession | undefined;
  try {
    const starting = settings.client.startSession(
      sessionConfig(settings),
      {
        abortSignal: stop.signal,
        sessionHandlers: {
          onServerEvent: (e) => timeline.event(e.type),
          onInputAudioBufferSpeechStarted: (e) => timeline.mark("speech started", `at ${e.audioStartInMs} ms of input audio`),
          onInputAudioBufferSpeechStopped: (e) => timeline.mark("speech stopped", `at ${e.audioEndInMs} ms`),
          onInputAudioBufferCommitted: (e) => timeline.mark("input committed", `item ${e.itemId}`),
          onConversationItemInputAudioTranscriptionCompleted: (e) => timeline.mark("user said", JSON.stringify(e.transcript)),
          onResponseCreated: (e) => timeline.mark("response started", e.response.id ?? ""),
          // The dated versions and v1 name these events differently (`response.audio.delta`, `response.output_audio.delta`).
          onResponseAudioTranscriptDelta: addTranscript,
          onResponseOutputAudioTranscriptDelta: addTranscript,
          onResponseTextDelta: addTranscript,
          onResponseOutputTextDelta: addTranscript,
          onResponseAudioDelta: addAudio,
          onResponseOutputAudioDelta: addAudio,
          onResponseAudioTranscriptDone: transcriptDone,
          onResponseOutputAudioTranscriptDone: transcriptDone,
          onResponseDone: (e) => {
            const tokens = e.response.usage?.totalTokens;
            timeline.mark("response done", `${e.response.status ?? "?"}, ${(replyBytes / 2 / RATE).toFixed(2)} s of audio${tokens !== undefined ? `, ${tokens} tokens` : ""}`);
            finish();
          },
          // A single-turn command has nothing to gain from waiting once the service has refused something.
          onServerError: (e) => fail(new CliError(`the service reported an error: ${e.error.message}`)),
          onError: (e) => timeline.mark("sdk error", `${e.code}: ${e.message}`),
          onDisconnected: (info) => {
            if (info.error) fail(new CliError(`the connection closed: ${info.error.message}`));
          },
        },
      },
    );
    starting.then((s) => void (session = s)).catch(() => {});
    await Promise.race([starting, outcome]);
    timeline.mark("session ready", `${session!.sessionId ?? ""} (server VAD, silence ${VAD_SILENCE_MS} ms)`);
    await Promise.race([streamAudio(session!, settings, stop.signal), outcome]);
    timeline.mark("input sent", `${(settings.input.length / 2 / RATE).toFixed(2)} s in ${CHUNK_MS} ms chunks`);
    await outcome;
  } catch (e) {
    if (stop.signal.aborted && isCliError(stop.signal.reason)) throw stop.signal.reason;
    throw e;
  } finally {
    clearTimeout(timer);
    settings.signal?.removeEventListener("abort", onAbort);
    stop.abort();
    await session?.close().catch(() => {});
  }
  const audio = new Uint8Array(replyBytes);
  reply.reduce((at, chunk) => (audio.set(chunk, at), at + chunk.byteLength), 0);
  return audio;
}

/** Sends the audio in 100 ms chunks, paced at real time unless told not to, with a progress display. */
async function streamAudio(session: VoiceLiveSession, settings: TurnSettings, stopped: AbortSignal): Promise<void> {
  const { input, realtime, write, interactive } = settings;
  const chunk = (RATE * CHUNK_MS * 2) / 1000;
  const total = input.length / 2 / RATE;
  const begin = performance.now();
  let nextMilestone = 0.25;
  write(`streaming ${total.toFixed(1)} s of ${realtime ? "audio at real-time pace" : "audio"} in ${CHUNK_MS} ms chunks\n`);
  for (let at = 0; at < input.length && !stopped.aborted; at += chunk) {
    const end = Math.min(input.length, at + chunk);
    await session.sendAudio(input.subarray(at, end));
    const sent = end / 2 / RATE;
    const fraction = sent / total;
    if (interactive) {
      const width = 30;
      const filled = Math.round(fraction * width);
      write(`\r  [${"#".repeat(filled)}${".".repeat(width - filled)}] ${sent.toFixed(1)} / ${total.toFixed(1)} s`);
    } else if (fraction >= nextMilestone - 1e-9) {
      write(`  sent ${sent.toFixed(1)} / ${total.toFixed(1)} s\n`);
      nextMilestone += 0.25;
    }
    if (realtime) {
      const wait = begin + sent * 1000 - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  }
  if (interactive) write("\n");
}
