/**
 * One emulated Voice Live session: the state machine behind one WebSocket connection.
 *
 * It holds the session config, the conversation, the input audio buffer (with server VAD), audio
 * turns, streamed text input and the response in progress, and answers each client event with the
 * events the service sends. Every client frame is checked against the schema of the session's API
 * version first; a bad frame gets an `error` event and the session goes on.
 */
import { Buffer } from "node:buffer";
import type { RawData, WebSocket } from "ws";
import { deserializeResponseItemUnion, deserializeResponseSession } from "../../generated/serializers.js";
import { eventTypesByVersion } from "../../generated/tables.js";
import type { AgentSessionConfig, Modality, ToolUnion } from "../../generated/models.js";
import { KnownTurnDetectionType } from "../../generated/known.js";
import { validateWireEvent } from "../validation.js";
import { isInApiVersion, type ApiVersion } from "../versions.js";
import {
  concatPcm16,
  decodeAudio,
  durationMs,
  encodeAudio,
  fromBase64,
  inputFormatInfo,
  outputFormatInfo,
  speechLike,
  toBase64,
  type AudioFormatInfo,
} from "./audio.js";
import type { EmulatorFaults } from "./faults.js";
import { newId } from "./ids.js";
import { EmulatorSelfCheckError, Outbox, type WireFrame } from "./outbox.js";
import { speechDurationMs, type Responder, type ResponderInput, type ResponderReply, type ResponderUserInput } from "./responder.js";
import { Timers } from "./timers.js";
import { EnergyVad } from "./vad.js";
import { chunks, clone, codeOf, compact, isObject, mergeConfig, paramOf, textPieces, textTokens, type Wire } from "./wire.js";
import type { EmulatorSessionStats } from "./stats.js";

/** What the server hands a new session. */
export interface SessionSettings {
  /** The modelled version whose schema applies. */
  version: ApiVersion;
  /** The api-version string of the URL. */
  apiVersion: string;
  target: { model: string } | { agent: AgentSessionConfig };
  responder: Responder;
  realtimePacing: boolean;
  faults: EmulatorFaults;
  selfCheck: boolean;
  log?: (line: string) => void;
}

// In its own module, so that the public declarations of `ai-voicelive/emulator` do not import "ws".
export type { EmulatorSessionStats };

/** Output audio is sent in chunks of this length. */
const CHUNK_MS = 100;
/** Without speech, server VAD keeps at most this much audio in the buffer. */
const MAX_IDLE_BUFFER_MS = 60_000;
/** Token estimates: user audio 1 token per 100 ms, assistant audio 1 per 50 ms. */
const USER_AUDIO_MS_PER_TOKEN = 100;
const ASSISTANT_AUDIO_MS_PER_TOKEN = 50;

/** Every known kind of turn detection is a voice activity detector, which the emulator's energy VAD stands in for. */
const VAD_KINDS: ReadonlySet<string> = new Set(Object.values(KnownTurnDetectionType));

/** A conversation item, in the wire form of the server's `ResponseItem`. */
interface StoredItem {
  wire: Wire & { id: string; type: string };
  /** User audio as samples, kept when the emulator made the item (commit, turn end). */
  audio?: Int16Array;
  audioRate?: number;
  /** Assistant audio sent so far, in ms (for truncation). */
  audioMs?: number;
}

interface ActiveResponse {
  id: string;
  abort: AbortController;
  finished: boolean;
  audioCleared: boolean;
  output: (Wire & { id: string; status?: unknown })[];
  context: StoredItem[];
  modalities: Modality[];
  voice: unknown;
  outputAudioFormat: string;
  temperature: unknown;
  maxOutputTokens: unknown;
  tools: ToolUnion[];
  toolChoice: unknown;
  instructions: string;
  metadata?: unknown;
  preGenerated?: ResponderReply;
  inputTextTokens: number;
  inputAudioTokens: number;
  outputAudioMs: number;
}

/** Samples of the input audio buffer, addressed by position since the start of the session's input. */
class SampleBuffer {
  private data = new Int16Array(0);
  private length = 0;
  /** Position of the first sample held. */
  start = 0;

  get end(): number {
    return this.start + this.length;
  }

  get size(): number {
    return this.length;
  }

  push(samples: Int16Array): void {
    if (this.length + samples.length > this.data.length) {
      const grown = new Int16Array(Math.max(this.length + samples.length, this.data.length * 2, 4096));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(samples, this.length);
    this.length += samples.length;
  }

  slice(from: number, to: number): Int16Array {
    const a = Math.max(0, from - this.start);
    const b = Math.min(this.length, to - this.start);
    return b > a ? this.data.slice(a, b) : new Int16Array(0);
  }

  dropUntil(position: number): void {
    const n = Math.min(this.length, Math.max(0, position - this.start));
    this.data.copyWithin(0, n, this.length);
    this.length -= n;
    this.start += n;
  }

  clear(): void {
    this.dropUntil(this.end);
  }
}

export class EmulatorSession {
  /** The session id, `sess_…`. */
  readonly id = newId("sess");
  private readonly conversationId = newId("conv");
  private config: Wire;
  private readonly items: StoredItem[] = [];
  private readonly timers = new Timers();
  private readonly outbox: Outbox;
  private readonly input = new SampleBuffer();
  private inFormat: AudioFormatInfo;
  /** Input positions map to ms as `msBase + (position − positionBase) / rate`; rebased when the input format changes. */
  private positionBase = 0;
  private msBase = 0;
  private carry: number | undefined;
  private vad?: EnergyVad;
  private speech?: { itemId: string; start: number };
  private readonly turns = new Map<string, Int16Array[]>();
  private readonly texts = new Map<string, string[]>();
  private active?: ActiveResponse;
  private responseCount = 0;
  private closed = false;
  private readonly socketClosed: Promise<void>;
  private readonly counters: EmulatorSessionStats = { framesReceived: 0, audioAppends: 0, audioBytes: 0, errorsSent: 0 };

