/**
 * Refused handshakes and failed connections, against real servers on 127.0.0.1: a ws server whose
 * verifyClient refuses, an http server that answers upgrades with a raw response, and a closed port.
 */
import assert from "node:assert/strict";
import type { OutgoingHttpHeaders } from "node:http";
import { AzureKeyCredential } from "@azure/core-auth";
import { isVoiceLiveConnectionError, VoiceLiveClient, VoiceLiveConnectionError, VoiceLiveError, type VoiceLiveErrorCode, type VoiceLiveSession } from "../../src/index.js";
import { FakeService, freePort, rawResponse, startRefusingServer, turns } from "./server.js";

describe("VoiceLiveClient handshake failures", () => {
  const closers: (() => Promise<void>)[] = [];
  const sessions: VoiceLiveSession[] = [];

  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  /** A ws server that refuses every handshake. */
  const refusing = async (status: number, message: string, headers?: OutgoingHttpHeaders) => {
    const service = await FakeService.start({ verifyClient: (_info, cb) => cb(false, status, message, headers) });
    closers.push(() => service.close());
    return service;
  };

  /** Connects a session created by the client and returns the error it rejected with. */
  const connectError = async (endpoint: string): Promise<{ error: VoiceLiveConnectionError; session: VoiceLiveSession }> => {
    const session = new VoiceLiveClient(endpoint, new AzureKeyCredential("k")).createSession("gpt-realtime");
    sessions.push(session);
    const error = await session.connect().then(
      () => assert.fail("connect should reject"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof VoiceLiveConnectionError, `expected a VoiceLiveConnectionError, got ${String(error)}`);
    assert.ok(isVoiceLiveConnectionError(error));
    return { error, session };
  };

  const cases: [number, string, VoiceLiveErrorCode][] = [
    [401, "Unauthorized: invalid subscription key", "HANDSHAKE_UNAUTHORIZED"],
    [403, "Forbidden: principal lacks Cognitive Services User", "HANDSHAKE_FORBIDDEN"],
    [404, "Resource not found: deployment gpt-realtime", "HANDSHAKE_NOT_FOUND"],
    [429, "Too many requests", "HANDSHAKE_THROTTLED"],
    [500, "Internal server error", "HANDSHAKE_SERVER_ERROR"],
    [503, "Service unavailable", "HANDSHAKE_SERVER_ERROR"],
    [400, "Bad request: api-version", "HANDSHAKE_FAILED"],
  ];

  for (const [status, body, code] of cases) {
    it(`HTTP ${status} → ${code}, statusCode, responseBody, session closed`, async () => {
      const service = await refusing(status, body);
      const { error, session } = await connectError(service.endpoint);
      assert.equal(error.code, code);
      assert.equal(error.statusCode, status);
      assert.equal(error.responseBody, body);
      assert.equal(error.retryAfterInMs, undefined);
      assert.match(error.message, new RegExp(`HTTP ${status}`));
      assert.ok(error.message.includes(body));
      assert.equal(session.state, "closed");
      assert.equal(service.tcpConnections, 1);
      assert.equal(service.connections.length, 0);
    });
  }

  it("startSession rejects the same way (429 with retry-after: 7 → retryAfterInMs 7000)", async () => {
    const service = await refusing(429, "slow down", { "Retry-After": "7" });
    const error = await new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k")).startSession("m").then(
      () => assert.fail("startSession should reject"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof VoiceLiveConnectionError);
    assert.equal(error.code, "HANDSHAKE_THROTTLED");
    assert.equal(error.statusCode, 429);
    assert.equal(error.retryAfterInMs, 7000);
    assert.equal(error.responseBody, "slow down");
  });

  it("a raw 503 upgrade response: JSON body and retry-after kept", async () => {
    const body = JSON.stringify({ error: { code: "ServiceUnavailable", message: "capacity exceeded in region" } });
    const server = await startRefusingServer(rawResponse(503, "Service Unavailable", { "Content-Type": "application/json", "Retry-After": "2" }, body));
    closers.push(() => server.close());
    const { error, session } = await connectError(server.endpoint);
    assert.equal(error.code, "HANDSHAKE_SERVER_ERROR");
    assert.equal(error.statusCode, 503);
    assert.equal(error.retryAfterInMs, 2000);
    assert.equal(error.responseBody, body);
    assert.equal(session.state, "closed");
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0].headers.upgrade, "websocket");
    assert.equal(server.requests[0].url, "/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime");
  });

  it("a retry-after HTTP date becomes milliseconds from now", async () => {
    const when = new Date(Date.now() + 60_000).toUTCString();
    const server = await startRefusingServer(rawResponse(429, "Too Many Requests", { "Retry-After": when }, ""));
    closers.push(() => server.close());
    const { error } = await connectError(server.endpoint);
    assert.equal(error.code, "HANDSHAKE_THROTTLED");
    assert.equal(error.responseBody, "");
    assert.ok(error.retryAfterInMs !== undefined && error.retryAfterInMs > 0 && error.retryAfterInMs <= 60_000, String(error.retryAfterInMs));
  });

  it("keeps at most 4 KiB of a large body", async () => {
    const body = "x".repeat(20_000);
    const server = await startRefusingServer(rawResponse(401, "Unauthorized", { "Content-Type": "text/plain" }, body));
    closers.push(() => server.close());
    const { error } = await connectError(server.endpoint);
    assert.equal(error.code, "HANDSHAKE_UNAUTHORIZED");
    assert.equal(error.responseBody, body.slice(0, 4096));
  });

  it("nothing listening → CONNECTION_FAILED, no status, session closed", async () => {
    const port = await freePort();
    const { error, session } = await connectError(`http://127.0.0.1:${port}`);
    assert.equal(error.code, "CONNECTION_FAILED");
    assert.equal(error.statusCode, undefined);
    assert.equal(error.responseBody, undefined);
    assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
    assert.equal(session.state, "closed");
  });

  it("the server closes before session.created → CONNECTION_CLOSED with the close code and reason", async () => {
    const service = await FakeService.start({ sendCreated: false });
    closers.push(() => service.close());
    service.wss.on("connection", (ws) => ws.close(4001, "no capacity"));
    const { error, session } = await connectError(service.endpoint);
    assert.equal(error.code, "CONNECTION_CLOSED");
    assert.equal(error.closeCode, 4001);
    assert.equal(error.closeReason, "no capacity");
    assert.equal(session.state, "closed");
  });

  it("no session.created within timeoutInMs → TIMEOUT; the socket is closed", async () => {
    const service = await FakeService.start({ sendCreated: false });
    closers.push(() => service.close());
    const client = new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"));
    const error = await client.startSession("m", { timeoutInMs: 100 }).then(
      () => assert.fail("should reject"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof VoiceLiveError);
    assert.equal(error.code, "TIMEOUT");
    const c = await service.connection(0);
    await c.closed;
  });

  it("defaultSessionOptions.connectTimeoutInMs applies to startSession", async () => {
    const service = await FakeService.start({ sendCreated: false });
    closers.push(() => service.close());
    const client = new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"), { defaultSessionOptions: { connectTimeoutInMs: 100 } });
    await assert.rejects(client.startSession("m"), (e: unknown) => e instanceof VoiceLiveError && e.code === "TIMEOUT");
  });

  it("aborting while the server holds the handshake → ABORTED, no stray error, session closed", async () => {
    let held: ((ok: boolean, status?: number) => void) | undefined;
    const service = await FakeService.start({ verifyClient: (_info, cb) => void (held = cb) });
    closers.push(() => service.close());
    const session = new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k")).createSession("m");
    sessions.push(session);
    const controller = new AbortController();
    const connecting = session.connect({ abortSignal: controller.signal });
    while (!held) await turns(1);
    controller.abort();
    await assert.rejects(connecting, (e: unknown) => e instanceof VoiceLiveError && e.code === "ABORTED");
    assert.equal(session.state, "closed");
    held(false, 401);
    await turns(10);
    assert.equal(service.connections.length, 0);
  });

  it("a refused session can be told apart from a retryable one by code alone", async () => {
    const a = await refusing(401, "no");
    const b = await refusing(503, "later", { "retry-after": "1" });
    const [ea, eb] = [(await connectError(a.endpoint)).error, (await connectError(b.endpoint)).error];
    assert.deepEqual([ea.code, ea.retryAfterInMs], ["HANDSHAKE_UNAUTHORIZED", undefined]);
    assert.deepEqual([eb.code, eb.retryAfterInMs], ["HANDSHAKE_SERVER_ERROR", 1000]);
  });
});
