/** `ai-voicelive emulator`: the emulator as a command, for users' own tests. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "../../src/index.js";

const bin = fileURLToPath(new URL("../../src/cli/bin.mjs", import.meta.url));

describe("ai-voicelive emulator", () => {
  it("listens on the given port, serves sessions, and stops cleanly on SIGINT", async function () {
    this.timeout(30_000);
    const child = spawn(process.execPath, [bin, "emulator", "--port", "0", "--api-key", "cli-key"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once("exit", (code) => reject(new Error(`exited early (${code}): ${out}`)));
      });
      const session = await new VoiceLiveClient(url, new AzureKeyCredential("cli-key")).startSession("gpt-realtime");
      await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "ping" }] });
      const done = session.waitFor("response.audio_transcript.done");
      await session.createResponse();
      assert.equal((await done).transcript, "You said: ping");
      await session.close();
      await assert.rejects(new VoiceLiveClient(url, new AzureKeyCredential("wrong")).startSession("gpt-realtime"), /401/);
      child.kill("SIGINT");
      const [code] = await once(child, "exit");
      assert.equal(code, 0);
    } finally {
      child.kill();
    }
  });
});
