/**
 * Names of 0.1 that now follow `@azure/ai-voicelive`. Kept for one minor release, so that code
 * written against 0.1 compiles with a deprecation warning instead of breaking.
 */
import type { AgentSessionConfig, VoiceLiveResponse } from "../generated/models.js";
import type { VoiceLiveSessionHandlers } from "./session.js";

/** @deprecated Renamed `VoiceLiveResponse` (the name of `@azure/ai-voicelive`, which does not shadow fetch's `Response`). */
export type Response = VoiceLiveResponse;

/** @deprecated Renamed `AgentSessionConfig`, as in `@azure/ai-voicelive`. */
export type AgentTarget = AgentSessionConfig;

/** @deprecated Renamed `VoiceLiveSessionHandlers`, as in `@azure/ai-voicelive`. */
export type VoiceLiveHandlers = VoiceLiveSessionHandlers;
