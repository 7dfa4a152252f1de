/**
 * `ai-voicelive validate` in bounded memory: a million lines, valid and invalid, with and without
 * --quiet, each run in a child process whose peak RSS is read at its exit. Without streaming, a million
 * invalid lines peaked at 1.7 GB.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin } from "./run-cli.js";

const LINES = 1_000_000;
const LIMIT_MB = 200;
// Prints the process's peak resident set size (KiB) on stderr as it exits.
const PROBE = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss "+process.resourceUsage().maxRSS+"\\n"))`;

async function writeLines(path: string, line: string): Promise<void> {
  const out = createWriteStream(path);
  const block = `${line}\n`.repeat(10_000);
  for (let i = 0; i < LINES / 10_000; i++) if (!out.write(block)) await once(out, "drain");
  out.end();
  await once(out, "close");
}

/** Runs validate on `file`; resolves with the exit code, the peak RSS in MB, the last line of stdout and the bytes of stdout. */
function measure(args: string[]): Promise<{ code: number | null; peakMb: number; summary: string; outBytes: number }> {
  const child = spawn(process.execPath, ["--import", PROBE, bin, "validate", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let outBytes = 0;
  let tail = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => {
    outBytes += d.length;
    tail = (tail + d.toString()).slice(-300);
  });
  child.stderr.on("data", (d: Buffer) => void (err += d.toString()));
  return new Promise((resolve) => {
    child.once("close", (code) => {
      const kib = Number(/maxrss (\d+)/.exec(err)?.[1]);
      resolve({ code, peakMb: kib / 1024, summary: tail.trimEnd().split("\n").at(-1) ?? "", outBytes });
    });
  });
}

describe("ai-voicelive validate: memory", function () {
  this.timeout(300_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "voicelive-validate-memory-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`stays under ${LIMIT_MB} MB on a million valid lines (--quiet) and a million invalid ones (every line printed)`, async () => {
    const valid = join(dir, "valid.jsonl");
    const invalid = join(dir, "invalid.jsonl");
    await writeLines(valid, '{"type":"input_audio_buffer.clear","event_id":"e1"}');
    await writeLines(invalid, '{"type":"input_audio_buffer.append","audio":7}');

    const quiet = await measure([valid, "--quiet"]);
    assert.equal(quiet.code, 0);
    assert.match(quiet.summary, /^1000000 valid, 0 invalid \(1000000 frames/);
    const loud = await measure([invalid]);
    assert.equal(loud.code, 1);
    assert.match(loud.summary, /^0 valid, 1000000 invalid/);
    assert.ok(loud.outBytes > 1_000_000 * 60, "every invalid line was printed");
    console.log(`      peak RSS: ${quiet.peakMb.toFixed(0)} MB (1M valid lines, --quiet), ${loud.peakMb.toFixed(0)} MB (1M invalid lines, printed)`);
    assert.ok(quiet.peakMb < LIMIT_MB, `${quiet.peakMb} MB`);
    assert.ok(loud.peakMb < LIMIT_MB, `${loud.peakMb} MB`);
  });
});
