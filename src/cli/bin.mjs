#!/usr/bin/env node
// The `ai-voicelive` command. A checkout of the repository has no build: the TypeScript sources run
// through tsx (a development dependency), which is registered here first.
import { register } from "tsx/esm/api";

register();
await import("./run.ts");
