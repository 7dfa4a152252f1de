/**
 * Server-side voice activity detection on the energy of PCM16 audio, standing in for the service's
 * `server_vad` and `azure_semantic_vad*` turn detection.
 *
 * The audio is cut into 10 ms frames at the session's input rate. A frame is speech when its RMS is
 * at least `threshold × 0.1 × 32768`: the session's `threshold` (0 … 1) scales a level of a tenth of
 * full scale, so `threshold: 1` needs an RMS of 3277 (about −20 dBFS), the default `0.5` an RMS of
 * 1638 (about −26 dBFS), and `0` takes every frame as speech. A 440 Hz sine of peak 8000 (RMS 5657)
 * is speech at any threshold; silence never is (except at 0).
 *
 * Speech starts at the first speech frame; `speech_started.audio_start_ms` is that moment minus
 * `prefix_padding_ms` (not before the start of the buffer). Speech stops once `silence_duration_ms`
 * of non-speech frames follow it; as in the OpenAI-compatible protocol, `speech_stopped.audio_end_ms`
 * is the end of the audio that goes to the model, so it includes that trailing silence:
 * end of the last speech frame + `silence_duration_ms`. The committed item holds the audio from
 * `audio_start_ms` to `audio_end_ms`.
 */

/** Settings of the detector, in the session's terms. */
export interface VadSettings {
  /** 0 … 1; see the module comment for the level it maps to. */
  threshold: number;
  /** Silence after speech that ends a turn. */
  silenceDurationMs: number;
  /** Input sample rate in Hz. */
  sampleRate: number;
}

/** What the detector saw, at sample positions counted from the start of the session's input audio. */
export type VadEvent =
  | { type: "speech_started"; /** First sample of the first speech frame. */ sample: number }
  | { type: "speech_stopped"; /** The sample after the last speech frame. */ speechEnd: number; /** Where the turn ends: `speechEnd` + the silence duration. */ sample: number };

/** The RMS level a `threshold` maps to (see the module comment). */
export function speechLevel(threshold: number): number {
  return threshold * 0.1 * 32768;
}

/** An energy detector fed with consecutive chunks of samples. */
export class EnergyVad {
  private readonly frame: number;
  private readonly level: number;
  private readonly silenceFrames: number;
  private pending = new Int16Array(0);
  /** Sample position of `pending[0]`. */
  private position: number;
  private inSpeech = false;
  private speechEnd = 0;
  private silentFrames = 0;

  constructor(
    settings: VadSettings,
    /** Position of the first sample that will be pushed. */
    start = 0,
  ) {
    this.frame = Math.max(1, Math.round(settings.sampleRate / 100));
    this.level = speechLevel(settings.threshold);
    this.silenceFrames = Math.max(1, Math.ceil(settings.silenceDurationMs / 10));
    this.position = start;
  }

  /** Whether a turn has started and not yet stopped. */
  get speaking(): boolean {
    return this.inSpeech;
  }

  /** Feeds the next samples; returns what happened in the whole frames they complete, in order. */
  push(samples: Int16Array): VadEvent[] {
    const data = this.pending.length ? joined(this.pending, samples) : samples;
    const events: VadEvent[] = [];
    let at = 0;
    for (; at + this.frame <= data.length; at += this.frame) {
      const start = this.position + at;
      const speech = frameRms(data, at, at + this.frame) >= this.level;
      if (!this.inSpeech) {
        if (speech) {
          this.inSpeech = true;
          this.speechEnd = start + this.frame;
          this.silentFrames = 0;
          events.push({ type: "speech_started", sample: start });
        }
      } else if (speech) {
        this.speechEnd = start + this.frame;
        this.silentFrames = 0;
      } else if (++this.silentFrames >= this.silenceFrames) {
        this.inSpeech = false;
        events.push({ type: "speech_stopped", speechEnd: this.speechEnd, sample: start + this.frame });
      }
    }
    this.pending = data.slice(at);
    this.position += at;
    return events;
  }
}

function frameRms(samples: Int16Array, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += samples[i] * samples[i];
  return Math.sqrt(sum / (end - start));
}

function joined(a: Int16Array, b: Int16Array): Int16Array {
  const out = new Int16Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
