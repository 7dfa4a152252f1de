/**
 * The main job: a whole voice conversation through the public SDK API. Without an endpoint it starts
 * the local emulator on a free loopback port, so it needs no account and no network.
 *
 * It configures the session, streams speech-like audio (or a WAV file) in real-time 100 ms chunks,
 * collects the voice activity events, the transcripts and the response audio, prints a timeline,
 * and writes the response audio to a WAV file.
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "../client.js";
import type { VoiceLiveSession } from "../session.js";
import { concatPcm16, decodePcm16, silence, speechLike } from "../emulator/audio.js";
import { readWav, writeWav } from "./audio.js";

export interface ConverseOptions {
  /** A real endpoint; without one, the local emulator is started. */
  endpoint?: string;
  model?: string;
  apiVersion?: string;
  /** A WAV file to say; without one, about two seconds of speech-like audio. */
  input?: string;
  /** Where to write the response audio. */
  output: string;
  instructions?: string;
  voice?: string;
  /** Stream the input at real-time pace (the default), or as fast as possible. */
  realtime?: boolean;
  /** Where the text goes (stdout by default). */
  write?: (text: string) => void;
  /** Whether to redraw a progress bar in place (a terminal) or print milestones. */
  interactive?: boolean;
}

const RATE = 24000;
const CHUNK_MS = 100;

export async function converse(options: ConverseOptions): Promise<{ responseAudio: Int16Array; timeline: string[] }> {
  const write = options.write ?? ((t: string) => void process.stdout.write(t));
  const started = performance.now();
  const stamp = () => `+${((performance.now() - started) / 1000).toFixed(3)} s`;
  const timeline: string[] = [];
  const mark = (what: string, detail = "") => {
    const line = `  ${stamp().padStart(10)}  ${what.padEnd(22)} ${detail}`.trimEnd();
    timeline.push(line);
  };

  let emulator: { url: string; close(): Promise<void> } | undefined;
  let endpoint = options.endpoint;
  let credential: KeyCredential | TokenCredential;
  if (!endpoint) {
    const { startEmulator } = await import("../emulator/index.js");
    emulator = await startEmulator({ apiKey: "emulator-key" });
    endpoint = emulator.url;
    credential = new AzureKeyCredential("emulator-key");
  } else {
    credential = await credentialFromEnvironment();
  }
  const model = options.model ?? "gpt-realtime";
  const client = new VoiceLiveClient(endpoint, credential, { apiVersion: options.apiVersion, userAgentOptions: { userAgentPrefix: "ai-voicelive-cli" } });
  write(`ai-voicelive: a voice conversation with ${emulator ? "the local Voice Live emulator (no account needed)" : endpoint}\n`);
  write(`  endpoint ${endpoint}   model ${model}   api-version ${client.apiVersion}\n\n`);

  const input = options.input ? await readWav(options.input, RATE) : concatPcm16([silence(300), speechLike(1900), silence(900)]);
  const responseAudio: Int16Array[] = [];
  let session: VoiceLiveSession | undefined;
  try {
    session = await client.startSession({
      model,
      instructions: options.instructions ?? "You are a friendly assistant. Answer in one short sentence.",
      modalities: ["text", "audio"],
      voice: options.voice ?? "alloy",
      inputAudioFormat: "pcm16",
      outputAudioFormat: "pcm16",
      turnDetection: { type: "server_vad", threshold: 0.5, prefixPaddingInMs: 300, silenceDurationInMs: 500, createResponse: true },
      inputAudioTranscription: { model: "azure-speech" },
    });
    const s = session;
    mark("session ready", `${s.sessionId ?? ""} (server VAD, silence 500 ms)`);
    let transcript = "";
    const done = s.waitFor("response.done", { timeoutInMs: 60_000 + (input.length / RATE) * 1000 });
    done.catch(() => {});
    s.subscribe({
      onInputAudioBufferSpeechStarted: (e) => mark("speech started", `at ${e.audioStartInMs} ms of input audio`),
      onInputAudioBufferSpeechStopped: (e) => mark("speech stopped", `at ${e.audioEndInMs} ms`),
      onInputAudioBufferCommitted: (e) => mark("input committed", `item ${e.itemId}`),
      onConversationItemInputAudioTranscriptionCompleted: (e) => mark("user said", JSON.stringify(e.transcript)),
      onResponseCreated: (e) => mark("response started", e.response.id ?? ""),
      onResponseAudioTranscriptDelta: (e) => void (transcript += e.delta),
      onResponseTextDelta: (e) => void (transcript += e.delta),
      onResponseAudioDelta: (e) => {
        if (responseAudio.length === 0) mark("first audio", `${e.delta.byteLength} bytes`);
        responseAudio.push(decodePcm16(e.delta));
      },
      onResponseAudioTranscriptDone: () => mark("assistant said", JSON.stringify(transcript)),
      onResponseDone: (e) => {
        const seconds = responseAudio.reduce((n, a) => n + a.length, 0) / RATE;
        const tokens = e.response.usage?.totalTokens;
        mark("response done", `${e.response.status ?? "?"}, ${seconds.toFixed(2)} s of audio${tokens !== undefined ? `, ${tokens} tokens` : ""}`);
      },
      onServerError: (e) => mark("service error", e.error.message),
      onError: (e) => mark("sdk error", `${e.code}: ${e.message}`),
    });

    await streamAudio(s, input, options.realtime ?? true, write, options.interactive ?? Boolean(process.stdout.isTTY));
    mark("input sent", `${(input.length / RATE).toFixed(2)} s in ${CHUNK_MS} ms chunks`);
    await done;
  } finally {
    await session?.close();
    await emulator?.close();
  }

  const audio = concatPcm16(responseAudio);
  await writeWav(options.output, audio, RATE);
  write(`\ntimeline\n${timeline.join("\n")}\n\nwrote ${options.output} (${(audio.length / RATE).toFixed(2)} s, 24 kHz, 16-bit mono)\n`);
  return { responseAudio: audio, timeline };
}

/** Sends the audio in 100 ms chunks, paced at real time, with a progress display. */
async function streamAudio(session: VoiceLiveSession, audio: Int16Array, realtime: boolean, write: (t: string) => void, interactive: boolean): Promise<void> {
  const chunk = (RATE * CHUNK_MS) / 1000;
  const total = audio.length / RATE;
  const begin = performance.now();
  let nextMilestone = 0.25;
  write(`streaming ${total.toFixed(1)} s of ${realtime ? "audio at real-time pace" : "audio"} in ${CHUNK_MS} ms chunks\n`);
  for (let at = 0; at < audio.length; at += chunk) {
    await session.sendAudio(audio.subarray(at, Math.min(audio.length, at + chunk)));
    const sent = Math.min(audio.length, at + chunk) / RATE;
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
      const due = begin + sent * 1000;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  }
  if (interactive) write("\n");
}

/** A key from AZURE_VOICELIVE_API_KEY, or Entra ID through DefaultAzureCredential. */
async function credentialFromEnvironment(): Promise<KeyCredential | TokenCredential> {
  const key = process.env.AZURE_VOICELIVE_API_KEY;
  if (key) return new AzureKeyCredential(key);
  try {
    const identity = (await import("@azure/identity")) as { DefaultAzureCredential: new () => TokenCredential };
    return new identity.DefaultAzureCredential();
  } catch {
    throw new Error("set AZURE_VOICELIVE_API_KEY, or install @azure/identity to sign in with Entra ID");
  }
}
