/**
 * Every version's validators, loaded at import (a side effect: package.json lists this module in
 * `sideEffects`). For `ai-voicelive/models`, the emulator and the command, whose validation is
 * synchronous for any version.
 */
import type { ApiVersion } from "../../generated/tables.js";
import { allValidatorModules } from "../../generated/validators/all.js";
import type { WireValidators } from "../runtime/validators.js";
import { registerValidatorModules } from "../validators.js";

/** The precompiled validators of each modelled API version. */
export const validators: Record<ApiVersion, WireValidators> = registerValidatorModules(allValidatorModules);
