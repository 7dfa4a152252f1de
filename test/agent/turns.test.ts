/**
 * Turn-taking against the emulator, over real sockets through a wire tap: a queued createResponse
 * is sent once the active response is done; refuse mode sends nothing; cancel_previous is on the
 * wire in every mode; a race with a response of server VAD is retried once, then reported.
 */
import assert from "node:assert/strict";
import { TurnTaker } from "../../src/agent/turns.js";
import type { Responder } from "../../src/emulator/index.js";
import { isVoiceLiveError, isVoiceLiveServerError } from "../../src/errors.js";
import { runCleanup, sleep, speechThenSilence, startRig, wireOrder } from "./turns-setup.js";

/** A model that takes `ms` to answer, so that each response stays active that long. */
const slow =
  (ms: number): Responder =>
  async () => {
    await sleep(ms);
    return { text: "ok" };
  };
const noVad = { turnDetection: null, modalities: ["text" as const] };
const responseEvents = (t: string) => t === "response.create" || t === "response.created" || t === "response.done" || t === "error";

describe("agent: turn-taking", () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(() => runCleanup(cleanup));

  it("queues a createResponse while a response is active, and sends it once that response is done", async () => {
    const { tap, session } = await startRig({ responder: slow(200) }, noVad, cleanup);
    const turns = new TurnTaker(session, { whileActive: "queue" });
    const created = session.waitFor("response.created");
    const first = turns.createResponse();
    await created;
    assert.equal(turns.isActive, true);
    const second = turns.createResponse({ instructions: "second" });
    await sleep(20);
    assert.equal(turns.queued, 1, "the second call waits");
    assert.equal(tap.sent("response.create").length, 1, "nothing more was sent while the first response was active");
    const [a, b] = await Promise.all([first, second]);
    assert.deepEqual([a.response.status, b.response.status], ["completed", "completed"]);
    assert.notEqual(a.response.id, b.response.id);
    assert.deepEqual(wireOrder(tap, responseEvents), [
      "out:response.create",
      "in:response.created",
      "in:response.done",
      "out:response.create",
      "in:response.created",
      "in:response.done",
    ]);
    const sent = tap.sent("response.create").map((e) => e.response as Record<string, unknown>);
    assert.deepEqual(
      sent.map((r) => r.cancel_previous),
      [false, false],
      "queue mode says cancel_previous: false on the wire",
    );
    assert.equal(sent[1].instructions, "second");
    assert.equal(turns.isActive, false);
    turns.close();
  });

  it("refuses a createResponse while a response is active with RESPONSE_IN_PROGRESS, and sends nothing", async () => {
    const { tap, session } = await startRig({ responder: slow(200) }, noVad, cleanup);
    const turns = new TurnTaker(session, { whileActive: "refuse" });
    const first = turns.createResponse();
    // Refused as soon as it is asked for, even before response.created: the first is not answered yet.
    await assert.rejects(turns.createResponse(), (e: unknown) => isVoiceLiveError(e) && e.code === "RESPONSE_IN_PROGRESS");
    await session.waitFor("response.created", { includeLatest: true });
    await assert.rejects(turns.createResponse(), (e: unknown) => isVoiceLiveError(e) && e.code === "RESPONSE_IN_PROGRESS");
    assert.equal((await first).response.status, "completed");
    assert.deepEqual(
      tap.sent("response.create").map((e) => (e.response as Record<string, unknown>).cancel_previous),
      [false],
      "one response.create, with cancel_previous: false",
    );
    // Once the response is done, a new one is sent.
    assert.equal((await turns.createResponse()).response.status, "completed");
    assert.equal(tap.sent("response.create").length, 2);
    turns.close();
  });

  it("sends at once with cancel_previous: true in cancelPrevious mode: the active response is cancelled", async () => {
    const { tap, session } = await startRig({ responder: slow(300) }, noVad, cleanup);
    const turns = new TurnTaker(session, { whileActive: "cancelPrevious" });
    const created = session.waitFor("response.created");
    const first = turns.createResponse();
    await created;
    const second = turns.createResponse();
    const [a, b] = await Promise.all([first, second]);
    assert.equal(a.response.status, "cancelled");
    assert.equal(b.response.status, "completed");
    assert.deepEqual(
      tap.sent("response.create").map((e) => (e.response as Record<string, unknown>).cancel_previous),
      [true, true],
    );
    assert.deepEqual(wireOrder(tap, responseEvents), ["out:response.create", "in:response.created", "out:response.create", "in:response.done", "in:response.created", "in:response.done"]);
    turns.close();
  });

  it("overrides the mode per call, and overrides a cancelPrevious given in the response settings", async () => {
    const { tap, session } = await startRig({ responder: slow(200) }, noVad, cleanup);
    const turns = new TurnTaker(session, { whileActive: "queue" });
    const created = session.waitFor("response.created");
    const first = turns.createResponse({ cancelPrevious: true });
    await created;
    await assert.rejects(turns.createResponse(undefined, { whileActive: "refuse" }), /RESPONSE_IN_PROGRESS|a response is active/);
    await first;
    assert.deepEqual(
      tap.sent("response.create").map((e) => (e.response as Record<string, unknown>).cancel_previous),
      [false],
    );
    turns.close();
  });

  it("retries once after a response of server VAD that won the race, then reports a second loss", async () => {
    // Server VAD on: the emulator commits the turn and starts its own response as the audio arrives,
    // before it reads the response.create sent right behind it.
    const { tap, session } = await startRig({ responder: slow(150) }, { modalities: ["text"], turnDetection: { type: "server_vad" } }, cleanup);
    const turns = new TurnTaker(session);
    const vadDone = session.waitFor("response.done");
    void session.sendAudio(speechThenSilence(400, 700));
    const mine = turns.createResponse();
    const vad = await vadDone;
    const done = await mine;
    assert.equal(done.response.status, "completed");
    assert.notEqual(done.response.id, vad.response.id, "resolved with its own response, not the VAD one");
    const errors = tap.frames.filter((f) => f.direction === "in" && f.event.type === "error").map((f) => (f.event.error as Record<string, unknown>).code);
    assert.deepEqual(errors, ["conversation_already_has_active_response"]);
    assert.deepEqual(wireOrder(tap, responseEvents), [
      "out:response.create",
      "in:response.created",
      "in:error",
      "in:response.done",
      "out:response.create",
      "in:response.created",
      "in:response.done",
    ]);

    // A second loss: the retry races another turn of the user, sent as the VAD response ends.
    const ahead = session.subscribe({
      onResponseDone: () => {
        if (!retrying) return;
        retrying = false;
        void session.sendAudio(speechThenSilence(400, 700));
      },
    });
    let retrying = false;
    const turns2 = new TurnTaker(session);
    void session.sendAudio(speechThenSilence(400, 700));
    retrying = true;
    const lost = turns2.createResponse();
    await assert.rejects(lost, (e: unknown) => isVoiceLiveServerError(e) && e.serverCode === "conversation_already_has_active_response");
    ahead.close();
    turns.close();
    turns2.close();
  });
});
