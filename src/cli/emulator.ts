/**
 * `ai-voicelive emulator`: the local Voice Live emulator as a command, for users' own tests and apps.
 * It runs until Ctrl+C (or SIGTERM), then closes its sessions and exits 0. With `--verbose` it logs
 * each handshake (a refusal with its HTTP status and why), each session's opening and closing, and
 * every event in (←) and out (→).
 */
import { helpText, parseCommand } from "./args.js";
import { emulatorCommand } from "./commands.js";
import { CliError, UsageError } from "./failure.js";
import type { Io } from "./io.js";

export async function runEmulator(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommand(emulatorCommand, argv);
  if (values.help) {
    io.stdout.write(helpText(emulatorCommand));
    return 0;
  }
  const portText = values.port ?? "8080";
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError("emulator", `--port must be a whole number from 0 to 65535 (got ${JSON.stringify(portText)})`);
  const host = values.host ?? "127.0.0.1";
  if (!host) throw new UsageError("emulator", "--host must not be empty");

  const { startEmulator } = await import("../emulator/index.js");
  const started = performance.now();
  const log = values.verbose ? (line: string) => void io.stdout.write(`[+${((performance.now() - started) / 1000).toFixed(3)} s] ${line}\n`) : undefined;
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({ host, port, apiKey: values["api-key"], realtimePacing: values.pace, log });
  } catch (e) {
    throw new CliError(listenFailure(e as NodeJS.ErrnoException, host, port));
  }
  io.stdout.write(`Voice Live emulator listening at ${emulator.url} (endpoint for the SDK; ${values["api-key"] ? "api-key required" : "no auth"}). Ctrl+C stops it.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void emulator.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}

/** Why the server could not listen, in one line with what to do. */
function listenFailure(e: NodeJS.ErrnoException, host: string, port: number): string {
  switch (e.code) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is already in use: stop what uses it, or choose another with --port (0 picks a free one)`;
    case "EACCES":
      return `not allowed to listen on port ${port}: ports below 1024 need privileges; choose another with --port`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot listen on --host ${host}: it is not an address of this machine`;
    default:
      return `cannot listen on ${host}:${port}: ${e.message}`;
  }
}
