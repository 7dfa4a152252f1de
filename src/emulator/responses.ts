/**
 * The responses of a session: `response.create` and `response.cancel`, asking the responder, streaming
 * its reply as the service's events (text, audio with its transcript, function calls), and ending each
 * response with `response.done` and its usage. At most one response is active at a time.
 */
import type { Modality, ToolUnion } from "../../generated/models.js";
import { durationMs, encodeAudio, outputFormatInfo, speechLike, toBase64 } from "./audio.js";
import type { SessionChannel } from "./channel.js";
import type { Conversation, StoredItem } from "./conversation.js";
import { newId } from "./ids.js";
import { EmulatorSelfCheckError } from "./outbox.js";
import { speechDurationMs, type ResponderReply } from "./responder.js";
import { responderInput } from "./responder-input.js";
import type { SessionConfig } from "./session-config.js";
import { inputUsage, responseUsage } from "./usage.js";
import { chunks, compact, isObject, textPieces, type Wire } from "./wire.js";

/** Output audio is sent in chunks of this length. */
const CHUNK_MS = 100;

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
  inputTokens: { text: number; audio: number };
  outputAudioMs: number;
}

export class ResponseEngine {
  private active?: ActiveResponse;
  private responseCount = 0;

  constructor(
    private readonly channel: SessionChannel,
    private readonly config: SessionConfig,
    private readonly conversation: Conversation,
    /** Commits pending input audio as `response.create`'s `commit` asks (see `InputAudio.commitForResponse`). */
    private readonly commitInput: (commit: unknown) => void,
  ) {}

  get isActive(): boolean {
    return this.active !== undefined;
  }

  create(params: Wire, additionalInstructions: string | undefined, eventId: string | null): void {
    if (this.active && params.cancel_previous !== true) {
      return this.channel.sendError({
        code: "conversation_already_has_active_response",
        message: `Conversation already has an active response in progress: ${this.active.id}. Wait until the response is finished before creating a new one.`,
        eventId,
      });
    }
    // Check the items first: a refused response.create changes nothing.
    const convert = (list: unknown, param: string): StoredItem[] | undefined => {
      const out: StoredItem[] = [];
      for (const [i, request] of (Array.isArray(list) ? list : []).entries()) {
        const stored = this.conversation.toStoredItem(request as Wire, `${param}[${i}]`, eventId);
        if (!stored) return undefined;
        out.push(stored);
      }
      return out;
    };
    const context = Array.isArray(params.input_items) ? convert(params.input_items, "response.input_items") : [];
    const appended = convert(params.append_input_items, "response.append_input_items");
    if (!context || !appended) return;
    this.cancelActive("client_cancelled");
    this.commitInput(params.commit);
    for (const stored of appended) this.conversation.insert(stored);
    this.start(params, additionalInstructions, Array.isArray(params.input_items) ? context : undefined);
  }

  cancel(responseId: string | undefined, eventId: string | null): void {
    const active = this.active;
    if (!active) return this.channel.sendError({ code: "response_cancel_not_active", message: "Cancellation failed: no active response found.", eventId });
    if (responseId !== undefined && responseId !== active.id) {
      return this.channel.sendError({ code: "invalid_value", message: `Cancellation failed: the active response is ${active.id}, not ${responseId}.`, param: "response_id", eventId });
    }
    this.finish(active, "cancelled", { type: "cancelled", reason: "client_cancelled" });
  }

  /** Ends the active response, if any, as cancelled for this reason. */
  cancelActive(reason: "client_cancelled" | "turn_detected"): void {
    if (this.active) this.finish(this.active, "cancelled", { type: "cancelled", reason });
  }

  /** `output_audio_buffer.clear`: the rest of the active response's audio is not sent (its transcript still is). */
  clearAudio(): void {
    if (this.active) this.active.audioCleared = true;
  }

  /** Stops the active response without a word: the connection has ended. */
  abandon(): void {
    if (this.active) {
      this.active.finished = true;
      this.active.abort.abort();
      this.active = undefined;
    }
  }

  /** Starts a response over `context`, or over the whole conversation. */
  start(params: Wire, additionalInstructions: string | undefined, context?: StoredItem[]): void {
    const c = this.config.current;
    const items = context ?? [...this.conversation.items];
    const tools = (Array.isArray(params.tools) ? params.tools : Array.isArray(c.tools) ? c.tools : []) as ToolUnion[];
    const instructions = [typeof params.instructions === "string" ? params.instructions : String(c.instructions ?? ""), additionalInstructions ?? ""].filter(Boolean).join("\n");
    const inputTokens = inputUsage(items, instructions, tools);
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
      inputTokens,
      outputAudioMs: 0,
    };
    const responseIndex = this.responseCount++;
    this.active = r;
    this.channel.send({ type: "response.created", response: this.responseObject(r, "in_progress", null) });
    this.generate(r, responseIndex).catch((e) => {
      if (e instanceof EmulatorSelfCheckError || r.finished) return this.channel.fail(e, null);
      this.channel.run(() => {
        const message = e instanceof Error ? e.message : String(e);
        this.channel.log(`responder failed: ${message}`);
        this.channel.sendError({ type: "server_error", code: "server_error", message: `The responder failed: ${message}`, eventId: null });
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
      conversation_id: this.conversation.id,
      voice: r.voice,
      modalities: r.modalities,
      output_audio_format: r.outputAudioFormat,
      temperature: r.temperature,
      max_output_tokens: r.maxOutputTokens,
      metadata: r.metadata,
    });
  }

  private async generate(r: ActiveResponse, responseIndex: number): Promise<void> {
    let got: unknown = r.preGenerated;
    if (!got) {
      const input = responderInput(r, responseIndex, { id: this.channel.id, config: this.config.current, inputFormat: this.config.inputFormat });
      got = await untilAborted(Promise.resolve().then(() => this.channel.settings.responder(input)), r.abort.signal);
      if (r.finished || this.channel.closed) return;
    }
    const reply: ResponderReply = isObject(got) ? (got as ResponderReply) : {};
    let call = reply.functionCall;
    if (call && (r.toolChoice === "none" || typeof call.name !== "string")) call = undefined;
    if (reply.text !== undefined || reply.audio !== undefined || !call) {
      await this.emitMessage(r, reply);
      if (r.finished || this.channel.closed) return;
    }
    if (call) this.emitFunctionCall(r, call.name, typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments ?? {}));
    this.finish(r, "completed", null);
  }

