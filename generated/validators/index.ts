// Generated from spec/ by npm run generate. Do not edit.
import type { ValidatorModule } from "../../src/runtime/validators.js";
import type { ApiVersion } from "../tables.js";

/** Each version's precompiled validators, imported when first needed. */
export const validatorModules: Record<ApiVersion, () => Promise<ValidatorModule>> = {
  "2025-10-01": () => import("./2025-10-01.js"),
  "2026-04-10": () => import("./2026-04-10.js"),
  "2026-07-15": () => import("./2026-07-15.js"),
  "2026-07-31-preview": () => import("./2026-07-31-preview.js"),
  "v1": () => import("./v1.js"),
};
