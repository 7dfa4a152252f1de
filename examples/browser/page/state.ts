/**
 * What the page reports of itself (`window.voicelivePage`): shown on the page, read by the test. In
 * a file of its own, with no DOM types, so that the Node test can import it.
 */
import type { BargeIn } from "../../barge-in/barge-in.js";

export interface PageState {
  status: string;
  sessionId?: string;
  /** The assistant's words, one entry per response. */
  answers: string[];
  /** What the service heard (its transcripts of the user's turns). */
  userTurns: string[];
  /** Responses finished (`response.done`). */
  responsesDone: number;
  audioDeltas: number;
  audioBytes: number;
  /** Microphone audio sent: chunks, and bytes of 24 kHz PCM16. */
  sentChunks: number;
  sentBytes: number;
  /** The AudioContext's sample rate (the capture worklet's input rate). */
  contextRate?: number;
  playedMs: number;
  /** Each time the user talked over the reply: what was cancelled, truncated and dropped. */
  bargeIns: BargeIn[];
  errors: string[];
}
