/**
 * Helpers of the recipe tests: a wire tap that records every frame between a client and the
 * emulator (real sockets both ways), and a runner for a recipe's command line.
 */
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import { resolve } from "node:path";
import { WebSocket, WebSocketServer } from "ws";

export const ROOT = resolve(import.meta.dirname, "../..");

/** A frame as it crossed the tap: `out` from the client to the service, `in` back. */
export interface TappedFrame {
  direction: "out" | "in";
  event: { type: string } & Record<string, unknown>;
}

export interface WireTap {
  /** The endpoint to give the client instead of the emulator's. */
  readonly url: string;
  /** Every frame, in the order the tap saw them. */
  readonly frames: TappedFrame[];
  /** The client's events of a type, in wire form (snake_case), in order. */
  sent(type: string): ({ type: string } & Record<string, unknown>)[];
  /** The types of the client's events, in order. */
  sentTypes(): string[];
  close(): Promise<void>;
}

/**
 * A relay on 127.0.0.1 in front of `upstream` (an emulator's URL): it connects upstream with the
 * client's path, query and `api-key` header, and records what passes. It parses frames only to
 * record them; each is forwarded as it came.
 */
export async function startWireTap(upstream: string): Promise<WireTap> {
  const frames: TappedFrame[] = [];
  const record = (direction: TappedFrame["direction"], data: unknown) => {
    try {
      frames.push({ direction, event: JSON.parse(String(data)) });
    } catch {
      frames.push({ direction, event: { type: "(not JSON)" } });
    }
  };
  const server = createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  const sockets = new Set<WebSocket>();
  wss.on("connection", (client: WebSocket, request: IncomingMessage) => {
    const target = new URL(request.url ?? "/", upstream.replace(/^http/, "ws"));
    const key = request.headers["api-key"];
    const service = new WebSocket(target, { headers: typeof key === "string" ? { "api-key": key } : {}, perMessageDeflate: false });
    sockets.add(client).add(service);
    const early: string[] = [];
    client.on("message", (data) => {
      record("out", data);
      if (service.readyState === WebSocket.OPEN) service.send(String(data));
      else early.push(String(data));
    });
    service.on("open", () => {
      for (const text of early.splice(0)) service.send(text);
    });
    service.on("message", (data) => {
      record("in", data);
      if (client.readyState === WebSocket.OPEN) client.send(String(data));
    });
    const end = (socket: WebSocket, code: number, reason: Buffer) => {
      if (socket.readyState !== WebSocket.OPEN) return socket.terminate();
      if (code === 1005 || code === 1006) socket.close();
      else socket.close(code, reason);
    };
    client.on("close", (code, reason) => end(service, code, reason));
    service.on("close", (code, reason) => end(client, code, reason));
    client.on("error", () => client.terminate());
    service.on("error", () => client.terminate());
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    frames,
    sent: (type) => frames.filter((f) => f.direction === "out" && f.event.type === type).map((f) => f.event),
    sentTypes: () => frames.filter((f) => f.direction === "out").map((f) => f.event.type),
    close: async () => {
      for (const socket of sockets) socket.terminate();
      await new Promise((ok) => wss.close(ok));
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a recipe as its README says (`npx tsx <file> ...args`; here `node --import tsx`, the same
 * loader without npx's start-up), from the repository root, offline: without
 * `AZURE_VOICELIVE_ENDPOINT`, so it talks to the local emulator.
 */
export function runRecipe(file: string, args: string[] = [], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.AZURE_VOICELIVE_ENDPOINT;
  delete env.AZURE_VOICELIVE_API_KEY;
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", file, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`${file} did not end within ${options.timeoutMs ?? 30_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      ok({ code, stdout, stderr });
    });
  });
}

/** Polls `check` until it holds. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A mono PCM16 WAV file of `samples` (what a recording tool writes; the recipes' tests feed it as a microphone). */
export function wavFile(samples: Int16Array, sampleRate: number): Buffer {
  const data = samples.length * 2;
  const wav = Buffer.alloc(44 + data);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + data, 4);
  wav.write("WAVEfmt ", 8, "ascii");
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // byte rate
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(data, 40);
  for (let i = 0; i < samples.length; i++) wav.writeInt16LE(samples[i], 44 + 2 * i);
  return wav;
}

export interface RunningRecipe {
  /** The match of `ready` in the recipe's output. */
  ready: RegExpExecArray;
  output(): string;
  /** Stops it (SIGINT, as Ctrl-C; SIGKILL if it lingers) and resolves once it has exited. */
  stop(): Promise<void>;
}

/** Starts a recipe that serves until stopped (`npx tsx <file>`, offline), and resolves once its output matches `ready`. */
export function startRecipe(file: string, ready: RegExp, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<RunningRecipe> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.AZURE_VOICELIVE_ENDPOINT;
  delete childEnv.AZURE_VOICELIVE_API_KEY;
  const child = spawn(process.execPath, ["--import", "tsx", file], { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGINT");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`${file} was not ready within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (c: Buffer) => {
      output += c.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        ok({ ready: match, output: () => output, stop });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then(() => {
      clearTimeout(timer);
      fail(new Error(`${file} exited before it was ready:\n${output}`));
    });
  });
}
