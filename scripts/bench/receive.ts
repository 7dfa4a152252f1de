/**
 * The receive path alone, without sockets: the inbound flood's frames fed to a bare handler and to
 * a session's receive path in one process. It splits the inbound gap of `npm run bench` into the
 * steady cost per event (warm) and the cost of a fresh process (the JIT, V8 growing its heap).
 *
 *   npm run build && npx tsx scripts/bench/receive.ts [--events 20000] [--rounds 5]
 *
 * For each mode, `--rounds` fresh child processes each run the flood 12 times over: "cold" is the
 * first pass, "warm" the median of passes 5 to 12. CPU is `process.cpuUsage()` of the child.
 * Modes: bare (`JSON.parse`, base64 of audio, a `switch`), convert (bare plus the generated
 * `deserializeServerEvent`), session (`VoiceLiveSession`'s own receive path and subscribe handlers,
 * on a session connected to the emulator in the same process).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import type * as Sdk from "../../src/index.js";
import type * as Emulator from "../../src/emulator/index.js";
import type * as Models from "../../src/models.js";
import { AzureKeyCredential } from "@azure/core-auth";
import { floodFrames } from "./scenarios.js";
import { handleWireEvent, type WireEvent } from "./peers/bare.js";
import { subscribeApp } from "./peers/ours.js";
import { App } from "./types.js";

const MODES = ["bare", "convert", "session"] as const;
type Mode = (typeof MODES)[number];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = (file: string) => pathToFileURL(path.join(ROOT, "dist/esm", file)).href;

/** The handler of one frame, for a mode. */
async function handlerFor(mode: Mode, app: App): Promise<{ run: (frame: Buffer) => void; close: () => Promise<void> }> {
  const nothing = async () => {};
  if (mode === "bare") return { close: nothing, run: (frame) => handleWireEvent(app, JSON.parse(frame.toString()) as WireEvent) };
  if (mode === "convert") {
    const { deserializeServerEvent } = (await import(dist("src/models.js"))) as typeof Models;
    return {
      close: nothing,
      run(frame) {
        const e = deserializeServerEvent(JSON.parse(frame.toString())) as Models.ServerEvent;
        app.onEvent();
        switch (e.type) {
          case "response.audio.delta": return app.onAudio(e.delta);
          case "response.audio_transcript.delta": return app.onTranscript(e.delta);
          case "response.created": return app.onResponseCreated(e.response.id);
          case "response.output_item.added": return app.onOutputItemAdded(e.item?.id);
          case "conversation.item.created": return app.onItemCreated(e.item?.id);
          case "response.content_part.added": return app.onPartAdded(e.itemId);
          case "response.content_part.done": return app.onPartDone("transcript" in e.part ? e.part.transcript : undefined);
          case "response.output_item.done": return app.onOutputItemDone(e.item?.id);
          case "response.done": return app.onResponseDone(e.response.usage?.totalTokens);
        }
      },
    };
  }
  const { VoiceLiveClient } = (await import(dist("src/index.js"))) as typeof Sdk;
  const { startEmulator } = (await import(dist("src/emulator/index.js"))) as typeof Emulator;
  const emulator = await startEmulator();
  const session = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("bench")).startSession("gpt-realtime");
  subscribeApp(session, app);
  // The private receive path that the transport's text callback calls, for each frame: the live
  // connection's link (the session in parts), or the session's own receive (earlier builds).
  const inner = session as unknown as { receive?(text: string): unknown; connection?: { live?: { text(text: string): void } } };
  const link = inner.connection?.live;
  const receive = link ? (text: string) => link.text(text) : inner.receive!.bind(session);
  return {
    run: (frame) => void receive(frame.toString()),
    async close() {
      await session.close();
      await emulator.close();
    },
  };
}

/** One child: the flood 12 times; prints the µs per event of each pass as JSON. */
async function child(mode: Mode, events: number): Promise<void> {
  const frames = floodFrames(events).map((f) => Buffer.from(JSON.stringify(f)));
  const app = new App();
  const handler = await handlerFor(mode, app);
  await new Promise((resolve) => setTimeout(resolve, 500)); // let start-up work settle
  const passes: number[] = [];
  for (let pass = 0; pass < 12; pass++) {
    const before = process.cpuUsage();
    for (const frame of frames) handler.run(frame);
    const used = process.cpuUsage(before);
    passes.push((used.user + used.system) / events);
  }
  await handler.close();
  if (app.errors.length) throw new Error(app.errors.join("; "));
  if (app.counts.audio === 0) throw new Error("no audio reached the handlers");
  process.stdout.write(JSON.stringify(passes));
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function parent(events: number, rounds: number): void {
  const results = new Map<Mode, { cold: number[]; warm: number[] }>(MODES.map((m) => [m, { cold: [], warm: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (const mode of MODES) {
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--child", mode, "--events", String(events)], { encoding: "utf8" });
      const passes = JSON.parse(out) as number[];
      results.get(mode)!.cold.push(passes[0]);
      results.get(mode)!.warm.push(median(passes.slice(4)));
    }
  }
  const bare = results.get("bare")!;
  console.log(`${events} flood events per pass, ${rounds} fresh processes per mode; µs of CPU per event, median (ratio to bare)`);
  console.log("| mode | cold (first pass) | warm |\n|---|---|---|");
  for (const [mode, r] of results) {
    const cold = median(r.cold);
    const warm = median(r.warm);
    console.log(`| ${mode} | ${cold.toFixed(2)} (${(cold / median(bare.cold)).toFixed(2)}×) | ${warm.toFixed(2)} (${(warm / median(bare.warm)).toFixed(2)}×) |`);
  }
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const childMode = args.indexOf("--child");
if (childMode >= 0) await child(args[childMode + 1] as Mode, option("--events", 20_000));
else parent(option("--events", 20_000), option("--rounds", 5));
