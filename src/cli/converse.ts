/**
 * `ai-voicelive [converse]`, the main job: a whole voice conversation through the public SDK API.
 * Without an endpoint it starts the local emulator on a free loopback port, so it needs no account
 * and no network.
 *
 * Everything that can be checked is checked before anything starts (options, the input file, the
 * output's folder); the emulator, the session and every timer are closed on every path out.
 */
import type { KeyCredential, TokenCredential } from "@azure/core-auth";
import { AzureKeyCredential } from "@azure/core-auth";
import { writeFile } from "node:fs/promises";
import { writeWav } from "../audio/index.js";
import type { VoiceLiveClient } from "../client.js";
import { concatPcm16, encodePcm16, silence, speechLike } from "../emulator/audio.js";
import { isVoiceLiveError } from "../errors.js";
import { resolveApiVersion } from "../versions.js";
import { helpText, parseCommand } from "./args.js";
import { converseCommand } from "./commands.js";
import { holdTurn, RATE, VAD_SILENCE_MS } from "./conversation.js";
import { CliError, isCliError, UsageError } from "./failure.js";
import { checkOutputPath, readInputWav } from "./files.js";
import type { Io } from "./io.js";
import { Timeline } from "./timeline.js";

/**
 * The end of the input is the end of the user's turn. The session runs server voice activity
 * detection, which ends a turn after `VAD_SILENCE_MS` of silence: a recording that stops right after
 * the last word would never end its turn. So the input gets that much silence and a margin appended,
 * as a microphone would have sent. An explicit `input_audio_buffer.commit` is not used: with server
 * VAD on it races the service's own commit (an empty-buffer error, or the turn's tail committed as a
 * second item that gets a second reply), and silence is handled the same by the emulator and the service.
 */
const TRAILING_SILENCE_MS = VAD_SILENCE_MS + 500;

/** Runs the command; resolves with the exit code. */
export async function runConverse(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommand(converseCommand, argv);
  if (values.help) {
    io.stdout.write(helpText(converseCommand));
    return 0;
  }
  const timeoutSeconds = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
    throw new UsageError("converse", `--timeout must be a number of seconds above 0 (got ${JSON.stringify(values.timeout)})`);
  }
  for (const name of ["model", "voice", "output", "input"] as const) {
    if (values[name] === "") throw new UsageError("converse", `--${name} must not be empty`);
  }
  try {
    resolveApiVersion(values["api-version"]);
  } catch (e) {
    throw new UsageError("converse", `--api-version: ${(e as Error).message}`);
  }
  if (values.endpoint !== undefined && !URL.canParse(values.endpoint)) {
    throw new UsageError("converse", `--endpoint ${JSON.stringify(values.endpoint)} is not a URL, such as https://my-resource.services.ai.azure.com`);
  }
  const output = values.output ?? "voicelive-response.wav";
  const speech = values.input ? await readInputWav(values.input, RATE) : encodePcm16(concatPcm16([silence(300), speechLike(1900)]));
  await checkOutputPath(output);
  const input = new Uint8Array(speech.length + ((RATE * TRAILING_SILENCE_MS) / 1000) * 2);
  input.set(speech);
  const timeoutMs = timeoutSeconds !== undefined ? timeoutSeconds * 1000 : 60_000 + Math.round((input.length / 2 / RATE) * 1000);

  const clientOptions = { apiVersion: values["api-version"], userAgentOptions: { userAgentPrefix: "ai-voicelive-cli" } };
  // With an endpoint, the client is made now, so that a URL it refuses fails before anything starts.
  // The SDK is loaded once the command line is known to be good: a usage error answers at once.
  const { VoiceLiveClient } = await import("../client.js");
  let client: VoiceLiveClient | undefined;
  if (values.endpoint) {
    const credential = await credentialFromEnvironment();
    try {
      client = new VoiceLiveClient(values.endpoint, credential, clientOptions);
    } catch (e) {
      throw isVoiceLiveError(e) ? new UsageError("converse", `--endpoint: ${e.message}`) : e;
    }
  }

  const interrupted = new AbortController();
  const onSigint = () => interrupted.abort();
  process.once("SIGINT", onSigint);
  let emulator: { url: string; close(): Promise<void> } | undefined;
  const timeline = new Timeline();
  try {
    if (!values.endpoint) {
      const { startEmulator } = await import("../emulator/index.js");
      emulator = await startEmulator({ apiKey: "emulator-key" });
      client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("emulator-key"), clientOptions);
    }
    const model = values.model ?? "gpt-realtime";
    io.stdout.write(`ai-voicelive: a voice conversation with ${emulator ? "the local Voice Live emulator (no account needed)" : values.endpoint}\n`);
    io.stdout.write(`  endpoint ${emulator?.url ?? values.endpoint}   model ${model}   api-version ${client!.apiVersion}\n\n`);
    const reply = await holdTurn({
      client: client!,
      model,
      instructions: values.instructions ?? "You are a friendly assistant. Answer in one short sentence.",
      voice: values.voice ?? "alloy",
      input,
      realtime: !values.fast,
      timeoutMs,
      timeline,
      write: (t) => void io.stdout.write(t),
      interactive: Boolean(io.stdout.isTTY),
      signal: interrupted.signal,
    }).catch((e: unknown) => {
      if (isCliError(e)) io.stderr.write(`\ntimeline so far\n${timeline.milestones.join("\n")}\n\nevents received\n${timeline.events().join("\n")}\n\n`);
      throw e;
    });
    await writeFile(output, writeWav(reply, { sampleRate: RATE })).catch((e: Error) => {
      throw new CliError(`--output ${output}: cannot write it: ${e.message}`);
    });
    io.stdout.write(`\ntimeline\n${timeline.milestones.join("\n")}\n\nwrote ${output} (${(reply.length / 2 / RATE).toFixed(2)} s, 24 kHz, 16-bit mono)\n`);
    return 0;
  } finally {
    process.off("SIGINT", onSigint);
    await emulator?.close();
  }
}

/** A key from AZURE_VOICELIVE_API_KEY, or Entra ID through DefaultAzureCredential. */
async function credentialFromEnvironment(): Promise<KeyCredential | TokenCredential> {
  const key = process.env.AZURE_VOICELIVE_API_KEY;
  if (key) return new AzureKeyCredential(key);
  try {
    const identity = (await import("@azure/identity")) as { DefaultAzureCredential: new () => TokenCredential };
    return new identity.DefaultAzureCredential();
  } catch {
    throw new CliError("set AZURE_VOICELIVE_API_KEY, or install @azure/identity to sign in with Entra ID");
  }
}
