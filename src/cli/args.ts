/**
 * The command line of each subcommand, declared once: `node:util` `parseArgs` reads it (strictly, so
 * an unknown option or a stray argument is refused) and `--help` is printed from it, so the help
 * cannot leave out an option that the command takes.
 */
import { parseArgs } from "node:util";
import { UsageError } from "./failure.js";

/** One option of a subcommand. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in the help, such as `FILE`. */
  value?: string;
  /** One line for the help. */
  help: string;
}

/** A subcommand: its name, what it does, its options and its arguments. */
export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string;
  /** The usage line after `ai-voicelive`. */
  usage: string;
  /** What the command does, in a few words, for the list of commands. */
  brief: string;
  /** What the command does, a sentence or two. */
  summary: string;
  options: O;
  /** How many arguments it takes besides options: none unless said. */
  positionals?: { min: number; max: number; name: string };
}

/** The values of a command's options, by name. */
export type OptionValues<O extends Record<string, OptionSpec>> = { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };

const HELP: OptionSpec = { type: "boolean", short: "h", help: "show this help and exit" };

/** Reads `argv` by `spec`. Throws `UsageError` with one line for anything it does not take. */
export function parseCommand<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: string[]): { values: OptionValues<O> & { help?: boolean }; positionals: string[] } {
  const options = Object.fromEntries(Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: (spec.positionals?.max ?? 0) > 0 });
  } catch (e) {
    throw new UsageError(spec.name, explain(e as Error & { code?: string }, spec));
  }
  const { values, positionals } = parsed as { values: OptionValues<O> & { help?: boolean }; positionals: string[] };
  if (values.help) return { values, positionals };
  const { min = 0, max = 0, name = "" } = spec.positionals ?? {};
  if (positionals.length > max) throw new UsageError(spec.name, `unexpected argument ${JSON.stringify(positionals[max])}`);
  if (positionals.length < min) throw new UsageError(spec.name, `give ${name}`);
  return { values, positionals };
}

/** Node's parseArgs messages, in one line that names the option as the user typed it. */
function explain(e: Error & { code?: string }, spec: CommandSpec): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted} for ${spec.name}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = quoted.split(" ")[0];
      const known = spec.options[option.replace(/^-+/, "")];
      return known?.type === "boolean" ? `${option} takes no value` : `${option} needs a value${known?.value ? ` (${known.value})` : ""}`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${JSON.stringify(quoted)}`;
    default:
      return e.message.split("\n")[0];
  }
}

/** The `--help` text of a command: usage, summary, and every option it takes. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => [`${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}`, o.help]);
  const width = Math.max(...rows.map(([left]) => left.length));
  return `usage: ai-voicelive ${spec.usage}\n\n${wrap(spec.summary, 100)}\n\noptions:\n${rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join("\n")}\n`;
}

/** Text broken into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}
