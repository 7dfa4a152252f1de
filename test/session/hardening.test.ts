/**
 * The session against hostile servers and misuse: refusal bodies that try to write into logs,
 * options out of range, ids that would pin memory, events that came before `waitFor`, and a
 * first connect that the service throttles.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, VoiceLiveConnectionError, isUnknownServerEvent, isVoiceLiveError, type VoiceLiveError } from "../../src/index.js";
import { TestServer, describeGuarded, eventually, sleep, textDelta } from "./server.js";

/** An HTTP server that refuses each upgrade with what `answer` says for the n-th request, then hands the rest to `next`. */
async function refusing(answer: (n: number) => { status: number; body?: string; headers?: Record<string, string> } | undefined, next?: TestServer): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on("upgrade", (req, socket, head) => {
    const a = answer(requests++);
    if (!a) {
      // Pass the upgrade on to the real WebSocket server.
      const target = next!;
      const proxy = createConnection(target.port, req, head, socket);
      void proxy;
      return;
    }
    const body = a.body ?? "";
    const headers = Object.entries({ "content-length": String(Buffer.byteLength(body)), connection: "close", ...a.headers })
      .map(([k, v]) => `${k}: ${v}`)
      .join("\r\n");
    socket.end(`HTTP/1.1 ${a.status} Refused\r\n${headers}\r\n\r\n${body}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { connect as netConnect, type Socket } from "node:net";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

/** Replays an upgrade request to the test server and pipes both ways. */
function createConnection(port: number, req: IncomingMessage, head: Buffer, socket: Duplex): Socket {
  const upstream = netConnect(port, "127.0.0.1", () => {
    const lines = [`${req.method} ${req.url} HTTP/1.1`, ...Object.entries(req.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`)];
    upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
    if (head.length) upstream.write(head);
    upstream.pipe(socket).pipe(upstream);
  });
  upstream.on("error", () => socket.destroy());
  socket.on("error", () => upstream.destroy());
  return upstream;
}

async function rejection(promise: Promise<unknown>): Promise<VoiceLiveError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(isVoiceLiveError(e), `a VoiceLiveError, got ${String(e)}`);
    return e as VoiceLiveError;
  }
  assert.fail("expected a rejection");
}

