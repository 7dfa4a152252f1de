/**
 * How the command fails: with one line on stderr and an exit code, never a stack trace. A
 * `UsageError` (exit 2) is a command line the command does not take; a `CliError` (exit 1 unless
 * said) is anything that went wrong while running it. They are recognised by `name`, not
 * `instanceof`, so that a copy of this module loaded twice (a test runner's loader) still counts.
 */

/** Something went wrong while running a command. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The command line is wrong: exit code 2, with a pointer to the command's `--help`. */
export class UsageError extends CliError {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(message, 2);
    this.name = "UsageError";
  }
}

export function isCliError(e: unknown): e is CliError {
  return e instanceof Error && (e.name === "CliError" || e.name === "UsageError") && typeof (e as CliError).exitCode === "number";
}

/** The one line to print for any error: ours as they are, anything else by its message's first line. */
export function oneLine(e: unknown): string {
  if (isCliError(e) && e.name === "UsageError") {
    const command = (e as UsageError).command;
    return `${e.message} (see ai-voicelive ${command === "converse" ? "" : `${command} `}--help)`;
  }
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0];
}
