/**
 * The input audio of a session: the input audio buffer with its voice activity detector (speech
 * starts and stops, and the commits they make), explicit commits and clears, and audio turns
 * (`input_audio.turn.*`). Committed audio becomes a user message item of the conversation, and may
 * start or interrupt a response.
 */
import { concatPcm16, decodeAudio, durationMs, encodeAudio, fromBase64, toBase64, type AudioFormatInfo } from "./audio.js";
import type { SessionChannel } from "./channel.js";
import type { Conversation } from "./conversation.js";
import { newId } from "./ids.js";
import type { ResponseEngine } from "./responses.js";
import { SampleBuffer } from "./sample-buffer.js";
import type { SessionConfig } from "./session-config.js";
import { EnergyVad } from "./vad.js";
import { transcriptTiming } from "./pipeline.js";
import { num, type Wire } from "./wire.js";

/** Without speech, server VAD keeps at most this much audio in the buffer. */
const MAX_IDLE_BUFFER_MS = 60_000;

export class InputAudio {
  private readonly buffer = new SampleBuffer();
  /** The format of the audio in the buffer; changes only with a `session.update`, which drops the buffer. */
  private format: AudioFormatInfo;
  /** Input positions map to ms as `msBase + (position − positionBase) / rate`; rebased when the input format changes. */
  private positionBase = 0;
  private msBase = 0;
  private carry: number | undefined;
  private vad?: EnergyVad;
  private speech?: { itemId: string; start: number };
  private readonly turns = new Map<string, Int16Array[]>();

  constructor(
    private readonly channel: SessionChannel,
    private readonly config: SessionConfig,
    private readonly conversation: Conversation,
    private readonly responses: ResponseEngine,
  ) {
    this.format = config.inputFormat;
    this.setupVad();
  }

  /** Follows a `session.update` that has been applied: `before` is the config it replaced. */
  reconfigure(before: Wire): void {
    const format = this.config.inputFormat;
    if (format.codec !== this.format.codec || format.sampleRate !== this.format.sampleRate) {
      // Audio already buffered was in the old format: drop it, and count ms on from where it ended.
      this.msBase = this.msAt(this.buffer.end);
      this.buffer.clear();
      this.positionBase = this.buffer.end;
      this.carry = undefined;
      this.format = format;
      this.setupVad();
    } else if (JSON.stringify(before.turn_detection) !== JSON.stringify(this.config.current.turn_detection)) {
      this.setupVad();
    }
  }

  private setupVad(): void {
    const settings = this.config.vadSettings(this.format.sampleRate);
    this.speech = undefined;
    this.vad = settings ? new EnergyVad(settings, this.buffer.end) : undefined;
  }

  private msAt(position: number): number {
    return this.msBase + Math.round(((position - this.positionBase) * 1000) / this.format.sampleRate);
  }

