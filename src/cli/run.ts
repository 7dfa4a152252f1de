#!/usr/bin/env node
/** Runs the `ai-voicelive` command with the process's arguments, and sets the exit code. */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
