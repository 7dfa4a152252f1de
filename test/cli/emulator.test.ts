/** `ai-voicelive emulator`: the emulator as a command, for users' own tests. */
import assert from "node:assert/strict";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient } from "../../src/index.js";
import { bin, lastLine, runCli } from "./run-cli.js";

/** Starts the command; resolves with the process and its URL once it listens. */
async function startCommand(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const child = spawn(process.execPath, [bin, "emulator", ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => void (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => void (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      const m = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`exited early (${code}): ${out}`)));
  });
  return { child, url, output: () => out };
}

describe("ai-voicelive emulator", function () {
  this.timeout(30_000);

  it("listens on the given port, serves sessions, and stops cleanly on SIGINT", async () => {
    const { child, url } = await startCommand(["--port", "0", "--api-key", "cli-key"]);
    try {
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

  it("--verbose logs handshakes, a refusal with its status and reason, and events in and out", async () => {
    const { child, url, output } = await startCommand(["--port", "0", "--api-key", "cli-key", "--verbose"]);
    try {
      await assert.rejects(new VoiceLiveClient(url, new AzureKeyCredential("wrong")).startSession("gpt-realtime"), /401/);
      const session = await new VoiceLiveClient(url, new AzureKeyCredential("cli-key")).startSession("gpt-realtime");
      await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "ping" }] });
      await session.close();
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      assert.equal(code, 0);
      const log = output();
      assert.match(log, /\[\+\d+\.\d{3} s\] handshake refused with 401.*invalid key/);
      assert.ok(!log.includes("wrong"), "the key is never logged");
      assert.match(log, /sess_\S+ opened \(model gpt-realtime/);
      assert.match(log, /sess_\S+ ← conversation\.item\.create/);
      assert.match(log, /sess_\S+ → conversation\.item\.created/);
      assert.match(log, /sess_\S+ closed \(1000/);
    } finally {
      child.kill();
    }
  });

  it("says in one line what is wrong with a bad port, a busy port, and options it does not take", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      for (const [args, code, pattern] of [
        [["--port", "abc"], 2, /--port must be a whole number from 0 to 65535 \(got "abc"\)/],
        [["--port", "70000"], 2, /--port must be a whole number from 0 to 65535/],
        [["--port", String(port)], 1, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use: stop what uses it, or choose another with --port`)],
        [["--quiet"], 2, /unknown option --quiet for emulator/],
        [["extra"], 2, /unexpected argument "extra"/],
      ] as const) {
        const run = await runCli(["emulator", ...args], { timeoutMs: 10_000 });
        assert.equal(run.code, code, `${args.join(" ")}: ${run.stdout}${run.stderr}`);
        assert.match(lastLine(run.stderr), pattern);
        assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
      }
    } finally {
      busy.close();
    }
  });
});
