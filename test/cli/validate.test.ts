/** `ai-voicelive validate`: schema conformance of a JSON Lines file, outside the SDK. */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateJsonLines } from "../../src/cli/validate.js";
import { main } from "../../src/cli/main.js";
import { apiVersions } from "../../src/versions.js";

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), "utf8");

describe("ai-voicelive validate", () => {
  it("accepts every valid fixture frame, telling client and server frames apart by type", () => {
    for (const version of apiVersions) {
      const text = fixture(`valid/${version}/client.jsonl`) + fixture(`valid/${version}/server.jsonl`);
      const results = validateJsonLines(text, version);
      assert.ok(results.length > 50);
      assert.deepEqual(results.filter((r) => r.issues.length || r.parseError), []);
      assert.ok(results.some((r) => r.direction === "server") && results.some((r) => r.direction === "client"));
    }
  });

  it("reports each bad line with its line number, path and message", () => {
    const text = [
      '{"type":"session.update","session":{"turn_detection":{"type":"server_vad","threshold":2}}}',
      "not json",
      '{"type":"input_text.delta","id":"t","delta":"x"}',
      "",
      '{"type":"response.text.delta","response_id":"r","item_id":"i","output_index":0,"content_index":0,"delta":"hi"}',
    ].join("\n");
    const results = validateJsonLines(text, "2025-10-01");
    assert.equal(results.length, 4);
    assert.equal(results[0].issues[0].wirePath, "/session/turn_detection/threshold");
    assert.equal(results[1].line, 2);
    assert.ok(results[1].parseError);
    assert.equal(results[2].issues[0].rule, "unavailable");
    assert.equal(results[3].line, 5);
    assert.deepEqual(results[3].issues, []);
  });

  it("exits 1 when a frame is invalid and 0 when all are valid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "voicelive-validate-"));
    const log = console.log;
    const lines: string[] = [];
    console.log = (...args: unknown[]) => void lines.push(args.join(" "));
    try {
      writeFileSync(join(dir, "good.jsonl"), fixture("valid/2026-07-15/server.jsonl"));
      writeFileSync(join(dir, "bad.jsonl"), '{"type":"input_audio_buffer.append","audio":7}\n');
      assert.equal(await main(["validate", join(dir, "good.jsonl"), "--quiet"]), 0);
      assert.equal(await main(["validate", join(dir, "bad.jsonl"), "--api-version", "2026-07-15"]), 1);
    } finally {
      console.log = log;
      rmSync(dir, { recursive: true, force: true });
    }
    assert.match(lines.join("\n"), /bad\.jsonl:1 +input_audio_buffer\.append +INVALID +audio must be a string \(got 7\) \[\/audio\]/);
    assert.match(lines.join("\n"), /0 valid, 1 invalid/);
  });

  it("refuses an api-version it cannot place, naming the known ones, before reading the file", async () => {
    const write = process.stderr.write;
    let said = "";
    process.stderr.write = ((chunk: string) => ((said += chunk), true)) as typeof process.stderr.write;
    try {
      assert.equal(await main(["validate", "/nonexistent/frames.jsonl", "--api-version", "banana"]), 2);
    } finally {
      process.stderr.write = write;
    }
    assert.match(said, /banana/);
    for (const version of apiVersions) assert.ok(said.includes(version), said);
  });
});
