/**
 * Where the recipes connect when run from the command line: Azure AI Voice Live when
 * `AZURE_VOICELIVE_ENDPOINT` is set (with `AZURE_VOICELIVE_API_KEY`, or Entra ID through
 * `DefaultAzureCredential` without it), else the SDK's local emulator on a free loopback port, so
 * that every recipe runs offline as it is. Tests skip this and pass each recipe a client of their own.
 */
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type TokenCredential } from "ai-voicelive";
import { startEmulator, type EmulatorOptions } from "ai-voicelive/emulator";
import { pathToFileURL } from "node:url";

export interface Service {
  client: VoiceLiveClient;
  /** The model deployment to ask for: `AZURE_VOICELIVE_MODEL`, default `gpt-realtime`. */
  model: string;
  /** Whether this is the local emulator (then `emulator` options such as its responder applied). */
  local: boolean;
  /** Stops the emulator, if one was started. */
  close(): Promise<void>;
}

/**
 * The service to talk to. `emulator` configures the emulator that stands in when no endpoint is
 * set (a recipe that needs the model to call a function scripts that here); it is ignored for Azure.
 */
export async function openService(emulator: Omit<EmulatorOptions, "apiKey"> = {}): Promise<Service> {
  const model = process.env.AZURE_VOICELIVE_MODEL ?? "gpt-realtime";
  const endpoint = process.env.AZURE_VOICELIVE_ENDPOINT;
  if (endpoint) {
    const key = process.env.AZURE_VOICELIVE_API_KEY;
    return { client: new VoiceLiveClient(endpoint, key ? new AzureKeyCredential(key) : await entraCredential()), model, local: false, close: async () => {} };
  }
  const local = await openLocalEmulator(emulator);
  return { client: new VoiceLiveClient(local.url, new AzureKeyCredential(local.key)), model, local: true, close: local.close };
}

/** The SDK's local emulator with a key of its own, for a recipe that needs the endpoint and key themselves (a proxy). */
export async function openLocalEmulator(emulator: Omit<EmulatorOptions, "apiKey"> = {}): Promise<{ url: string; key: string; close(): Promise<void> }> {
  const key = "local-emulator-key";
  const local = await startEmulator({ ...emulator, apiKey: key });
  console.error(`(no AZURE_VOICELIVE_ENDPOINT: talking to the local emulator at ${local.url})`);
  return { url: local.url, key, close: () => local.close() };
}

/** `DefaultAzureCredential`, loaded only when it is needed (it is the heaviest import of all). */
async function entraCredential(): Promise<TokenCredential> {
  const { DefaultAzureCredential } = await import("@azure/identity");
  return new DefaultAzureCredential();
}

/**
 * Runs `main` when the file is the one Node was started with (`npx tsx examples/x/main.ts`), not
 * when a test imports it; a failure prints its message and sets a non-zero exit code.
 */
export function runIfMain(meta: ImportMeta, main: () => Promise<void>): void {
  if (!process.argv[1] || meta.url !== pathToFileURL(process.argv[1]).href) return;
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? `${e.name}: ${e.message}` : e);
    process.exitCode = 1;
  });
}
