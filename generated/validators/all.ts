// Generated from spec/ by npm run generate. Do not edit.
import { registerValidators, type WireValidators } from "./index.js";
import type { ApiVersion } from "../tables.js";
import * as v0 from "./2025-10-01.js";
import * as v1 from "./2026-07-15.js";

/** The precompiled validators of each modelled API version. */
export const validators: Record<ApiVersion, WireValidators> = {
  "2025-10-01": v0,
  "2026-07-15": v1,
};

for (const [version, v] of Object.entries(validators)) registerValidators(version as ApiVersion, v);
