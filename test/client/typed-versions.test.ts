/**
 * Sessions typed by their api-version: a `v1` client gives sessions whose handlers, `events()`,
 * `waitFor` and send methods take v1's events and settings, and a dated session keeps the types it
 * always had. `npm run typecheck` checks the compile-time half (the `Equal` checks and the
 * `@ts-expect-error` lines); the run checks that the same calls behave.
 */
import assert from "node:assert/strict";
import { AzureKeyCredential } from "@azure/core-auth";
import { startEmulator, type VoiceLiveEmulator } from "../../src/emulator/index.js";
import {
  VoiceLiveClient,
  isVoiceLiveError,
  latestApiVersion,
  type ServerEventResponseAudioDelta,
  type ServerEventResponseOutputAudioDelta,
  type VoiceLiveSession,
} from "../../src/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when its argument type is `true`. */
const expectType = <T extends true>(): T | void => undefined;

describe("sessions typed by api-version", () => {
  let emulator: VoiceLiveEmulator;
  beforeEach(async () => {
    emulator = await startEmulator();
  });
  afterEach(() => emulator.close());

  it("a v1 session narrows v1's events and refuses the dated-only ones and settings at compile time", async () => {
    const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: "v1" });
    const session = await client.startSession("gpt-realtime");
    expectType<Equal<typeof session, VoiceLiveSession<"v1">>>();

    const deltas: ServerEventResponseOutputAudioDelta[] = [];
    session.subscribe({
      onResponseOutputAudioDelta: (e) => {
        expectType<Equal<typeof e, ServerEventResponseOutputAudioDelta>>();
        deltas.push(e);
      },
    });
    // @ts-expect-error: v1 sends response.output_audio.delta, so a v1 session has no onResponseAudioDelta
    session.subscribe({ onResponseAudioDelta: () => {} });
    type V1Event = typeof session extends { events(): AsyncIterableIterator<infer E> } ? E : never;
    expectType<Equal<Extract<V1Event, { type: "response.audio.delta" }>, never>>();
    expectType<Equal<Extract<V1Event, { type: "response.output_audio.delta" }>, ServerEventResponseOutputAudioDelta>>();

    const audio = session.waitFor("response.output_audio.delta", { timeoutInMs: 5000 });
    expectType<Equal<Awaited<typeof audio>, ServerEventResponseOutputAudioDelta>>();
    // @ts-expect-error: not an event of v1
    const never = session.waitFor("response.audio.delta", { timeoutInMs: 1 });
    await assert.rejects(never, (e: unknown) => isVoiceLiveError(e) && e.code === "TIMEOUT");

    // @ts-expect-error: a dated-only setting; v1 keeps the voice at audio.output.voice
    await assert.rejects(session.updateSession({ voice: "alloy" }), (e: unknown) => isVoiceLiveError(e) && e.code === "VALIDATION_FAILED");
    await session.updateSession({ outputModalities: ["audio"], audio: { output: { voice: "alloy" } } });
    // @ts-expect-error: modalities is output_modalities in v1
    await assert.rejects(session.createResponse({ modalities: ["text"] }), (e: unknown) => isVoiceLiveError(e) && e.code === "VALIDATION_FAILED");

    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hello" }] });
    await session.createResponse({ outputModalities: ["audio"] });
    assert.ok((await audio).delta.byteLength > 0);
    assert.ok(deltas.length > 0);
    await session.close();
  });

  it("a dated session keeps every version's types, whether its version is the default, a literal or a string", async () => {
    const byDefault = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
    const literal = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: "2026-07-15" });
    const fromConfig = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"), { apiVersion: latestApiVersion as string });
    const sessions = [await byDefault.startSession("gpt-realtime"), await literal.startSession("gpt-realtime"), await fromConfig.startSession("gpt-realtime")];
    const [session] = sessions;
    expectType<Equal<typeof session, VoiceLiveSession>>();
    const audio = session.waitFor("response.audio.delta", { timeoutInMs: 5000 });
    expectType<Equal<Awaited<typeof audio>, ServerEventResponseAudioDelta>>();
    session.subscribe({ onResponseAudioDelta: () => {}, onResponseOutputAudioDelta: () => {} });
    await session.updateSession({ voice: "alloy", modalities: ["text", "audio"] });
    await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hello" }] });
    await session.createResponse();
    assert.ok((await audio).delta.byteLength > 0);
    await Promise.all(sessions.map((s) => s.close()));
  });
});
