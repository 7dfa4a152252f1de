#!/usr/bin/env node
// The `ai-voicelive` command in a checkout of the repository, which has no build: the TypeScript
// sources run through tsx (a development dependency), which is registered here first. The published
// package's "bin" is the built command instead (dist/esm/src/cli/run.js), which needs no tsx.
import { register } from "tsx/esm/api";

register();
await import("./run.ts");
