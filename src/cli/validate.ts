/**
 * `ai-voicelive validate FILE... | -`: checks every line of JSON Lines files of wire frames (or of
 * stdin) against the schema of an API version. A frame whose `type` is a known server event is checked
 * as a server event, any other as a client event, unless `--direction` says.
 *
 * The files are streamed a line at a time and only counts are kept, so memory stays flat whatever
 * their size; output waits for the terminal or pipe to take it. The exit code is 0 only when every
 * frame of every file is valid, 1 when one is not, 2 when the command line or a file is unusable.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { isKnownServerEventType } from "../events.js";
import { validateWireEvent, type EventDirection, type ValidationIssue } from "../validation.js";
import { loadValidators } from "../validators.js";
import { apiVersions, latestApiVersion, placeApiVersion, type ApiVersion } from "../versions.js";
import { helpText, parseCommand } from "./args.js";
import { validateCommand } from "./commands.js";
import { CliError, UsageError } from "./failure.js";
import { writeLine, type Io } from "./io.js";
import { readLines } from "./lines.js";
import { printable } from "./printable.js";

/** A line longer than this is reported and skipped: no frame of the service comes near it. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Output is gathered up to this size before it is written. */
const BATCH_CHARS = 64 * 1024;

/** What one line of a file holds. */
export interface LineResult {
  type?: string;
  direction?: EventDirection;
  issues: readonly ValidationIssue[];
  /** Set when the line is not a JSON frame. */
  problem?: string;
}

/** Checks one line of text; undefined for a blank line. */
export function validateLine(text: string, apiVersion: ApiVersion, direction?: EventDirection): LineResult | undefined {
  if (!text.trim()) return undefined;
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch (e) {
    return { issues: [], problem: `not JSON: ${(e as Error).message}` };
  }
  const type = typeof (frame as { type?: unknown })?.type === "string" ? (frame as { type: string }).type : undefined;
  const side: EventDirection = direction ?? (type && isKnownServerEventType(type) ? "server" : "client");
  return { type, direction: side, issues: validateWireEvent(frame, side, apiVersion) };
}

export async function runValidate(argv: string[], io: Io): Promise<number> {
  const { values, positionals: files } = parseCommand(validateCommand, argv);
  if (values.help) {
    io.stdout.write(helpText(validateCommand));
    return 0;
  }
  const version = checkApiVersion(values["api-version"]);
  const direction = values.direction;
  if (direction !== undefined && direction !== "client" && direction !== "server") {
    throw new UsageError("validate", `--direction must be client or server (got ${JSON.stringify(direction)})`);
  }
  if (files.filter((f) => f === "-").length > 1) throw new UsageError("validate", "- (stdin) can be given once");
  // Every file is checked before any is read, so a typo in the last one does not come after a long run.
  for (const file of files) {
    if (file === "-") continue;
    const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) throw new CliError(`${printable(file)}: ${info.code === "ENOENT" ? "no such file" : info.message}`, 2);
    if (info.isDirectory()) throw new CliError(`${printable(file)} is a folder: give JSON Lines files`, 2);
  }

  // Only the chosen version's validators: every version's would triple the command's baseline memory.
  await loadValidators(version);
  let valid = 0;
  let invalid = 0;
  let batch = "";
  const print = async (line: string) => {
    batch += line;
    if (batch.length >= BATCH_CHARS) {
      const text = batch;
      batch = "";
      await writeLine(io.stdout, text);
    }
  };
  for (const file of files) {
    const name = file === "-" ? "(stdin)" : printable(file);
    const source = file === "-" ? io.stdin : createReadStream(file, { highWaterMark: 256 * 1024 });
    try {
      for await (const line of readLines(source as AsyncIterable<Uint8Array>, MAX_LINE_BYTES)) {
        const result = "problem" in line ? { issues: [], problem: line.problem } : validateLine(line.text, version, direction as EventDirection | undefined);
        if (!result) continue;
        const issue = result.issues[0];
        const problem = result.problem ?? issue?.message;
        if (problem) invalid++;
        else valid++;
        if (!values.quiet) {
          const verdict = problem ? `INVALID  ${printable(problem)}${issue ? ` [${printable(issue.wirePath)}]` : ""}` : "ok";
          await print(`${name}:${line.number}  ${printable(result.type ?? "?", 60).padEnd(40)} ${verdict}\n`);
        }
      }
    } catch (e) {
      throw new CliError(`${name}: cannot read it: ${(e as Error).message}`, 2);
    }
  }
  const total = valid + invalid;
  const placed = values["api-version"] && values["api-version"] !== version ? ` for ${printable(values["api-version"])}` : "";
  await print(`${valid} valid, ${invalid} invalid (${total} frames${files.length > 1 ? ` in ${files.length} files` : ""}, api-version ${version}${placed})\n`);
  await writeLine(io.stdout, batch);
  return invalid ? 1 : 0;
}

/**
 * The modelled version whose schema applies. A modelled version is itself, and a dated one (a preview)
 * gets the rules the SDK applies to it; anything else is refused with the known versions, since
 * checking frames by rules that are not their version's would report the wrong things.
 */
function checkApiVersion(version: string | undefined): ApiVersion {
  if (version === undefined) return latestApiVersion;
  let placed: ReturnType<typeof placeApiVersion>;
  try {
    placed = placeApiVersion(version);
  } catch {
    placed = { schemaVersion: apiVersions[0], kind: "label" };
  }
  if (placed.kind === "label") {
    throw new UsageError("validate", `--api-version ${JSON.stringify(printable(version, 40))} is not a version this command knows: use ${apiVersions.join(", ")}, or a dated version (YYYY-MM-DD, with a suffix such as -preview)`);
  }
  return placed.schemaVersion;
}
