/**
 * A child process of the audio bridge (sox, ffmpeg, or a `command` of the caller's): spawned with
 * its stderr kept (the last lines say why a device failed), and its end turned into one settled
 * promise, so that the player and the recorder never see an unhandled `error` event. Node only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { VoiceLiveError } from "../errors.js";

/** How much of the process's stderr is kept for the error message. */
const STDERR_KEPT = 2048;

export interface ToolProcess {
  readonly child: ChildProcess;
  /** Settles when the process has ended: undefined when it ended well or was stopped, else the error. */
  readonly ended: Promise<VoiceLiveError | undefined>;
  /** Ends the process; what it prints afterwards no longer counts as a failure. */
  stop(): void;
}

/** Checks a `command` option: a non-empty array of strings (the program, then its arguments). */
export function checkCommand(command: unknown, where: string): readonly string[] | undefined {
  if (command === undefined) return undefined;
  if (!Array.isArray(command) || command.length === 0 || !command.every((a) => typeof a === "string") || !command[0]) {
    throw new VoiceLiveError("INVALID_ARGUMENT", `${where}: command must be a non-empty array of strings, the program then its arguments, such as ["sox", "-q", ...]`);
  }
  return command;
}

export function startTool(argv: readonly string[], stdio: "play" | "record"): ToolProcess {
  const child = spawn(argv[0], argv.slice(1), {
    stdio: stdio === "play" ? ["pipe", "ignore", "pipe"] : ["ignore", "pipe", "pipe"],
    windowsHide: true,
  });
  let stopped = false;
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (d: string) => void (stderr = (stderr + d).slice(-STDERR_KEPT)));
  // A pipe closed by the process (it exited, or was stopped) is reported by `ended`, not by a write error.
  child.stdin?.on("error", () => {});
  const name = argv.join(" ");
  const ended = new Promise<VoiceLiveError | undefined>((resolve) => {
    child.once("error", (e: NodeJS.ErrnoException) => {
      resolve(
        new VoiceLiveError(
          e.code === "ENOENT" ? "INVALID_ARGUMENT" : "INVALID_STATE",
          e.code === "ENOENT" ? `the audio command ${JSON.stringify(argv[0])} was not found: install it, or pass another \`command\`` : `the audio command ${name} could not start: ${e.message}`,
          { cause: e },
        ),
      );
    });
    child.once("close", (code, signal) => {
      if (stopped || code === 0) return resolve(undefined);
      const why = signal ? `was ended by ${signal}` : `exited with code ${code}`;
      const said = stderr.trim().split("\n").slice(-3).join(" | ");
      resolve(new VoiceLiveError("INVALID_STATE", `the audio command ${name} ${why}${said ? `: ${said}` : ""}`));
    });
  });
  return {
    child,
    ended,
    stop() {
      stopped = true;
      child.stdin?.destroy();
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    },
  };
}
