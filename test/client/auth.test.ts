/**
 * Credentials and handshake headers: a key in `api-key`, a bearer token from a real
 * `ClientSecretCredential` whose Entra endpoints are faked with nock, failing token credentials,
 * the user agent and the client request id.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/core-auth";
import { ClientSecretCredential } from "@azure/identity";
import { AzureKeyCredential } from "@azure/core-auth";
import { isVoiceLiveAuthenticationError, VoiceLiveAuthenticationError, VoiceLiveClient, VoiceLiveError, type VoiceLiveClientOptions, type VoiceLiveSession } from "../../src/index.js";
import { cleanNock, CLIENT_ID, CLIENT_SECRET, fakeEntra, TENANT_ID, withNock } from "./entra.js";
import { FakeService, turns } from "./server.js";

const packageVersion = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

describe("VoiceLiveClient credentials and headers", () => {
  withNock();
  let service: FakeService;
  const sessions: VoiceLiveSession[] = [];
  const track = <S extends VoiceLiveSession>(s: S): S => (sessions.push(s), s);

  beforeEach(async () => {
    service = await FakeService.start();
  });

  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await service.close();
    cleanNock();
  });

  describe("key", () => {
    const KEY = "vl-key-9c4e1b7a";

    it("sends the key in the api-key header and never in the URL", async () => {
      track(await new VoiceLiveClient(service.endpoint, new AzureKeyCredential(KEY)).startSession("gpt-realtime"));
      const c = await service.connection(0);
      assert.equal(c.headers["api-key"], KEY);
      assert.equal(c.headers.authorization, undefined);
      assert.ok(!c.path.includes(KEY));
      assert.ok(!decodeURIComponent(c.path).includes(KEY));
      assert.deepEqual([...c.query.keys()], ["api-version", "model"]);
    });

    it("AzureKeyCredential.update() takes effect on the next connect", async () => {
      const credential = new AzureKeyCredential("first-key");
      const client = new VoiceLiveClient(service.endpoint, credential);
      track(await client.startSession("m"));
      credential.update("second-key");
      track(await client.startSession("m"));
      // and a session created before the update, connected after it, uses the new key too
      const early = track(client.createSession("m"));
      credential.update("third-key");
      await early.connect();
      assert.deepEqual(
        service.connections.map((c) => c.headers["api-key"]),
        ["first-key", "second-key", "third-key"],
      );
    });

    it("a key credential without a key fails with AUTHENTICATION_FAILED and no connection", async () => {
      const client = new VoiceLiveClient(service.endpoint, { key: "" });
      const session = track(client.createSession("m"));
      await assert.rejects(session.connect(), (e: unknown) => e instanceof VoiceLiveAuthenticationError && e.code === "AUTHENTICATION_FAILED");
      assert.equal(session.state, "closed");
      assert.equal(service.tcpConnections, 0);
    });
  });

  describe("token (ClientSecretCredential, Entra faked with nock)", () => {
    const credential = () => new ClientSecretCredential(TENANT_ID, CLIENT_ID, CLIENT_SECRET);

    it("sends Authorization: Bearer <token> for the default scope https://ai.azure.com/.default", async () => {
      const entra = fakeEntra({ tokens: ["eyJ.token-one.sig"] });
      track(await new VoiceLiveClient(service.endpoint, credential()).startSession("gpt-realtime"));
      const c = await service.connection(0);
      assert.equal(c.headers.authorization, "Bearer eyJ.token-one.sig");
      assert.equal(c.headers["api-key"], undefined);
      assert.ok(!c.path.includes("token-one"));
      assert.equal(entra.tokenRequests.length, 1);
      const body = entra.tokenRequests[0];
      assert.equal(body.get("scope"), "https://ai.azure.com/.default");
      assert.equal(body.get("grant_type"), "client_credentials");
      assert.equal(body.get("client_id"), CLIENT_ID);
    });

    it("credentials.scopes changes the requested scope", async () => {
      const entra = fakeEntra({ tokens: ["eyJ.token-scoped.sig"] });
      const client = new VoiceLiveClient(service.endpoint, credential(), { credentials: { scopes: ["https://cognitiveservices.azure.com/.default"] } });
      track(await client.startSession("m"));
      assert.equal((await service.connection(0)).headers.authorization, "Bearer eyJ.token-scoped.sig");
      assert.deepEqual(
        entra.tokenRequests.map((b) => b.get("scope")),
        ["https://cognitiveservices.azure.com/.default"],
      );
    });

    it("reuses a valid token for the next connect", async () => {
      const entra = fakeEntra({ tokens: ["eyJ.long-lived-1.sig", "eyJ.long-lived-2.sig"], expiresInSeconds: 3600 });
      const client = new VoiceLiveClient(service.endpoint, credential());
      track(await client.startSession("m"));
      track(await client.startSession("m"));
      assert.equal(entra.tokenRequests.length, 1);
      assert.deepEqual(
        service.connections.map((c) => c.headers.authorization),
        ["Bearer eyJ.long-lived-1.sig", "Bearer eyJ.long-lived-1.sig"],
      );
    });

    it("fetches a new token on the next connect once the token has expired", async () => {
      const entra = fakeEntra({ tokens: ["eyJ.expiring-1.sig", "eyJ.expiring-2.sig"], expiresInSeconds: 0 });
      const client = new VoiceLiveClient(service.endpoint, credential());
      track(await client.startSession("m"));
      track(await client.startSession("m"));
      assert.equal(entra.tokenRequests.length, 2);
      assert.deepEqual(
        service.connections.map((c) => c.headers.authorization),
        ["Bearer eyJ.expiring-1.sig", "Bearer eyJ.expiring-2.sig"],
      );
    });

    it("a ClientSecretCredential whose token request fails rejects with AUTHENTICATION_FAILED and no connection", async () => {
      const entra = fakeEntra({ tokens: [], failWith: { status: 401, error: "invalid_client", description: "AADSTS7000215: Invalid client secret provided." } });
      const error = await new VoiceLiveClient(service.endpoint, credential()).startSession("m").then(
        () => assert.fail("should reject"),
        (e: unknown) => e,
      );
      assert.ok(isVoiceLiveAuthenticationError(error));
      assert.equal(error.code, "AUTHENTICATION_FAILED");
      assert.match(error.message, /AADSTS7000215/);
      assert.equal(entra.tokenRequests.length, 1);
      assert.equal(service.tcpConnections, 0);
    });
  });

  describe("token (plain TokenCredential objects)", () => {
    const failing = async (credential: TokenCredential) => {
      const client = new VoiceLiveClient(service.endpoint, credential);
      const error = await client.startSession("m").then(
        () => assert.fail("startSession should reject"),
        (e: unknown) => e,
      );
      const session = track(client.createSession("m"));
      await assert.rejects(session.connect());
      assert.equal(session.state, "closed");
      assert.equal(service.tcpConnections, 0, "the server must see no connection");
      assert.equal(service.connections.length, 0);
      return error;
    };

    it("getToken rejecting → VoiceLiveAuthenticationError (AUTHENTICATION_FAILED), cause kept", async () => {
      const cause = new Error("the identity endpoint is down");
      const error = await failing({ getToken: () => Promise.reject(cause) });
      assert.ok(error instanceof VoiceLiveAuthenticationError);
      assert.ok(isVoiceLiveAuthenticationError(error));
      assert.equal(error.code, "AUTHENTICATION_FAILED");
      assert.equal(error.cause, cause);
      assert.match(error.message, /the identity endpoint is down/);
    });

    it("getToken returning null → VoiceLiveAuthenticationError (AUTHENTICATION_FAILED)", async () => {
      const error = await failing({ getToken: async () => null });
      assert.ok(error instanceof VoiceLiveAuthenticationError);
      assert.equal(error.code, "AUTHENTICATION_FAILED");
    });

    /** A credential whose getToken waits until the test resolves it. */
    const heldCredential = () => {
      const calls: { options?: GetTokenOptions; resolve: (t: AccessToken) => void }[] = [];
      const credential: TokenCredential = {
        getToken: (_scopes, options) => new Promise<AccessToken>((resolve) => calls.push({ options, resolve })),
      };
      const token = (): AccessToken => ({ token: "late-token", expiresOnTimestamp: Date.now() + 3_600_000 });
      return { credential, calls, token };
    };

    it("a connect timeout while getToken is pending → TIMEOUT, and no connection even when the token arrives later", async () => {
      const held = heldCredential();
      const session = track(new VoiceLiveClient(service.endpoint, held.credential).createSession("m"));
      await assert.rejects(session.connect({ timeoutInMs: 50 }), (e: unknown) => e instanceof VoiceLiveError && e.code === "TIMEOUT");
      assert.equal(session.state, "closed");
      assert.equal(held.calls.length, 1);
      held.calls[0].resolve(held.token());
      await turns(10);
      assert.equal(service.tcpConnections, 0);
    });

    it("aborting while getToken is pending → ABORTED, the abort reaches getToken, no connection", async () => {
      const held = heldCredential();
      const controller = new AbortController();
      const started = new VoiceLiveClient(service.endpoint, held.credential).startSession("m", { abortSignal: controller.signal });
      await turns(3);
      assert.equal(held.calls.length, 1);
      controller.abort();
      await assert.rejects(started, (e: unknown) => e instanceof VoiceLiveError && e.code === "ABORTED");
      assert.equal(held.calls[0].options?.abortSignal?.aborted, true);
      held.calls[0].resolve(held.token());
      await turns(10);
      assert.equal(service.tcpConnections, 0);
    });

    it("a plain TokenCredential's token and scopes are used", async () => {
      const asked: string[][] = [];
      const credential: TokenCredential = {
        getToken: async (scopes): Promise<AccessToken> => {
          asked.push(([] as string[]).concat(scopes));
          return { token: `plain-token-${asked.length}`, expiresOnTimestamp: Date.now() + 3_600_000 };
        },
      };
      track(await new VoiceLiveClient(service.endpoint, credential, { credentials: { scopes: ["scope-a", "scope-b"] } }).startSession("m"));
      assert.equal((await service.connection(0)).headers.authorization, "Bearer plain-token-1");
      assert.deepEqual(asked, [["scope-a", "scope-b"]]);
    });
  });

  describe("user agent and request id", () => {
    const connectWith = async (options?: VoiceLiveClientOptions) => {
      track(await new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"), options).startSession("m"));
      return service.connections.at(-1)!.headers;
    };

    it("User-Agent names this SDK with the version of package.json", async () => {
      const headers = await connectWith();
      assert.equal(packageVersion, "0.1.0");
      assert.match(String(headers["user-agent"]), new RegExp(`(^| )azsdk-js-ai-voicelive/${packageVersion.replace(/\./g, "\\.")}( |$)`));
    });

    it("userAgentOptions.userAgentPrefix comes first", async () => {
      const headers = await connectWith({ userAgentOptions: { userAgentPrefix: "my-app/1.2" } });
      assert.match(String(headers["user-agent"]), new RegExp(`^my-app/1\\.2 azsdk-js-ai-voicelive/${packageVersion.replace(/\./g, "\\.")}( |$)`));
    });

    it("x-ms-client-request-id is present and different for each connect", async () => {
      const client = new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"));
      track(await client.startSession("m"));
      track(await client.startSession("m"));
      const ids = service.connections.map((c) => c.headers["x-ms-client-request-id"]);
      assert.equal(ids.length, 2);
      for (const id of ids) assert.match(String(id), /^[0-9a-f-]{36}$/i);
      assert.notEqual(ids[0], ids[1]);
    });
  });
});
