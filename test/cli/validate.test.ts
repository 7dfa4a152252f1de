/** `ai-voicelive validate`: schema conformance of JSON Lines files of wire frames, outside the SDK. */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { validateLine } from "../../src/cli/validate.js";
import { loadValidators } from "../../src/validators.js";
import { apiVersions, latestApiVersion } from "../../src/versions.js";
import { testIo } from "./io.js";
import { runCli } from "./run-cli.js";

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), "utf8");
const lines = (text: string) => text.split("\n").filter((l) => l.trim());
const BAD = '{"type":"input_audio_buffer.append","audio":7}';
const GOOD = '{"type":"input_audio_buffer.clear"}';

describe("ai-voicelive validate", () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  async function validate(args: string[], stdin?: string | Buffer) {
    const io = testIo(stdin);
    const code = await main(["validate", ...args], io);
    return { code, out: io.out(), err: io.err() };
  }
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "voicelive-validate-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("accepts every valid fixture frame, telling client and server frames apart by type", async () => {
    for (const version of apiVersions) {
      await loadValidators(version);
      const results = lines(fixture(`valid/${version}/client.jsonl`) + fixture(`valid/${version}/server.jsonl`)).map((l) => validateLine(l, version)!);
      assert.ok(results.length > 50);
      assert.deepEqual(results.filter((r) => r.issues.length || r.problem), []);
      assert.ok(results.some((r) => r.direction === "server") && results.some((r) => r.direction === "client"));
    }
  });

  it("reports each bad line with its line number, path and message, and exits 1", async () => {
    const path = file(
      "mixed.jsonl",
      [
        '{"type":"session.update","session":{"turn_detection":{"type":"server_vad","threshold":2}}}',
        "not json",
        '{"type":"input_text.delta","id":"t","delta":"x"}',
        "",
        '{"type":"response.text.delta","response_id":"r","item_id":"i","output_index":0,"content_index":0,"delta":"hi"}',
      ].join("\n"),
    );
    const { code, out } = await validate([path, "--api-version", "2025-10-01"]);
    assert.equal(code, 1);
    assert.match(out, /mixed\.jsonl:1 +session\.update +INVALID .*\[\/session\/turn_detection\/threshold\]/);
    assert.match(out, /mixed\.jsonl:2 +\? +INVALID +not JSON/);
    assert.match(out, /mixed\.jsonl:3 +input_text\.delta +INVALID/);
    assert.match(out, /mixed\.jsonl:5 +response\.text\.delta +ok/);
    assert.match(out, /1 valid, 3 invalid \(4 frames, api-version 2025-10-01\)\n$/);
  });

  it("exits 0 only when every frame of every file is valid, and checks every file given", async () => {
    const good = file("good.jsonl", fixture("valid/2026-07-15/server.jsonl"));
    const bad = file("bad.jsonl", `${BAD}\n`);
    assert.equal((await validate([good, "--quiet"])).code, 0);
    const both = await validate([good, bad, "--api-version", "2026-07-15"]);
    assert.equal(both.code, 1);
    assert.match(both.out, /bad\.jsonl:1 +input_audio_buffer\.append +INVALID +audio must be a string \(got 7\) \[\/audio\]/);
    assert.match(both.out, new RegExp(`${lines(fixture("valid/2026-07-15/server.jsonl")).length} valid, 1 invalid \\(\\d+ frames in 2 files`));
  });

  it("--quiet prints the summary alone, invalid lines included", async () => {
    const { code, out } = await validate([file("bad.jsonl", `${BAD}\n${GOOD}\n${BAD}\n`), "--quiet"]);
    assert.equal(code, 1);
    assert.equal(out, `1 valid, 2 invalid (3 frames, api-version ${latestApiVersion})\n`);
  });

  it("reads stdin for -", async () => {
    const { code, out } = await validate(["-"], `${GOOD}\n${BAD}`);
    assert.equal(code, 1);
    assert.match(out, /\(stdin\):2 +input_audio_buffer\.append +INVALID/);
    assert.match(out, /1 valid, 1 invalid \(2 frames/);
  });

  it("takes a UTF-8 byte order mark and CRLF line ends", async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${GOOD}\r\n${GOOD}\r\n`)]);
    const { code, out } = await validate([file("windows.jsonl", bom)]);
    assert.equal(code, 0, out);
    assert.match(out, /2 valid, 0 invalid/);
  });

  it("escapes control bytes instead of printing them, and reports text that is not UTF-8", async () => {
    const hostile = Buffer.concat([Buffer.from('{"type":"\\u001b[31mred\\r"}\n\u001b]0;title\u0007 not json\n'), Buffer.from([0xff, 0xfe, 0x0a])]);
    const { code, out } = await validate([file("hostile.jsonl", hostile)]);
    assert.equal(code, 1);
    assert.deepEqual([...out].filter((c) => (c < " " && c !== "\n") || c === "\u007f"), [], "no control character but newlines");
    assert.match(out, /\\x1b\[31mred\\x0d/);
    assert.match(out, /hostile\.jsonl:3 +\? +INVALID +not UTF-8 text/);
  });

  it("refuses an api-version it does not know, naming the known ones, before reading any file", async () => {
    for (const version of ["banana", "v2"]) {
      const { code, err } = await validate(["/nonexistent/frames.jsonl", "--api-version", version]);
      assert.equal(code, 2);
      assert.match(err, new RegExp(version));
      for (const known of apiVersions) assert.ok(err.includes(known), err);
      assert.equal(err.trim().split("\n").length, 1);
    }
  });

  it("refuses a missing file, no file, options of other commands, and a bad --direction, in one line with exit 2", async () => {
    const good = file("good.jsonl", `${GOOD}\n`);
    for (const [args, pattern] of [
      [[good, join(dir, "missing.jsonl")], /missing\.jsonl: no such file/],
      [[], /give at least one FILE\.jsonl, or - for stdin/],
      [[good, "--port", "1"], /unknown option --port for validate/],
      [[good, "--direction", "up"], /--direction must be client or server/],
      [[dir], /is a folder/],
    ] as const) {
      const { code, out, err } = await validate([...args]);
      assert.equal(code, 2, `${args.join(" ")}: ${err}`);
      assert.match(err, pattern);
      assert.equal(err.trim().split("\n").length, 1);
      assert.equal(out, "", "nothing validated");
    }
  });

  it("runs as a command: a file and stdin together, and the exit code", async () => {
    const run = await runCli(["validate", file("good.jsonl", `${GOOD}\n`), "-"], { stdin: `${BAD}\n` });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /1 valid, 1 invalid \(2 frames in 2 files/);
  });
});
