import assert from "node:assert/strict";
import { request } from "node:http";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, isVoiceLiveError } from "../../src/index.js";
import type { TokenCredential } from "../../src/index.js";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { isInApiVersion } from "../../src/version-names.js";
import { apiVersions, resolveApiVersion } from "../../src/versions.js";
import { eventually, open, QUERY, refusal, wsUrl } from "./helpers.js";

describe("emulator: handshake", () => {
  let emulator: VoiceLiveEmulator;
  before(async () => {
    emulator = await startEmulator({ apiKey: "key-1", bearerToken: "token-1" });
  });
  after(() => emulator.close());

  it("listens on 127.0.0.1 on a free port and gives a usable endpoint URL", () => {
    assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(emulator.url, `http://127.0.0.1:${emulator.port}`);
    assert.ok(emulator.port > 0);
  });

  it("accepts the api-key header, the bearer token and the api-key query parameter", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ "api-key": "key-1" }, QUERY],
      [{ authorization: "Bearer token-1" }, QUERY],
      [{}, `${QUERY}&api-key=key-1`],
    ];
    for (const [headers, query] of cases) {
      const client = await open(emulator, { headers, query });
      await client.close();
    }
  });

  it("refuses a missing or wrong key or token with 401 and a JSON error body", async () => {
    const cases: Record<string, string>[] = [{}, { "api-key": "wrong" }, { authorization: "Bearer wrong" }, { authorization: "Basic a2V5LTE=" }];
    for (const headers of cases) {
      const res = await refusal(wsUrl(emulator), headers);
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.match(String(res.headers["content-type"]), /application\/json/);
      const body = JSON.parse(res.body);
      assert.equal(body.error.code, "Unauthorized");
      assert.equal(typeof body.error.message, "string");
    }
  });

  it("answers 404 for any path other than <prefix>/voice-live/realtime, and keeps path prefixes", async () => {
    const res = await refusal(wsUrl(emulator, QUERY, "/openai/realtime"), { "api-key": "key-1" });
    assert.equal(res.status, 404);
    assert.ok(JSON.parse(res.body).error.message);
    const prefixed = await open(emulator, { headers: { "api-key": "key-1" } });
    await prefixed.close();
    const gateway = await refusal(wsUrl(emulator, QUERY, "/gateway/voice-live/realtime/extra"), { "api-key": "key-1" });
    assert.equal(gateway.status, 404);
    const viaPrefix = new VoiceLiveClient(`${emulator.url}/some/gateway`, new AzureKeyCredential("key-1"));
    const session = await viaPrefix.startSession("gpt-realtime");
    await session.close();
  });

  it("requires api-version (400) and accepts known and dated versions only", async () => {
    const headers = { "api-key": "key-1" };
    const missing = await refusal(wsUrl(emulator, "model=gpt-realtime"), headers);
    assert.equal(missing.status, 400);
    assert.equal(JSON.parse(missing.body).error.code, "MissingApiVersionParameter");
    const unknown = await refusal(wsUrl(emulator, "api-version=banana&model=gpt-realtime"), headers);
    assert.equal(unknown.status, 400);
    assert.match(JSON.parse(unknown.body).error.message, /banana/);
    for (const version of [...apiVersions, "2026-01-01-preview", "2027-03-01"]) {
      const client = await open(emulator, { headers, query: `api-version=${version}&model=gpt-realtime` });
      // A dated preview speaks the modelled version that applies to it: expires_at is there when that version has it.
      const created = client.frames[0];
      assert.equal("expires_at" in (created.session as object), isInApiVersion("ResponseSession.expires_at", resolveApiVersion(version)), version);
      await client.close();
    }
    const label = await refusal(wsUrl(emulator, "api-version=v2&model=gpt-realtime"), headers);
    assert.equal(label.status, 400, "an unmodelled label's shapes cannot be emulated");
  });

  it("requires a model or an agent (name and project), with 400 and a JSON body otherwise", async () => {
    const headers = { "api-key": "key-1" };
    for (const query of ["api-version=2026-07-15", "api-version=2026-07-15&agent-name=a", "api-version=2026-07-15&agent-project-name=p", "api-version=2026-07-15&model=m&agent-name=a&agent-project-name=p"]) {
      const res = await refusal(wsUrl(emulator, query), headers);
      assert.equal(res.status, 400, query);
      assert.equal(JSON.parse(res.body).error.code, "invalid_request_error");
    }
    const agent = await open(emulator, {
      headers,
      query: "api-version=2026-07-15&agent-name=helper&agent-project-name=proj&agent-version=3&conversation-id=conv-9&agent-authentication-identity-client-id=cid&foundry-resource-override=other",
    });
    const session = agent.frames[0].session as { model?: string; agent: Record<string, string> };
    assert.equal(session.model, undefined);
    assert.deepEqual(session.agent, { type: "agent", name: "helper", agent_id: "helper:3", thread_id: "conv-9" });
    await agent.close();
  });

  it("refusals reach the SDK as typed handshake errors", async () => {
    const wrongKey = new VoiceLiveClient(emulator.url, new AzureKeyCredential("nope"));
    await assert.rejects(wrongKey.startSession("gpt-realtime"), (e: unknown) => {
      assert.ok(isVoiceLiveError(e));
      assert.equal(e.code, "HANDSHAKE_UNAUTHORIZED");
      assert.equal((e as { statusCode?: number }).statusCode, 401);
      assert.match(String((e as { responseBody?: string }).responseBody), /Unauthorized/);
      return true;
    });
    const credential: TokenCredential = { getToken: async () => ({ token: "token-1", expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const withToken = new VoiceLiveClient(emulator.url, credential);
    const session = await withToken.startSession({ agent: { agentName: "helper", projectName: "proj" } });
    assert.ok(session.sessionId?.startsWith("sess_"));
    await session.close();
  });

  it("counts open sessions", async () => {
    // A client's close completes on its side first; the emulator's count follows when its side has closed.
    await eventually(() => emulator.sessions === 0, "no sessions left from earlier tests");
    const a = await open(emulator, { headers: { "api-key": "key-1" } });
    const b = await open(emulator, { headers: { "api-key": "key-1" } });
    assert.equal(emulator.sessions, 2);
    await a.close();
    await eventually(() => emulator.sessions === 1, "one session left");
    await b.close();
    await eventually(() => emulator.sessions === 0, "no session left");
  });

  it("answers a plain HTTP request with 426", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${emulator.url}/voice-live/realtime`, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end();
    });
    assert.equal(status, 426);
  });
});

describe("emulator: no auth configured", () => {
  it("accepts any handshake without credentials, logs one line per event, and close() ends open sessions with 1001", async () => {
    const lines: string[] = [];
    const emulator = await startEmulator({ log: (line) => lines.push(line) });
    const client = await open(emulator);
    client.send({ type: "input_audio_buffer.commit" });
    await client.nextWire("error");
    await emulator.close();
    assert.deepEqual(await client.closed, { code: 1001, reason: "the emulator is shutting down" });
    assert.equal(emulator.sessions, 0);
    await emulator.close(); // idempotent
    const id = (client.frames[0].session as { id: string }).id;
    assert.deepEqual(
      lines.filter((l) => /[←→]/.test(l)),
      [`${id} → session.created`, `${id} ← input_audio_buffer.commit`, `${id} → error`],
    );
    assert.ok(lines.some((l) => l.startsWith("listening on http://127.0.0.1:")));
    assert.ok(lines.includes("closed"));
  });
});

describe("emulator: handshake log", () => {
  it("never writes a key from the query string to its log", async () => {
    const lines: string[] = [];
    const emulator = await startEmulator({ apiKey: "right-key", log: (line) => void lines.push(line) });
    try {
      const res = await refusal(`${wsUrl(emulator)}&api-key=wrong-secret-key`);
      assert.equal(res.status, 401);
      assert.ok(lines.some((l) => l.includes("handshake refused with 401")), lines.join("\n"));
      assert.ok(!lines.some((l) => l.includes("wrong-secret-key")), lines.join("\n"));
    } finally {
      await emulator.close();
    }
  });
});
