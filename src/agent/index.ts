/**
 * `ai-voicelive/agent`: opt-in helpers for a voice agent on top of a `VoiceLiveSession`. Each is
 * usable alone and subscribes to the session only when made, so a session that uses none of them
 * does no extra work.
 *
 * - `conversation.ts`: the conversation's items and responses as they stream, replayable after a reconnect;
 * - `turns.ts`: which response is active, and what `createResponse` does while one is;
 * - `tool-runner.ts`: function tools run for the model, with their outputs and the next response;
 * - `barge-in.ts`: cancelling, truncating and flushing when the user talks over the reply;
 * - `metrics.ts`: per-turn timings and usage, with a running summary.
 */
export * from "./conversation.js";
export * from "./turns.js";
export * from "./tool-runner.js";
export * from "./barge-in.js";
export * from "./metrics.js";