  constructor(
    private readonly ws: WebSocket,
    private readonly settings: SessionSettings,
  ) {
    this.outbox = new Outbox(ws, {
      version: settings.version,
      selfCheck: settings.selfCheck,
      faults: settings.faults,
      timers: this.timers,
      log: settings.log ? (line) => settings.log!(`${this.id} ${line}`) : undefined,
    });
    this.config = this.initialConfig();
    this.inFormat = inputFormatInfo(this.config.input_audio_format, this.config.input_audio_sampling_rate);
    this.setupVad();
    this.socketClosed = new Promise((resolve) => ws.once("close", () => resolve()));
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("close", (code, reason) => {
      this.log(`closed (${code}${reason.length ? ` ${reason.toString()}` : ""})`);
      this.dispose();
    });
    ws.on("error", (e) => this.log(`socket error: ${e.message}`));
  }

  /** A copy of the session's counters. */
  get stats(): EmulatorSessionStats {
    return { ...this.counters };
  }

  /** Whether the connection has ended. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Sends `session.created` (after the faults that act before the first event). */
  start(): void {
    const target = this.settings.target;
    this.log(`opened (${"model" in target ? `model ${target.model}` : `agent ${target.agent.agentName}`}, api-version ${this.settings.apiVersion})`);
    if (!this.outbox.start()) return;
    this.run(() => this.send({ type: "session.created", session: this.config }));
  }

