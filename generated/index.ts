// Generated from spec/ by npm run generate. Do not edit.
export * from "./models.js";
export * from "./serializers.js";
export * from "./server-serializers.js";
export * from "./tables.js";
export { loadValidators, validatorsFor, type WireSchemaError, type WireValidators } from "./validators/index.js";
