/**
 * The subcommands' command lines, as data: what `main` needs to pick a command and print help, kept
 * apart from the commands themselves so that a usage error or `--help` loads neither the SDK nor the
 * validators.
 */
import { apiVersions } from "../versions.js";
import type { CommandSpec } from "./args.js";

export const converseCommand = {
  name: "converse",
  usage: "[converse] [options]",
  brief: "a voice conversation, with the local emulator unless --endpoint is given",
  summary:
    "Holds one voice turn: says a WAV file (or two seconds of speech-like sound) to a Voice Live session and writes the spoken reply to a WAV file. Without --endpoint it talks to the built-in local emulator; with one, the key comes from AZURE_VOICELIVE_API_KEY, or Entra ID is used through DefaultAzureCredential.",
  options: {
    endpoint: { type: "string", value: "URL", help: "a Voice Live endpoint (default: start the local emulator)" },
    model: { type: "string", value: "NAME", help: "the model (default gpt-realtime)" },
    "api-version": { type: "string", value: "V", help: "the API version (default: the newest dated version this SDK knows)" },
    input: { type: "string", value: "IN.wav", help: "a WAV file to say: any rate, mono or stereo, PCM, float or G.711" },
    output: { type: "string", value: "OUT.wav", help: "where to write the reply (default voicelive-response.wav)" },
    voice: { type: "string", value: "NAME", help: "the assistant's voice (default alloy)" },
    instructions: { type: "string", value: "TEXT", help: "the assistant's instructions" },
    fast: { type: "boolean", help: "send the audio as fast as possible instead of at real-time pace" },
    timeout: { type: "string", value: "SECONDS", help: "give up when no reply has come by then (default 60 + the input's length)" },
  },
} as const satisfies CommandSpec;

export const emulatorCommand = {
  name: "emulator",
  usage: "emulator [options]",
  brief: "the local Voice Live emulator, until Ctrl+C",
  summary: "Runs the local Voice Live emulator until Ctrl+C: an endpoint for the SDK that needs no account and no network.",
  options: {
    port: { type: "string", value: "N", help: "the port to listen on (default 8080; 0 picks a free one)" },
    host: { type: "string", value: "HOST", help: "the interface to listen on (default 127.0.0.1)" },
    "api-key": { type: "string", value: "KEY", help: "require this key (the api-key header); without it, any client is let in" },
    pace: { type: "boolean", help: "send reply audio at real time instead of as fast as possible" },
    verbose: { type: "boolean", help: "log handshakes (refusals with their HTTP status), sessions, and every event in and out" },
  },
} as const satisfies CommandSpec;

export const validateCommand = {
  name: "validate",
  usage: "validate FILE.jsonl... [options]",
  brief: "schema conformance of JSON Lines files of wire frames",
  summary: "Checks every line of JSON Lines files of wire frames (- reads stdin) against the schema of an API version. Exits 0 only when every frame is valid.",
  options: {
    "api-version": { type: "string", value: "V", help: `the API version whose schema applies: ${apiVersions.join(", ")} (default the newest)` },
    direction: { type: "string", value: "client|server", help: "check every frame as this side's (default: by each frame's type)" },
    quiet: { type: "boolean", help: "print only the summary" },
  },
  positionals: { min: 1, max: Infinity, name: "at least one FILE.jsonl, or - for stdin" },
} as const satisfies CommandSpec;
