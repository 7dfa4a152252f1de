/**
 * `ai-voicelive/models`: the generated protocol models, serializers, tables and precompiled
 * validators, plus validation with errors in the models' own terms. No WebSocket code. Importing it
 * loads the validators of every modelled API version, so validation is synchronous for any of them.
 */
export * from "./protocol.js";
export { validators } from "../generated/validators/all.js";
