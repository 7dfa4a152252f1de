/**
 * The `ai-voicelive` command.
 *
 *   ai-voicelive [converse] [--endpoint URL] [--model M] [--api-version V] [--input in.wav] [--output out.wav] [--fast]
 *   ai-voicelive emulator [--port 8080] [--host 127.0.0.1] [--api-key KEY] [--pace]
 *   ai-voicelive validate frames.jsonl [--api-version V] [--direction client|server] [--quiet]
 *
 * Without `--endpoint`, `converse` talks to the built-in local emulator. With it, the key comes from
 * AZURE_VOICELIVE_API_KEY, or Entra ID is used through DefaultAzureCredential.
 */
import { parseArgs } from "node:util";
import type { EventDirection } from "../validation.js";

const USAGE = `usage:
  ai-voicelive [converse] [--endpoint URL] [--model NAME] [--api-version V] [--input IN.wav] [--output OUT.wav] [--fast]
  ai-voicelive emulator [--port N] [--host H] [--api-key KEY] [--pace]
  ai-voicelive validate FILE.jsonl [--api-version V] [--direction client|server] [--quiet]
`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      endpoint: { type: "string" },
      model: { type: "string" },
      "api-version": { type: "string" },
      input: { type: "string" },
      output: { type: "string", default: "voicelive-response.wav" },
      voice: { type: "string" },
      instructions: { type: "string" },
      fast: { type: "boolean", default: false },
      port: { type: "string", default: "8080" },
      host: { type: "string", default: "127.0.0.1" },
      "api-key": { type: "string" },
      pace: { type: "boolean", default: false },
      direction: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command = "converse", ...rest] = positionals;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  switch (command) {
    case "converse": {
      const { converse } = await import("./converse.js");
      await converse({
        endpoint: values.endpoint,
        model: values.model,
        apiVersion: values["api-version"],
        input: values.input,
        output: values.output!,
        voice: values.voice,
        instructions: values.instructions,
        realtime: !values.fast,
      });
      return 0;
    }
    case "emulator": {
      const { startEmulator } = await import("../emulator/index.js");
      const emulator = await startEmulator({ host: values.host, port: Number(values.port), apiKey: values["api-key"], realtimePacing: values.pace });
      process.stdout.write(`Voice Live emulator listening at ${emulator.url} (endpoint for the SDK; ${values["api-key"] ? "api-key required" : "no auth"}). Ctrl+C stops it.\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void emulator.close().then(resolve);
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      return 0;
    }
    case "validate": {
      const file = rest[0];
      if (!file) {
        process.stderr.write(USAGE);
        return 2;
      }
      const direction = values.direction as EventDirection | undefined;
      if (direction && direction !== "client" && direction !== "server") {
        process.stderr.write("--direction must be client or server\n");
        return 2;
      }
      const { runValidate } = await import("./validate.js");
      return runValidate(file, { apiVersion: values["api-version"], direction, quiet: values.quiet });
    }
    default:
      process.stderr.write(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
      return 2;
  }
}