  /** Closes the connection with a close frame, and cuts it if the client does not answer within a second. */
  async close(code = 1001, reason = "the emulator is shutting down"): Promise<void> {
    const ws = this.ws;
    this.dispose();
    if (ws.readyState === ws.CLOSED) return;
    if (ws.readyState === ws.OPEN) ws.close(code, reason);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.socketClosed, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)))]);
    clearTimeout(timer);
    if ((ws.readyState as number) !== ws.CLOSED) {
      ws.terminate();
      await this.socketClosed;
    }
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.outbox.stop();
    this.timers.clearAll();
    if (this.active) {
      this.active.finished = true;
      this.active.abort.abort();
      this.active = undefined;
    }
  }

  private log(line: string): void {
    this.settings.log?.(`${this.id} ${line}`);
  }

  private send(frame: WireFrame): void {
    if (!this.closed) this.outbox.send(frame);
  }

  /**
   * Runs a step of the session. A self-check failure is a bug in the emulator: it is thrown out of
   * band, loudly (an uncaught exception). Any other failure becomes a `server_error` event.
   */
  private run(step: () => void, eventId: string | null = null): void {
    try {
      step();
    } catch (e) {
      this.fail(e, eventId);
    }
  }

  private fail(e: unknown, eventId: string | null): void {
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

  private sendError(e: { type?: string; code: string | null; message: string; param?: string | null; eventId: string | null }): void {
    if (!this.closed) this.counters.errorsSent++;
    this.send({ type: "error", error: { type: e.type ?? "invalid_request_error", code: e.code, message: e.message, param: e.param ?? null, event_id: e.eventId } });
  }

  // ---------------------------------------------------------------- config

  private initialConfig(): Wire {
    const target = this.settings.target;
    const config: Wire = {
      id: this.id,
      model: "model" in target ? target.model : undefined,
      modalities: ["text", "audio"],
      instructions: "",
      voice: "alloy",
      input_audio_sampling_rate: 24000,
      input_audio_format: "pcm16",
      output_audio_format: "pcm16",
      input_audio_noise_reduction: null,
      input_audio_echo_cancellation: null,
      input_audio_transcription: null,
      turn_detection: { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500, create_response: true },
      tools: [],
      tool_choice: "auto",
      temperature: 0.8,
      max_response_output_tokens: "inf",
    };
    if ("agent" in target) {
      const a = target.agent;
      config.agent = { type: "agent", name: a.agentName, agent_id: a.agentVersion ? `${a.agentName}:${a.agentVersion}` : a.agentName, thread_id: a.conversationId ?? newId("thread") };
    }
    // Sessions last at most 60 minutes; the versions with `expires_at` say when this one ends.
    if (isInApiVersion("ResponseSession.expires_at", this.settings.version)) config.expires_at = Math.floor(Date.now() / 1000) + 3600;
    return compact(config);
  }

  private get turnDetection(): Wire | null {
    const td = this.config.turn_detection;
    return isObject(td) ? td : null;
  }

  private setupVad(): void {
    const td = this.turnDetection;
    this.speech = undefined;
    this.vad =
      td && typeof td.type === "string" && VAD_KINDS.has(td.type)
        ? new EnergyVad(
            { threshold: num(td.threshold, 0.5), silenceDurationMs: num(td.silence_duration_ms, 500), sampleRate: this.inFormat.sampleRate },
            this.input.end,
          )
        : undefined;
  }

  private msAt(position: number): number {
    return this.msBase + Math.round(((position - this.positionBase) * 1000) / this.inFormat.sampleRate);
  }

  // ---------------------------------------------------------------- receiving

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    this.counters.framesReceived++;
    if (isBinary) {
      this.log("← (binary frame)");
      this.run(() => this.sendError({ code: "invalid_json", message: "Binary frames are not supported: send each event as a JSON text frame.", eventId: null }));
      return;
    }
    const text = Buffer.isBuffer(data) ? data.toString("utf8") : Array.isArray(data) ? Buffer.concat(data).toString("utf8") : Buffer.from(data).toString("utf8");
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch (e) {
      this.log("← (not JSON)");
      this.run(() => this.sendError({ code: "invalid_json", message: `The frame is not valid JSON: ${(e as Error).message}`, eventId: null }));
      return;
    }
    const eventId = isObject(frame) && typeof frame.event_id === "string" ? frame.event_id : null;
    const type = isObject(frame) && typeof frame.type === "string" ? frame.type : undefined;
    this.log(`← ${type ?? "(no type)"}`);
    const issues = validateWireEvent(frame, "client", this.settings.version);
    if (issues.length) {
      const issue = issues[0];
      this.run(() => this.sendError({ code: codeOf(issue), message: issue.message, param: paramOf(issue.wirePath), eventId }), eventId);
      return;
    }
    const event = frame as Wire & { type: string };
    if (!eventTypesByVersion[this.settings.version].client.includes(event.type)) {
      this.run(
        () => this.sendError({ code: "invalid_value", message: `Unknown event type ${JSON.stringify(event.type)} in api-version ${this.settings.version}.`, param: "type", eventId }),
        eventId,
      );
      return;
    }
    this.run(() => this.handle(event, eventId), eventId);
  }

  private handle(e: Wire & { type: string }, eventId: string | null): void {
    switch (e.type) {
      case "session.update":
        return this.updateSession(e.session as Wire, eventId);
      case "session.avatar.connect":
        return this.send({ type: "session.avatar.connecting", server_sdp: fakeSdpAnswer(String(e.client_sdp)) });
      case "input_audio_buffer.append":
        return this.appendInput(String(e.audio));
      case "input_audio_buffer.commit":
        return this.commitBuffer(eventId);
      case "input_audio_buffer.clear":
        this.clearBuffer();
        return this.send({ type: "input_audio_buffer.cleared" });
      case "input_audio.clear":
        this.clearBuffer();
        this.turns.clear();
        return this.send({ type: "input_audio_buffer.cleared" });
      case "input_audio.turn.start":
        return this.turnStart(String(e.turn_id), eventId);
      case "input_audio.turn.append":
        return this.turnAppend(String(e.turn_id), String(e.audio), eventId);
      case "input_audio.turn.end":
        return this.turnEnd(String(e.turn_id), eventId);
      case "input_audio.turn.cancel":
        return this.turnCancel(String(e.turn_id), eventId);
      case "input_text.delta":
        return this.textDelta(String(e.id), String(e.delta), num(e.content_index, 0));
      case "input_text.done":
        return this.textDone(String(e.id), eventId);
      case "conversation.item.create":
        return this.createItem(e, eventId);
      case "conversation.item.retrieve":
        return this.retrieveItem(String(e.item_id), eventId);
      case "conversation.item.truncate":
        return this.truncateItem(String(e.item_id), num(e.content_index, 0), num(e.audio_end_ms, 0), eventId);
      case "conversation.item.delete":
        return this.deleteItem(String(e.item_id), eventId);
      case "response.create":
        return this.createResponse(isObject(e.response) ? e.response : {}, typeof e.additional_instructions === "string" ? e.additional_instructions : undefined, eventId);
      case "response.cancel":
        return this.cancelRequested(typeof e.response_id === "string" ? e.response_id : undefined, eventId);
      case "output_audio_buffer.clear":
        if (this.active) this.active.audioCleared = true;
        return this.send({ type: "output_audio_buffer.cleared" });
      default:
        return this.sendError({ code: "invalid_value", message: `The emulator does not handle ${e.type} events.`, param: "type", eventId });
    }
  }

  // ---------------------------------------------------------------- session.update

  private updateSession(patch: Wire, eventId: string | null): void {
    if ("model" in patch && patch.model !== this.config.model) {
      const now = this.config.model === undefined ? "this agent session has no model" : `the session's model is ${JSON.stringify(this.config.model)}`;
      return this.sendError({
        code: "invalid_value",
        message: `The model cannot be changed after the session has started (${now}; session.update asked for ${JSON.stringify(patch.model)}).`,
        param: "session.model",
        eventId,
      });
    }
    const next: Wire = { ...this.config };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || k === "id" || k === "expires_at" || k === "agent") continue;
      next[k] = mergeConfig(this.config[k], v);
    }
    const issues = validateWireEvent({ type: "session.updated", session: next }, "server", this.settings.version);
    if (issues.length) {
      const issue = issues[0];
      return this.sendError({ code: codeOf(issue), message: issue.message, param: paramOf(issue.wirePath), eventId });
    }
    const before = this.config;
    this.config = next;
    const format = inputFormatInfo(next.input_audio_format, next.input_audio_sampling_rate);
    if (format.codec !== this.inFormat.codec || format.sampleRate !== this.inFormat.sampleRate) {
      // Audio already buffered was in the old format: drop it, and count ms on from where it ended.
      this.msBase = this.msAt(this.input.end);
      this.input.clear();
      this.positionBase = this.input.end;
      this.carry = undefined;
      this.inFormat = format;
      this.setupVad();
    } else if (JSON.stringify(before.turn_detection) !== JSON.stringify(next.turn_detection)) {
      this.setupVad();
    }
    this.send({ type: "session.updated", session: this.config });
  }

  // ---------------------------------------------------------------- input audio

  private decodeInput(bytes: Uint8Array, buffered: boolean): Int16Array {
    if (this.inFormat.codec !== "pcm16") return decodeAudio(bytes, this.inFormat.codec);
    if (buffered) {
      // A PCM16 sample may be split across appends: keep a stray byte for the next one.
      if (this.carry !== undefined) {
        const joined = new Uint8Array(bytes.length + 1);
        joined[0] = this.carry;
        joined.set(bytes, 1);
        bytes = joined;
        this.carry = undefined;
      }
      if (bytes.length % 2) this.carry = bytes[bytes.length - 1];
    }
    return decodeAudio(bytes, "pcm16");
  }

  private appendInput(base64: string): void {
    const bytes = fromBase64(base64);
    this.counters.audioAppends++;
    this.counters.audioBytes += bytes.length;
    const samples = this.decodeInput(bytes, true);
    this.input.push(samples);
    if (!this.vad) return;
    for (const event of this.vad.push(samples)) {
      if (this.closed) return;
      if (event.type === "speech_started") this.speechStarted(event.sample);
      else this.speechStopped(event.sample);
    }
    const limit = (MAX_IDLE_BUFFER_MS / 1000) * this.inFormat.sampleRate;
    if (!this.speech && this.input.size > limit) this.input.dropUntil(this.input.end - limit);
  }

  private speechStarted(position: number): void {
    const td = this.turnDetection ?? {};
    const padding = Math.round((num(td.prefix_padding_ms, 300) * this.inFormat.sampleRate) / 1000);
    const start = Math.max(this.input.start, position - padding);
    this.speech = { itemId: newId("item"), start };
    this.send({ type: "input_audio_buffer.speech_started", audio_start_ms: this.msAt(start), item_id: this.speech.itemId });
    if (this.active && td.interrupt_response !== false) this.finish(this.active, "cancelled", { type: "cancelled", reason: "turn_detected" });
  }

  private speechStopped(position: number): void {
    const td = this.turnDetection ?? {};
    const speech = this.speech ?? { itemId: newId("item"), start: this.input.start };
    this.speech = undefined;
    this.send({ type: "input_audio_buffer.speech_stopped", audio_end_ms: this.msAt(position), item_id: speech.itemId });
    const audio = this.input.slice(speech.start, position);
    this.input.dropUntil(position);
    this.commitAudio(audio, speech.itemId, true);
    if (td.create_response !== false && !this.active) this.startResponse({}, undefined);
  }

  private commitBuffer(eventId: string | null): void {
    if (this.input.size === 0) {
      return this.sendError({ code: "input_audio_buffer_commit_empty", message: "Error committing input audio buffer: the buffer is empty.", eventId });
    }
    this.commitWholeBuffer();
  }

  private commitWholeBuffer(): void {
    const itemId = this.speech?.itemId ?? newId("item");
    const audio = this.input.slice(this.input.start, this.input.end);
    this.input.clear();
    this.carry = undefined;
    this.setupVad();
    this.commitAudio(audio, itemId, true);
  }

  private clearBuffer(): void {
    this.input.clear();
    this.carry = undefined;
    this.setupVad();
  }

  /** Makes audio a user message item: `input_audio_buffer.committed` (for the buffer), `conversation.item.created`. */
  private commitAudio(audio: Int16Array, itemId: string, fromBuffer: boolean): void {
    const previous = this.lastItemId();
    if (fromBuffer) this.send({ type: "input_audio_buffer.committed", previous_item_id: previous, item_id: itemId });
    const ms = durationMs(audio.length, this.inFormat.sampleRate);
    // The emulator does not recognise speech: the transcript is a placeholder that says how much audio there was.
    const transcript = `[${ms} ms of audio]`;
    const wire = {
      id: itemId,
      object: "realtime.item",
      type: "message",
      role: "user",
      status: "completed",
      content: [{ type: "input_audio", audio: toBase64(encodeAudio(audio, this.inFormat.codec)), transcript }],
    };
    this.items.push({ wire, audio, audioRate: this.inFormat.sampleRate });
    this.send({ type: "conversation.item.created", previous_item_id: previous, item: wire });
    if (isObject(this.config.input_audio_transcription)) {
      this.send({ type: "conversation.item.input_audio_transcription.completed", item_id: itemId, content_index: 0, transcript });
    }
  }

  // ---------------------------------------------------------------- audio turns and text input

  private turnStart(turnId: string, eventId: string | null): void {
    if (this.turns.has(turnId)) return this.sendError({ code: "invalid_value", message: `Turn ${JSON.stringify(turnId)} has already started.`, param: "turn_id", eventId });
    this.turns.set(turnId, []);
  }

  private unknownTurn(turnId: string, eventId: string | null): void {
    this.sendError({ code: "turn_not_found", message: `There is no open turn ${JSON.stringify(turnId)}: send input_audio.turn.start first.`, param: "turn_id", eventId });
  }

  private turnAppend(turnId: string, audio: string, eventId: string | null): void {
    const turn = this.turns.get(turnId);
    if (!turn) return this.unknownTurn(turnId, eventId);
    turn.push(this.decodeInput(fromBase64(audio), false));
  }

  private turnEnd(turnId: string, eventId: string | null): void {
    const turn = this.turns.get(turnId);
    if (!turn) return this.unknownTurn(turnId, eventId);
    this.turns.delete(turnId);
    const audio = concatPcm16(turn);
    if (audio.length === 0) {
      return this.sendError({ code: "input_audio_buffer_commit_empty", message: `Turn ${JSON.stringify(turnId)} has no audio.`, param: "turn_id", eventId });
    }
    this.commitAudio(audio, newId("item"), false);
    if (!this.active) this.startResponse({}, undefined);
  }

  private turnCancel(turnId: string, eventId: string | null): void {
    if (!this.turns.delete(turnId)) this.unknownTurn(turnId, eventId);
  }

  private textDelta(id: string, delta: string, contentIndex: number): void {
    const parts = this.texts.get(id) ?? [];
    parts[contentIndex] = (parts[contentIndex] ?? "") + delta;
    this.texts.set(id, parts);
  }

  private textDone(id: string, eventId: string | null): void {
    const parts = this.texts.get(id);
    if (!parts) return this.sendError({ code: "invalid_value", message: `No input_text.delta arrived for id ${JSON.stringify(id)}.`, param: "id", eventId });
    this.texts.delete(id);
    const content = Array.from(parts, (text) => ({ type: "input_text", text: text ?? "" }));
    const wire = { id: this.findItem(id) ? newId("item") : id, object: "realtime.item", type: "message", role: "user", status: "completed", content };
    const previous = this.lastItemId();
    this.items.push({ wire });
    this.send({ type: "conversation.item.created", previous_item_id: previous, item: wire });
    const td = this.turnDetection;
    if (td && td.create_response !== false && !this.active) this.startResponse({}, undefined);
  }

  // ---------------------------------------------------------------- conversation items

  private lastItemId(): string | null {
    return this.items.length ? this.items[this.items.length - 1].wire.id : null;
  }

  private findItem(id: string): StoredItem | undefined {
    return this.items.find((i) => i.wire.id === id);
  }

  private itemNotFound(what: string, itemId: string, eventId: string | null): void {
    this.sendError({ code: "item_not_found", message: `Error ${what} item: the item with id ${JSON.stringify(itemId)} does not exist.`, param: "item_id", eventId });
  }

  /** A client's `ConversationRequestItem` as the server's `ResponseItem`, or an error message. */
  private toStoredItem(request: Wire, param: string, eventId: string | null): StoredItem | undefined {
    const id = typeof request.id === "string" ? request.id : newId("item");
    if (this.findItem(id)) {
      this.sendError({ code: "invalid_value", message: `Error adding item: an item with id ${JSON.stringify(id)} already exists.`, param: `${param}.id`, eventId });
      return undefined;
    }
    if (request.type === "function_call_output" && !this.items.some((i) => i.wire.type === "function_call" && i.wire.call_id === request.call_id)) {
      this.sendError({
        code: "invalid_value",
        message: `Error adding item: there is no function_call item with call_id ${JSON.stringify(request.call_id)} in the conversation.`,
        param: `${param}.call_id`,
        eventId,
      });
      return undefined;
    }
    const wire = { ...clone(request), id, object: "realtime.item" } as unknown as StoredItem["wire"];
    if (wire.type === "message" || wire.type === "function_call") wire.status = request.status ?? "completed";
    const issues = validateWireEvent({ type: "conversation.item.created", item: wire }, "server", this.settings.version);
    if (issues.length) {
      const issue = issues[0];
      this.sendError({ code: codeOf(issue), message: `The item cannot be added: ${issue.message}`, param: paramOf(issue.wirePath.replace(/^\/item/, `/${param.replace(/\./g, "/")}`)), eventId });
      return undefined;
    }
    const stored: StoredItem = { wire };
    if (wire.type === "message" && wire.role === "assistant") stored.audioMs = 0;
    return stored;
  }

  private addItem(stored: StoredItem, index: number): void {
    this.items.splice(index, 0, stored);
    this.send({ type: "conversation.item.created", previous_item_id: index > 0 ? this.items[index - 1].wire.id : null, item: stored.wire });
  }

  private createItem(e: Wire, eventId: string | null): void {
    if (!isObject(e.item)) return this.sendError({ code: "missing_required_parameter", message: "item is required", param: "item", eventId });
    let index = this.items.length;
    const previous = e.previous_item_id;
    if (typeof previous === "string") {
      if (previous === "root") index = 0;
      else {
        const at = this.items.findIndex((i) => i.wire.id === previous);
        if (at < 0) {
          return this.sendError({ code: "invalid_value", message: `Error adding item: the previous item with id ${JSON.stringify(previous)} does not exist.`, param: "previous_item_id", eventId });
        }
        index = at + 1;
      }
    }
    const stored = this.toStoredItem(e.item, "item", eventId);
    if (stored) this.addItem(stored, index);
  }

  private retrieveItem(itemId: string, eventId: string | null): void {
    const item = this.findItem(itemId);
    if (!item) return this.itemNotFound("retrieving", itemId, eventId);
    this.send({ type: "conversation.item.retrieved", item: item.wire });
  }

  private truncateItem(itemId: string, contentIndex: number, audioEndMs: number, eventId: string | null): void {
    const item = this.findItem(itemId);
    if (!item) return this.itemNotFound("truncating", itemId, eventId);
    if (item.wire.type !== "message" || item.wire.role !== "assistant") {
      return this.sendError({ code: "invalid_value", message: "Only assistant messages can be truncated.", param: "item_id", eventId });
    }
    const part = (item.wire.content as Wire[] | undefined)?.[contentIndex];
    if (!part || part.type !== "audio") {
      return this.sendError({ code: "invalid_value", message: `Content part ${contentIndex} of item ${JSON.stringify(itemId)} is not audio.`, param: "content_index", eventId });
    }
    const ms = item.audioMs ?? 0;
    if (audioEndMs < 0 || audioEndMs > ms) {
      return this.sendError({ code: "invalid_value", message: `Audio content of ${ms} ms is already shorter than ${audioEndMs} ms`, param: "audio_end_ms", eventId });
    }
    // As the service does, the transcript goes: the model should not remember words the user did not hear.
    delete part.transcript;
    item.audioMs = audioEndMs;
    this.send({ type: "conversation.item.truncated", item_id: itemId, content_index: contentIndex, audio_end_ms: audioEndMs });
  }

  private deleteItem(itemId: string, eventId: string | null): void {
    const at = this.items.findIndex((i) => i.wire.id === itemId);
    if (at < 0) return this.itemNotFound("deleting", itemId, eventId);
    this.items.splice(at, 1);
    this.send({ type: "conversation.item.deleted", item_id: itemId });
  }

  // ---------------------------------------------------------------- responses

  private createResponse(params: Wire, additionalInstructions: string | undefined, eventId: string | null): void {
    if (this.active && params.cancel_previous !== true) {
      return this.sendError({
        code: "conversation_already_has_active_response",
        message: `Conversation already has an active response in progress: ${this.active.id}. Wait until the response is finished before creating a new one.`,
        eventId,
      });
    }
    // Check the items first: a refused response.create changes nothing.
    const convert = (list: unknown, param: string): StoredItem[] | undefined => {
      const out: StoredItem[] = [];
      for (const [i, request] of (Array.isArray(list) ? list : []).entries()) {
        const stored = this.toStoredItem(request as Wire, `${param}[${i}]`, eventId);
        if (!stored) return undefined;
        out.push(stored);
      }
      return out;
    };
    const context = Array.isArray(params.input_items) ? convert(params.input_items, "response.input_items") : [];
    const appended = convert(params.append_input_items, "response.append_input_items");
    if (!context || !appended) return;
    if (this.active) this.finish(this.active, "cancelled", { type: "cancelled", reason: "client_cancelled" });
    // `commit` (default true) commits pending input audio first; with server VAD the VAD owns the buffer, so only an explicit `commit: true` does.
    if (this.input.size > 0 && (params.commit === true || (params.commit === undefined && !this.vad))) this.commitWholeBuffer();
    for (const stored of appended) this.addItem(stored, this.items.length);
    this.startResponse(params, additionalInstructions, Array.isArray(params.input_items) ? context : undefined);
  }

  private cancelRequested(responseId: string | undefined, eventId: string | null): void {
    const active = this.active;
    if (!active) return this.sendError({ code: "response_cancel_not_active", message: "Cancellation failed: no active response found.", eventId });
    if (responseId !== undefined && responseId !== active.id) {
      return this.sendError({ code: "invalid_value", message: `Cancellation failed: the active response is ${active.id}, not ${responseId}.`, param: "response_id", eventId });
    }
    this.finish(active, "cancelled", { type: "cancelled", reason: "client_cancelled" });
  }

  private startResponse(params: Wire, additionalInstructions: string | undefined, context?: StoredItem[]): void {
    const c = this.config;
    const items = context ?? [...this.items];
    const tools = (Array.isArray(params.tools) ? params.tools : Array.isArray(c.tools) ? c.tools : []) as ToolUnion[];
    const instructions = [typeof params.instructions === "string" ? params.instructions : String(c.instructions ?? ""), additionalInstructions ?? ""].filter(Boolean).join("\n");
    const usageIn = inputUsage(items, instructions, tools);
    const pre = params.pre_generated_assistant_message;
    const r: ActiveResponse = {
      id: newId("resp"),
      abort: new AbortController(),
      finished: false,
      audioCleared: false,
      output: [],
      context: items,
      modalities: (Array.isArray(params.modalities) ? params.modalities : Array.isArray(c.modalities) ? c.modalities : ["text", "audio"]) as Modality[],
      voice: params.voice ?? c.voice,
      outputAudioFormat: String(params.output_audio_format ?? c.output_audio_format ?? "pcm16"),
      temperature: params.temperature ?? c.temperature,
      maxOutputTokens: params.max_output_tokens ?? c.max_response_output_tokens ?? "inf",
      tools,
      toolChoice: params.tool_choice ?? c.tool_choice ?? "auto",
      instructions,
      metadata: params.metadata,
      preGenerated: isObject(pre) ? { text: messageText(pre) } : undefined,
      inputTextTokens: usageIn.text,
      inputAudioTokens: usageIn.audio,
      outputAudioMs: 0,
    };
    const responseIndex = this.responseCount++;
    this.active = r;
    this.send({ type: "response.created", response: this.responseObject(r, "in_progress", null) });
    this.generate(r, responseIndex).catch((e) => {
      if (e instanceof EmulatorSelfCheckError || r.finished) return this.fail(e, null);
      this.run(() => {
        const message = e instanceof Error ? e.message : String(e);
        this.log(`responder failed: ${message}`);
        this.sendError({ type: "server_error", code: "server_error", message: `The responder failed: ${message}`, eventId: null });
        this.finish(r, "failed", { type: "failed", error: { type: "server_error", code: "server_error", message } });
      });
    });
  }

  private responseObject(r: ActiveResponse, status: string, details: Wire | null, usage: Wire | null = null): Wire {
    return compact({
      id: r.id,
      object: "realtime.response",
      status,
      status_details: details,
      output: r.output,
      usage,
      conversation_id: this.conversationId,
      voice: r.voice,
      modalities: r.modalities,
      output_audio_format: r.outputAudioFormat,
      temperature: r.temperature,
      max_output_tokens: r.maxOutputTokens,
      metadata: r.metadata,
    });
  }

  private responderInput(r: ActiveResponse, responseIndex: number): ResponderInput {
    let lastUser: StoredItem | undefined;
    for (let i = r.context.length - 1; i >= 0 && !lastUser; i--) {
      const w = r.context[i].wire;
      if (w.type === "message" && w.role === "user") lastUser = r.context[i];
    }
    return {
      sessionId: this.id,
      responseIndex,
      items: r.context.map((i) => deserializeResponseItemUnion(clone(i.wire))),
      lastUserItem: lastUser ? this.userInput(lastUser) : undefined,
      session: deserializeResponseSession(clone(this.config)),
      instructions: r.instructions,
      tools: clone(r.tools),
      modalities: [...r.modalities],
      outputSampleRate: outputFormatInfo(r.outputAudioFormat).sampleRate,
    };
  }

  private userInput(item: StoredItem): ResponderUserInput {
    const parts = (Array.isArray(item.wire.content) ? item.wire.content : []) as Wire[];
    const texts = parts.filter((p) => p.type === "input_text" && typeof p.text === "string").map((p) => p.text as string);
    let audio = item.audio;
    let rate = item.audioRate;
    if (!audio) {
      const clips = parts.filter((p) => p.type === "input_audio" && typeof p.audio === "string").map((p) => decodeAudio(fromBase64(p.audio as string), this.inFormat.codec));
      if (clips.length) {
        audio = concatPcm16(clips);
        rate = this.inFormat.sampleRate;
      }
    }
    const out: ResponderUserInput = { itemId: item.wire.id, durationMs: audio && rate ? durationMs(audio.length, rate) : 0 };
    if (texts.length) out.text = texts.join(" ");
    if (audio) {
      out.audio = audio;
      out.sampleRate = rate;
    }
    return out;
  }

  private async generate(r: ActiveResponse, responseIndex: number): Promise<void> {
    let got: unknown = r.preGenerated;
    if (!got) {
      const input = this.responderInput(r, responseIndex);
      got = await untilAborted(Promise.resolve().then(() => this.settings.responder(input)), r.abort.signal);
      if (r.finished || this.closed) return;
    }
    const reply: ResponderReply = isObject(got) ? (got as ResponderReply) : {};
    let call = reply.functionCall;
    if (call && (r.toolChoice === "none" || typeof call.name !== "string")) call = undefined;
    if (reply.text !== undefined || reply.audio !== undefined || !call) {
      await this.emitMessage(r, reply);
      if (r.finished || this.closed) return;
    }
    if (call) this.emitFunctionCall(r, call.name, typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments ?? {}));
    this.finish(r, "completed", null);
  }

  /** Adds an output item to the response and the conversation, and announces it. */
  private addOutputItem(r: ActiveResponse, item: Wire & { id: string; type: string }, stored: StoredItem): number {
    const outputIndex = r.output.length;
    r.output.push(item);
    const previous = this.lastItemId();
    this.items.push(stored);
    this.send({ type: "response.output_item.added", response_id: r.id, output_index: outputIndex, item });
    this.send({ type: "conversation.item.created", previous_item_id: previous, item });
    return outputIndex;
  }

  private async emitMessage(r: ActiveResponse, reply: ResponderReply): Promise<void> {
    const audioOut = r.modalities.includes("audio");
    const text = typeof reply.text === "string" ? reply.text : "";
    const item = { id: newId("item"), object: "realtime.item", type: "message", role: "assistant", status: "in_progress", content: [] as Wire[] };
    const stored: StoredItem = { wire: item, audioMs: 0 };
    const outputIndex = this.addOutputItem(r, item, stored);
    const ids = { response_id: r.id, item_id: item.id, output_index: outputIndex, content_index: 0 };
    const part: Wire = audioOut ? { type: "audio", transcript: "" } : { type: "text", text: "" };
    this.send({ type: "response.content_part.added", ...ids, part });
    item.content.push(part);
    const pieces = textPieces(text);
    if (!audioOut) {
      for (const delta of pieces) {
        this.send({ type: "response.text.delta", ...ids, delta });
        part.text += delta;
      }
      this.send({ type: "response.text.done", ...ids, text });
    } else {
      const format = outputFormatInfo(r.outputAudioFormat);
      const samples = reply.audio instanceof Int16Array ? reply.audio : speechLike(speechDurationMs(text), format.sampleRate);
      const perChunk = (format.sampleRate * CHUNK_MS) / 1000;
      const count = Math.ceil(samples.length / perChunk);
      const totalMs = durationMs(samples.length, format.sampleRate);
      const t0 = Date.now();
      let said = 0;
      const say = (upTo: number) => {
        for (; said < upTo; said++) {
          this.send({ type: "response.audio_transcript.delta", ...ids, delta: pieces[said] });
          part.transcript += pieces[said];
        }
      };
      for (let k = 0; k < count; k++) {
        say(Math.ceil((pieces.length * (k + 1)) / count));
        if (this.settings.realtimePacing && k > 0) {
          await this.timers.sleep(t0 + k * CHUNK_MS - Date.now(), r.abort.signal);
          if (r.finished || this.closed) return;
        }
        const end = Math.min(samples.length, (k + 1) * perChunk);
        if (!r.audioCleared) this.send({ type: "response.audio.delta", ...ids, delta: toBase64(encodeAudio(samples.subarray(k * perChunk, end), format.codec)) });
        const before = stored.audioMs ?? 0;
        stored.audioMs = durationMs(end, format.sampleRate);
        r.outputAudioMs += stored.audioMs - before;
      }
      say(pieces.length);
      if (this.settings.realtimePacing) {
        await this.timers.sleep(t0 + totalMs - Date.now(), r.abort.signal);
        if (r.finished || this.closed) return;
      }
      this.send({ type: "response.audio.done", ...ids });
      this.send({ type: "response.audio_transcript.done", ...ids, transcript: text });
    }
    this.send({ type: "response.content_part.done", ...ids, part });
    item.status = "completed";
    this.send({ type: "response.output_item.done", response_id: r.id, output_index: outputIndex, item });
  }

  private emitFunctionCall(r: ActiveResponse, name: string, args: string): void {
    const callId = newId("call");
    const item = { id: newId("item"), object: "realtime.item", type: "function_call", name, call_id: callId, arguments: "", status: "in_progress" };
    const outputIndex = this.addOutputItem(r, item, { wire: item });
    const ids = { response_id: r.id, item_id: item.id, output_index: outputIndex, call_id: callId };
    for (const delta of chunks(args, 16)) {
      this.send({ type: "response.function_call_arguments.delta", ...ids, delta });
      item.arguments += delta;
    }
    this.send({ type: "response.function_call_arguments.done", ...ids, name, arguments: args });
    item.status = "completed";
    this.send({ type: "response.output_item.done", response_id: r.id, output_index: outputIndex, item });
  }

  /** Ends a response: closes unfinished items, then `response.done` with usage. Idempotent. */
  private finish(r: ActiveResponse, status: "completed" | "cancelled" | "failed", details: Wire | null): void {
    if (r.finished) return;
    r.finished = true;
    r.abort.abort();
    if (this.active === r) this.active = undefined;
    for (const [outputIndex, item] of r.output.entries()) {
      if (item.status !== "in_progress") continue;
      item.status = "incomplete";
      this.send({ type: "response.output_item.done", response_id: r.id, output_index: outputIndex, item });
    }
    let outText = 0;
    for (const item of r.output) outText += itemTextTokens(item);
    const outAudio = Math.ceil(r.outputAudioMs / ASSISTANT_AUDIO_MS_PER_TOKEN);
    const input = r.inputTextTokens + r.inputAudioTokens;
    const output = outText + outAudio;
    const usage = {
      total_tokens: input + output,
      input_tokens: input,
      output_tokens: output,
      input_token_details: {
        cached_tokens: 0,
        text_tokens: r.inputTextTokens,
        audio_tokens: r.inputAudioTokens,
        image_tokens: 0,
        cached_tokens_details: { text_tokens: 0, audio_tokens: 0, image_tokens: 0 },
      },
      output_token_details: { text_tokens: outText, audio_tokens: outAudio },
    };
    this.send({ type: "response.done", response: this.responseObject(r, status, details, usage) });
  }
}

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** Resolves with the promise's value, or with undefined as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** The text of a message item's text parts. */
function messageText(item: Wire): string {
  const parts = Array.isArray(item.content) ? (item.content as Wire[]) : [];
  return parts
    .map((p) => (typeof p.text === "string" ? p.text : typeof p.transcript === "string" ? p.transcript : ""))
    .filter(Boolean)
    .join(" ");
}

