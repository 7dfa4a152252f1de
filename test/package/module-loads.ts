/**
 * Runs a TypeScript script in a fresh process (through tsx) and records the URL of every module it
 * loads, with a module loader hook: for the tests that check what the SDK loads on demand.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/** Appends the URL of every module the process loads to the file named by LOADS_FILE. */
const HOOKS = `
import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(process.env.LOADS_FILE, url + "\\n");
  return next(url, context);
}
`;

export interface LoadRecorder {
  /** Runs the script with these arguments: the modules it loaded, and the last line it printed. */
  run(args: string[]): Promise<{ loads: string[]; lastLine: string }>;
  dispose(): void;
}

/** `script` is written to `scriptPath` (inside the repository, so that `ai-voicelive` resolves) and removed by `dispose`. */
export function moduleLoadRecorder(root: string, scriptPath: string, script: string): LoadRecorder {
  const dir = mkdtempSync(path.join(os.tmpdir(), "module-loads-"));
  writeFileSync(path.join(dir, "hooks.mjs"), HOOKS);
  writeFileSync(path.join(dir, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(path.join(dir, "hooks.mjs")).href)});\n`);
  writeFileSync(scriptPath, script);
  let runs = 0;
  return {
    async run(args) {
      const loadsFile = path.join(dir, `${++runs}.loads`);
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", path.join(dir, "register.mjs"), "--import", "tsx", scriptPath, ...args], {
        cwd: root,
        env: { ...process.env, LOADS_FILE: loadsFile },
      });
      return { loads: readFileSync(loadsFile, "utf8").split("\n").filter(Boolean), lastLine: stdout.trim().split("\n").at(-1) ?? "" };
    },
    dispose() {
      rmSync(scriptPath, { force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
