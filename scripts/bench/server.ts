/**
 * The bench server: a child process (forked by run.ts) that speaks just enough Voice Live for the
 * scenarios, on 127.0.0.1 at a free port.
 *
 * - The handshake: path `/voice-live/realtime`, a `model`, the key in `api-key` (header or query).
 * - `session.created` on connect; `session.update` → `session.updated`.
 * - `response.create` → the flood (scenarios.ts), pre-encoded once, written as fast as the socket
 *   drains: at most HIGH_WATER bytes queued in the socket (counted through the send callbacks),
 *   so the server never outruns the client's reading and never waits on its own work.
 * - `input_audio_buffer.append` is counted without parsing the whole frame (the type is the first
 *   field for every peer; the audio's length is read from its base64 span; the first append of each
 *   connection is parsed and decoded in full as a check); `input_audio_buffer.commit` →
 *   `input_audio_buffer.committed` whose item id carries the count of appends and audio bytes.
 *
 * It reports `{ kind: "ready", port }` over IPC, and answers `{ cmd: "stats" }` with what it did
 * since the last such request (and its own CPU time during floods, to show it was not the bottleneck).
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { API_KEY, committed, errorEvent, floodFrames, sessionCreated, sessionUpdated } from "./scenarios.js";

const floodEvents = Number(process.argv[2] ?? 20_000);
const HIGH_WATER = 4 * 1024 * 1024;
const LOW_WATER = 1024 * 1024;

const APPEND_TYPE = Buffer.from('"input_audio_buffer.append"');
const AUDIO_KEY = Buffer.from('"audio":"');
const QUOTE = 0x22;
const EQUALS = 0x3d;

interface Stats {
  connections: number;
  floods: number;
  floodEventsSent: number;
  floodWallMs: number;
  floodServerCpuMs: number;
  floodDrainWaitMs: number;
  appends: number;
  appendAudioBytes: number;
  /** Wall and CPU time of this server from the first append of a batch to its commit. */
  appendWallMs: number;
  appendServerCpuMs: number;
  badAppends: number;
  commits: number;
  sessionUpdates: number;
  otherEvents: number;
}

const emptyStats = (): Stats => ({
  connections: 0,
  floods: 0,
  floodEventsSent: 0,
  floodWallMs: 0,
  floodServerCpuMs: 0,
  floodDrainWaitMs: 0,
  appends: 0,
  appendAudioBytes: 0,
  appendWallMs: 0,
  appendServerCpuMs: 0,
  badAppends: 0,
  commits: 0,
  sessionUpdates: 0,
  otherEvents: 0,
});
let stats = emptyStats();

const flood: Buffer[] = floodFrames(floodEvents).map((f) => Buffer.from(JSON.stringify(f)));
let sessionSeq = 0;
let eventSeq = 0;
const eventId = () => `event_S${(eventSeq++).toString(36)}`;

/** Decoded length of the base64 audio of an append frame, or -1 when it has no `"audio":"..."`. */
function audioLength(buf: Buffer): number {
  const key = buf.indexOf(AUDIO_KEY);
  if (key === -1) return -1;
  const start = key + AUDIO_KEY.length;
  const end = buf.indexOf(QUOTE, start);
  if (end === -1) return -1;
  const len = end - start;
  let pad = 0;
  if (len > 0 && buf[end - 1] === EQUALS) pad++;
  if (len > 1 && buf[end - 2] === EQUALS) pad++;
  return (len / 4) * 3 - pad;
}