  private decode(bytes: Uint8Array, buffered: boolean): Int16Array {
    if (this.format.codec !== "pcm16") return decodeAudio(bytes, this.format.codec);
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

  append(base64: string): void {
    const bytes = fromBase64(base64);
    this.channel.counters.audioAppends++;
    this.channel.counters.audioBytes += bytes.length;
    const samples = this.decode(bytes, true);
    this.buffer.push(samples);
    if (!this.vad) return;
    for (const event of this.vad.push(samples)) {
      if (this.channel.closed) return;
      if (event.type === "speech_started") this.speechStarted(event.sample);
      else this.speechStopped(event.sample);
    }
    const limit = (MAX_IDLE_BUFFER_MS / 1000) * this.format.sampleRate;
    if (!this.speech && this.buffer.size > limit) this.buffer.dropUntil(this.buffer.end - limit);
  }

  private speechStarted(position: number): void {
    const td = this.config.turnDetection ?? {};
    const padding = Math.round((num(td.prefix_padding_ms, 300) * this.format.sampleRate) / 1000);
    const start = Math.max(this.buffer.start, position - padding);
    this.speech = { itemId: newId("item"), start };
    this.channel.send({ type: "input_audio_buffer.speech_started", audio_start_ms: this.msAt(start), item_id: this.speech.itemId });
    if (td.interrupt_response !== false) this.responses.cancelActive("turn_detected");
  }

  private speechStopped(position: number): void {
    const td = this.config.turnDetection ?? {};
    const speech = this.speech ?? { itemId: newId("item"), start: this.buffer.start };
    this.speech = undefined;
    this.channel.send({ type: "input_audio_buffer.speech_stopped", audio_end_ms: this.msAt(position), item_id: speech.itemId });
    const audio = this.buffer.slice(speech.start, position);
    this.buffer.dropUntil(position);
    this.commitAudio(audio, speech.itemId, true);
    if (td.create_response !== false && !this.responses.isActive) this.responses.start({}, undefined);
  }

  commit(eventId: string | null): void {
    if (this.buffer.size === 0) {
      return this.channel.sendError({ code: "input_audio_buffer_commit_empty", message: "Error committing input audio buffer: the buffer is empty.", eventId });
    }
    this.commitWholeBuffer();
  }

  /**
   * `response.create`'s `commit` (default true) commits pending input audio first; with server VAD
   * the VAD owns the buffer, so only an explicit `commit: true` does.
   */
  commitForResponse(commit: unknown): void {
    if (this.buffer.size > 0 && (commit === true || (commit === undefined && !this.vad))) this.commitWholeBuffer();
  }

  private commitWholeBuffer(): void {
    const itemId = this.speech?.itemId ?? newId("item");
    const audio = this.buffer.slice(this.buffer.start, this.buffer.end);
    this.buffer.clear();
    this.carry = undefined;
    this.setupVad();
    this.commitAudio(audio, itemId, true);
  }

  clear(): void {
    this.buffer.clear();
    this.carry = undefined;
    this.setupVad();
  }

  /** Makes audio a user message item: `input_audio_buffer.committed` (for the buffer), `conversation.item.created`. */
  private commitAudio(audio: Int16Array, itemId: string, fromBuffer: boolean): void {
    if (fromBuffer) this.channel.send({ type: "input_audio_buffer.committed", previous_item_id: this.conversation.lastItemId(), item_id: itemId });
    const ms = durationMs(audio.length, this.format.sampleRate);
    // The emulator does not recognise speech: the transcript is a placeholder that says how much audio there was.
    const transcript = `[${ms} ms of audio]`;
    const wire = {
      id: itemId,
      object: "realtime.item",
      type: "message",
      role: "user",
      status: "completed",
      content: [{ type: "input_audio", audio: toBase64(encodeAudio(audio, this.format.codec)), transcript }],
    };
    const timing = transcriptTiming(this.channel.settings.target, this.config.current);
    const transcribed = () => this.channel.send({ type: "conversation.item.input_audio_transcription.completed", item_id: itemId, content_index: 0, transcript });
    if (timing === "before-item") transcribed();
    this.conversation.insert({ wire, audio, audioRate: this.format.sampleRate });
    if (timing === "after-item") transcribed();
  }

  // ---------------------------------------------------------------- audio turns

  turnStart(turnId: string, eventId: string | null): void {
    if (this.turns.has(turnId)) return this.channel.sendError({ code: "invalid_value", message: `Turn ${JSON.stringify(turnId)} has already started.`, param: "turn_id", eventId });
    this.turns.set(turnId, []);
  }

  private unknownTurn(turnId: string, eventId: string | null): void {
    this.channel.sendError({ code: "turn_not_found", message: `There is no open turn ${JSON.stringify(turnId)}: send input_audio.turn.start first.`, param: "turn_id", eventId });
  }

  turnAppend(turnId: string, audio: string, eventId: string | null): void {
    const turn = this.turns.get(turnId);
    if (!turn) return this.unknownTurn(turnId, eventId);
    turn.push(this.decode(fromBase64(audio), false));
  }

  turnEnd(turnId: string, eventId: string | null): void {
    const turn = this.turns.get(turnId);
    if (!turn) return this.unknownTurn(turnId, eventId);
    this.turns.delete(turnId);
    const audio = concatPcm16(turn);
    if (audio.length === 0) {
      return this.channel.sendError({ code: "input_audio_buffer_commit_empty", message: `Turn ${JSON.stringify(turnId)} has no audio.`, param: "turn_id", eventId });
    }
    this.commitAudio(audio, newId("item"), false);
    if (!this.responses.isActive) this.responses.start({}, undefined);
  }

  turnCancel(turnId: string, eventId: string | null): void {
    if (!this.turns.delete(turnId)) this.unknownTurn(turnId, eventId);
  }

  /** Drops every open turn (`input_audio.clear`). */
  cancelAllTurns(): void {
    this.turns.clear();
  }
}
