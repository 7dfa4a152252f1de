/**
 * In Node: `anonymousCredential` (no credential on the handshake, for a proxy that adds it) and the
 * browser-only `credentialInUrl` opt-in (ignored here: the key stays in the header).
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { anonymousCredential, VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import { labelApiVersions, latestApiVersion } from "../../src/models.js";
import { FakeService } from "./server.js";

describe("anonymousCredential and credentialInUrl in Node", () => {
  let service: FakeService;
  const sessions: VoiceLiveSession[] = [];

  beforeEach(async () => {
    service = await FakeService.start();
  });

  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await service.close();
  });

  it("anonymousCredential sends no api-key and no Authorization, and keeps the other headers", async () => {
    sessions.push(await new VoiceLiveClient(service.endpoint, anonymousCredential).startSession("gpt-realtime"));
    const c = await service.connection(0);
    assert.equal(c.headers["api-key"], undefined);
    assert.equal(c.headers.authorization, undefined);
    assert.match(String(c.headers["user-agent"]), /azsdk-js-ai-voicelive\//);
    assert.ok(c.headers["x-ms-client-request-id"]);
    assert.deepEqual([...c.query.keys()], ["api-version", "model"]);
  });

  it("credentialInUrl is for browsers: in Node the key still goes in the header only", async () => {
    const KEY = "node-key-4d1f";
    sessions.push(await new VoiceLiveClient(service.endpoint, new AzureKeyCredential(KEY), { credentialInUrl: true }).startSession("gpt-realtime"));
    const c = await service.connection(0);
    assert.equal(c.headers["api-key"], KEY);
    assert.ok(!decodeURIComponent(c.path).includes(KEY));
  });

  it("credentialInUrl with a token credential or anonymousCredential is refused", () => {
    const token = { getToken: async () => ({ token: "t", expiresOnTimestamp: Date.now() + 60_000 }) };
    for (const credential of [token, anonymousCredential]) {
      assert.throws(
        () => new VoiceLiveClient(service.endpoint, credential, { credentialInUrl: true }),
        (e: Error & { code?: string }) => e.code === "INVALID_ARGUMENT" && /KeyCredential only/.test(e.message),
      );
    }
  });

  it("credentialInUrl with a label version (v1, header-only auth) is refused before any connection, naming the way out", () => {
    for (const apiVersion of labelApiVersions) {
      assert.throws(
        () => new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"), { apiVersion, credentialInUrl: true }),
        (e: Error & { code?: string }) => e.code === "INVALID_ARGUMENT" && e.message.includes(apiVersion) && /header only/.test(e.message) && /proxy/.test(e.message),
      );
    }
    // A label's key still goes in the header without the opt-in, and a dated version keeps the opt-in.
    assert.equal(new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"), { apiVersion: "v1" }).apiVersion, "v1");
    assert.equal(new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"), { apiVersion: latestApiVersion, credentialInUrl: true }).apiVersion, latestApiVersion);
  });

  it("plaintext to a remote host: refused with a credential, allowed with none (nothing of ours to protect)", () => {
    assert.throws(() => new VoiceLiveClient("http://voicelive-proxy.example", new AzureKeyCredential("k")), (e: Error & { code?: string }) => e.code === "INVALID_ARGUMENT");
    assert.equal(new VoiceLiveClient("http://voicelive-proxy.example", anonymousCredential).endpoint, "http://voicelive-proxy.example");
  });

  it("a missing credential is still refused, naming anonymousCredential", () => {
    assert.throws(
      () => new VoiceLiveClient(service.endpoint, undefined as unknown as typeof anonymousCredential),
      (e: Error & { code?: string }) => e.code === "INVALID_ARGUMENT" && /anonymousCredential/.test(e.message),
    );
  });
});
