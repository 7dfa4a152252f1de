/**
 * The browser transport's own logic, in Node, over a scripted stand-in for the DOM `WebSocket`: where
 * the credential goes, what is reported, when a send's `done` runs, and that nothing is reported or
 * left running after a close, `terminate` or `detach`. (browser.test.ts runs it in real Chromium.)
 */
import assert from "node:assert/strict";
import type { VoiceLiveConnectionError } from "../../src/errors.js";
import { openTransport, type TransportEvents } from "../../src/internal/transport.browser.js";

class FakeSocket {
  static last: FakeSocket | undefined;
  readyState = 0;
  bufferedAmount = 0;
  binaryType = "blob";
  sent: string[] = [];
  closedWith: unknown[][] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.last = this;
  }
  send(data: string) {
    if (this.readyState !== 1) throw new Error("InvalidStateError");
    this.sent.push(data);
    this.bufferedAmount += new TextEncoder().encode(data).length;
  }
  close(...args: unknown[]) {
    this.closedWith.push(args);
    this.readyState = 2;
  }
  // The server side of the script.
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drain(bytes: number) {
    this.bufferedAmount = Math.max(0, this.bufferedAmount - bytes);
  }
  closed(code: number, reason = "") {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

type Report = [string, ...unknown[]];
function recorder(): TransportEvents & { log: Report[] } {
  const log: Report[] = [];
  return {
    log,
    open: () => log.push(["open"]),
    text: (data) => log.push(["text", data]),
    binary: (size) => log.push(["binary", size]),
    refused: (status) => log.push(["refused", status]),
    error: (e) => log.push(["error", e.message]),
    close: (code, reason, cause) => log.push(cause ? ["close", code, reason, cause.code, (cause as VoiceLiveConnectionError).closeCode] : ["close", code, reason]),
    pong: () => log.push(["pong"]),
  };
}

const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));
const url = new URL("ws://127.0.0.1:1234/voice-live/realtime?api-version=2026-07-15&model=m");

