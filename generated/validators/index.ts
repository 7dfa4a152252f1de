// Generated from spec/ by npm run generate. Do not edit.
import type { ApiVersion } from "../tables.js";
import * as v0 from "./2025-10-01.js";
import * as v1 from "./2026-07-15.js";

/** One error of a precompiled validator (ajv's error object). */
export interface WireSchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The validators of one API version: each returns null when the frame is valid, or the errors. */
export interface WireValidators {
  validateClientEvent(frame: unknown): WireSchemaError[] | null;
  validateServerEvent(frame: unknown): WireSchemaError[] | null;
}

/** The precompiled validators of each modelled API version. */
export const validators: Record<ApiVersion, WireValidators> = {
  "2025-10-01": v0,
  "2026-07-15": v1,
};
