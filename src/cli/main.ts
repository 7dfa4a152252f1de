/**
 * The `ai-voicelive` command: picks the subcommand, runs it, and turns any failure into one line on
 * stderr and an exit code (2 for a command line it does not take, 1 for anything else).
 *
 *   ai-voicelive [converse] [options]        a voice conversation (with the local emulator by default)
 *   ai-voicelive emulator [options]          the local emulator, until Ctrl+C
 *   ai-voicelive validate FILE.jsonl... | -  schema conformance of wire frames
 *
 * Each subcommand reads its own options (src/cli/args.ts) and prints them with --help.
 */
import { converseCommand, emulatorCommand, validateCommand } from "./commands.js";
import { CliError, isCliError, oneLine } from "./failure.js";
import { processIo, type Io } from "./io.js";

// Each command is loaded when it runs: the emulator need not load the validators, nor validate the SDK.
const COMMANDS = {
  converse: { spec: converseCommand, run: async (argv: string[], io: Io) => (await import("./converse.js")).runConverse(argv, io) },
  emulator: { spec: emulatorCommand, run: async (argv: string[], io: Io) => (await import("./emulator.js")).runEmulator(argv, io) },
  validate: { spec: validateCommand, run: async (argv: string[], io: Io) => (await import("./validate.js")).runValidate(argv, io) },
} as const;

const OVERVIEW = `usage: ai-voicelive [command] [options]

commands:
${Object.values(COMMANDS)
  .map(({ spec }) => `  ai-voicelive ${spec.usage.padEnd(34)} ${spec.brief}`)
  .join("\n")}

Without a command, ai-voicelive converses. ai-voicelive COMMAND --help lists a command's options.
`;

/** Runs the command line `argv` (without `node` and the script); resolves with the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h")) {
      io.stdout.write(OVERVIEW);
      return 0;
    }
    const first = argv[0];
    if (first !== undefined && !first.startsWith("-") && !(first in COMMANDS)) {
      throw new CliError(`unknown command ${JSON.stringify(first)}: use ${Object.keys(COMMANDS).join(", ")} (see ai-voicelive --help)`, 2);
    }
    const name = (first in COMMANDS ? first : "converse") as keyof typeof COMMANDS;
    return await COMMANDS[name].run(first === name ? argv.slice(1) : argv, io);
  } catch (e) {
    io.stderr.write(`ai-voicelive: ${oneLine(e)}\n`);
    return isCliError(e) ? e.exitCode : 1;
  }
}
