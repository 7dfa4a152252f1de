/**
 * Credentials stay out of reach of what prints or copies an object: `console.log` (`util.inspect`),
 * `%o`, `JSON.stringify` and `structuredClone`, of the client and of its sessions in each state
 * (idle, connected, closed), with a key, a token credential that caches its token in a field, and
 * a real `ClientSecretCredential` (Entra faked with nock) whose own fields hold its secret.
 */
import assert from "node:assert/strict";
import util from "node:util";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { AzureKeyCredential } from "@azure/core-auth";
import { ClientSecretCredential } from "@azure/identity";
import { VoiceLiveClient, VoiceLiveSession } from "../../src/index.js";
import nock from "nock";
import { cleanNock, CLIENT_ID, CLIENT_SECRET, fakeEntra, TENANT_ID, withNock, withoutNock } from "./entra.js";
import { FakeService } from "./server.js";

const KEY = "vl-secret-key-3b9e71";
const TOKEN = "eyJ.cached-token-5c0d.sig";
const ENTRA_TOKEN = "eyJ.entra-token-8a2f.sig";

/** A token credential that keeps its last token in a field, as many do. */
class CachingTokenCredential implements TokenCredential {
  private cached?: AccessToken;
  async getToken(): Promise<AccessToken> {
    this.cached ??= { token: TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 };
    return this.cached;
  }
}

/** Everything a value shows when printed, serialized or cloned; a failure's message counts as shown. */
function views(value: unknown): Record<string, string> {
  const attempt = (f: () => string) => {
    try {
      return f();
    } catch (e) {
      return `threw: ${(e as Error).message}`;
    }
  };
  return {
    "console.log": util.inspect(value),
    "util.inspect (depth Infinity, showHidden)": util.inspect(value, { depth: Infinity, showHidden: true }),
    "%o": util.format("%o", value),
    "JSON.stringify": attempt(() => String(JSON.stringify(value))),
    structuredClone: attempt(() => util.inspect(structuredClone(value), { depth: Infinity, showHidden: true })),
  };
}

function assertHidden(value: unknown, secrets: string[], what: string): void {
  for (const [how, text] of Object.entries(views(value))) {
    for (const secret of secrets) assert.ok(!text.includes(secret), `${how}(${what}) shows ${secret}`);
  }
}

/** Every state of a session of `client`: each is checked with `check`; the secret must have gone out on the handshake. */
async function everyState(client: VoiceLiveClient, service: FakeService, secrets: string[], check: (value: unknown, what: string) => void): Promise<void> {
  check(client, "client");
  const session = client.createSession({ model: "gpt-realtime", instructions: "hi" });
  try {
    check(session, "idle session");
    await session.connect();
    assert.equal(session.state, "connected");
    // the secret did go out, so its absence is not for lack of one
    const sent = service.connections.at(-1)!.headers;
    assert.ok(secrets.some((s) => sent["api-key"] === s || sent.authorization === `Bearer ${s}`), "the handshake carried the credential");
    check(session, "connected session");
    check(client, "client after connecting");
  } finally {
    await session.close();
  }
  assert.equal(session.state, "closed");
  check(session, "closed session");
}

describe("credentials are out of reach of inspect, JSON.stringify and structuredClone", () => {
  let service: FakeService;

  beforeEach(async () => {
    service = await FakeService.start();
  });

  afterEach(async () => {
    await service.close();
  });

  describe("key and token credentials", () => {
    // nock's sockets keep their connection options (the handshake headers among them): real sockets only here.
    withoutNock();

    it("AzureKeyCredential: the client, and a session idle, connected and closed", async () => {
      await everyState(new VoiceLiveClient(service.endpoint, new AzureKeyCredential(KEY)), service, [KEY], (v, what) => assertHidden(v, [KEY], what));
    });

    it("a TokenCredential that caches its token in a field: the client, and a session idle, connected and closed", async () => {
      await everyState(new VoiceLiveClient(service.endpoint, new CachingTokenCredential()), service, [TOKEN], (v, what) => assertHidden(v, [TOKEN], what));
    });

    it("the client serializes to its public fields only, and keeps its class", () => {
      const client = new VoiceLiveClient("https://res.services.ai.azure.com/gw", new AzureKeyCredential(KEY), { apiVersion: "2025-10-01" });
      assert.deepEqual(JSON.parse(JSON.stringify(client)), { endpoint: "https://res.services.ai.azure.com/gw", apiVersion: "2025-10-01" });
      assert.deepEqual(structuredClone(client), { endpoint: "https://res.services.ai.azure.com/gw", apiVersion: "2025-10-01" });
      assert.ok(client instanceof VoiceLiveClient);
      assert.ok(client.createSession("m") instanceof VoiceLiveSession);
    });
  });

  describe("ClientSecretCredential (Entra faked with nock)", () => {
    withNock();
    afterEach(() => cleanNock());

    it("neither its secret nor its token shows, in any state", async () => {
      const entra = fakeEntra({ tokens: [ENTRA_TOKEN] });
      const secrets = [ENTRA_TOKEN, CLIENT_SECRET];
      const credential = new ClientSecretCredential(TENANT_ID, CLIENT_ID, CLIENT_SECRET);
      assert.ok(util.inspect(credential, { depth: Infinity }).includes(CLIENT_SECRET), "the credential itself shows its secret: the check below means something");
      const client = new VoiceLiveClient(service.endpoint, credential);
      // The token is fetched through nock; then, with nock off, a second session reuses it over a real socket.
      const first = client.createSession("gpt-realtime");
      await first.connect();
      await first.close();
      nock.restore();
      try {
        await everyState(client, service, secrets, (v, what) => assertHidden(v, secrets, what));
      } finally {
        nock.activate();
      }
      assert.equal(entra.tokenRequests.length, 1);
    });
  });
});
