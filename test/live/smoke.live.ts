/**
 * `npm run test:live`: a short conversation with a real Voice Live endpoint. Not part of `npm test`.
 *
 *   AZURE_VOICELIVE_ENDPOINT=https://<resource>.services.ai.azure.com \
 *   AZURE_VOICELIVE_API_KEY=<key>            # or sign in for DefaultAzureCredential
 *   AZURE_VOICELIVE_MODEL=gpt-realtime        # optional
 *   npm run test:live
 *
 * Without AZURE_VOICELIVE_ENDPOINT the test is skipped.
 */
import assert from "node:assert/strict";
import { DefaultAzureCredential } from "@azure/identity";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type ServerEventResponseDone } from "../../src/index.js";

describe("live Voice Live endpoint", function () {
  this.timeout(60_000);
  const endpoint = process.env.AZURE_VOICELIVE_ENDPOINT;

  before(function () {
    if (!endpoint) {
      console.log("    (skipped: set AZURE_VOICELIVE_ENDPOINT, and AZURE_VOICELIVE_API_KEY or an Entra sign-in, to run)");
      this.skip();
    }
  });

  it("holds a short text-in, audio-out conversation", async () => {
    const key = process.env.AZURE_VOICELIVE_API_KEY;
    const client = new VoiceLiveClient(endpoint!, key ? new AzureKeyCredential(key) : new DefaultAzureCredential(), {
      apiVersion: process.env.AZURE_VOICELIVE_API_VERSION,
    });
    const session = await client.startSession({
      model: process.env.AZURE_VOICELIVE_MODEL ?? "gpt-realtime",
      instructions: "Answer in at most five words.",
      modalities: ["text", "audio"],
    });
    try {
      let audioBytes = 0;
      const errors: string[] = [];
      session.subscribe({
        onResponseAudioDelta: (e) => void (audioBytes += e.delta.byteLength),
        onServerError: (e) => void errors.push(e.error.message),
        onError: (e) => void errors.push(e.message),
      });
      await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Say hello." }] });
      const done = session.waitFor("response.done", { timeoutInMs: 45_000 });
      await session.createResponse();
      const response: ServerEventResponseDone = await done;
      assert.deepEqual(errors, []);
      assert.equal(response.response.status, "completed");
      assert.ok(audioBytes > 0, "some audio came back");
    } finally {
      await session.close();
    }
  });
});
