/**
 * Test helpers: a plain `ws` client that records every frame the emulator sends and reads them in
 * order, typed through the generated deserializers.
 */
import type { IncomingHttpHeaders } from "node:http";
import { WebSocket } from "ws";
import type { ServerEventMap } from "../../generated/models.js";
import { deserializeServerEvent } from "../../generated/serializers.js";
import type { VoiceLiveEmulator } from "../../src/emulator/index.js";

/** A frame as it came over the wire (snake_case JSON). */
export type WireFrame = { type: string; event_id?: string } & Record<string, unknown>;

export const REALTIME = "/voice-live/realtime";
export const QUERY = "api-version=2026-07-15&model=gpt-realtime";

/** The `ws://` URL of the realtime endpoint of an emulator. */
export function wsUrl(emulator: VoiceLiveEmulator, query = QUERY, path = REALTIME): string {
  return `${emulator.url.replace(/^http/, "ws")}${path}${query ? `?${query}` : ""}`;
}

export class WireClient {
  /** Every frame received, parsed; text frames that are not JSON are in `rawText` only. */
  readonly frames: WireFrame[] = [];
  /** Every text frame received, as text. */
  readonly rawText: string[] = [];
  /** Resolves with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private cursor = 0;
  private readonly waiters = new Set<() => void>();
  private probes = 0;

  constructor(readonly ws: WebSocket) {
    ws.on("message", (data, isBinary) => {
      if (isBinary) return;
      const text = String(data);
      this.rawText.push(text);
      try {
        this.frames.push(JSON.parse(text) as WireFrame);
      } catch {
        // kept in rawText
      }
      for (const w of [...this.waiters]) w();
    });
    ws.on("error", () => {});
    this.closed = new Promise((resolve) =>
      ws.once("close", (code, reason) => {
        resolve({ code, reason: reason.toString() });
        for (const w of [...this.waiters]) w();
      }),
    );
  }

  /** The types of every frame received so far. */
  get types(): string[] {
    return this.frames.map((f) => f.type);
  }

  send(frame: object | string): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /**
   * The next frame (after the ones already read) of a type, as wire JSON; frames of other types
   * in between are skipped. Rejects after `timeoutMs`, or when the connection closes first.
   */
  async nextWire(type: string, options: { predicate?: (f: WireFrame) => boolean; timeoutMs?: number } = {}): Promise<WireFrame> {
    const deadline = Date.now() + (options.timeoutMs ?? 3000);
    for (;;) {
      for (let i = this.cursor; i < this.frames.length; i++) {
        const f = this.frames[i];
        if (f.type === type && (!options.predicate || options.predicate(f))) {
          this.cursor = i + 1;
          return f;
        }
      }
      if (this.ws.readyState === WebSocket.CLOSED) throw new Error(`the connection closed before ${type} (got ${this.types.slice(this.cursor).join(", ")})`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} within ${options.timeoutMs ?? 3000} ms (got ${this.types.slice(this.cursor).join(", ")})`);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.waiters.add(done);
      });
    }
  }

  /** Like `nextWire`, typed: the event as the SDK's models see it (camelCase). */
  async next<K extends keyof ServerEventMap>(type: K, options: { predicate?: (f: WireFrame) => boolean; timeoutMs?: number } = {}): Promise<ServerEventMap[K]> {
    return deserializeServerEvent(await this.nextWire(type, options)) as ServerEventMap[K];
  }

  /** The frames from the read position up to and including the next one of `type`. */
  async until(type: string, timeoutMs?: number): Promise<WireFrame[]> {
    const from = this.cursor;
    await this.nextWire(type, { timeoutMs });
    return this.frames.slice(from, this.cursor);
  }

  /**
   * Waits until the emulator has handled everything sent before: sends a probe it answers with an
   * error, and returns the frames that came before the answer (the read position moves past them).
   */
  async sync(): Promise<WireFrame[]> {
    const id = `probe_${++this.probes}`;
    this.send({ type: "conversation.item.retrieve", event_id: id, item_id: id });
    const from = this.cursor;
    await this.nextWire("error", { predicate: (f) => (f.error as { event_id?: string }).event_id === id });
    return this.frames.slice(from, this.cursor - 1);
  }

  /** Closes the connection and waits for the close. */
  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    if (this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
    else this.ws.close(1000);
    await this.closed;
  }
}

/** Opens a plain WebSocket to the emulator; resolves once it is open. */
export async function connect(emulator: VoiceLiveEmulator, options: { query?: string; path?: string; headers?: Record<string, string> } = {}): Promise<WireClient> {
  const ws = new WebSocket(wsUrl(emulator, options.query, options.path), { headers: options.headers });
  const client = new WireClient(ws);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_req, res) => reject(new Error(`handshake refused with ${res.statusCode}`)));
    ws.once("error", reject);
  });
  return client;
}

/** Opens a plain WebSocket and waits for `session.created`. */
export async function open(emulator: VoiceLiveEmulator, options: { query?: string; headers?: Record<string, string> } = {}): Promise<WireClient> {
  const client = await connect(emulator, options);
  await client.nextWire("session.created");
  return client;
}

/** Tries a handshake that should be refused; resolves with the HTTP response. */
export function refusal(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on("error", () => {});
    ws.once("open", () => {
      ws.terminate();
      reject(new Error("the handshake was accepted"));
    });
    ws.once("unexpected-response", (req, res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
  });
}

/** Waits until `check` holds (polling every 5 ms), or fails after `timeoutMs`. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Base64 PCM16 of samples. */
export { pcm16ToBase64 } from "../../src/emulator/index.js";
