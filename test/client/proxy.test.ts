/**
 * Proxies from the environment: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY (either case) tunnel a `wss://`
 * session to a remote host through an HTTP CONNECT proxy running on 127.0.0.1; NO_PROXY bypasses
 * it; loopback and plaintext targets never use it.
 *
 * The "remote" host is `voicelive.test`, a name no resolver knows: only the proxy maps it (to the
 * TLS service on 127.0.0.1), so a session that reaches the service by that name went through the
 * proxy. The service's certificate is self-signed, so these suites turn certificate checks off.
 */
import assert from "node:assert/strict";
import os from "node:os";
import { AzureKeyCredential } from "@azure/core-auth";
import { anonymousCredential, isVoiceLiveConnectionError, VoiceLiveClient, VoiceLiveError, type VoiceLiveSession } from "../../src/index.js";
import { proxyFor } from "../../src/internal/proxy.js";
import { withoutNock } from "./entra.js";
import { FakeService, freePort, isolateProxyEnvironment, startConnectProxy, type ConnectProxy } from "./server.js";
import { TEST_TLS } from "./tls.js";

const REMOTE = "voicelive.test";
const KEY = "proxy-test-key";

/** Accepts the test certificate (self-signed) for the suite, and restores the setting after it. */
function trustTestCertificate(): void {
  let saved: string | undefined;
  before(() => {
    saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  });
  after(() => {
    if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
  });
}

/** An address of this machine that is not loopback (reachable without any proxy), if it has one. */
function nonLoopbackAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
}

/** Sets every proxy variable, in both cases, to `url`. */
function setEveryProxyVariable(url: string): void {
  for (const name of ["HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY"]) {
    process.env[name] = url;
    process.env[name.toLowerCase()] = url;
  }
}

