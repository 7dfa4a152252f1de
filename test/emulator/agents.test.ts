/**
 * The agent registry: known agents open sessions, unknown agents and projects are refused with an
 * `error` event and a closed connection (src/emulator/agents.ts says which sources that follows).
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, VoiceLiveConnectionError } from "../../src/index.js";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import { connect, open } from "./helpers.js";

describe("emulator: agent registry", () => {
  let emulator: VoiceLiveEmulator;
  before(async () => {
    emulator = await startEmulator({ agents: [{ projectName: "proj", agentName: "helper", versions: ["1", "2"], description: "Answers questions" }] });
  });
  after(() => emulator.close());

  it("opens a session for a known agent, with the registry's description", async () => {
    const c = await connect(emulator, { query: "api-version=2026-07-15&agent-name=helper&agent-project-name=proj&agent-version=2" });
    const created = await c.nextWire("session.created");
    const agent = (created.session as { agent: Record<string, unknown> }).agent;
    assert.deepEqual([agent.name, agent.description, agent.agent_id], ["helper", "Answers questions", "helper:2"]);
    await c.close();
  });

  for (const [what, query, pattern] of [
    ["agent", "agent-name=nobody&agent-project-name=proj", /agent "nobody" was not found in the project "proj"/],
    ["project", "agent-name=helper&agent-project-name=elsewhere", /project "elsewhere" was not found/],
    ["version", "agent-name=helper&agent-project-name=proj&agent-version=9", /no version "9"/],
  ] as const) {
    it(`refuses an unknown ${what}: an error event, then the connection closes without session.created`, async () => {
      const c = await connect(emulator, { query: `api-version=2026-07-15&${query}` });
      const { code } = await c.closed;
      assert.equal(code, 1008);
      assert.deepEqual(c.types, ["error"]);
      const error = c.frames[0].error as Record<string, unknown>;
      assert.deepEqual([error.type, error.code, error.event_id], ["invalid_request_error", "invalid_request_error", null]);
      assert.match(String(error.message), pattern);
    });
  }

  it("the SDK's startSession rejects for an unknown agent, and its handlers see the error", async () => {
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
    const errors: string[] = [];
    const failure = await client.startSession({ agent: { agentName: "nobody", projectName: "proj" } }, { sessionHandlers: { onServerError: (e) => void errors.push(e.error.message) } }).then(
      () => assert.fail("the session opened"),
      (e: unknown) => e,
    );
    assert.ok(failure instanceof VoiceLiveConnectionError, String(failure));
    assert.equal(failure.closeCode, 1008);
    assert.equal(errors.length, 1);
  });

  it("without a registry, every agent exists", async () => {
    const open_ = await startEmulator();
    try {
      const c = await open(open_, { query: "api-version=2026-07-15&agent-name=anyone&agent-project-name=anywhere" });
      await c.close();
    } finally {
      await open_.close();
    }
  });
});
