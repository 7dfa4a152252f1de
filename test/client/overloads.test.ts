/**
 * The `createSession` / `startSession` shapes of `@azure/ai-voicelive`: a value typed `RequestSession`
 * (whose `model` is optional) is accepted, `CreateSessionOptions` is exported, and
 * `StartSessionOptions.sessionHandlers` are subscribed before connecting. `npm run typecheck` checks
 * the compile-time half of this file (the typed values and the `@ts-expect-error` lines).
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import {
  VoiceLiveClient,
  VoiceLiveError,
  type CreateSessionOptions,
  type RequestSession,
  type RequestSessionWithModel,
  type SessionTarget,
  type StartSessionOptions,
  type VoiceLiveSession,
  type VoiceLiveSessionHandlers,
} from "../../src/index.js";
import { FakeService, turns } from "./server.js";

describe("VoiceLiveClient createSession / startSession shapes", () => {
  let service: FakeService;
  let client: VoiceLiveClient;
  const sessions: VoiceLiveSession[] = [];
  const track = (s: VoiceLiveSession) => (sessions.push(s), s);

  beforeEach(async () => {
    service = await FakeService.start();
    client = new VoiceLiveClient(service.endpoint, new AzureKeyCredential("k"));
  });

  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
    await service.close();
  });

  describe("types", () => {
    it("a value typed RequestSession, CreateSessionOptions and StartSessionOptions compile, as do the earlier overloads", async () => {
      const config: RequestSession = { model: "gpt-realtime", instructions: "be brief" };
      const createOptions: CreateSessionOptions = { validation: "off", connectTimeoutInMs: 5_000 };
      const startOptions: StartSessionOptions = { ...createOptions, timeoutInMs: 5_000, sessionHandlers: { onSessionCreated: () => {} } };
      const withModel: RequestSessionWithModel = { model: "gpt-realtime", instructions: "x" };
      const target: SessionTarget = { model: "gpt-realtime" };
      const created: VoiceLiveSession[] = [
        client.createSession(config),
        client.createSession(config, createOptions),
        client.createSession(withModel),
        client.createSession(target),
        client.createSession("gpt-realtime", createOptions),
        client.createSession({ agent: { agentName: "a", projectName: "p" } }),
      ];
      sessions.push(...created);
      assert.ok(created.every((s) => s.state === "idle"));
      track(await client.startSession(config, startOptions));
      // @ts-expect-error a number names no model
      assert.throws(() => client.createSession(42));
      // @ts-expect-error sessionHandlers belong to startSession, which connects: createSession does not subscribe
      track(client.createSession("m", { sessionHandlers: {} }));
    });
  });

  describe("a RequestSession", () => {
    it("with a model: connects to it and sends the rest with session.update", async () => {
      const config: RequestSession = { model: "gpt-realtime", instructions: "be brief" };
      const session = track(await client.startSession(config));
      assert.equal(session.state, "connected");
      const c = await service.connection(0);
      assert.equal(c.query.get("model"), "gpt-realtime");
      assert.deepEqual((await c.frame("session.update")).session, { instructions: "be brief" });
    });

    it("without a model: createSession throws INVALID_ARGUMENT saying to add model", () => {
      const config: RequestSession = { instructions: "be brief", voice: { type: "azure-standard", name: "en-US-AvaNeural" } };
      assert.throws(
        () => client.createSession(config),
        (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT" && /^createSession: the RequestSession has no model\. Add model/.test(e.message),
      );
    });

    it("without a model: startSession rejects (does not throw) with INVALID_ARGUMENT, and opens no connection", async () => {
      const config: RequestSession = { instructions: "be brief" };
      let started: Promise<VoiceLiveSession> | undefined;
      assert.doesNotThrow(() => (started = client.startSession(config)));
      await assert.rejects(started!, (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT" && /^startSession: the RequestSession has no model/.test(e.message));
      await turns(5);
      assert.equal(service.tcpConnections, 0);
    });

    it("with a model that is not a string: INVALID_ARGUMENT naming model", () => {
      assert.throws(
        () => client.createSession({ model: 42, instructions: "x" } as unknown as RequestSession),
        (e: unknown) => e instanceof VoiceLiveError && e.code === "INVALID_ARGUMENT" && /model must be a string .* not number/.test(e.message),
      );
    });
  });

  describe("StartSessionOptions.sessionHandlers", () => {
    /** Handlers that log what they see, and the log. */
    const recording = () => {
      const log: string[] = [];
      const handlers: VoiceLiveSessionHandlers = {
        onSessionCreated: (e) => void log.push(`created ${e.session?.id}`),
        onConnected: () => void log.push("connected"),
        onSessionUpdated: () => void log.push("updated"),
      };
      return { log, handlers };
    };

    it("are subscribed before connecting: they see session.created and onConnected", async () => {
      const { log, handlers } = recording();
      const session = track(await client.startSession("gpt-realtime", { sessionHandlers: handlers }));
      await turns(5);
      assert.deepEqual(log, ["created sess_1", "connected"]);
      // a later subscriber is not the first one, so the events before it are not replayed to it
      const later: string[] = [];
      session.subscribe({ onSessionCreated: () => void later.push("created") });
      await turns(5);
      assert.deepEqual(later, []);
    });

    it("with a RequestSession: they see session.created before session.updated, by the time startSession resolves", async () => {
      const { log, handlers } = recording();
      track(await client.startSession({ model: "gpt-realtime", instructions: "x" }, { sessionHandlers: handlers, timeoutInMs: 5_000 }));
      assert.deepEqual(log.slice(0, 2), ["created sess_1", "connected"]);
      await turns(5);
      assert.deepEqual(log, ["created sess_1", "connected", "updated"]);
    });

    it("connect options still apply beside them; a session that never connects gives them nothing to see", async () => {
      const slow = await FakeService.start({ sendCreated: false });
      try {
        const { log, handlers } = recording();
        const c = new VoiceLiveClient(slow.endpoint, new AzureKeyCredential("k"));
        await assert.rejects(c.startSession("m", { sessionHandlers: handlers, timeoutInMs: 100 }), (e: unknown) => e instanceof VoiceLiveError && e.code === "TIMEOUT");
        assert.deepEqual(log, []);
      } finally {
        await slow.close();
      }
    });
  });
});