describe("VoiceLiveClient proxy", () => {
  withoutNock();
  trustTestCertificate();
  let service: FakeService;
  let proxy: ConnectProxy;
  let restoreEnvironment: () => void;
  const sessions: VoiceLiveSession[] = [];
  const closers: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    restoreEnvironment = isolateProxyEnvironment();
    service = await FakeService.start({ tls: TEST_TLS });
    proxy = await startConnectProxy({ hosts: { [REMOTE]: "127.0.0.1" } });
  });

  afterEach(async () => {
    restoreEnvironment();
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await Promise.all(closers.splice(0).map((c) => c()));
    await service.close();
    await proxy.close();
  });

  /** The service under its remote name: reachable only through the proxy. */
  const remote = () => `https://${REMOTE}:${service.port}`;

  const connect = async (endpoint = remote(), credential: AzureKeyCredential | typeof anonymousCredential = new AzureKeyCredential(KEY)) => {
    const session = await new VoiceLiveClient(endpoint, credential).startSession("gpt-realtime");
    sessions.push(session);
    return session;
  };

  const startService = async (options: Parameters<typeof FakeService.start>[0]) => {
    const s = await FakeService.start(options);
    closers.push(() => s.close());
    return s;
  };

  describe("a remote wss:// endpoint goes through the proxy", () => {
    it("HTTPS_PROXY tunnels the session through the proxy", async () => {
      process.env.HTTPS_PROXY = proxy.url;
      const session = await connect();
      assert.equal(session.state, "connected");
      assert.deepEqual(proxy.targets, [`${REMOTE}:${service.port}`]);
      const c = await service.connection(0);
      assert.equal(c.headers["api-key"], KEY, "the handshake went through the tunnel unchanged");
      assert.equal(c.query.get("model"), "gpt-realtime");
      // the key travels inside the tunnel (and TLS), not in the CONNECT request
      assert.ok(!JSON.stringify(proxy.requests).includes(KEY));
    });

    it("HTTP_PROXY applies to a wss:// session when HTTPS_PROXY is not set", async () => {
      process.env.HTTP_PROXY = proxy.url;
      await connect();
      assert.deepEqual(proxy.targets, [`${REMOTE}:${service.port}`]);
      assert.equal(service.connections.length, 1);
    });

    it("lower-case https_proxy works too, and events flow through the tunnel", async () => {
      process.env.https_proxy = proxy.url;
      const session = await connect();
      await session.commitAudio();
      const c = await service.connection(0);
      assert.ok(await c.frame("input_audio_buffer.commit"));
      assert.deepEqual(proxy.targets, [`${REMOTE}:${service.port}`]);
    });

    it("HTTPS_PROXY is preferred over HTTP_PROXY", async () => {
      const other = await startConnectProxy({ hosts: { [REMOTE]: "127.0.0.1" } });
      closers.push(() => other.close());
      process.env.HTTPS_PROXY = proxy.url;
      process.env.HTTP_PROXY = other.url;
      await connect();
      assert.deepEqual(proxy.targets, [`${REMOTE}:${service.port}`]);
      assert.equal(other.connections, 0);
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

    it("NO_PROXY for another host or another port does not bypass the proxy", async () => {
      process.env.HTTPS_PROXY = proxy.url;
      process.env.NO_PROXY = `example.com,.internal,${REMOTE}:${service.port === 1 ? 2 : 1}`;
      await connect();
      assert.deepEqual(proxy.targets, [`${REMOTE}:${service.port}`]);
    });

    it("a proxy variable without a scheme (127.0.0.1:<port>) is taken as http://", async () => {
      process.env.HTTPS_PROXY = new URL(proxy.url).host;
      await connect();
      assert.deepEqual(proxy.targets, [`${REMOTE}:${service.port}`]);
    });

    it("a proxy that cannot be reached → CONNECTION_FAILED", async () => {
      process.env.HTTPS_PROXY = `http://127.0.0.1:${await freePort()}`;
      const session = new VoiceLiveClient(remote(), new AzureKeyCredential("k")).createSession("m");
      sessions.push(session);
      await assert.rejects(session.connect(), (e: unknown) => isVoiceLiveConnectionError(e) && e.code === "CONNECTION_FAILED");
      assert.equal(session.state, "closed");
      assert.equal(service.tcpConnections, 0);
    });

    it("a proxy that refuses the tunnel (407) → a connection error with that status", async () => {
      const refusing = await startConnectProxy({ refuse: { status: 407, text: "Proxy Authentication Required" } });
      closers.push(() => refusing.close());
      process.env.HTTPS_PROXY = refusing.url;
      const session = new VoiceLiveClient(remote(), new AzureKeyCredential("k")).createSession("m");
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
  });

  describe("loopback never goes through a proxy", () => {
    // wss:// and https:// on purpose: plaintext would bypass the proxy for that reason alone.
    const loopbacks: [string, () => string][] = [
      ["https://127.0.0.1", () => `https://127.0.0.1:${service.port}`],
      ["https://localhost", () => `https://localhost:${service.port}`],
      ["wss://127.1 (127.0.0.1)", () => `wss://127.1:${service.port}`],
    ];
    for (const [label, endpoint] of loopbacks) {
      it(`${label} connects directly with every proxy variable set`, async () => {
        setEveryProxyVariable(proxy.url);
        const session = await connect(endpoint());
        assert.equal(session.state, "connected");
        assert.equal(proxy.connections, 0, "the proxy must see nothing");
        assert.equal((await service.connection(0)).headers["api-key"], KEY);
      });
    }

    it("https://[::1] connects directly with every proxy variable set (when IPv6 loopback is available)", async function () {
      let v6: FakeService;
      try {
        v6 = await startService({ host: "::1", tls: TEST_TLS });
      } catch {
        return this.skip();
      }
      setEveryProxyVariable(proxy.url);
      await connect(v6.endpoint);
      assert.match(v6.endpoint, /^https:\/\/\[::1\]:/);
      assert.equal(proxy.connections, 0);
      assert.equal(v6.connections.length, 1);
    });

    it("ws:// and http:// to 127.0.0.1 and localhost, with a key, connect directly", async () => {
      const plain = await startService({});
      setEveryProxyVariable(proxy.url);
      await connect(`ws://127.0.0.1:${plain.port}`);
      await connect(`http://localhost:${plain.port}`);
      assert.equal(proxy.connections, 0);
      assert.deepEqual(
        plain.connections.map((c) => c.headers["api-key"]),
        [KEY, KEY],
      );
    });
  });

  describe("plaintext never goes through a proxy", () => {
    it("ws:// to a remote host (anonymousCredential) does not go to the proxy", async () => {
      // Through the proxy, which maps the name, this would connect; directly the name resolves nowhere.
      const plain = await startService({});
      setEveryProxyVariable(proxy.url);
      const session = new VoiceLiveClient(`ws://${REMOTE}:${plain.port}`, anonymousCredential).createSession("m");
      sessions.push(session);
      await assert.rejects(session.connect({ timeoutInMs: 10_000 }), (e: unknown) => e instanceof VoiceLiveError);
      assert.equal(proxy.connections, 0);
      assert.equal(plain.tcpConnections, 0);
    });

    it("ws:// to a non-loopback address of this machine connects directly", async function () {
      const address = nonLoopbackAddress();
      if (!address) return this.skip();
      const plain = await startService({ host: address });
      setEveryProxyVariable(proxy.url);
      const session = await connect(`ws://${address}:${plain.port}`, anonymousCredential);
      assert.equal(session.state, "connected");
      assert.equal(proxy.connections, 0);
      assert.equal(plain.connections.length, 1);
    });
  });

  describe("NO_PROXY bypasses the proxy (a non-loopback address of this machine)", () => {
    let direct: FakeService;
    let address: string;
    beforeEach(async function () {
      const found = nonLoopbackAddress();
      if (!found) return this.skip();
      address = found;
      direct = await startService({ host: address, tls: TEST_TLS });
    });

    const bypasses: [string, () => string][] = [
      ["<the address>", () => address],
      ["a list with <the address>", () => `localhost,${address}`],
      ["<the address> with spaces", () => ` ${address} `],
      ["*", () => "*"],
      ["<the address>:<the port>", () => `example.com,${address}:${direct.port}`],
    ];
    for (const [label, noProxy] of bypasses) {
      it(`NO_PROXY=${label} bypasses the proxy`, async () => {
        process.env.HTTPS_PROXY = proxy.url;
        process.env.HTTP_PROXY = proxy.url;
        process.env.NO_PROXY = noProxy();
        await connect(direct.endpoint);
        assert.equal(proxy.connections, 0);
        assert.equal(direct.connections.length, 1);
      });
    }

    it("lower-case no_proxy bypasses the proxy", async () => {
      process.env.HTTPS_PROXY = proxy.url;
      process.env.no_proxy = address;
      await connect(direct.endpoint);
      assert.equal(proxy.connections, 0);
      assert.equal(direct.connections.length, 1);
    });

    it("without NO_PROXY the same endpoint goes through the proxy", async () => {
      process.env.HTTPS_PROXY = proxy.url;
      await connect(direct.endpoint);
      assert.deepEqual(proxy.targets, [`${address}:${direct.port}`]);
    });
  });

  describe("proxyFor", () => {
    it("no variables, no proxy; HTTPS_PROXY, then HTTP_PROXY, then ALL_PROXY; NO_PROXY by host, suffix and port", () => {
      const wss = new URL("wss://res.services.ai.azure.com/voice-live/realtime");
      assert.equal(proxyFor(wss), undefined);
      process.env.ALL_PROXY = "http://all:1";
      assert.equal(proxyFor(wss), "http://all:1");
      process.env.HTTP_PROXY = "http://plain:2";
      assert.equal(proxyFor(wss), "http://plain:2");
      process.env.HTTPS_PROXY = "http://secure:3";
      assert.equal(proxyFor(wss), "http://secure:3");
      process.env.NO_PROXY = ".azure.com";
      assert.equal(proxyFor(wss), undefined);
      process.env.NO_PROXY = "*.ai.azure.com:443";
      assert.equal(proxyFor(wss), undefined);
      process.env.NO_PROXY = "res.services.ai.azure.com:444";
      assert.equal(proxyFor(wss), "http://secure:3");
      process.env.NO_PROXY = "[2001:db8::1]:8443,10.1.2.3:8443";
      assert.equal(proxyFor(new URL("wss://10.1.2.3:8443/")), undefined);
      assert.equal(proxyFor(new URL("wss://[2001:db8::1]:8443/")), undefined);
      assert.equal(proxyFor(new URL("wss://[2001:db8::1]:8444/")), "http://secure:3");
    });

    it("NO_PROXY with an unbracketed IPv6 address (as commonly written) matches it", () => {
      process.env.HTTPS_PROXY = "http://secure:3";
      process.env.NO_PROXY = "localhost,127.0.0.1,2001:db8::1";
      assert.equal(proxyFor(new URL("wss://[2001:db8::1]:8443/voice-live/realtime")), undefined);
      assert.equal(proxyFor(new URL("wss://[2001:db8::2]:8443/voice-live/realtime")), "http://secure:3");
    });

    it("never a proxy for loopback or plaintext, whatever the variables say", () => {
      setEveryProxyVariable("http://proxy.example:3128");
      for (const target of [
        "wss://127.0.0.1/",
        "wss://127.9.8.7:8443/",
        "https://127.1/",
        "wss://localhost/",
        "wss://LOCALHOST:8443/",
        "wss://[::1]:8443/",
        "wss://[0:0::1]/",
        "ws://res.services.ai.azure.com/",
        "http://voicelive-gateway.example/",
        "ws://127.0.0.1:8080/",
      ]) {
        assert.equal(proxyFor(new URL(target)), undefined, target);
      }
      // a name under .localhost, and look-alikes, are remote
      for (const target of ["wss://evil.localhost/", "wss://localhost.example.com/", "wss://127.0.0.1.example.com/", "wss://[::ffff:127.0.0.1]/"]) {
        assert.equal(proxyFor(new URL(target)), "http://proxy.example:3128", target);
      }
    });
  });
});
