/**
 * VoiceLiveClient: the createSession / startSession overloads, the session URL, and endpoint checks.
 * Every connection goes to a real ws server on 127.0.0.1.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { isVoiceLiveConnectionError, isVoiceLiveServerError, VoiceLiveClient, VoiceLiveError, VoiceLiveServerError, type VoiceLiveSession } from "../../src/index.js";
import { realtimeUrl } from "../../src/internal/url.js";
import { FakeService, observe, settledWithin, turns, type FakeServiceOptions, type Frame } from "./server.js";

const KEY = "test-key-7f3a";

describe("VoiceLiveClient", () => {
  let service: FakeService;
  const sessions: VoiceLiveSession[] = [];
  const track = <S extends VoiceLiveSession>(s: S): S => (sessions.push(s), s);

  const services: FakeService[] = [];
  const start = async (options?: FakeServiceOptions) => {
    service = await FakeService.start(options);
    services.push(service);
    return service;
  };

  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await Promise.all(services.splice(0).map((s) => s.close()));
  });

  const client = (options?: ConstructorParameters<typeof VoiceLiveClient>[2]) => new VoiceLiveClient(service.endpoint, new AzureKeyCredential(KEY), options);

  describe("createSession / startSession overloads", () => {
    beforeEach(async () => {
      await start();
    });

    it("startSession(model name) connects with ?model= and resolves on session.created", async () => {
      const session = track(await client().startSession("gpt-realtime"));
      assert.equal(session.state, "connected");
      assert.equal(session.sessionId, "sess_1");
      const c = await service.connection(0);
      assert.equal(c.path, "/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime");
      assert.deepEqual(c.frames, [], "a bare model name sends no session.update");
    });

    it("startSession({ model }) is a target, not a config: no session.update is sent", async () => {
      const session = track(await client().startSession({ model: "gpt-4o-realtime" }));
      const c = await service.connection(0);
      assert.equal(c.query.get("model"), "gpt-4o-realtime");
      // Prove the session is live and the absence of a session.update is not a race: send something and see it arrive first.
      await session.commitAudio();
      const commit = await c.frame("input_audio_buffer.commit");
      assert.ok(commit);
      assert.deepEqual(c.frames.map((f) => f.type), ["input_audio_buffer.commit"]);
    });

    it("startSession({ agent }) puts every agent field in the query, and no model", async () => {
      track(
        await client().startSession({
          agent: {
            agentName: "support-bot",
            projectName: "proj-1",
            agentVersion: "3",
            conversationId: "conv_42",
            authenticationIdentityClientId: "11111111-2222-3333-4444-555555555555",
            foundryResourceOverride: "other-resource",
          },
        }),
      );
      const c = await service.connection(0);
      assert.equal(new URL(c.path, "http://x").pathname, "/voice-live/realtime");
      assert.deepEqual(Object.fromEntries(c.query), {
        "api-version": "2026-07-15",
        "agent-name": "support-bot",
        "agent-project-name": "proj-1",
        "agent-version": "3",
        "conversation-id": "conv_42",
        "agent-authentication-identity-client-id": "11111111-2222-3333-4444-555555555555",
        "foundry-resource-override": "other-resource",
      });
      assert.equal(c.query.has("model"), false);
    });

    it("an agent with only the required fields sends only them", async () => {
      track(await client().startSession({ agent: { agentName: "a b&c", projectName: "p/1" } }));
      const c = await service.connection(0);
      assert.deepEqual(Object.fromEntries(c.query), { "api-version": "2026-07-15", "agent-name": "a b&c", "agent-project-name": "p/1" });
    });

    it("startSession(RequestSession) sends the rest as session.update (wire names, no model) and resolves only on session.updated", async () => {
      await start({ autoUpdate: false });
      const started = client().startSession({
        model: "gpt-realtime",
        instructions: "be brief",
        voice: { type: "azure-standard", name: "en-US-AvaNeural", temperature: 0.5 },
        turnDetection: { type: "server_vad", silenceDurationInMs: 500, prefixPaddingInMs: 200 },
        inputAudioSamplingRate: 16000,
        maxResponseOutputTokens: "inf",
      });
      const progress = observe(started);
      const c = await service.connection(0);
      assert.equal(c.query.get("model"), "gpt-realtime");
      const update = await c.frame("session.update");
      assert.equal(typeof update.event_id, "string");
      assert.deepEqual(update.session, {
        instructions: "be brief",
        voice: { type: "azure-standard", name: "en-US-AvaNeural", temperature: 0.5 },
        turn_detection: { type: "server_vad", silence_duration_ms: 500, prefix_padding_ms: 200 },
        input_audio_sampling_rate: 16000,
        max_response_output_tokens: "inf",
      });
      await turns(10);
      assert.equal(progress.settled, false, "startSession must wait for session.updated");
      c.send({ type: "session.updated", event_id: "srv_9", session: { id: "sess_1", instructions: "be brief" } });
      const session = track(await started);
      assert.equal(session.state, "connected");
      assert.deepEqual(c.frames.map((f) => f.type), ["session.update"]);
    });

    it("an error about an unrelated event does not fail startSession(RequestSession)", async () => {
      await start({ autoUpdate: false });
      const started = client().startSession({ model: "m", instructions: "x" });
      const progress = observe(started);
      const c = await service.connection(0);
      await c.frame("session.update");
      c.send({ type: "error", event_id: "srv_e", error: { type: "invalid_request_error", message: "about something else", event_id: "evt_other" } });
      await turns(10);
      assert.equal(progress.settled, false);
      c.send({ type: "session.updated", event_id: "srv_u", session: { id: "sess_1" } });
      track(await started);
    });

    /** A service that answers every session.update with an `error` naming the update's event_id. */
    async function refusingConfigService(): Promise<FakeService> {
      const s = await start({ autoUpdate: false });
      s.wss.on("connection", (ws) =>
        ws.on("message", (data) => {
          const m = JSON.parse(String(data)) as Frame;
          if (m.type === "session.update") {
            ws.send(JSON.stringify({ type: "error", event_id: "srv_e", error: { type: "invalid_request_error", code: "invalid_value", message: "voice not found", param: "session.voice", event_id: m.event_id } }));
          }
        }),
      );
      return s;
    }

    it("startSession(RequestSession) rejects with the service's VoiceLiveServerError when it refuses the config", async () => {
      await refusingConfigService();
      const error = await client()
        .startSession({ model: "gpt-realtime", voice: { type: "azure-standard", name: "nope" } })
        .then(
          () => assert.fail("startSession should reject"),
          (e: unknown) => e,
        );
      assert.ok(isVoiceLiveServerError(error), `expected a VoiceLiveServerError, got ${String(error)}`);
      assert.ok(error instanceof VoiceLiveServerError);
      const c = await service.connection(0);
      const update = await c.frame("session.update");
      assert.equal(error.code, "SERVER_ERROR");
      assert.equal(error.errorType, "invalid_request_error");
      assert.equal(error.serverCode, "invalid_value");
      assert.equal(error.param, "session.voice");
      assert.equal(error.causedByEventId, update.event_id);
      assert.equal(error.causedByEventType, "session.update");
      assert.match(error.message, /voice not found/);
      assert.equal((await c.closed).code, 1000);
    });

    it("createSession(RequestSession).connect() rejects with VoiceLiveServerError and ends closed when the config is refused", async () => {
      await refusingConfigService();
      const session = track(client().createSession({ model: "gpt-realtime", instructions: "x" }));
      await assert.rejects(session.connect(), (e: unknown) => isVoiceLiveServerError(e) && e.causedByEventType === "session.update");
      assert.equal(session.state, "closed");
    });

    it("a refused config closes the connection (1000) and the session ends closed", async () => {
      await refusingConfigService();
      const session = track(client().createSession({ model: "gpt-realtime", instructions: "x" }));
      await assert.rejects(session.connect(), (e: unknown) => e instanceof VoiceLiveError);
      assert.equal(session.state, "closed");
      const c = await service.connection(0);
      assert.ok(await c.frame("session.update"));
      assert.deepEqual(await c.closed, { code: 1000, reason: "the session config was not applied" });
      assert.equal(service.connections.length, 1);
    });

    it("startSession(RequestSession) rejects with TIMEOUT when session.updated never comes", async () => {
      await start({ autoUpdate: false });
      const error = await client()
        .startSession({ model: "m", instructions: "x" }, { timeoutInMs: 150 })
        .then(
          () => assert.fail("should reject"),
          (e: unknown) => e,
        );
      assert.ok(error instanceof VoiceLiveError);
      assert.equal(error.code, "TIMEOUT");
      const c = await service.connection(0);
      assert.ok(await c.frame("session.update"));
      await c.closed;
    });

    it("a connection dropped while the config is pending rejects with CONNECTION_CLOSED and the close code", async () => {
      await start({ autoUpdate: false });
      service.wss.on("connection", (ws) =>
        ws.on("message", (data) => {
          if ((JSON.parse(String(data)) as Frame).type === "session.update") ws.close(4002, "config crashed the worker");
        }),
      );
      const session = track(client().createSession({ model: "m", instructions: "x" }, { connectTimeoutInMs: 300 }));
      const error = await settledWithin(session.connect(), 1500).then(
        () => assert.fail("should reject"),
        (e: unknown) => e,
      );
      assert.ok(isVoiceLiveConnectionError(error), `expected a VoiceLiveConnectionError, got ${String(error)}`);
      assert.equal(error.code, "CONNECTION_CLOSED");
      assert.equal(error.closeCode, 4002);
      assert.equal(error.closeReason, "config crashed the worker");
      assert.equal(session.state, "closed");
    });

    it("close() while the config is pending aborts connect() with ABORTED and ends closed", async () => {
      await start({ autoUpdate: false });
      const session = track(client().createSession({ model: "m", instructions: "x" }));
      const connecting = session.connect();
      const c = await service.connection(0);
      await c.frame("session.update");
      await session.close();
      await assert.rejects(settledWithin(connecting, 1500), (e: unknown) => e instanceof VoiceLiveError && e.code === "ABORTED");
      assert.equal(session.state, "closed");
      assert.equal((await c.closed).code, 1000);
    });

    it("createSession returns an idle session and opens no connection", async () => {
      const c = client();
      const idle = track(c.createSession("gpt-realtime"));
      const idleAgent = track(c.createSession({ agent: { agentName: "a", projectName: "p" } }));
      const idleConfig = track(c.createSession({ model: "m", instructions: "hi" }));
      assert.equal(idle.state, "idle");
      assert.equal(idleAgent.state, "idle");
      assert.equal(idleConfig.state, "idle");
      // A session that does connect is the yardstick: when it is connected, the idle ones have had every chance.
      const live = track(await c.startSession("other-model"));
      assert.equal(live.state, "connected");
      assert.equal(service.tcpConnections, 1);
      assert.equal(service.connections.length, 1);
      assert.equal(service.connections[0].query.get("model"), "other-model");
      assert.equal(idle.state, "idle");
      // and it connects when asked
      await idle.connect();
      assert.equal(idle.state, "connected");
      assert.equal((await service.connection(1)).query.get("model"), "gpt-realtime");
    });

    it("refuses targets that name nothing", () => {
      const c = client();
      const invalid = (what: unknown) =>
        assert.throws(
          () => c.createSession(what as string),
          (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT",
        );
      invalid("");
      invalid({ model: "" });
      invalid({});
      invalid(null);
      invalid({ agent: { agentName: "a" } });
      invalid({ agent: { projectName: "p" } });
      invalid({ instructions: "no model" });
    });
  });

  describe("URL", () => {
    const target = { model: "gpt-realtime" };

    it("realtimeUrl: https → wss, /voice-live/realtime, api-version then model", () => {
      assert.equal(realtimeUrl(new URL("https://host/"), "2026-07-15", target).href, "wss://host/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime");
      assert.equal(realtimeUrl(new URL("https://host"), "2026-07-15", target).href, "wss://host/voice-live/realtime?api-version=2026-07-15&model=gpt-realtime");
    });

    it("realtimeUrl: keeps a path prefix and drops trailing slashes", () => {
      assert.equal(realtimeUrl(new URL("https://host/gw/"), "v", target).href, "wss://host/gw/voice-live/realtime?api-version=v&model=gpt-realtime");
      assert.equal(realtimeUrl(new URL("https://host/gw"), "v", target).href, "wss://host/gw/voice-live/realtime?api-version=v&model=gpt-realtime");
      assert.equal(realtimeUrl(new URL("https://host/a/b///"), "v", target).href, "wss://host/a/b/voice-live/realtime?api-version=v&model=gpt-realtime");
    });

    it("realtimeUrl: http → ws, wss stays, ports kept, a gateway's query kept, hash dropped, the realtime path not doubled", () => {
      assert.equal(realtimeUrl(new URL("http://127.0.0.1:8080/"), "v", target).href, "ws://127.0.0.1:8080/voice-live/realtime?api-version=v&model=gpt-realtime");
      assert.equal(realtimeUrl(new URL("wss://host:444/x?y=1#z"), "v", target).href, "wss://host:444/x/voice-live/realtime?y=1&api-version=v&model=gpt-realtime");
      assert.equal(realtimeUrl(new URL("https://host/gw/voice-live/realtime/"), "v", target).href, "wss://host/gw/voice-live/realtime?api-version=v&model=gpt-realtime");
    });

    it("realtimeUrl: encodes model and agent values", () => {
      const url = realtimeUrl(new URL("https://host"), "v", { model: "a b&c=d" });
      assert.equal(url.searchParams.get("model"), "a b&c=d");
      assert.equal(url.search, "?api-version=v&model=a+b%26c%3Dd");
    });

    it("the client exposes endpoint and apiVersion; the default api-version is 2026-07-15", () => {
      const c = new VoiceLiveClient("https://res.services.ai.azure.com/", new AzureKeyCredential(KEY));
      assert.equal(c.endpoint, "https://res.services.ai.azure.com/");
      assert.equal(c.apiVersion, "2026-07-15");
      const fromUrl = new VoiceLiveClient(new URL("https://res.services.ai.azure.com/gw"), new AzureKeyCredential(KEY), { apiVersion: "2025-10-01" });
      assert.equal(fromUrl.endpoint, "https://res.services.ai.azure.com/gw");
      assert.equal(fromUrl.apiVersion, "2025-10-01");
      assert.equal(fromUrl.createSession("m").apiVersion, "2025-10-01");
    });

    describe("against a server", () => {
      beforeEach(async () => {
        await start();
      });

      it("sends a custom apiVersion, and keeps a path prefix with trailing slashes", async () => {
        const c = new VoiceLiveClient(`${service.endpoint}/gw//`, new AzureKeyCredential(KEY), { apiVersion: "2025-10-01" });
        const session = track(await c.startSession("gpt-realtime"));
        assert.equal(session.apiVersion, "2025-10-01");
        assert.equal((await service.connection(0)).path, "/gw/voice-live/realtime?api-version=2025-10-01&model=gpt-realtime");
      });

      it("accepts ws:// to 127.0.0.1 and http:// to localhost", async () => {
        track(await new VoiceLiveClient(`ws://127.0.0.1:${service.port}`, new AzureKeyCredential(KEY)).startSession("m1"));
        track(await new VoiceLiveClient(`http://localhost:${service.port}/`, new AzureKeyCredential(KEY)).startSession("m2"));
        assert.deepEqual(
          service.connections.map((c) => c.query.get("model")),
          ["m1", "m2"],
        );
      });
    });

    it("accepts http:// to [::1] (connecting when IPv6 loopback is available)", async function () {
      assert.doesNotThrow(() => new VoiceLiveClient("http://[::1]:9/", new AzureKeyCredential(KEY)));
      assert.doesNotThrow(() => new VoiceLiveClient("ws://[::1]/", new AzureKeyCredential(KEY)));
      try {
        await start({ host: "::1" });
      } catch {
        this.skip();
      }
      track(await new VoiceLiveClient(service.endpoint, new AzureKeyCredential(KEY)).startSession("m6"));
      assert.equal((await service.connection(0)).query.get("model"), "m6");
    });

    it("accepts plaintext to other loopback forms: 127.x.y.z and LOCALHOST", () => {
      assert.doesNotThrow(() => new VoiceLiveClient("http://127.1.2.3:1/", new AzureKeyCredential(KEY)));
      assert.doesNotThrow(() => new VoiceLiveClient("http://LOCALHOST:1/", new AzureKeyCredential(KEY)));
    });

    it("refuses plaintext to anything else with INVALID_ARGUMENT", () => {
      for (const endpoint of ["http://example.com", "ws://example.com/", "http://10.0.0.1:8080", "http://127.0.0.1.example.com/", "http://[::2]/", "http://localhost.example.com", "http://svc.localhost/"]) {
        assert.throws(
          () => new VoiceLiveClient(endpoint, new AzureKeyCredential(KEY)),
          (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT" && /plaintext/.test(e.message),
          endpoint,
        );
      }
    });

    it("refuses invalid endpoints with INVALID_ARGUMENT", () => {
      for (const endpoint of ["", "not a url", "res.services.ai.azure.com", "ftp://host/", "file:///etc/passwd", "https://user:pass@host/", "https://user@host/"]) {
        assert.throws(
          () => new VoiceLiveClient(endpoint, new AzureKeyCredential(KEY)),
          (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT" && !/plaintext/.test(e.message),
          endpoint,
        );
      }
    });

    it("refuses a missing credential with INVALID_ARGUMENT", () => {
      for (const credential of [undefined, null, "key-as-string"]) {
        assert.throws(
          () => new VoiceLiveClient("https://host", credential as unknown as AzureKeyCredential),
          (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT",
        );
      }
    });
  });
});