/** Text tokens of an item: its texts, transcripts, function names, arguments and outputs. */
function itemTextTokens(item: Wire): number {
  let n = 0;
  for (const key of ["name", "arguments", "output"]) if (typeof item[key] === "string") n += textTokens(item[key] as string);
  for (const p of Array.isArray(item.content) ? (item.content as Wire[]) : []) {
    if (typeof p.text === "string") n += textTokens(p.text);
    else if (p.type !== "input_audio" && typeof p.transcript === "string") n += textTokens(p.transcript);
  }
  return n;
}

/** Input token estimate of a response: the context items, the instructions and the tools. */
function inputUsage(items: StoredItem[], instructions: string, tools: unknown[]): { text: number; audio: number } {
  let text = textTokens(instructions) + (tools.length ? textTokens(JSON.stringify(tools)) : 0);
  let audio = 0;
  for (const item of items) {
    text += itemTextTokens(item.wire);
    if (item.audioMs) audio += Math.ceil(item.audioMs / ASSISTANT_AUDIO_MS_PER_TOKEN);
    for (const p of Array.isArray(item.wire.content) ? (item.wire.content as Wire[]) : []) {
      if (p.type !== "input_audio") continue;
      const ms = item.audio && item.audioRate ? durationMs(item.audio.length, item.audioRate) : typeof p.audio === "string" ? Math.round((fromBase64(p.audio).length / 2 / 24000) * 1000) : 0;
      audio += Math.ceil(ms / USER_AUDIO_MS_PER_TOKEN);
    }
  }
  return { text, audio };
}

