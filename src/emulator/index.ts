/**
 * A local emulator of the Azure AI Voice Live realtime WebSocket service, for trying and testing
 * Voice Live apps offline (as Azurite is for Azure Storage).
 *
 * @example
 * import { startEmulator } from "ai-voicelive/emulator";
 *
 * const emulator = await startEmulator();          // http://127.0.0.1:<free port>
 * const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("any key"));
 * const session = await client.startSession("gpt-realtime");
 * await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: "Hi" }] });
 * await session.createResponse();
 * await session.waitFor("response.done");         // "You said: Hi", with 500 ms of audio
 * await session.close();
 * await emulator.close();
 */
export { startEmulator, type EmulatorOptions, type EmulatorStats, type VoiceLiveEmulator } from "./server.js";
export type { EmulatorSessionStats } from "./stats.js";
export type { EmulatorFaults } from "./faults.js";
export type { EmulatorLatency, EmulatorSentEvent } from "./latency.js";
export type { EmulatorMcpServer } from "./mcp-server.js";
export type { EmulatorAgent } from "./agents.js";
export type { EmulatorSipCall } from "./sip-call.js";
export { EmulatorSelfCheckError } from "./self-check.js";
export {
  echoResponder,
  functionCallResults,
  lastFunctionOutput,
  lastMcpOutput,
  scriptedResponder,
  type FunctionCallRequest,
  type FunctionCallResult,
  type McpCallRequest,
  type Responder,
  type ResponderInput,
  type ResponderReply,
  type ResponderUserInput,
  type ScriptStep,
  type ScriptedResponderOptions,
} from "./responder.js";
export { base64ToPcm16, concatPcm16, decodePcm16, durationMs, encodePcm16, pcm16ToBase64, resample, rms, silence, speechLike, tone, type ToneOptions } from "./audio.js";
export { speechLevel } from "./vad.js";
