/**
 * Shared set-up of the turn-taking and tool-runner tests: an emulator, a wire tap in front of it
 * (real sockets both ways), and a session through the tap.
 */
import { AzureKeyCredential } from "@azure/core-auth";
import type { RequestSession } from "../../generated/models.js";
import { startEmulator, type EmulatorOptions, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import { startWireTap, type WireTap } from "../examples/helpers.js";

export interface Rig {
  emulator: VoiceLiveEmulator;
  tap: WireTap;
  session: VoiceLiveSession;
}

/** Frames of the tap as `direction:type`, without the audio and delta noise. */
export function wireOrder(tap: WireTap, keep: (type: string) => boolean): string[] {
  return tap.frames.filter((f) => keep(f.event.type)).map((f) => `${f.direction}:${f.event.type}`);
}

/** Starts an emulator, a tap and a session with `config` applied (`session.updated` awaited). */
export async function startRig(options: EmulatorOptions, config: RequestSession, cleanup: (() => Promise<unknown>)[]): Promise<Rig> {
  const emulator = await startEmulator(options);
  cleanup.push(() => emulator.close());
  const tap = await startWireTap(emulator.url);
  cleanup.push(() => tap.close());
  const client = new VoiceLiveClient(tap.url, new AzureKeyCredential("k"));
  const session = await client.startSession({ model: "gpt-realtime", ...config });
  cleanup.push(() => session.close());
  return { emulator, tap, session };
}

/** Runs the cleanups, last first. */
export async function runCleanup(cleanup: (() => Promise<unknown>)[]): Promise<void> {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => {});
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PCM16 at 24 kHz: `speechMs` of a loud tone (server VAD hears speech), then `silenceMs` of silence. */
export function speechThenSilence(speechMs: number, silenceMs: number): Int16Array {
  const rate = 24_000;
  const speech = Math.round((rate * speechMs) / 1000);
  const samples = new Int16Array(speech + Math.round((rate * silenceMs) / 1000));
  for (let i = 0; i < speech; i++) samples[i] = Math.round(10_000 * Math.sin((2 * Math.PI * 440 * i) / rate));
  return samples;
}
