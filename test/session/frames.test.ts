/**
 * Frames the client refuses, from a hostile server on 127.0.0.1 (a real `ws` server, whose TCP socket
 * the tests also write raw frames to): a message over `maxFrameBytes`, text that is not UTF-8, a
 * malformed frame, a ping flood. Each closes the connection with its own close code, and the session
 * reports the real cause, not a `CONNECTION_CLOSED` with 1006.
 */
import assert from "node:assert/strict";
import type { VoiceLiveConnectionError } from "../../src/index.js";
import { TestServer, describeGuarded, eventually, record, sleep, type Peer, type Seen } from "./server.js";

const MiB = 1024 * 1024;

/** A server frame (FIN set, unmasked) as RFC 6455 §5.2 lays it out; `length` may differ from the payload's, to announce what never comes. */
function frame(opcode: number, payload: Buffer = Buffer.alloc(0), length = payload.length): Buffer {
  let header: Buffer;
  if (length < 126) header = Buffer.from([0x80 | opcode, length]);
  else if (length < 65536) {
    header = Buffer.from([0x80 | opcode, 126, 0, 0]);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Writes bytes to the server's TCP socket, past `ws`. */
function writeRaw(peer: Peer, bytes: Buffer): void {
  peer.request.socket.write(bytes);
}

/** A JSON event of an unknown type, exactly `size` bytes long. */
function eventOfSize(size: number): string {
  const empty = JSON.stringify({ type: "test.padding", pad: "" });
  return JSON.stringify({ type: "test.padding", pad: "x".repeat(size - empty.length) });
}

const paddings = (seen: ReturnType<typeof record>) => seen.events().filter((e) => (e.type as string) === "test.padding").length;

async function disconnected(log: Seen[], timeoutMs = 3000): Promise<{ code: number; reason: string; error: VoiceLiveConnectionError }> {
  const d = await eventually(() => log.find((s) => s.kind === "disconnected"), "onDisconnected", timeoutMs);
  assert.ok(d.kind === "disconnected");
  return { code: d.code, reason: d.reason, error: d.error as VoiceLiveConnectionError };
}

describeGuarded("frames the client refuses (a hostile server)", () => {
  let server: TestServer;
  beforeEach(async () => (server = await TestServer.start()));
  afterEach(() => server.close());

  it("a message over maxFrameBytes closes with 1009 and FRAME_TOO_LARGE, naming the limit and the option; one at the limit is delivered", async () => {
    const { session, peer } = await server.connected({ maxFrameBytes: 64 * 1024 });
    const seen = record(session);
    peer.send(eventOfSize(64 * 1024));
    await eventually(() => paddings(seen) === 1, "the message at the limit");
    peer.send(eventOfSize(64 * 1024 + 1));
    const d = await disconnected(seen.log);
    assert.equal(d.code, 1009);
    assert.equal(d.error.name, "VoiceLiveConnectionError");
    assert.equal(d.error.code, "FRAME_TOO_LARGE");
    assert.equal(d.error.closeCode, 1009);
    assert.match(d.error.message, /over the limit of 65536 bytes \(the session option maxFrameBytes\)/);
    assert.equal((d.error.cause as { code?: string }).code, "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH");
    assert.deepEqual(seen.errors(), [d.error], "onError hears the same error");
    assert.equal(paddings(seen), 1, "the big message was not delivered");
    assert.equal((await peer.closed).code, 1009, "the server was told 1009");
    assert.equal(session.state, "closed");
  });

  it("by default (32 MiB) a message of 32 MiB is delivered, and one announced a byte longer is refused on its header, before any of it comes", async () => {
    const { session, peer } = await server.connected();
    const seen = record(session);
    peer.send(eventOfSize(32 * MiB));
    await eventually(() => paddings(seen) === 1, "the 32 MiB message", 10_000);
    // Only the header: a client that waited for the payload would wait for ever.
    writeRaw(peer, frame(0x1, undefined, 32 * MiB + 1));
    const d = await disconnected(seen.log);
    assert.equal(d.code, 1009);
    assert.equal(d.error.code, "FRAME_TOO_LARGE");
    assert.match(d.error.message, /over the limit of 32 MiB/);
    assert.equal((await peer.closed).code, 1009);
  });

  it("an oversize message in place of session.created: connect rejects with FRAME_TOO_LARGE", async () => {
    const hostile = await TestServer.start({ sessionCreated: false });
    try {
      const session = hostile.session({ maxFrameBytes: 1000 });
      const connecting = session.connect();
      (await hostile.peer()).send(eventOfSize(1001));
      await assert.rejects(connecting, (e: VoiceLiveConnectionError) => e.code === "FRAME_TOO_LARGE" && e.closeCode === 1009);
      assert.equal(session.state, "closed");
    } finally {
      await hostile.close();
    }
  });

  it("text that is not UTF-8 closes with 1007 and PROTOCOL_ERROR (not INVALID_FRAME, which the session skips and goes on)", async () => {
    const { session, peer } = await server.connected();
    const seen = record(session);
    writeRaw(peer, frame(0x1, Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]))); // {"\xff"}
    const d = await disconnected(seen.log);
    assert.equal(d.code, 1007);
    assert.equal(d.error.code, "PROTOCOL_ERROR");
    assert.equal(d.error.closeCode, 1007);
    assert.match(d.error.message, /not valid UTF-8/);
    assert.equal((d.error.cause as { code?: string }).code, "WS_ERR_INVALID_UTF8");
    assert.deepEqual(seen.errors(), [d.error]);
    assert.equal((await peer.closed).code, 1007);
  });

  it("a malformed frame (a reserved opcode) closes with 1002 and PROTOCOL_ERROR", async () => {
    const { session, peer } = await server.connected();
    const seen = record(session);
    writeRaw(peer, frame(0x3, Buffer.from("x")));
    const d = await disconnected(seen.log);
    assert.equal(d.code, 1002);
    assert.equal(d.error.code, "PROTOCOL_ERROR");
    assert.match(d.error.message, /invalid opcode 3/);
    assert.equal((await peer.closed).code, 1002);
  });

  it("a burst of 1000 pings is a flood: closed with 1008 'ping flood' and PING_FLOOD", async () => {
    const { session, peer } = await server.connected();
    const seen = record(session);
    writeRaw(peer, Buffer.concat(Array.from({ length: 1000 }, () => frame(0x9))));
    const d = await disconnected(seen.log);
    assert.equal(d.code, 1008);
    assert.equal(d.reason, "ping flood");
    assert.equal(d.error.code, "PING_FLOOD");
    assert.equal(d.error.closeCode, 1008);
    assert.match(d.error.message, /more than 100 pings within 1000 ms/);
    assert.deepEqual(await peer.closed, { code: 1008, reason: "ping flood" });
  });

  it("100 pings at once are answered, each pong with its ping's payload; a steady 1000 a second is a flood", async () => {
    const { session, peer } = await server.connected();
    const seen = record(session);
    const pongs: string[] = [];
    peer.ws.on("pong", (data) => pongs.push(data.toString()));
    writeRaw(peer, Buffer.concat(Array.from({ length: 100 }, (_, i) => frame(0x9, Buffer.from(`p${i}`)))));
    await eventually(() => pongs.length === 100, "100 pongs");
    assert.deepEqual(pongs, Array.from({ length: 100 }, (_, i) => `p${i}`));
    assert.equal(session.state, "connected");
    await sleep(1100); // a new window
    const timer = setInterval(() => {
      if (!peer.isClosed) writeRaw(peer, Buffer.concat(Array.from({ length: 10 }, () => frame(0x9))));
    }, 10);
    try {
      const d = await disconnected(seen.log);
      assert.equal(d.error.code, "PING_FLOOD");
      assert.equal(d.code, 1008);
    } finally {
      clearInterval(timer);
    }
  });

  it("a server that does not finish the closing handshake is cut off: the session ends within about a second", async () => {
    for (const [hostile, code] of [
      [(peer: Peer) => peer.send(eventOfSize(2000)), "FRAME_TOO_LARGE"],
      [(peer: Peer) => writeRaw(peer, Buffer.concat(Array.from({ length: 200 }, () => frame(0x9)))), "PING_FLOOD"],
    ] as const) {
      const { session, peer } = await server.connected({ maxFrameBytes: 1000 });
      const seen = record(session);
      hostile(peer);
      peer.pause(); // reads neither the close frame nor the end of the connection
      const started = Date.now();
      const d = await disconnected(seen.log, 3000);
      assert.equal(d.error.code, code);
      assert.ok(Date.now() - started < 2500, `${Date.now() - started} ms`);
    }
  });

  it("with reconnect on, a failed connection is not reconnected by default (its code is not a drop's)", async () => {
    const { session, peer } = await server.connected({ maxFrameBytes: 1000, reconnect: { initialDelayInMs: 10 } });
    const seen = record(session);
    let reconnecting = 0;
    session.subscribe({ onReconnecting: () => void reconnecting++ });
    peer.send(eventOfSize(1001));
    const d = await disconnected(seen.log);
    assert.equal(d.error.code, "FRAME_TOO_LARGE");
    await sleep(50);
    assert.equal(reconnecting, 0);
    assert.equal(server.peers.length, 1);
    assert.equal(session.state, "closed");
  });
});
