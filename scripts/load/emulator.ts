/**
 * The emulator child of `npm run load`: the SDK's emulator (compiled JS) on 127.0.0.1 with a key,
 * alone in its process so that the client's figures are the client's. It answers the
 * orchestrator: `window` (the baseline, the start and the end of the measured window), `stats` (the emulator's counters, and
 * this process's figures) and `stop`.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type * as EmulatorModule from "../../src/emulator/index.js";
import { ProcessMeter, type ChildMessage, type EmulatorParams, type ParentMessage } from "./protocol.js";

const params = JSON.parse(process.argv[2]) as EmulatorParams;
const send = (m: ChildMessage) => process.send!(m);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

const { startEmulator } = (await import(pathToFileURL(path.join(params.sdk, "src/emulator/index.js")).href)) as typeof EmulatorModule;
const meter = new ProcessMeter(gc);
const emulator = await startEmulator({ apiKey: params.apiKey, host: "127.0.0.1", realtimePacing: params.realtimePacing });

process.on("message", (m: ParentMessage) => {
  switch (m.cmd) {
    case "window":
      if (m.edge === "baseline") meter.baseline();
      else if (m.edge === "start") meter.start();
      else meter.end();
      break;
    case "stats":
      send({ kind: "stats", stats: emulator.stats(), figures: m.figures ? meter.figures() : undefined });
      break;
    case "stop":
      void emulator.close().then(() => process.exit(0));
      break;
  }
});
process.on("disconnect", () => process.exit(0));
send({ kind: "ready", url: emulator.url });
