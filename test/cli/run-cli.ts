/** Runs the `ai-voicelive` command of this checkout in a child process, as a user would, and says how it ended. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const bin = fileURLToPath(new URL("../../src/cli/bin.mjs", import.meta.url));

export interface CliRun {
  /** The exit code; null when the process had to be killed because it did not end in time. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** How long it ran, in milliseconds. */
  ms: number;
}

/** Runs the command with `args`; a process still running after `timeoutMs` is killed and reported with `code: null`. */
export function runCli(args: string[], options: { timeoutMs?: number; stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => void (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => void (stderr += d.toString()));
  child.stdin.on("error", () => {});
  child.stdin.end(options.stdin ?? "");
  return new Promise((resolve) => {
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 20_000);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code: killed ? null : code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** The last line a failed run printed to stderr: the one-line message. */
export function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1) ?? "";
}
