/**
 * Run by faults.test.ts in a child process: sessions that end through faults only (never through
 * close()), then an emulator shutdown. It never calls process.exit: the test checks that the process
 * ends by itself, which it cannot while a timer or socket of the SDK is left behind.
 */
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, type VoiceLiveSession } from "../../src/index.js";
import { startEmulator } from "../../src/emulator/index.js";

const emulator = await startEmulator({ apiKey: "k" });
const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("k"));
const closed = (s: VoiceLiveSession) => new Promise<void>((resolve) => s.subscribe({ onDisconnected: () => resolve() }));
const options = { pingIntervalInMs: 100, pongTimeoutInMs: 200 };

// A drop, a reconnect, then a refusal that ends reconnecting.
emulator.setFaults({ dropAfterEvents: 1 });
const a = client.createSession("gpt-realtime", { ...options, reconnect: { initialDelayInMs: 10 } });
const aClosed = closed(a);
await a.connect().catch(() => {});
emulator.setFaults({ refuseHandshake: { status: 401 } });
await aClosed;

// A dead peer.
emulator.setFaults({ stopReadingAfterEvents: 1 });
const b = client.createSession("gpt-realtime", options);
const bClosed = closed(b);
await b.connect();
await bClosed;

// A handshake that times out.
emulator.setFaults({ handshakeDelayMs: 1_000 });
await client.startSession("gpt-realtime", { ...options, timeoutInMs: 50 }).catch(() => {});

// A session the emulator's shutdown ends (1001).
emulator.setFaults(undefined);
const d = await client.startSession("gpt-realtime", options);
const dClosed = closed(d);
await emulator.close();
await dClosed;
console.log(`scenario done: ${[a, b, d].map((s) => s.state).join(", ")}`);