/**
 * An SDP answer for `session.avatar.connect`. The avatar samples send the offer as base64 of
 * `{"type":"offer","sdp":…}`; an offer in that form gets an answer in the same form, a plain SDP a
 * plain SDP. No media ever flows.
 */
function fakeSdpAnswer(clientSdp: string): string {
  const sdp = [
    "v=0",
    `o=- ${Date.now()} 2 IN IP4 127.0.0.1`,
    "s=voicelive-emulator",
    "t=0 0",
    "a=group:BUNDLE 0 1",
    "m=audio 9 UDP/TLS/RTP/SAVPF 111",
    "c=IN IP4 0.0.0.0",
    "a=mid:0",
    "a=sendrecv",
    "a=rtpmap:111 opus/48000/2",
    "m=video 9 UDP/TLS/RTP/SAVPF 96",
    "c=IN IP4 0.0.0.0",
    "a=mid:1",
    "a=sendonly",
    "a=rtpmap:96 H264/90000",
    "",
  ].join("\r\n");
  try {
    const offer: unknown = JSON.parse(Buffer.from(clientSdp, "base64").toString("utf8"));
    if (isObject(offer) && typeof offer.sdp === "string") return Buffer.from(JSON.stringify({ type: "answer", sdp })).toString("base64");
  } catch {
    // a plain SDP offer
  }
  return sdp;
}
