// Generated from spec/ by npm run generate. Do not edit.
import type { ValidatorModule } from "../../src/runtime/validators.js";
import type { ApiVersion } from "../tables.js";
import * as c0 from "./2025-10-01.client.js";
import * as s0 from "./2025-10-01.server.js";
import * as c1 from "./2026-04-10.client.js";
import * as s1 from "./2026-04-10.server.js";
import * as c2 from "./2026-07-15.client.js";
import * as s2 from "./2026-07-15.server.js";
import * as c3 from "./2026-07-31-preview.client.js";
import * as s3 from "./2026-07-31-preview.server.js";
import * as c4 from "./v1.client.js";
import * as s4 from "./v1.server.js";

/** The precompiled validators of each modelled API version, both directions. */
export const allValidatorModules: Record<ApiVersion, ValidatorModule> = {
  "2025-10-01": { ...c0, ...s0 },
  "2026-04-10": { ...c1, ...s1 },
  "2026-07-15": { ...c2, ...s2 },
  "2026-07-31-preview": { ...c3, ...s3 },
  "v1": { ...c4, ...s4 },
};
