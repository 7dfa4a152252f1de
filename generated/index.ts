// Generated from spec/ by npm run generate. Do not edit.
export * from "./models.js";
export * from "./serializers.js";
export * from "./tables.js";
export { validators, type WireSchemaError, type WireValidators } from "./validators/index.js";
