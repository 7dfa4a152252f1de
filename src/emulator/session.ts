/**
 * One emulated Voice Live session: the state machine behind one WebSocket connection.
 *
 * This class owns the connection and dispatches each client event to the part of the session that
 * handles it: the session config, the conversation, the input audio (buffer with server VAD, audio
 * turns), streamed text input and the responses. Every client frame is checked against the schema
 * of the session's API version first; a bad frame gets an `error` event and the session goes on.
 */
import { Buffer } from "node:buffer";
import type { RawData, WebSocket } from "ws";
import { eventTypesByVersion } from "../../generated/tables.js";
import { validateWireEvent } from "../validation.js";
import { findAgent, type AgentLookup } from "./agents.js";
import { fakeSdpAnswer } from "./avatar.js";
import { SessionChannel, type SessionSettings } from "./channel.js";
import { Conversation } from "./conversation.js";
import { newId } from "./ids.js";
import { InputAudio } from "./input-audio.js";
import { McpServers } from "./mcp.js";
import { ResponseEngine } from "./responses.js";
import { SessionConfig } from "./session-config.js";
import { placeSipCall } from "./sip.js";
import type { EmulatorSessionStats } from "./stats.js";
import { TextInput } from "./text-input.js";
import { toDatedShape } from "./version-shape.js";
import { codeOf, isObject, num, paramOf, type Wire } from "./wire.js";

export type { SessionSettings };

// In its own module, so that the public declarations of `ai-voicelive/emulator` do not import "ws".
export type { EmulatorSessionStats };

export class EmulatorSession {
  /** The session id, `sess_…`. */
  readonly id: string;
  private readonly channel: SessionChannel;
  private readonly config: SessionConfig;
  private readonly conversation: Conversation;
  private readonly mcp: McpServers;
  /** The registry's answer for an agent session (a model session is always found). */
  private readonly agent: AgentLookup;
  private readonly responses: ResponseEngine;
  private readonly input: InputAudio;
  private readonly text: TextInput;
  private readonly socketClosed: Promise<void>;

  constructor(
    private readonly ws: WebSocket,
    private readonly settings: SessionSettings,
  ) {
    this.id = newId("sess");
    this.channel = new SessionChannel(ws, this.id, settings);
    const target = settings.target;
    this.agent = "agent" in target ? findAgent(settings.agents, target.agent) : { ok: true };
    this.config = new SessionConfig(this.channel, this.agent.ok ? this.agent.agent?.description : undefined);
    this.conversation = new Conversation(this.channel);
    this.mcp = new McpServers(this.channel, this.conversation, settings.mcpServers);
    this.conversation.approvals = this.mcp;
    this.responses = new ResponseEngine(this.channel, this.config, this.conversation, this.mcp, (commit) => this.input.commitForResponse(commit));
    this.input = new InputAudio(this.channel, this.config, this.conversation, this.responses);
    this.text = new TextInput(this.channel, this.config, this.conversation, this.responses);
    this.socketClosed = new Promise((resolve) => ws.once("close", () => resolve()));
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("close", (code, reason) => {
      this.channel.log(`closed (${code}${reason.length ? ` ${reason.toString()}` : ""})`);
      this.dispose();
    });
    ws.on("error", (e) => this.channel.log(`socket error: ${e.message}`));
  }

  /** A copy of the session's counters. */
  get stats(): EmulatorSessionStats {
    return { ...this.channel.counters };
  }

  /** Whether the connection has ended. */
  get isClosed(): boolean {
    return this.channel.closed;
  }

  /** Sends `session.created` (after the faults that act before the first event). */
  start(): void {
    const target = this.settings.target;
    this.channel.log(`opened (${"model" in target ? `model ${target.model}` : `agent ${target.agent.agentName}`}, api-version ${this.settings.apiVersion})`);
    if (!this.channel.open()) return;
    const agent = this.agent;
    if (!agent.ok) {
      // An agent the service does not have: an error event, then the connection closes (see agents.ts).
      this.channel.run(() => this.channel.sendError({ code: "invalid_request_error", message: agent.message, eventId: null }));
      // After the error frame, which a delay fault may hold back.
      this.channel.timers.set(() => this.ws.close(1008, "agent not found"), this.settings.faults.delayFramesMs ?? 0);
      return;
    }
    this.channel.run(() => this.channel.send({ type: "session.created", session: this.config.wire }));
    if (this.settings.sipCall) placeSipCall(this.channel, this.settings.sipCall);
  }

