/**
 * A relay for the conversation tests: between the client and the emulator (real sockets both
 * ways), it records every frame with the connection it crossed, and can drop the connections as a
 * network would (the TCP sockets destroyed, no close frame: the client sees 1006 and reconnects).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer } from "ws";

export interface RelayedFrame {
  /** `out`: client → service; `in`: service → client. */
  direction: "out" | "in";
  /** The number of the connection, from 1. */
  connection: number;
  event: { type: string } & Record<string, unknown>;
}

export interface Relay {
  readonly url: string;
  readonly frames: RelayedFrame[];
  /** Destroys the TCP sockets of every open connection. */
  drop(): void;
  close(): Promise<void>;
}

export async function startRelay(upstream: string): Promise<Relay> {
  const frames: RelayedFrame[] = [];
  const server = createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  const open = new Set<{ client: WebSocket; service: WebSocket; socket: Duplex }>();
  let connections = 0;
  wss.on("connection", (client: WebSocket, request: IncomingMessage) => {
    const n = ++connections;
    const record = (direction: "out" | "in", data: unknown) => frames.push({ direction, connection: n, event: JSON.parse(String(data)) });
    const key = request.headers["api-key"];
    const service = new WebSocket(new URL(request.url ?? "/", upstream.replace(/^http/, "ws")), { headers: typeof key === "string" ? { "api-key": key } : {}, perMessageDeflate: false });
    // The client's TCP socket, to destroy it without a close frame.
    const entry = { client, service, socket: (client as unknown as { _socket: Duplex })._socket };
    open.add(entry);
    const early: string[] = [];
    client.on("message", (data) => {
      record("out", data);
      if (service.readyState === WebSocket.OPEN) service.send(String(data));
      else early.push(String(data));
    });
    service.on("open", () => early.splice(0).forEach((t) => service.send(t)));
    service.on("message", (data) => {
      record("in", data);
      if (client.readyState === WebSocket.OPEN) client.send(String(data));
    });
    const end = () => {
      open.delete(entry);
      client.terminate();
      service.terminate();
    };
    client.on("close", end);
    service.on("close", end);
    client.on("error", end);
    service.on("error", end);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    frames,
    drop() {
      for (const entry of [...open]) {
        open.delete(entry);
        entry.socket.destroy();
        entry.service.terminate();
      }
    },
    async close() {
      for (const entry of open) {
        entry.client.terminate();
        entry.service.terminate();
      }
      await new Promise((ok) => wss.close(ok));
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}
