/**
 * The session config in its wire form: the defaults of `session.created`, the merging and checking
 * of `session.update`, and what the input format and the voice activity detector derive from it.
 */
import { KnownTurnDetectionType } from "../../generated/known.js";
import { validateWireEvent } from "../validation.js";
import { isInApiVersion } from "../version-names.js";
import { inputFormatInfo, type AudioFormatInfo } from "./audio.js";
import type { SessionChannel } from "./channel.js";
import { newId } from "./ids.js";
import { checkTools } from "./tool-check.js";
import { toVersionShape } from "./version-shape.js";
import type { VadSettings } from "./vad.js";
import { codeOf, compact, isObject, mergeConfig, num, paramOf, type Wire } from "./wire.js";

/** Every known kind of turn detection is a voice activity detector, which the emulator's energy VAD stands in for. */
const VAD_KINDS: ReadonlySet<string> = new Set(Object.values(KnownTurnDetectionType));

export class SessionConfig {
  /** The config in the dated shape, which the parts of the session read. */
  current: Wire;

  constructor(
    private readonly channel: SessionChannel,
    /** The description of the session's agent, from the emulator's agent registry. */
    agentDescription?: string,
  ) {
    this.current = initialConfig(channel, agentDescription);
  }

  /** The config as `session.created` and `session.updated` carry it, in the shape of the session's version. */
  get wire(): Wire {
    return toVersionShape("ResponseSession", this.current, this.channel.settings.version);
  }

  get turnDetection(): Wire | null {
    const td = this.current.turn_detection;
    return isObject(td) ? td : null;
  }

  /** The codec and rate the client sends input audio in. */
  get inputFormat(): AudioFormatInfo {
    return inputFormatInfo(this.current.input_audio_format, this.current.input_audio_sampling_rate);
  }

  /** The detector's settings when turn detection is on (at the given input rate), else undefined. */
  vadSettings(sampleRate: number): VadSettings | undefined {
    const td = this.turnDetection;
    if (!(td && typeof td.type === "string" && VAD_KINDS.has(td.type))) return undefined;
    return { threshold: num(td.threshold, 0.5), silenceDurationMs: num(td.silence_duration_ms, 500), sampleRate };
  }

  /**
   * Merges a `session.update` patch into the config, when the result is valid. Returns the config
   * before the update; on a refusal, sends the `error` and returns undefined (the config is unchanged).
   */
  update(patch: Wire, eventId: string | null): Wire | undefined {
    const config = this.current;
    if ("model" in patch && patch.model !== config.model) {
      const now = config.model === undefined ? "this agent session has no model" : `the session's model is ${JSON.stringify(config.model)}`;
      this.channel.sendError({
        code: "invalid_value",
        message: `The model cannot be changed after the session has started (${now}; session.update asked for ${JSON.stringify(patch.model)}).`,
        param: "session.model",
        eventId,
      });
      return undefined;
    }
    const problem = checkTools(patch.tools, "session.tools", this.channel.settings.version);
    if (problem) {
      this.channel.sendError({ code: "invalid_value", message: problem.message, param: problem.param, eventId });
      return undefined;
    }
    const next: Wire = { ...config };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || k === "id" || k === "expires_at" || k === "agent") continue;
      next[k] = mergeConfig(config[k], v);
    }
    const issues = validateWireEvent({ type: "session.updated", session: toVersionShape("ResponseSession", next, this.channel.settings.version) }, "server", this.channel.settings.version);
    if (issues.length) {
      const issue = issues[0];
      this.channel.sendError({ code: codeOf(issue), message: issue.message, param: paramOf(issue.wirePath), eventId });
      return undefined;
    }
    this.current = next;
    return config;
  }
}

function initialConfig(channel: SessionChannel, agentDescription: string | undefined): Wire {
  const target = channel.settings.target;
  const config: Wire = {
    id: channel.id,
    model: "model" in target ? target.model : undefined,
    // Where the output modalities are the OpenAI ones (v1), audio implies its transcript and text excludes audio.
    modalities: isInApiVersion("ResponseSession.output_modalities", channel.settings.version) ? ["audio"] : ["text", "audio"],
    instructions: "",
    voice: "alloy",
    input_audio_sampling_rate: 24000,
    input_audio_format: "pcm16",
    output_audio_format: "pcm16",
    input_audio_noise_reduction: null,
    input_audio_echo_cancellation: null,
    input_audio_transcription: null,
    turn_detection: { type: "server_vad", threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500, create_response: true },
    tools: [],
    tool_choice: "auto",
    temperature: 0.8,
    max_response_output_tokens: "inf",
  };
  if ("agent" in target) {
    const a = target.agent;
    config.agent = compact({
      type: "agent",
      name: a.agentName,
      description: agentDescription,
      agent_id: a.agentVersion ? `${a.agentName}:${a.agentVersion}` : a.agentName,
      thread_id: a.conversationId ?? newId("thread"),
    });
  }
  // Sessions last at most 60 minutes; the versions with `expires_at` say when this one ends.
  if (isInApiVersion("ResponseSession.expires_at", channel.settings.version)) config.expires_at = Math.floor(Date.now() / 1000) + 3600;
  return compact(config);
}
