/**
 * The send path alone, step by step: where the CPU of one `input_audio_buffer.append` goes, cold and warm.
 *
 *   npm run build && npx tsx scripts/bench/send-path.ts [--rounds 5] [--only bare,session]
 *
 * Each step is a ladder rung that adds one part of the SDK's send path to the one before it (from a
 * bare `ws` client up to `session.sendAudio`), so the difference between two rungs is that part's
 * cost. Every rung runs in `--rounds` fresh processes (rungs interleaved), each sending bursts of 600
 * appends of 4,800 bytes of PCM to a server that reads and discards them: "cold" is the CPU per
 * append of the first burst of a fresh process, "warm" the median of bursts 9 to 13. The parts are
 * the SDK's own, imported from dist/ (ESM build).
 */
import { fork, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { WebSocket, WebSocketServer } from "ws";
import { AzureKeyCredential } from "@azure/core-auth";
import { API_VERSION, MODEL, audioChunks, sessionCreated } from "./scenarios.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = (file: string) => pathToFileURL(path.join(ROOT, "dist/esm", file)).href;
const APPENDS = 600;
const BURSTS = 13;

/** The rungs, each adding one part to the previous one. */
const RUNGS = {
  bare: "bare ws: base64, JSON.stringify, ws.send (not awaited)",
  awaited: "+ each send awaited (a promise resolved by ws.send's callback)",
  audioToBase64: "+ the SDK's audioToBase64 instead of Buffer#toString",
  eventId: "+ the event id from a prefix and a counter in base 36",
  validate: "+ validateWireEvent (precompiled validator, version resolved per call)",
  bookkeeping: "+ recent-sent map, session config check, logger check",
  sendQueue: "+ SendQueue and the ws transport (instead of ws.send directly)",
  session: "session.sendAudio, validation on (the whole path)",
  sessionNoValidation: "session.sendAudio, validation off",
  sessionNotAwaited: "session.sendAudio, validation on, not awaited",
} as const;
type Rung = keyof typeof RUNGS;

interface RungResult {
  cold: number;
  warm: number;
}

// ------------------------------------------------------------------------------------ child

type Send = (chunk: Int16Array) => Promise<void> | void;

async function makeSender(rung: Rung, url: string, httpUrl: string): Promise<{ send: Send; close: () => Promise<void>; awaited: boolean }> {
  const order = Object.keys(RUNGS) as Rung[];
  const at = (r: Rung) => order.indexOf(rung) >= order.indexOf(r);
  if (rung.startsWith("session")) {
    const { VoiceLiveClient } = (await import(dist("src/index.js"))) as typeof import("../../src/index.js");
    const session = await new VoiceLiveClient(httpUrl, new AzureKeyCredential("bench"), { apiVersion: API_VERSION }).startSession(MODEL, {
      validation: rung === "sessionNoValidation" ? "off" : "on",
    });
    return { send: (c) => session.sendAudio(c), close: () => session.close(), awaited: rung !== "sessionNotAwaited" };
  }
  const { audioToBase64 } = (await import(dist("src/runtime/audio.js"))) as typeof import("../../src/runtime/audio.js");
  const { validateWireEvent } = (await import(dist("src/validation.js"))) as typeof import("../../src/validation.js");
  const { loadValidators } = (await import(dist("src/validators.js"))) as typeof import("../../src/validators.js");
  const { SendQueue, resolveSendBuffer } = (await import(dist("src/internal/send-queue.js"))) as typeof import("../../src/internal/send-queue.js");
  const { loadTransport, openTransport } = (await import(dist("src/internal/transport.js"))) as typeof import("../../src/internal/transport.js");
  const { logger } = (await import(dist("src/internal/logger.js"))) as typeof import("../../src/internal/logger.js");
  await loadValidators(API_VERSION);
  let write: (text: string) => Promise<void> | void;
  let close: () => Promise<void>;
  if (at("sendQueue")) {
    await loadTransport(); // as a session does at its first connect
    const queue = new SendQueue(resolveSendBuffer(), { audioDropped() {} });
    await new Promise<void>((resolve, reject) => {
      const t = openTransport(
        { url: new URL(url), headers: {}, maxFrameBytes: 32 * 1024 * 1024 },
        { open: () => resolve(), text() {}, binary() {}, refused: (s) => reject(new Error(`refused ${s}`)), error: reject, close() {}, pong() {} },
      );
      queue.attach(t);
      close = async () => t.close(1000, "");
    });
    write = (text) => queue.send(text, "input_audio_buffer.append");
  } else {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    write = at("awaited") ? (text) => new Promise<void>((res, rej) => socket.send(text, (e) => (e ? rej(e) : res()))) : (text) => socket.send(text);
    close = async () => socket.close(1000);
  }
  let counter = 0;
  const recent = new Map<string, string>();
  let sessionConfig: Record<string, unknown> = {};
  const send: Send = (chunk) => {
    const audio = at("audioToBase64") ? audioToBase64(chunk, "sendAudio", "pcm16", 2) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("base64");
    const wire: Record<string, unknown> = { type: "input_audio_buffer.append", event_id: undefined, audio };
    wire.event_id = at("eventId") ? `evt_abc_${(counter++).toString(36)}` : `evt_${counter++}`;
    if (at("validate") && validateWireEvent(wire, "client", API_VERSION).length) throw new Error("invalid");
    const text = JSON.stringify(wire);
    if (at("bookkeeping")) {
      recent.set(String(wire.event_id), String(wire.type));
      if (recent.size > 64) recent.delete(recent.keys().next().value as string);
      const config = wire.type === "session.update" ? wire.session : undefined;
      if (config && typeof config === "object") sessionConfig = { ...sessionConfig, ...config };
      if (logger.verbose.enabled) logger.verbose(`send ${String(wire.type)}`);
    }
    return write(text);
  };
  return { send, close: () => close(), awaited: at("awaited") };
}

async function child(rung: Rung, url: string, httpUrl: string): Promise<RungResult> {
  const { send, close, awaited } = await makeSender(rung, url, httpUrl);
  const chunks = audioChunks(APPENDS);
  const perAppend: number[] = [];
  for (let b = 0; b < BURSTS; b++) {
    const cpu0 = process.cpuUsage();
    let last: Promise<void> | void = undefined;
    for (const c of chunks) {
      last = send(c);
      if (awaited) await last;
    }
    await last;
    const u = process.cpuUsage(cpu0);
    perAppend.push((u.user + u.system) / APPENDS);
    // Let the socket drain before the next burst, as the outbound bench's commit round trip does.
    await new Promise((r) => setTimeout(r, 5));
  }
  await close();
  const warm = perAppend.slice(8).sort((a, b) => a - b);
  return { cold: perAppend[0], warm: warm[warm.length >> 1] };
}

// ------------------------------------------------------------------------------------ server and orchestration

function server(): void {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false });
  wss.on("connection", (ws) => {
    ws.send(JSON.stringify(sessionCreated("sess_1", "event_1")));
    ws.on("message", () => {});
  });
  wss.on("listening", () => process.send!({ port: (wss.address() as { port: number }).port }));
  process.on("message", () => process.exit(0));
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--server") return server();
  if (args[0] === "--child") {
    const r = await child(args[1] as Rung, args[2], args[3]);
    process.send!(r, () => process.exit(0));
    return;
  }
  let rounds = 5;
  let rungs = Object.keys(RUNGS) as Rung[];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--rounds") rounds = Number(args[++i]);
    else if (args[i] === "--only") rungs = args[++i].split(",") as Rung[];
    else throw new Error(`unknown option ${args[i]}`);
  }
  const pin = os.cpus().length >= 2 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const self = fileURLToPath(import.meta.url);
  const srv = fork(self, ["--server"], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  if (pin) spawnSync("taskset", ["-pc", "0", String(srv.pid)]);
  const port = await new Promise<number>((resolve) => srv.once("message", (m: { port: number }) => resolve(m.port)));
  const url = `ws://127.0.0.1:${port}/voice-live/realtime?api-version=${API_VERSION}&model=${MODEL}`;
  const results = new Map<Rung, RungResult[]>();
  // A failing rung must not leave the server running: this process would never exit.
  try {
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < rungs.length; i++) {
        const rung = rungs[(i + round) % rungs.length];
        const c = fork(self, ["--child", rung, url, `http://127.0.0.1:${port}`], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
        if (pin) spawnSync("taskset", ["-pc", "1", String(c.pid)]);
        const r = await new Promise<RungResult>((resolve, reject) => {
          c.once("message", (m: RungResult) => resolve(m));
          c.once("exit", (code) => reject(new Error(`${rung} exited (${code})`)));
        });
        (results.get(rung) ?? results.set(rung, []).get(rung)!).push(r);
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }
  } finally {
    srv.send("stop");
  }
  const base = results.get("bare");
  const b = base ? { cold: median(base.map((r) => r.cold)), warm: median(base.map((r) => r.warm)) } : undefined;
  console.log(`CPU µs per append, median of ${rounds} fresh processes (cold: first 600 appends; warm: bursts 9–13)\n`);
  console.log("| rung | cold µs | warm µs | cold / bare | warm / bare |\n|---|---|---|---|---|");
  for (const rung of rungs) {
    const r = results.get(rung)!;
    const cold = median(r.map((x) => x.cold));
    const warm = median(r.map((x) => x.warm));
    console.log(`| ${RUNGS[rung]} | ${cold.toFixed(1)} | ${warm.toFixed(1)} | ${b ? (cold / b.cold).toFixed(2) : "–"} | ${b ? (warm / b.warm).toFixed(2) : "–"} |`);
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
