#!/usr/bin/env node
/** Runs the `ai-voicelive` command with the process's arguments, and sets the exit code. */
import { main } from "./main.js";

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`ai-voicelive: ${(e as Error)?.message ?? String(e)}\n`);
  process.exitCode = 1;
}
