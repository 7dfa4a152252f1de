/**
 * `ai-voicelive validate <file.jsonl>`: checks every line of a JSON Lines file of wire frames
 * against the schema of an API version. A frame whose `type` is a known server event is checked as a
 * server event, any other as a client event, unless `--direction` says.
 */
import { readFile } from "node:fs/promises";
import { isKnownServerEventType } from "../events.js";
import "../internal/all-validators.js"; // the command validates any version
import { validateWireEvent, type EventDirection, type ValidationIssue } from "../validation.js";
import { resolveApiVersion, type ApiVersion } from "../versions.js";

export interface LineResult {
  line: number;
  type?: string;
  direction?: EventDirection;
  issues: readonly ValidationIssue[];
  /** Set when the line is not JSON. */
  parseError?: string;
}

export function validateJsonLines(text: string, apiVersion: string, direction?: EventDirection): LineResult[] {
  const results: LineResult[] = [];
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    let frame: unknown;
    try {
      frame = JSON.parse(raw);
    } catch (e) {
      results.push({ line: i + 1, issues: [], parseError: (e as Error).message });
      return;
    }
    const type = typeof (frame as { type?: unknown })?.type === "string" ? (frame as { type: string }).type : undefined;
    const side: EventDirection = direction ?? (type && isKnownServerEventType(type) ? "server" : "client");
    results.push({ line: i + 1, type, direction: side, issues: validateWireEvent(frame, side, apiVersion) });
  });
  return results;
}

/** Runs the subcommand; returns the process exit code (0 when every frame is valid). */
export async function runValidate(file: string, options: { apiVersion?: string; direction?: EventDirection; quiet?: boolean }): Promise<number> {
  let version: ApiVersion;
  try {
    version = resolveApiVersion(options.apiVersion);
  } catch (e) {
    // A version it cannot place would be checked by rules that are not its own: refuse, naming the known ones.
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const results = validateJsonLines(await readFile(file, "utf8"), version, options.direction);
  let bad = 0;
  for (const r of results) {
    const problem = r.parseError ? `not JSON: ${r.parseError}` : r.issues[0]?.message;
    if (problem) bad++;
    if (problem || !options.quiet) {
      console.log(`${file}:${r.line}  ${(r.type ?? "?").padEnd(40)} ${problem ? `INVALID  ${problem}${r.issues[0] ? ` [${r.issues[0].wirePath}]` : ""}` : "ok"}`);
    }
  }
  console.log(`${results.length - bad} valid, ${bad} invalid (${results.length} frames, api-version ${version}${options.apiVersion && options.apiVersion !== version ? ` for ${options.apiVersion}` : ""})`);
  return bad ? 1 : 0;
}
