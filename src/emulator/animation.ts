/**
 * Animation and timing data that go with the assistant's audio, when the session asks for them:
 * viseme ids and blendshape frames (`animation.outputs`) and word timestamps
 * (`output_audio_timestamp_types: ["word"]`).
 *
 * The emulator synthesises no speech, so it places the text evenly over the audio: each character
 * takes an equal share of it, which is close to how its speech-like filler audio is made (about
 * 60 ms a character). Everything is sent chunk by chunk, just before the audio it describes, as a
 * speech synthesiser reports visemes slightly ahead of the sound.
 *
 * Facts taken from Azure's text-to-speech documentation on visemes: viseme ids run from 0 (silence)
 * to 21, each naming a mouth position for a group of phonemes; blendshape frames come at 60 frames
 * per second with 55 facial positions each, in the ARKit order (so index 17 opens the jaw). The
 * `Animation` model gives `["blendshapes"]` as the default of `outputs`.
 */
import { rms } from "./audio.js";
import { isObject, textPieces, type Wire } from "./wire.js";

/** Blendshape frames per second, and values per frame. */
const FPS = 60;
const BLENDSHAPES = 55;
/** Positions in a frame: the blinks of both eyes, and the opening of the jaw. */
const EYE_BLINK_LEFT = 0;
const EYE_BLINK_RIGHT = 7;
const JAW_OPEN = 17;
/** A blink every 3 s (the first 1.5 s in), lasting 100 ms. */
const BLINK_EVERY_MS = 3000;
const BLINK_MS = 100;

/** What a response's audio is accompanied by. */
export interface AnimationPlan {
  visemes: boolean;
  blendshapes: boolean;
  wordTimestamps: boolean;
}

/** The plan for a session config: animation when it has an `animation` object, word timing when it lists `word`. */
export function animationPlan(config: Wire): AnimationPlan {
  const animation = config.animation;
  const outputs = isObject(animation) ? (Array.isArray(animation.outputs) ? animation.outputs : ["blendshapes"]) : [];
  const timestamps = Array.isArray(config.output_audio_timestamp_types) ? config.output_audio_timestamp_types : [];
  return { visemes: outputs.includes("viseme_id"), blendshapes: outputs.includes("blendshapes"), wordTimestamps: timestamps.includes("word") };
}

/** The mouth position of a letter, as a viseme id (an approximation of its usual sound). */
function visemeOf(c: string): number {
  const groups: [RegExp, number][] = [
    [/[a]/, 2],
    [/[e]/, 4],
    [/[iy]/, 6],
    [/[uw]/, 7],
    [/[o]/, 8],
    [/[h]/, 12],
    [/[r]/, 13],
    [/[l]/, 14],
    [/[scz]/, 15],
    [/[j]/, 16],
    [/[fv]/, 18],
    [/[dtn]/, 19],
    [/[kgqx]/, 20],
    [/[pbm]/, 21],
  ];
  const lower = c.toLowerCase();
  for (const [pattern, id] of groups) if (pattern.test(lower)) return id;
  return 0;
}

/** Fields every event of the part carries. */
interface PartIds {
  response_id: string;
  item_id: string;
  output_index: number;
  content_index: number;
}

/** Streams the plan's events for one audio part, chunk by chunk. */
export class Animator {
  private readonly visemes: { ms: number; id: number }[] = [];
  private readonly words: { ms: number; durationMs: number; text: string }[] = [];
  private nextViseme = 0;
  private nextWord = 0;
  private nextFrame = 0;

  constructor(
    private readonly plan: AnimationPlan,
    text: string,
    /** Length of the part's audio in ms. */
    private readonly totalMs: number,
    private readonly sampleRate: number,
    private readonly ids: PartIds,
    private readonly send: (frame: { type: string } & Record<string, unknown>) => void,
  ) {
    const perChar = text.length ? totalMs / text.length : 0;
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const id = visemeOf(text[i]);
      if (id === last) continue;
      this.visemes.push({ ms: Math.floor(i * perChar), id });
      last = id;
    }
    let at = 0;
    for (const piece of textPieces(text)) {
      const word = piece.trim();
      const start = at + piece.indexOf(word);
      this.words.push({ ms: Math.floor(start * perChar), durationMs: Math.max(1, Math.round(word.length * perChar)), text: word });
      at += piece.length;
    }
  }

  /** Whether the plan has anything to send. */
  get active(): boolean {
    return this.plan.visemes || this.plan.blendshapes || this.plan.wordTimestamps;
  }

  /** Sends what happens in the audio from `startMs` to `endMs`, whose samples are `samples`. */
  chunk(samples: Int16Array, startMs: number, endMs: number): void {
    const last = endMs >= this.totalMs;
    if (this.plan.visemes) {
      for (; this.nextViseme < this.visemes.length && (last || this.visemes[this.nextViseme].ms < endMs); this.nextViseme++) {
        const v = this.visemes[this.nextViseme];
        this.send({ type: "response.animation_viseme.delta", ...this.ids, audio_offset_ms: v.ms, viseme_id: v.id });
      }
    }
    if (this.plan.wordTimestamps) {
      for (; this.nextWord < this.words.length && (last || this.words[this.nextWord].ms < endMs); this.nextWord++) {
        const w = this.words[this.nextWord];
        this.send({ type: "response.audio_timestamp.delta", ...this.ids, audio_offset_ms: w.ms, audio_duration_ms: w.durationMs, text: w.text, timestamp_type: "word" });
      }
    }
    if (this.plan.blendshapes) {
      const first = this.nextFrame;
      const frames: number[][] = [];
      for (; (this.nextFrame * 1000) / FPS < endMs; this.nextFrame++) {
        const frameMs = (this.nextFrame * 1000) / FPS;
        const from = Math.max(0, Math.floor(((frameMs - startMs) * this.sampleRate) / 1000));
        const to = Math.min(samples.length, Math.floor(((frameMs - startMs + 1000 / FPS) * this.sampleRate) / 1000));
        frames.push(this.frame(frameMs, rms(samples, from, to)));
      }
      if (frames.length) this.send({ type: "response.animation_blendshapes.delta", ...this.ids, frames, frame_index: first });
    }
  }

  /** The `.done` events, after the part's audio. */
  finish(): void {
    if (this.plan.visemes) this.send({ type: "response.animation_viseme.done", ...this.ids });
    if (this.plan.wordTimestamps) this.send({ type: "response.audio_timestamp.done", ...this.ids });
    if (this.plan.blendshapes) {
      const { response_id, item_id, output_index } = this.ids;
      this.send({ type: "response.animation_blendshapes.done", response_id, item_id, output_index });
    }
  }

  /** One frame: the jaw opens with the loudness of the audio, and the eyes blink now and then. */
  private frame(ms: number, level: number): number[] {
    const values = new Array<number>(BLENDSHAPES).fill(0);
    values[JAW_OPEN] = Math.round(Math.min(1, level / 6000) * 1000) / 1000;
    if ((ms + BLINK_EVERY_MS / 2) % BLINK_EVERY_MS < BLINK_MS) values[EYE_BLINK_LEFT] = values[EYE_BLINK_RIGHT] = 1;
    return values;
  }
}
