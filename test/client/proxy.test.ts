/**
 * Proxies from the environment: HTTPS_PROXY / HTTP_PROXY (either case) tunnel the session through an
 * HTTP CONNECT proxy running on 127.0.0.1; NO_PROXY bypasses it.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { isVoiceLiveConnectionError, VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import { proxyFor } from "../../src/internal/proxy.js";
import { withoutNock } from "./entra.js";
import { FakeService, freePort, isolateProxyEnvironment, startConnectProxy, type ConnectProxy } from "./server.js";

describe("VoiceLiveClient proxy", () => {
  withoutNock();
  let service: FakeService;
  let proxy: ConnectProxy;
  let restoreEnvironment: () => void;
  const sessions: VoiceLiveSession[] = [];
  const closers: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    restoreEnvironment = isolateProxyEnvironment();
    service = await FakeService.start();
    proxy = await startConnectProxy();
  });

  afterEach(async () => {
    restoreEnvironment();
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await Promise.all(closers.splice(0).map((c) => c()));
    await service.close();
    await proxy.close();
  });

  const connect = async (endpoint = service.endpoint, model = "gpt-realtime") => {
    const session = await new VoiceLiveClient(endpoint, new AzureKeyCredential("proxy-test-key")).startSession(model);
    sessions.push(session);
    return session;
  };

  it("HTTPS_PROXY tunnels the session through the proxy", async () => {
    process.env.HTTPS_PROXY = proxy.url;
    const session = await connect();
    assert.equal(session.state, "connected");
    assert.deepEqual(proxy.targets, [`127.0.0.1:${service.port}`]);
    const c = await service.connection(0);
    assert.equal(c.headers["api-key"], "proxy-test-key", "the handshake went through the tunnel unchanged");
    assert.equal(c.query.get("model"), "gpt-realtime");
    // the key travels inside the tunnel, not in the CONNECT request
    assert.ok(!JSON.stringify(proxy.requests).includes("proxy-test-key"));
  });

  it("HTTP_PROXY tunnels a ws:// session through the proxy", async () => {
    process.env.HTTP_PROXY = proxy.url;
    await connect();
    assert.deepEqual(proxy.targets, [`127.0.0.1:${service.port}`]);
    assert.equal(service.connections.length, 1);
  });

  it("lower-case https_proxy works too, and events flow through the tunnel", async () => {
    process.env.https_proxy = proxy.url;
    const session = await connect();
    await session.commitAudio();
    const c = await service.connection(0);
    assert.ok(await c.frame("input_audio_buffer.commit"));
    assert.deepEqual(proxy.targets, [`127.0.0.1:${service.port}`]);
  });

  it("HTTP_PROXY is preferred over HTTPS_PROXY for a plaintext target", async () => {
    const other = await startConnectProxy();
    closers.push(() => other.close());
    process.env.HTTPS_PROXY = other.url;
    process.env.HTTP_PROXY = proxy.url;
    await connect();
    assert.deepEqual(proxy.targets, [`127.0.0.1:${service.port}`]);
    assert.deepEqual(other.targets, []);
  });

  it("proxy credentials in the proxy URL are sent as Proxy-Authorization to the proxy", async () => {
    const u = new URL(proxy.url);
    u.username = "proxyuser";
    u.password = "proxypass";
    process.env.HTTPS_PROXY = u.href;
    await connect();
    assert.equal(proxy.requests[0]["proxy-authorization"], `Basic ${Buffer.from("proxyuser:proxypass").toString("base64")}`);
    assert.equal((await service.connection(0)).headers["proxy-authorization"], undefined);
  });

  const bypasses: [string, () => string][] = [
    ["127.0.0.1", () => "127.0.0.1"],
    ["a list with 127.0.0.1", () => "localhost,127.0.0.1"],
    ["127.0.0.1 with spaces", () => " 127.0.0.1 "],
    ["*", () => "*"],
    ["127.0.0.1:<the port>", () => `example.com,127.0.0.1:${service.port}`],
  ];
  for (const [label, noProxy] of bypasses) {
    it(`NO_PROXY=${label} bypasses the proxy`, async () => {
      process.env.HTTPS_PROXY = proxy.url;
      process.env.HTTP_PROXY = proxy.url;
      process.env.NO_PROXY = noProxy();
      await connect();
      assert.deepEqual(proxy.targets, []);
      assert.equal(service.connections.length, 1);
    });
  }

  it("lower-case no_proxy bypasses the proxy", async () => {
    process.env.HTTPS_PROXY = proxy.url;
    process.env.no_proxy = "127.0.0.1";
    await connect();
    assert.deepEqual(proxy.targets, []);
    assert.equal(service.connections.length, 1);
  });

  it("NO_PROXY for another host or another port does not bypass the proxy", async () => {
    process.env.HTTPS_PROXY = proxy.url;
    process.env.NO_PROXY = `example.com,.internal,127.0.0.1:${service.port === 1 ? 2 : 1}`;
    await connect();
    assert.deepEqual(proxy.targets, [`127.0.0.1:${service.port}`]);
  });

  it("NO_PROXY=::1 (unbracketed, as commonly written) bypasses the proxy for [::1]", () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = "localhost,127.0.0.1,::1";
    assert.equal(proxyFor(new URL("ws://[::1]:8080/voice-live/realtime")), undefined);
  });

  it("a proxy variable without a scheme (127.0.0.1:<port>) is taken as http://", async () => {
    process.env.HTTPS_PROXY = new URL(proxy.url).host;
    await connect();
    assert.deepEqual(proxy.targets, [`127.0.0.1:${service.port}`]);
  });

  it("a proxy that cannot be reached → CONNECTION_FAILED", async () => {
    process.env.HTTPS_PROXY = `http://127.0.0.1:${await freePort()}`;
    const session = new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k")).createSession("m");
    sessions.push(session);
    await assert.rejects(session.connect(), (e: unknown) => isVoiceLiveConnectionError(e) && e.code === "CONNECTION_FAILED");
    assert.equal(session.state, "closed");
    assert.equal(service.tcpConnections, 0);
  });

  it("a proxy that refuses the tunnel (407) → a connection error with that status", async () => {
    const refusing = await startConnectProxy({ refuse: { status: 407, text: "Proxy Authentication Required" } });
    closers.push(() => refusing.close());
    process.env.HTTPS_PROXY = refusing.url;
    const session = new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k")).createSession("m");
    sessions.push(session);
    const error = await session.connect().then(
      () => assert.fail("connect should reject"),
      (e: unknown) => e,
    );
    assert.ok(isVoiceLiveConnectionError(error));
    assert.equal(error.statusCode, 407);
    assert.equal(refusing.targets.length, 1);
    assert.equal(service.tcpConnections, 0);
    assert.equal(session.state, "closed");
  });

  it("proxyFor: no variables, no proxy; wss uses HTTPS_PROXY first; ALL_PROXY last", () => {
    const wss = new URL("wss://res.services.ai.azure.com/voice-live/realtime");
    const ws = new URL("ws://127.0.0.1:8080/voice-live/realtime");
    assert.equal(proxyFor(wss), undefined);
    process.env.ALL_PROXY = "http://all:1";
    assert.equal(proxyFor(wss), "http://all:1");
    process.env.HTTP_PROXY = "http://plain:2";
    assert.equal(proxyFor(wss), "http://plain:2");
    process.env.HTTPS_PROXY = "http://secure:3";
    assert.equal(proxyFor(wss), "http://secure:3");
    assert.equal(proxyFor(ws), "http://plain:2");
    process.env.NO_PROXY = ".azure.com";
    assert.equal(proxyFor(wss), undefined);
    assert.equal(proxyFor(ws), "http://plain:2");
    process.env.NO_PROXY = "*.ai.azure.com:443";
    assert.equal(proxyFor(wss), undefined);
    process.env.NO_PROXY = "res.services.ai.azure.com:444";
    assert.equal(proxyFor(wss), "http://secure:3");
    process.env.NO_PROXY = "[::1]:8080,127.0.0.1:8080";
    assert.equal(proxyFor(ws), undefined);
    assert.equal(proxyFor(new URL("ws://[::1]:8080/")), undefined);
    assert.equal(proxyFor(new URL("ws://[::1]:8081/")), "http://plain:2");
  });
});