  /** Closes the connection with a close frame, and cuts it if the client does not answer within a second. */
  async close(code = 1001, reason = "the emulator is shutting down"): Promise<void> {
    const ws = this.ws;
    this.dispose();
    if (ws.readyState === ws.CLOSED) return;
    if (ws.readyState === ws.OPEN) ws.close(code, reason);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.socketClosed, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)))]);
    clearTimeout(timer);
    if ((ws.readyState as number) !== ws.CLOSED) {
      ws.terminate();
      await this.socketClosed;
    }
  }

  private dispose(): void {
    if (this.channel.closed) return;
    this.channel.end();
    this.responses.abandon();
  }

  private receive(data: RawData, isBinary: boolean): void {
    const channel = this.channel;
    if (channel.closed) return;
    channel.counters.framesReceived++;
    if (isBinary) {
      channel.log("← (binary frame)");
      channel.run(() => channel.sendError({ code: "invalid_json", message: "Binary frames are not supported: send each event as a JSON text frame.", eventId: null }));
      return;
    }
    const text = Buffer.isBuffer(data) ? data.toString("utf8") : Array.isArray(data) ? Buffer.concat(data).toString("utf8") : Buffer.from(data).toString("utf8");
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch (e) {
      channel.log("← (not JSON)");
      channel.run(() => channel.sendError({ code: "invalid_json", message: `The frame is not valid JSON: ${(e as Error).message}`, eventId: null }));
      return;
    }
    const eventId = isObject(frame) && typeof frame.event_id === "string" ? frame.event_id : null;
    const type = isObject(frame) && typeof frame.type === "string" ? frame.type : undefined;
    channel.log(`← ${type ?? "(no type)"}`);
    const issues = validateWireEvent(frame, "client", this.settings.version);
    if (issues.length) {
      const issue = issues[0];
      channel.run(() => channel.sendError({ code: codeOf(issue), message: issue.message, param: paramOf(issue.wirePath), eventId }), eventId);
      return;
    }
    const event = frame as Wire & { type: string };
    if (!eventTypesByVersion[this.settings.version].client.includes(event.type)) {
      channel.run(
        () => channel.sendError({ code: "invalid_value", message: `Unknown event type ${JSON.stringify(event.type)} in api-version ${this.settings.version}.`, param: "type", eventId }),
        eventId,
      );
      return;
    }
    channel.run(() => this.handle(event, eventId), eventId);
  }

  private handle(e: Wire & { type: string }, eventId: string | null): void {
    switch (e.type) {
      case "session.update":
        // The parts work on the dated shape; a version that moves settings (v1's `audio.input`) is read back into it.
        return this.updateSession(toDatedShape("RequestSession", e.session as Wire, this.settings.version), eventId);
      case "session.avatar.connect":
        return this.channel.send({ type: "session.avatar.connecting", server_sdp: fakeSdpAnswer(String(e.client_sdp)) });
      case "input_audio_buffer.append":
        return this.input.append(String(e.audio));
      case "input_audio_buffer.commit":
        return this.input.commit(eventId);
      case "input_audio_buffer.clear":
        this.input.clear();
        return this.channel.send({ type: "input_audio_buffer.cleared" });
      case "input_audio.clear":
        this.input.clear();
        this.input.cancelAllTurns();
        return this.channel.send({ type: "input_audio_buffer.cleared" });
      case "input_audio.turn.start":
        return this.input.turnStart(String(e.turn_id), eventId);
      case "input_audio.turn.append":
        return this.input.turnAppend(String(e.turn_id), String(e.audio), eventId);
      case "input_audio.turn.end":
        return this.input.turnEnd(String(e.turn_id), eventId);
      case "input_audio.turn.cancel":
        return this.input.turnCancel(String(e.turn_id), eventId);
      case "input_text.delta":
        return this.text.delta(String(e.id), String(e.delta), num(e.content_index, 0));
      case "input_text.done":
        return this.text.done(String(e.id), eventId);
      case "conversation.item.create":
        return this.conversation.create(e, eventId);
      case "conversation.item.retrieve":
        return this.conversation.retrieve(String(e.item_id), eventId);
      case "conversation.item.truncate":
        return this.conversation.truncate(String(e.item_id), num(e.content_index, 0), num(e.audio_end_ms, 0), eventId);
      case "conversation.item.delete":
        return this.conversation.delete(String(e.item_id), eventId);
      case "response.create":
        return this.responses.create(isObject(e.response) ? toDatedShape("ResponseCreateParams", e.response, this.settings.version) : {}, typeof e.additional_instructions === "string" ? e.additional_instructions : undefined, eventId);
      case "response.cancel":
        return this.responses.cancel(typeof e.response_id === "string" ? e.response_id : undefined, eventId);
      case "output_audio_buffer.clear":
        this.responses.clearAudio();
        return this.channel.send({ type: "output_audio_buffer.cleared" });
      default:
        return this.channel.sendError({ code: "invalid_value", message: `The emulator does not handle ${e.type} events.`, param: "type", eventId });
    }
  }

  /** The config validates and merges the patch; the input audio then follows a new format or turn detection. */
  private updateSession(patch: Wire, eventId: string | null): void {
    const before = this.config.update(patch, eventId);
    if (!before) return;
    this.input.reconfigure(before);
    this.channel.send({ type: "session.updated", session: this.config.wire });
    // The service lists the tools of a newly declared MCP server once the session has it.
    this.mcp.listNew(this.config.current.tools);
  }
}