describeGuarded("session hardening", function () {
  let server: TestServer | undefined;
  let front: Awaited<ReturnType<typeof refusing>> | undefined;
  afterEach(async () => {
    await server?.close();
    await front?.close();
    server = front = undefined;
  });

  describe("a refusal's body", () => {
    it("reaches the message with control characters escaped, and responseBody as it was", async () => {
      const body = 'denied\r\n2026-12-02 INFO forged log line\u001b[31m red\u0007\u2028end';
      front = await refusing(() => ({ status: 403, body }));
      const client = new VoiceLiveClient(front.url, new AzureKeyCredential("k"));
      const error = (await rejection(client.startSession("gpt-realtime"))) as VoiceLiveConnectionError;
      assert.equal(error.code, "HANDSHAKE_FORBIDDEN");
      for (const c of ["\r", "\n", "\u001b", "\u0007", "\u2028"]) assert.ok(!error.message.includes(c), `no raw ${JSON.stringify(c)} in ${error.message}`);
      assert.match(error.message, /denied\\u000d\\u000a2026-12-02 INFO forged log line\\u001b\[31m red\\u0007\\u2028end/);
      assert.equal(error.responseBody, body);
    });
  });

  describe("options", () => {
    const bad: [string, Record<string, unknown>, RegExp][] = [
      ["connectTimeoutInMs Infinity", { connectTimeoutInMs: Infinity }, /connectTimeoutInMs must be an integer from 1 to 2147483647 \(got Infinity\)/],
      ["connectTimeoutInMs NaN", { connectTimeoutInMs: NaN }, /connectTimeoutInMs .*got NaN/],
      ["closeTimeoutInMs -1", { closeTimeoutInMs: -1 }, /closeTimeoutInMs/],
      ["pingIntervalInMs 3e9", { pingIntervalInMs: 3e9 }, /pingIntervalInMs .*got 3000000000/],
      ["maxQueuedEvents NaN", { maxQueuedEvents: NaN }, /maxQueuedEvents must be an integer from 1/],
      ["maxQueuedEvents 0", { maxQueuedEvents: 0 }, /maxQueuedEvents/],
      ["maxFrameBytes 1.5", { maxFrameBytes: 1.5 }, /maxFrameBytes/],
      ["validation yes", { validation: "yes" }, /validation must be "on" or "off"/],
      ["reconnect.maxAttempts -1", { reconnect: { maxAttempts: -1 } }, /reconnect\.maxAttempts/],
      ["reconnect delays reversed", { reconnect: { initialDelayInMs: 2000, maxDelayInMs: 100 } }, /reconnect\.maxDelayInMs \(100\) must not be below reconnect\.initialDelayInMs/],
      ["connectRetry.initialDelayInMs Infinity", { connectRetry: { initialDelayInMs: Infinity } }, /connectRetry\.initialDelayInMs/],
    ];
    for (const [what, options, message] of bad) {
      it(`refuses ${what} at construction with INVALID_ARGUMENT`, () => {
        const client = new VoiceLiveClient("http://127.0.0.1:1", new AzureKeyCredential("k"));
        assert.throws(
          () => client.createSession("gpt-realtime", options),
          (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT" && message.test(e.message),
        );
      });
    }

    it("refuses a bad defaultSessionOptions when the client is made", () => {
      assert.throws(
        () => new VoiceLiveClient("http://127.0.0.1:1", new AzureKeyCredential("k"), { defaultSessionOptions: { maxQueuedEvents: NaN } }),
        (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT" && /maxQueuedEvents/.test(e.message),
      );
    });

    it("refuses a bad sendBuffer in defaultSessionOptions when the client is made", () => {
      assert.throws(
        () => new VoiceLiveClient("http://127.0.0.1:1", new AzureKeyCredential("k"), { defaultSessionOptions: { sendBuffer: { highWaterMark: -1 } } }),
        (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT" && /sendBuffer\.highWaterMark/.test(e.message),
      );
    });

    for (const timeoutInMs of [Infinity, NaN, -1, 3e9]) {
      it(`rejects connect({ timeoutInMs: ${timeoutInMs} }) with INVALID_ARGUMENT and no timer warning`, async () => {
        const warnings: string[] = [];
        const onWarning = (w: Error) => void warnings.push(w.name);
        process.on("warning", onWarning);
        try {
          const client = new VoiceLiveClient("http://127.0.0.1:1", new AzureKeyCredential("k"));
          const error = await rejection(client.startSession("gpt-realtime", { timeoutInMs }));
          assert.equal(error.code, "INVALID_ARGUMENT", error.message);
          assert.match(error.message, /timeoutInMs must be an integer from 1 to 2147483647/);
          await sleep(5);
          assert.deepEqual(warnings, []);
        } finally {
          process.off("warning", onWarning);
        }
      });
    }

    it("rejects waitFor with a bad timeoutInMs instead of firing at once", async () => {
      server = await TestServer.start();
      const { session } = await server.connected();
      const error = await rejection(session.waitFor("response.done", { timeoutInMs: Infinity }));
      assert.equal(error.code, "INVALID_ARGUMENT");
    });
  });

  describe("the ids of sent events", () => {
    it("are remembered within a bound of count and size, and forgotten on close", async () => {
      server = await TestServer.start();
      const { session, peer } = await server.connected({ validation: "off" });
      const huge = "x".repeat(10 * 1024 * 1024);
      for (let i = 0; i < 3; i++) await session.sendEvent({ type: "input_audio_buffer.commit", eventId: `${huge}${i}` });
      assert.equal(session.sentEventType(`${huge}0`), undefined, "a 10 MB id is not kept");
      const long = (i: number) => `${String(i).padStart(4, "0")}${"y".repeat(496)}`;
      for (let i = 0; i < 200; i++) await session.sendEvent({ type: "input_audio_buffer.clear", eventId: long(i) });
      assert.equal(session.sentEventType(long(199)), "input_audio_buffer.clear");
      assert.equal(session.sentEventType(long(0)), undefined, "the oldest go once 64 KiB of ids are kept");
      const kept = Array.from({ length: 200 }, (_, i) => long(i)).filter((id) => session.sentEventType(id)).length;
      assert.ok(kept <= 64 * 1024 / 500 + 1 && kept > 100, `${kept} ids kept`);
      for (let i = 0; i < 300; i++) await session.sendEvent({ type: "input_audio_buffer.clear", eventId: `s${i}` });
      assert.equal(session.sentEventType("s299"), "input_audio_buffer.clear");
      assert.equal(session.sentEventType("s0"), undefined, "at most 256 ids are kept");
      // 30 MB of ids to parse at the server first: on a busy machine that takes more than the default second.
      await peer.waitForFrames(503, 20_000);
      await session.close();
      assert.equal(session.sentEventType("s299"), undefined, "nothing is kept after close");
    });
  });

  describe("waitFor", () => {
    it("misses an event that came before the call, unless includeLatest asks for it", async () => {
      server = await TestServer.start();
      const { session, peer } = await server.connected();
      peer.send(textDelta(1));
      peer.send({ ...textDelta(2), delta: "two" });
      await eventually(() => peer.frames, "frames");
      await sleep(20);
      await assert.rejects(session.waitFor("response.text.delta", { timeoutInMs: 30 }), /no response.text.delta within 30 ms/);
      const latest = await session.waitFor("response.text.delta", { includeLatest: true, timeoutInMs: 30 });
      assert.equal(latest.delta, "two");
      const created = await session.waitFor("session.created", { includeLatest: true, timeoutInMs: 30 });
      assert.equal(created.session?.id, "sess_1");
      // A predicate applies to the latest too: not matching, it waits for the next.
      const next = session.waitFor("response.text.delta", { includeLatest: true, predicate: (e) => e.delta === "three", timeoutInMs: 1000 });
      peer.send({ ...textDelta(3), delta: "three" });
      assert.equal((await next).delta, "three");
    });

    it("does not keep audio events as the latest", async () => {
      server = await TestServer.start();
      const { session, peer } = await server.connected();
      peer.send({ type: "response.audio.delta", event_id: "a1", response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta: "AAAA" });
      await sleep(30);
      await assert.rejects(session.waitFor("response.audio.delta", { includeLatest: true, timeoutInMs: 20 }), /TIMEOUT|no response.audio.delta/);
    });
  });

  describe("audio fields that are not base64, with validateIncoming off", () => {
    it("go to onError as SCHEMA_MISMATCH and to onServerEvent as unknown wire JSON, never to a typed handler", async () => {
      server = await TestServer.start();
      const { session, peer } = await server.connected();
      const typed: unknown[] = [];
      const general: unknown[] = [];
      const errors: VoiceLiveError[] = [];
      session.subscribe({
        onResponseAudioDelta: (e) => void typed.push(e.delta),
        onServerEvent: (e) => void (e.type === "response.audio.delta" && general.push(e)),
        onError: (e) => void errors.push(e),
      });
      const waited = session.waitFor("response.audio.delta");
      const audio = (delta: unknown, n: number) => ({ type: "response.audio.delta", event_id: `a${n}`, response_id: "r", item_id: "i", output_index: 0, content_index: 0, delta });
      peer.send(audio("this is not base64!", 1));
      peer.send(audio(12345, 2));
      peer.send(audio("AAEC", 3));
      const first = await waited;
      assert.deepEqual([...first.delta], [0, 1, 2], "waitFor skips the unreadable ones");
      await eventually(() => general.length === 3, "three events");
      assert.equal(typed.length, 1);
      assert.ok(typed[0] instanceof Uint8Array);
      assert.deepEqual(general.slice(0, 2).map((e) => isUnknownServerEvent(e as never)), [true, true]);
      assert.equal((general[0] as { delta: unknown }).delta, "this is not base64!", "the wire JSON as it came");
      assert.equal((general[1] as { delta: unknown }).delta, 12345);
      assert.deepEqual(errors.map((e) => e.code), ["SCHEMA_MISMATCH", "SCHEMA_MISMATCH"]);
      assert.match(errors[0].message, /response\.audio\.delta was delivered as unknown wire JSON: its delta/);
      assert.equal(session.state, "connected");
    });
  });

  describe("the first connect", () => {
    it("fails at once on a 503 without connectRetry", async () => {
      front = await refusing(() => ({ status: 503, headers: { "retry-after": "0" } }));
      const client = new VoiceLiveClient(front.url, new AzureKeyCredential("k"));
      const error = await rejection(client.startSession("gpt-realtime"));
      assert.equal(error.code, "HANDSHAKE_SERVER_ERROR");
      assert.equal(front.requests(), 1);
    });

    it("is retried on 429 and 503 with connectRetry, honouring retry-after", async () => {
      server = await TestServer.start();
      front = await refusing((n) => (n === 0 ? { status: 429, headers: { "retry-after": "1" } } : n === 1 ? { status: 503 } : undefined), server);
      const client = new VoiceLiveClient(front.url, new AzureKeyCredential("k"));
      const start = Date.now();
      const session = await client.startSession("gpt-realtime", { connectRetry: { initialDelayInMs: 10, maxDelayInMs: 20 } });
      const elapsed = Date.now() - start;
      assert.equal(session.state, "connected");
      assert.equal(front.requests(), 3);
      assert.ok(elapsed >= 950, `waited ${elapsed} ms: retry-after: 1 is honoured`);
      await session.close();
    });

    it("is not retried on 401, nor past the connect timeout", async () => {
      front = await refusing(() => ({ status: 401 }));
      const client = new VoiceLiveClient(front.url, new AzureKeyCredential("k"));
      assert.equal((await rejection(client.startSession("gpt-realtime", { connectRetry: true }))).code, "HANDSHAKE_UNAUTHORIZED");
      assert.equal(front.requests(), 1);
      await front.close();
      front = await refusing(() => ({ status: 429, headers: { "retry-after": "60" } }));
      const throttled = new VoiceLiveClient(front.url, new AzureKeyCredential("k"));
      const start = Date.now();
      const error = (await rejection(throttled.startSession("gpt-realtime", { connectRetry: true, timeoutInMs: 2000 }))) as VoiceLiveConnectionError;
      assert.equal(error.code, "HANDSHAKE_THROTTLED", "the service's answer, not a TIMEOUT");
      assert.equal(error.retryAfterInMs, 60_000);
      assert.ok(Date.now() - start < 1000, "a retry-after beyond the timeout is not waited for");
      assert.equal(front.requests(), 1);
    });

    it("gives up after maxAttempts, and close() stops the backoff", async () => {
      front = await refusing(() => ({ status: 500 }));
      const client = new VoiceLiveClient(front.url, new AzureKeyCredential("k"));
      const error = await rejection(client.startSession("gpt-realtime", { connectRetry: { maxAttempts: 3, initialDelayInMs: 5 } }));
      assert.equal(error.code, "HANDSHAKE_SERVER_ERROR");
      assert.equal(front.requests(), 3);
      const session = client.createSession("gpt-realtime", { connectRetry: { initialDelayInMs: 5000, maxDelayInMs: 5000 } });
      const connecting = session.connect();
      await eventually(() => front!.requests() === 4, "the first attempt");
      await sleep(20);
      await session.close();
      assert.equal((await rejection(connecting)).code, "ABORTED");
      assert.equal(session.state, "closed");
    });
  });
});
