/**
 * The page: microphone → AudioWorklet (24 kHz PCM16) → session → AudioWorklet player, through the
 * site's own proxy. No credential ever reaches the page: it asks the site for a single-use app
 * token (`GET /token`) and connects with `anonymousCredential`; the proxy adds the key.
 */
import { anonymousCredential, VoiceLiveClient, type VoiceLiveSession } from "ai-voicelive";
import { bargeInTurnDetection, playWithBargeIn, type Playback } from "../../barge-in/barge-in.js";
import type { PlayerCommand, PlayerReport } from "./player-worklet.js";
import type { PageState } from "./state.js";

const state: PageState = { status: "idle", answers: [], userTurns: [], responsesDone: 0, audioDeltas: 0, audioBytes: 0, sentChunks: 0, sentBytes: 0, playedMs: 0, bargeIns: [], errors: [] };
(globalThis as { voicelivePage?: PageState }).voicelivePage = state;

const $ = (id: string) => document.getElementById(id)!;
function setStatus(status: string): void {
  state.status = status;
  $("status").textContent = status;
}
function fail(e: unknown): void {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  state.errors.push(message);
  setStatus(`error: ${message}`);
}
function line(text: string, kind: "user" | "assistant"): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = kind;
  p.textContent = text;
  $("transcript").append(p);
  return p;
}

/** The player worklet as a `Playback` for the barge-in recipe, its position as the worklet reports it. */
class WorkletPlayer implements Playback {
  private written = 0; // 24 kHz samples posted
  private played = 0;
  private dropped = 0;

  constructor(private readonly node: AudioWorkletNode) {
    node.port.onmessage = (event: MessageEvent<PlayerReport>) => {
      this.played = event.data.played;
      this.dropped = event.data.dropped;
      state.playedMs = this.playedMs;
    };
  }

  get playedMs(): number {
    return this.played / 24; // at most 25 ms old: it errs early, never past what was heard
  }

  get queuedMs(): number {
    return Math.max(0, this.written - this.played - this.dropped) / 24;
  }

  write(pcm16: Uint8Array): void {
    const view = new DataView(pcm16.buffer, pcm16.byteOffset, pcm16.byteLength);
    const samples = new Float32Array(pcm16.byteLength >> 1);
    for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(2 * i, true) / 0x8000;
    this.written += samples.length;
    this.node.port.postMessage({ type: "audio", samples } satisfies PlayerCommand, [samples.buffer]);
  }

  clear(): void {
    this.dropped = this.written - this.played; // until the worklet's own count comes back
    this.node.port.postMessage({ type: "clear" } satisfies PlayerCommand);
  }
}

let running: { session: VoiceLiveSession; context: AudioContext; microphone: MediaStream } | undefined;

async function start(): Promise<void> {
  setStatus("asking the site for a token");
  const answer = await fetch("/token");
  if (!answer.ok) throw new Error(`the token route answered ${answer.status}`);
  const { token } = (await answer.json()) as { token: string };

  setStatus("starting audio");
  const context = new AudioContext(); // the device's rate; the worklets convert to and from 24 kHz
  state.contextRate = context.sampleRate;
  await Promise.all([context.audioWorklet.addModule("/capture-worklet.js"), context.audioWorklet.addModule("/player-worklet.js")]);
  // The browser's echo canceller keeps the reply that the speakers play out of the microphone.
  const microphone = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true } });

  setStatus("connecting");
  const model = new URLSearchParams(location.search).get("model") ?? "gpt-realtime";
  const client = new VoiceLiveClient(`${location.origin}/?app-token=${encodeURIComponent(token)}`, anonymousCredential);
  // Live capture: a slow network drops the oldest audio (reported) rather than queueing without end.
  const session = await client.startSession(
    { model, turnDetection: bargeInTurnDetection, inputAudioTranscription: { model: "whisper-1" } },
    { sendBuffer: { mode: "dropOldestAudio" } },
  );
  state.sessionId = session.sessionId;
  running = { session, context, microphone };

  const playerNode = new AudioWorkletNode(context, "pcm16-player", { numberOfInputs: 0, outputChannelCount: [1] });
  playerNode.connect(context.destination);
  playWithBargeIn(session, new WorkletPlayer(playerNode), { onBargeIn: (bargeIn) => void state.bargeIns.push(bargeIn) });

  let current: HTMLParagraphElement | undefined;
  session.subscribe({
    onInputAudioBufferSpeechStarted: () => setStatus("listening"),
    onConversationItemInputAudioTranscriptionCompleted: (event) => {
      state.userTurns.push(event.transcript);
      line(`you: ${event.transcript}`, "user");
    },
    onResponseCreated: () => {
      state.answers.push("");
      current = line("", "assistant");
      setStatus("answering");
    },
    onResponseAudioTranscriptDelta: (event) => {
      state.answers[state.answers.length - 1] += event.delta;
      if (current) current.textContent += event.delta;
    },
    onResponseAudioDelta: (event) => {
      state.audioDeltas++;
      state.audioBytes += event.delta.byteLength;
    },
    onResponseDone: () => {
      state.responsesDone++;
      setStatus("talk");
    },
    onServerError: (event) => fail(new Error(event.error.message)),
    onError: (error) => fail(error),
    onDisconnected: ({ code, reason }) => setStatus(`disconnected (${code}${reason ? ` ${reason}` : ""})`),
  });

  const capture = new AudioWorkletNode(context, "pcm16-capture", { numberOfInputs: 1, numberOfOutputs: 0 });
  capture.port.onmessage = (event: MessageEvent<ArrayBuffer>) => {
    if (running?.session !== session) return; // a chunk that was on its way when Stop was pressed
    const chunk = new Int16Array(event.data);
    state.sentChunks++;
    state.sentBytes += chunk.byteLength;
    session.sendAudio(chunk).catch(fail);
  };
  context.createMediaStreamSource(microphone).connect(capture);
  setStatus("talk");
}

async function stop(): Promise<void> {
  const r = running;
  running = undefined;
  if (!r) return;
  for (const track of r.microphone.getTracks()) track.stop();
  await r.session.close();
  await r.context.close();
  setStatus("stopped");
}

$("start").addEventListener("click", () => {
  ($("start") as HTMLButtonElement).disabled = true;
  ($("stop") as HTMLButtonElement).disabled = false;
  start().catch(fail);
});
$("stop").addEventListener("click", () => {
  ($("stop") as HTMLButtonElement).disabled = true;
  ($("start") as HTMLButtonElement).disabled = false;
  stop().catch(fail);
});
