/**
 * What an endpoint may be: plaintext only to loopback (`localhost`, `127.0.0.0/8`, `::1`, in the
 * forms URL normalizes to them), and no credential in its query.
 */
import assert from "node:assert/strict";
import util from "node:util";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { AzureKeyCredential } from "@azure/core-auth";
import { anonymousCredential, VoiceLiveClient, VoiceLiveError, type VoiceLiveSession } from "../../src/index.js";
import { FakeService } from "./server.js";

const KEY = "endpoint-test-key-61c2";
const SECRET = "s3cr3t-in-the-query-9d4e";
const token: TokenCredential = { getToken: async (): Promise<AccessToken> => ({ token: "t", expiresOnTimestamp: Date.now() + 3_600_000 }) };

const refused = (endpoint: string | URL, credential: AzureKeyCredential | TokenCredential | typeof anonymousCredential, pattern: RegExp) =>
  assert.throws(
    () => new VoiceLiveClient(endpoint, credential),
    (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT" && pattern.test(e.message),
    String(endpoint),
  );

describe("VoiceLiveClient endpoint", () => {
  describe("plaintext is for loopback only", () => {
    it("accepts the forms URL normalizes to 127.0.0.0/8 and ::1, and localhost in any case", () => {
      for (const endpoint of [
        "http://127.1:1/", // 127.0.0.1
        "http://0x7f.1/", // 127.0.0.1
        "http://2130706433/", // 127.0.0.1
        "ws://127.255.255.254:8080/",
        "http://[0:0::1]:1/", // [::1]
        "ws://[0:0:0:0:0:0:0:1]/", // [::1]
        "http://LocalHost:1/",
      ]) {
        for (const credential of [new AzureKeyCredential(KEY), token]) assert.doesNotThrow(() => new VoiceLiveClient(endpoint, credential), endpoint);
      }
    });

    it("refuses a name under .localhost, look-alikes and other addresses, with a key or a token", () => {
      for (const endpoint of [
        "ws://evil.localhost/",
        "http://svc.localhost:8080/",
        "http://localhost./",
        "http://localhost.example.com/",
        "http://[::ffff:127.0.0.1]/",
        "http://128.0.0.1/",
        "http://[::2]/",
      ]) {
        const host = new URL(endpoint).hostname;
        for (const credential of [new AzureKeyCredential(KEY), token]) refused(endpoint, credential, new RegExp(`plaintext .* to ${host.replace(/[.[\]]/g, "\\$&")}:`));
      }
    });

    it("the message says which hosts count as loopback", () => {
      refused("ws://evil.localhost/", new AzureKeyCredential(KEY), /localhost, 127\.0\.0\.0\/8 and ::1/);
    });

    it("with anonymousCredential there is nothing to protect: a plaintext remote endpoint is accepted", () => {
      assert.equal(new VoiceLiveClient("ws://evil.localhost/", anonymousCredential).endpoint, "ws://evil.localhost/");
    });
  });

  describe("no credential in the endpoint's query", () => {
    const credentials = () => [new AzureKeyCredential(KEY), token, anonymousCredential];

    it("refuses api-key (any case, even percent-encoded) with INVALID_ARGUMENT naming the credential argument and credentialInUrl", () => {
      for (const query of [`api-key=${SECRET}`, `API-Key=${SECRET}`, `x=1&api-key=${SECRET}`, `api%2Dkey=${SECRET}`, `api-key=`]) {
        for (const base of ["https://res.services.ai.azure.com", "http://127.0.0.1:8080", "http://voicelive-proxy.example"]) {
          for (const credential of credentials()) {
            refused(`${base}/?${query}`, credential, /credential argument .*AzureKeyCredential.*credentialInUrl/);
          }
        }
      }
    });

    it("refuses authorization and access_token (any case), pointing to a TokenCredential", () => {
      for (const query of [`authorization=Bearer%20${SECRET}`, `Authorization=${SECRET}`, `access_token=${SECRET}`, `ACCESS_TOKEN=${SECRET}`]) {
        for (const credential of credentials()) refused(`https://res.services.ai.azure.com/gw?${query}`, credential, /TokenCredential .*credential argument/);
      }
    });

    it("refuses it in a URL object too", () => {
      const url = new URL("https://res.services.ai.azure.com/");
      url.searchParams.set("api-key", SECRET);
      refused(url, new AzureKeyCredential(KEY), /api-key/);
    });

    it("never echoes the value", () => {
      for (const query of [`api-key=${SECRET}`, `access_token=${SECRET}`, `Authorization=${SECRET}`]) {
        const error = (() => {
          try {
            new VoiceLiveClient(`https://res.services.ai.azure.com/?${query}`, new AzureKeyCredential(KEY));
          } catch (e) {
            return e;
          }
          return assert.fail("should throw");
        })();
        assert.ok(!util.inspect(error, { depth: Infinity, showHidden: true }).includes(SECRET), query);
      }
    });

    it("an endpoint that is not a URL is not echoed either (it may be a key in the wrong argument)", () => {
      try {
        new VoiceLiveClient(SECRET, new AzureKeyCredential(KEY));
        assert.fail("should throw");
      } catch (e) {
        assert.ok(e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT");
        assert.match(e.message, /not an absolute URL/);
        assert.ok(!util.inspect(e, { depth: Infinity, showHidden: true }).includes(SECRET));
      }
    });

    describe("other query parameters pass through", () => {
      let service: FakeService;
      let session: VoiceLiveSession | undefined;
      beforeEach(async () => {
        service = await FakeService.start();
      });
      afterEach(async () => {
        await session?.close();
        await service.close();
      });

      it("a gateway's parameters (and look-alike names) reach the service; the key stays in the header", async () => {
        const endpoint = `${service.endpoint}/gw?gateway-token=abc&apikey-hint=1&subscription=x`;
        const client = new VoiceLiveClient(endpoint, new AzureKeyCredential(KEY));
        assert.equal(client.endpoint, endpoint);
        session = await client.startSession("gpt-realtime");
        const c = await service.connection(0);
        assert.deepEqual(Object.fromEntries(c.query), { "gateway-token": "abc", "apikey-hint": "1", subscription: "x", "api-version": client.apiVersion, model: "gpt-realtime" });
        assert.equal(c.headers["api-key"], KEY);
      });
    });
  });
});
