/**
 * The cost of conversation state on the receive path: the inbound flood's frames fed to a
 * session's receive path (as `receive.ts` does, without sockets), with the bench's application
 * handlers alone, and with `trackConversation` too.
 *
 *   npx tsx scripts/bench/conversation.ts [--events 20000] [--rounds 7]
 *
 * Each round runs each mode in a fresh child process, which runs the flood 12 times over and takes
 * the median of passes 5 to 12 (warm). A pass gets a new `Conversation` (the previous one closed),
 * so that it tracks the flood's items once, as a session would. The SDK is loaded from src/ (tsx):
 * the figure is the difference between the two modes, both loaded the same way.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "../../src/index.js";
import { startEmulator } from "../../src/emulator/index.js";
import { trackConversation, type Conversation } from "../../src/agent/index.js";
import { floodFrames } from "./scenarios.js";
import { subscribeApp } from "./peers/ours.js";
import { App } from "./types.js";

// `subscriber`: one more subscription with a no-op handler, which tells the fan-out's share of the
// cost (any second subscriber pays it) from the state's own work.
const MODES = ["session", "subscriber", "conversation"] as const;
type Mode = (typeof MODES)[number];

async function child(mode: Mode, events: number): Promise<void> {
  const frames = floodFrames(events).map((f) => JSON.stringify(f));
  const app = new App();
  const emulator = await startEmulator();
  const session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("bench")).startSession("gpt-realtime");
  subscribeApp(session as never, app);
  // The live connection's link: what the transport's text callback calls for each frame.
  const link = (session as unknown as { connection: { live: { text(text: string): void } } }).connection.live;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const passes: number[] = [];
  let conversation: Conversation | undefined;
  if (mode === "subscriber") session.subscribe({ onResponseAudioDelta: () => {} });
  let items = 0;
  for (let pass = 0; pass < 12; pass++) {
    conversation?.close();
    conversation = mode === "conversation" ? trackConversation(session) : undefined;
    const before = process.cpuUsage();
    for (const frame of frames) link.text(frame);
    const used = process.cpuUsage(before);
    passes.push((used.user + used.system) / events);
    items = conversation?.items.length ?? 0;
  }
  conversation?.close();
  await session.close();
  await emulator.close();
  if (app.errors.length) throw new Error(app.errors.join("; "));
  if (mode === "conversation" && items === 0) throw new Error("the conversation tracked no item");
  process.stdout.write(JSON.stringify(passes));
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function parent(events: number, rounds: number): void {
  const warm = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
  for (let round = 0; round < rounds; round++) {
    for (const mode of MODES) {
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--child", mode, "--events", String(events)], { encoding: "utf8" });
      warm.get(mode)!.push(median((JSON.parse(out) as number[]).slice(4)));
    }
  }
  const base = warm.get("session")!;
  // Differences within a round (the modes ran back to back) cancel much of the machine's drift.
  const added = (mode: Mode) => median(warm.get(mode)!.map((v, i) => v - base[i]));
  console.log(`${events} flood events per pass, ${rounds} fresh processes per mode; warm µs of CPU per event, median`);
  console.log("| mode | µs/event | added to session (median of per-round differences) | per-round values |\n|---|---|---|---|");
  for (const [mode, values] of warm) console.log(`| ${mode} | ${median(values).toFixed(3)} | ${mode === "session" ? "" : added(mode).toFixed(3)} | ${values.map((v) => v.toFixed(2)).join(" ")} |`);
  console.log(`conversation state costs ${added("conversation").toFixed(3)} µs/event (${((added("conversation") / median(base)) * 100).toFixed(1)}% of the receive path), of which ${added("subscriber").toFixed(3)} is a second subscription's`);
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const childMode = args.indexOf("--child");
if (childMode >= 0) await child(args[childMode + 1] as Mode, option("--events", 20_000));
else parent(option("--events", 20_000), option("--rounds", 7));
