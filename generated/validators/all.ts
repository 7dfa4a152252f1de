// Generated from spec/ by npm run generate. Do not edit.
import type { ValidatorModule } from "../../src/runtime/validators.js";
import type { ApiVersion } from "../tables.js";
import * as v0 from "./2025-10-01.js";
import * as v1 from "./2026-04-10.js";
import * as v2 from "./2026-07-15.js";
import * as v3 from "./2026-07-31-preview.js";
import * as v4 from "./v1.js";

/** The precompiled validators of each modelled API version. */
export const allValidatorModules: Record<ApiVersion, ValidatorModule> = {
  "2025-10-01": v0,
  "2026-04-10": v1,
  "2026-07-15": v2,
  "2026-07-31-preview": v3,
  "v1": v4,
};