  /** Adds an output item to the response and the conversation, and announces it. */
  private addOutputItem(r: ActiveResponse, item: Wire & { id: string; type: string }, stored: StoredItem): number {
    const outputIndex = r.output.length;
    r.output.push(item);
    const previous = this.conversation.appendSilently(stored);
    this.channel.send({ type: "response.output_item.added", response_id: r.id, output_index: outputIndex, item });
    this.channel.send({ type: "conversation.item.created", previous_item_id: previous, item });
    return outputIndex;
  }

  private async emitMessage(r: ActiveResponse, reply: ResponderReply): Promise<void> {
    const send = this.channel.send.bind(this.channel);
    const audioOut = r.modalities.includes("audio");
    const text = typeof reply.text === "string" ? reply.text : "";
    const item = { id: newId("item"), object: "realtime.item", type: "message", role: "assistant", status: "in_progress", content: [] as Wire[] };
    const stored: StoredItem = { wire: item, audioMs: 0 };
    const outputIndex = this.addOutputItem(r, item, stored);
    const ids = { response_id: r.id, item_id: item.id, output_index: outputIndex, content_index: 0 };
    const part: Wire = audioOut ? { type: "audio", transcript: "" } : { type: "text", text: "" };
    send({ type: "response.content_part.added", ...ids, part });
    item.content.push(part);
    const pieces = textPieces(text);
    if (!audioOut) {
      for (const delta of pieces) {
        send({ type: "response.text.delta", ...ids, delta });
        part.text += delta;
      }
      send({ type: "response.text.done", ...ids, text });
    } else {
      const format = outputFormatInfo(r.outputAudioFormat);
      const samples = reply.audio instanceof Int16Array ? reply.audio : speechLike(speechDurationMs(text), format.sampleRate);
      const perChunk = (format.sampleRate * CHUNK_MS) / 1000;
      const count = Math.ceil(samples.length / perChunk);
      const totalMs = durationMs(samples.length, format.sampleRate);
      const pacing = this.channel.settings.realtimePacing;
      const t0 = Date.now();
      let said = 0;
      const say = (upTo: number) => {
        for (; said < upTo; said++) {
          send({ type: "response.audio_transcript.delta", ...ids, delta: pieces[said] });
          part.transcript += pieces[said];
        }
      };
      for (let k = 0; k < count; k++) {
        say(Math.ceil((pieces.length * (k + 1)) / count));
        if (pacing && k > 0) {
          await this.channel.timers.sleep(t0 + k * CHUNK_MS - Date.now(), r.abort.signal);
          if (r.finished || this.channel.closed) return;
        }
        const end = Math.min(samples.length, (k + 1) * perChunk);
        if (!r.audioCleared) send({ type: "response.audio.delta", ...ids, delta: toBase64(encodeAudio(samples.subarray(k * perChunk, end), format.codec)) });
        const before = stored.audioMs ?? 0;
        stored.audioMs = durationMs(end, format.sampleRate);
        r.outputAudioMs += stored.audioMs - before;
      }
      say(pieces.length);
      if (pacing) {
        await this.channel.timers.sleep(t0 + totalMs - Date.now(), r.abort.signal);
        if (r.finished || this.channel.closed) return;
      }
      send({ type: "response.audio.done", ...ids });
      send({ type: "response.audio_transcript.done", ...ids, transcript: text });
    }
    send({ type: "response.content_part.done", ...ids, part });
    item.status = "completed";
    send({ type: "response.output_item.done", response_id: r.id, output_index: outputIndex, item });
  }

  private emitFunctionCall(r: ActiveResponse, name: string, args: string): void {
    const callId = newId("call");
    const item = { id: newId("item"), object: "realtime.item", type: "function_call", name, call_id: callId, arguments: "", status: "in_progress" };
    const outputIndex = this.addOutputItem(r, item, { wire: item });
    const ids = { response_id: r.id, item_id: item.id, output_index: outputIndex, call_id: callId };
    for (const delta of chunks(args, 16)) {
      this.channel.send({ type: "response.function_call_arguments.delta", ...ids, delta });
      item.arguments += delta;
    }
    this.channel.send({ type: "response.function_call_arguments.done", ...ids, name, arguments: args });
    item.status = "completed";
    this.channel.send({ type: "response.output_item.done", response_id: r.id, output_index: outputIndex, item });
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
      this.channel.send({ type: "response.output_item.done", response_id: r.id, output_index: outputIndex, item });
    }
    const usage = responseUsage(r.inputTokens, r.output, r.outputAudioMs);
    this.channel.send({ type: "response.done", response: this.responseObject(r, status, details, usage) });
  }
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
