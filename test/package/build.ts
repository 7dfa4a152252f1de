/**
 * Builds dist/ (`npm run build`) once per test run, for the tests of the built package: whichever
 * asks first builds, the others wait for the same build.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const run = promisify(execFile);

let building: Promise<void> | undefined;

export function ensureBuilt(): Promise<void> {
  building ??= run(process.execPath, [createRequire(import.meta.url).resolve("tsx/cli"), "scripts/build.ts"], { cwd: root, maxBuffer: 16 << 20 }).then(
    () => undefined,
    (e: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`npm run build failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    },
  );
  return building;
}
