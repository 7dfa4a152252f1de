/**
 * `npm start`. The main job, a whole voice conversation against the built-in local emulator, is not
 * built yet. Until it is, this shows what the SDK does today: typed events, checked against the wire
 * schema of an API version before they would be sent.
 */
import { validateClientEvent, type ClientEvent } from "../src/models.js";

const events: ClientEvent[] = [
  {
    type: "session.update",
    session: {
      instructions: "You are a concise assistant.",
      voice: { type: "azure-standard", name: "en-US-Ava:DragonHDLatestNeural" },
      turnDetection: { type: "azure_semantic_vad", threshold: 0.5, silenceDurationInMs: 500 },
    },
  },
  { type: "session.update", session: { turnDetection: { type: "server_vad", threshold: 1.5 } } },
  { type: "input_text.delta", id: "txt_1", delta: "Hello" },
];

console.log("ai-voicelive: coming next is `npm start` running a whole voice conversation against a local emulator.");
console.log("Today: typed Voice Live events, validated against the wire schema before they are sent.\n");
for (const version of ["2026-07-15", "2025-10-01"]) {
  for (const event of events) {
    const issues = validateClientEvent(event, version);
    console.log(`${version}  ${event.type.padEnd(18)} ${issues.length ? `rejected: ${issues[0].message}` : "valid"}`);
  }
}