async function sendFlood(ws: WebSocket): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let queued = 0;
  let waited = 0;
  let sent = 0;
  let wake: (() => void) | undefined;
  for (const frame of flood) {
    if (ws.readyState !== ws.OPEN) break;
    queued += frame.length;
    ws.send(frame, { binary: false }, () => {
      queued -= frame.length;
      if (wake && queued <= LOW_WATER) {
        const w = wake;
        wake = undefined;
        w();
      }
    });
    sent++;
    if (queued > HIGH_WATER) {
      const w0 = performance.now();
      await new Promise<void>((resolve) => (wake = resolve));
      waited += performance.now() - w0;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  stats.floods++;
  stats.floodEventsSent += sent;
  stats.floodWallMs += performance.now() - t0;
  stats.floodServerCpuMs += (cpu.user + cpu.system) / 1000;
  stats.floodDrainWaitMs += waited;
}

function onConnection(ws: WebSocket): void {
  stats.connections++;
  const sessionId = `sess_B${(sessionSeq++).toString(36)}`;
  let appends = 0;
  let audioBytes = 0;
  let checked = false;
  let batchStart: { t: number; cpu: NodeJS.CpuUsage } | undefined;
  const sendJson = (event: Record<string, unknown>) => ws.send(JSON.stringify(event));
  ws.on("error", () => {});
  ws.on("message", (data: RawData, isBinary: boolean) => {
    const buf = data as Buffer;
    const at = isBinary ? -1 : buf.indexOf(APPEND_TYPE);
    if (at !== -1 && at < 64) {
      let bytes = audioLength(buf);
      if (!checked) {
        // The first append of a connection is read in full: the fast count must agree with it.
        checked = true;
        try {
          const event = JSON.parse(buf.toString()) as { audio?: unknown };
          const decoded = typeof event.audio === "string" ? Buffer.from(event.audio, "base64").length : -1;
          if (decoded !== bytes) bytes = -1;
        } catch {
          bytes = -1;
        }
      }
      if (bytes < 0) {
        stats.badAppends++;
        sendJson(errorEvent("the append could not be read", eventId()));
        return;
      }
      if (appends === 0) batchStart = { t: performance.now(), cpu: process.cpuUsage() };
      appends++;
      audioBytes += bytes;
      stats.appends++;
      stats.appendAudioBytes += bytes;
      return;
    }
    let event: { type?: unknown; session?: Record<string, unknown> };
    try {
      event = JSON.parse(buf.toString());
    } catch {
      sendJson(errorEvent("not JSON", eventId()));
      return;
    }
    switch (event.type) {
      case "response.create":
        void sendFlood(ws);
        break;
      case "input_audio_buffer.commit":
        stats.commits++;
        sendJson(committed(appends, audioBytes, eventId()));
        if (batchStart) {
          const cpu = process.cpuUsage(batchStart.cpu);
          stats.appendWallMs += performance.now() - batchStart.t;
          stats.appendServerCpuMs += (cpu.user + cpu.system) / 1000;
          batchStart = undefined;
        }
        appends = 0;
        audioBytes = 0;
        break;
      case "session.update":
        stats.sessionUpdates++;
        sendJson(sessionUpdated(sessionId, eventId(), event.session ?? {}));
        break;
      default:
        stats.otherEvents++;
    }
  });
  sendJson(sessionCreated(sessionId, eventId()));
}

const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
const server = http.createServer((_req, res) => {
  res.writeHead(404);
  res.end();
});
server.on("upgrade", (req, socket, head) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const key = req.headers["api-key"] ?? url.searchParams.get("api-key");
  if (url.pathname !== "/voice-live/realtime" || !url.searchParams.get("model") || !url.searchParams.get("api-version")) {
    socket.end("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    return;
  }
  if (key !== API_KEY) {
    socket.end("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
    return;
  }
  wss.handleUpgrade(req, socket, head, onConnection);
});

process.on("message", (message: { cmd?: string }) => {
  if (message?.cmd === "stats") {
    process.send?.({ kind: "stats", stats });
    stats = emptyStats();
  } else if (message?.cmd === "stop") {
    for (const ws of wss.clients) ws.terminate();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  }
});
process.on("disconnect", () => process.exit(0));

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.send?.({ kind: "ready", port, floodEvents, floodBytes: flood.reduce((n, b) => n + b.length, 0) });
});