describe("browser transport (over a stand-in WebSocket)", () => {
  const original = (globalThis as { WebSocket?: unknown }).WebSocket;
  beforeEach(() => {
    (globalThis as { WebSocket?: unknown }).WebSocket = FakeSocket;
    FakeSocket.last = undefined;
  });
  afterEach(() => {
    (globalThis as { WebSocket?: unknown }).WebSocket = original;
  });

  it("puts a key in the api-key query parameter only with credentialInUrl, and sends no other header", () => {
    openTransport({ url, maxFrameBytes: 1024, headers: { "api-key": "k&1", "User-Agent": "x", "x-ms-client-request-id": "r" }, credentialInUrl: true }, recorder());
    const sent = new URL(FakeSocket.last!.url);
    assert.equal(sent.searchParams.get("api-key"), "k&1");
    assert.deepEqual([...sent.searchParams.keys()], ["api-version", "model", "api-key"]);
    assert.equal(url.searchParams.has("api-key"), false, "the session's URL is not changed");
    assert.equal(FakeSocket.last!.binaryType, "arraybuffer");

    FakeSocket.last = undefined;
    openTransport({ url, maxFrameBytes: 1024, headers: { "User-Agent": "x" } }, recorder());
    assert.equal(new URL(FakeSocket.last!.url).search, url.search);
  });

  it("refuses a key without credentialInUrl and any Authorization header, opening nothing", () => {
    assert.throws(() => openTransport({ url, maxFrameBytes: 1024, headers: { "API-Key": "k" } }, recorder()), (e: Error & { code?: string }) => e.code === "INVALID_ARGUMENT" && /credentialInUrl/.test(e.message));
    assert.throws(() => openTransport({ url, maxFrameBytes: 1024, headers: { Authorization: "Bearer t" }, credentialInUrl: true }, recorder()), (e: Error & { code?: string }) => e.code === "INVALID_ARGUMENT" && /proxy/.test(e.message));
    assert.equal(FakeSocket.last, undefined);
  });

  it("reports text, binary by size, and a failed handshake as error + close 1006 (never refused)", () => {
    const events = recorder();
    const t = openTransport({ url, maxFrameBytes: 1024, headers: {} }, events);
    assert.equal(t.canPing, false);
    t.ping();
    const s = FakeSocket.last!;
    s.onerror?.({});
    s.closed(1006);
    assert.deepEqual(events.log, [["error", "the WebSocket connection to 127.0.0.1:1234 failed"], ["close", 1006, ""]]);

    const events2 = recorder();
    openTransport({ url, maxFrameBytes: 1024, headers: {} }, events2);
    FakeSocket.last!.open();
    FakeSocket.last!.onmessage?.({ data: '{"type":"x"}' });
    FakeSocket.last!.onmessage?.({ data: new ArrayBuffer(7) });
    assert.deepEqual(events2.log, [["open"], ["text", '{"type":"x"}'], ["binary", 7]]);
  });

  it("runs each send's done once its frame has left the buffer, in order; fails them on close", async () => {
    const t = openTransport({ url, maxFrameBytes: 1024, headers: {} }, recorder());
    const s = FakeSocket.last!;
    s.open();
    const done: string[] = [];
    t.send("aaaa", (e) => done.push(e ? `a:${e.message}` : "a"));
    t.send("bbbbbb", (e) => done.push(e ? `b:${e.message}` : "b"));
    t.send("cc", (e) => done.push(e ? `c:${e.message}` : "c"));
    assert.equal(t.bufferedAmount, 12);
    await tick();
    assert.deepEqual(done, [], "nothing written yet");
    s.drain(5); // all of a, 1 byte of b
    await tick();
    assert.deepEqual(done, ["a"]);
    s.drain(5); // the rest of b
    await tick();
    assert.deepEqual(done, ["a", "b"]);
    s.closed(1000);
    assert.deepEqual(done, ["a", "b", "c:the connection closed before the frame was sent"]);
  });

  it("refuses a send when the socket is not open", async () => {
    const t = openTransport({ url, maxFrameBytes: 1024, headers: {} }, recorder());
    const result = await new Promise<Error | undefined>((resolve) => t.send("x", resolve));
    assert.match(String(result?.message), /not open/);
  });

  it("terminate reports close 1006 once, and nothing of the socket afterwards", async () => {
    const events = recorder();
    const t = openTransport({ url, maxFrameBytes: 1024, headers: {} }, events);
    const s = FakeSocket.last!;
    s.open();
    let sendError: Error | undefined;
    t.send("zz", (e) => (sendError = e));
    t.terminate();
    t.terminate();
    assert.deepEqual(s.closedWith, [[]]);
    assert.match(String(sendError?.message), /dropped/);
    s.closed(1000, "late"); // the browser's own close event, after the transport let go
    await tick();
    assert.deepEqual(events.log, [["open"], ["close", 1006, ""]]);
  });

  it("detach stops every report (and closes the socket with terminate)", async () => {
    const events = recorder();
    const t = openTransport({ url, maxFrameBytes: 1024, headers: {} }, events);
    const s = FakeSocket.last!;
    s.open();
    t.detach(true);
    assert.deepEqual(s.closedWith, [[]]);
    s.onmessage?.({ data: "x" });
    s.closed(1000);
    await tick();
    assert.deepEqual(events.log, [["open"]]);
  });

  it("closes with the code and reason, or without them when the browser refuses them", () => {
    const t = openTransport({ url, maxFrameBytes: 1024, headers: {} }, recorder());
    const s = FakeSocket.last!;
    t.close(4001, "bye");
    assert.deepEqual(s.closedWith, [[4001, "bye"]]);
    s.close = function (...args: unknown[]) {
      if (args.length) throw new Error("InvalidAccessError");
      FakeSocket.prototype.close.call(this);
    };
    t.close(1001, "x");
    assert.deepEqual(s.closedWith.at(-1), []);
  });

  it("checks maxFrameBytes once a message has arrived, in UTF-8 bytes: not delivered, close with 1009, close reported as 1009 with FRAME_TOO_LARGE", () => {
    for (const [under, over, size] of [
      ["x".repeat(1024), "x".repeat(1025), 1025],
      ["é".repeat(512), "é".repeat(513), 1026], // 513 characters, 1026 bytes
      ["😀".repeat(256), "😀".repeat(257), 1028], // 514 UTF-16 code units, 1028 bytes
      [new ArrayBuffer(1024), new ArrayBuffer(1025), 1025],
    ] as const) {
      const events = recorder();
      let message = "";
      openTransport({ url, maxFrameBytes: 1024, headers: {} }, { ...events, close: (code, reason, cause) => (events.close(code, reason, cause), (message = String(cause?.message))) });
      const s = FakeSocket.last!;
      s.open();
      s.onmessage?.({ data: under });
      s.onmessage?.({ data: over });
      s.onmessage?.({ data: '{"type":"after"}' }); // not heard: the connection is failed
      assert.deepEqual(s.closedWith, [[1009, ""]]);
      s.closed(1005);
      assert.deepEqual(
        events.log.map((r) => r[0]),
        ["open", typeof under === "string" ? "text" : "binary", "close"],
      );
      assert.deepEqual(events.log[2], ["close", 1009, "", "FRAME_TOO_LARGE", 1009]);
      assert.match(message, new RegExp(`a message of ${size} bytes over the limit of 1024 bytes`));
    }
  });

  it("names the size, and closes without a code when the implementation refuses 1009 (a browser does)", () => {
    const log: unknown[] = [];
    openTransport({ url, maxFrameBytes: 1024, headers: {} }, { ...recorder(), close: (code, reason, cause) => log.push(code, reason, cause?.message) });
    const s = FakeSocket.last!;
    s.close = function (...args: unknown[]) {
      if (args.length) throw new Error("InvalidAccessError");
      FakeSocket.prototype.close.call(this);
    };
    s.open();
    s.onmessage?.({ data: "é".repeat(600) });
    assert.deepEqual(s.closedWith, [[]]);
    s.closed(1005);
    assert.equal(log[0], 1009);
    assert.match(String(log[2]), /a message of 1200 bytes over the limit of 1024 bytes \(the session option maxFrameBytes\)/);
  });

  it("reports the failed connection closed after a moment when the peer never finishes closing", async () => {
    const events = recorder();
    openTransport({ url, maxFrameBytes: 10, headers: {} }, events);
    const s = FakeSocket.last!;
    s.open();
    s.onmessage?.({ data: "x".repeat(11) });
    await tick(1100);
    assert.deepEqual(events.log, [["open"], ["close", 1009, "", "FRAME_TOO_LARGE", 1009]]);
    assert.deepEqual(s.closedWith, [[1009, ""], []]);
    s.closed(1006);
    await tick();
    assert.equal(events.log.length, 2, "reported once");
  });

  it("reports the cause an error event carries (ws's does; a browser's does not)", () => {
    const events = recorder();
    openTransport({ url, maxFrameBytes: 1024, headers: {} }, events);
    const s = FakeSocket.last!;
    s.open();
    s.onerror?.({ error: Object.assign(new Error("Invalid WebSocket frame: invalid UTF-8 sequence"), { code: "WS_ERR_INVALID_UTF8" }) });
    s.closed(1006);
    assert.deepEqual(events.log, [["open"], ["close", 1007, "", "PROTOCOL_ERROR", 1007]]);
  });
});
