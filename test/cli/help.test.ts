/** Each subcommand's --help lists every option it takes, and docs/cli.md documents exactly those. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { main } from "../../src/cli/main.js";
import { testIo } from "./io.js";
import { runCli } from "./run-cli.js";

const docs = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
const commands = ["converse", "emulator", "validate"] as const;

async function help(command: string): Promise<string> {
  const io = testIo();
  assert.equal(await main([command, "--help"], io), 0);
  return io.out();
}

/** The options listed in a help text's "options:" section. */
function helpOptions(text: string): string[] {
  const section = text.slice(text.indexOf("\noptions:\n"));
  return [...section.matchAll(/^ +(?:-\w, +)?(--[a-z][a-z-]*)/gm)].map((m) => m[1]).sort();
}

/** The options named in a command's section of docs/cli.md (its options table and text). */
function docOptions(command: string): string[] {
  const sections = docs.split(/^## /m).slice(1);
  const section = sections.find((s) => (command === "converse" ? /^`ai-voicelive` \(converse\)/ : new RegExp(`^\`ai-voicelive ${command}\``)).test(s));
  assert.ok(section, `docs/cli.md has a section for ${command}`);
  const table = section.split("\n").filter((l) => l.startsWith("| `-"));
  return [...new Set(table.flatMap((l) => [...l.split("|")[1].matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0])))].sort();
}

describe("ai-voicelive --help and docs/cli.md", () => {
  for (const command of commands) {
    it(`${command}: --help and docs/cli.md list the same options`, async () => {
      const listed = helpOptions(await help(command));
      assert.ok(listed.includes("--help"));
      assert.deepEqual(docOptions(command), listed);
    });
  }

  it("lists what a newcomer asked for: --voice, --instructions, --fast, --timeout; --host; --quiet", async () => {
    for (const o of ["--voice", "--instructions", "--fast", "--timeout", "--input", "--output", "--endpoint"]) assert.ok(helpOptions(await help("converse")).includes(o), o);
    for (const o of ["--host", "--port", "--api-key", "--pace", "--verbose"]) assert.ok(helpOptions(await help("emulator")).includes(o), o);
    for (const o of ["--quiet", "--api-version", "--direction"]) assert.ok(helpOptions(await help("validate")).includes(o), o);
  });

  it("ai-voicelive --help lists the commands; an unknown command is refused with exit 2", async () => {
    const run = await runCli(["--help"]);
    assert.equal(run.code, 0);
    for (const command of ["converse", "emulator", "validate"]) assert.match(run.stdout, new RegExp(command));
    const unknown = await runCli(["transcribe"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^ai-voicelive: unknown command "transcribe": use converse, emulator, validate/);
  });
});
