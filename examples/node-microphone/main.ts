/**
 * Talk to Voice Live from a terminal: the microphone to the session, the reply to the speakers.
 *
 * Run it: `npx tsx examples/node-microphone/main.ts [--input question.wav] [--output answer.wav] [--headphones]`
 * (the devices need sox or ffmpeg; see README.md).
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createPlayer, wavToPcm16, writeWav, type AudioPlayer } from "ai-voicelive/audio";
import { openService, runIfMain } from "../shared/service.js";
import { converse } from "./conversation.js";
import { microphone, type Microphone } from "./devices.js";
import { CollectingPlayer, recordedSource } from "./stand-ins.js";

runIfMain(import.meta, async () => {
  const { values } = parseArgs({
    options: {
      input: { type: "string" }, // a WAV to play as the microphone
      output: { type: "string" }, // a WAV to write what would be played
      headphones: { type: "boolean" }, // no echo to cancel
    },
  });
  // The files first: a bad one fails before anything starts.
  const input = values.input === undefined ? undefined : wavToPcm16(await readFile(values.input));
  if (values.output !== undefined) await writeFile(values.output, new Uint8Array());

  const service = await openService();
  let mic: Microphone | undefined;
  let speakers: AudioPlayer | undefined;
  try {
    mic = input ? undefined : microphone();
    const collecting = values.output === undefined ? undefined : new CollectingPlayer();
    speakers = collecting ? undefined : createPlayer();
    // Ctrl-C stops the microphone; the conversation then ends once the last answer has played.
    process.once("SIGINT", () => void mic?.stop());
    console.log(input ? `playing ${values.input} as the microphone` : "talk (Ctrl-C to stop)");
    await converse(service.client, mic?.source ?? recordedSource(input!), (collecting ?? speakers)!, {
      model: service.model,
      echoCancellation: !values.headphones,
    });
    if (collecting && values.output !== undefined) {
      await writeFile(values.output, writeWav(collecting.played(), { sampleRate: 24_000 }));
      console.log(`wrote ${values.output} (${Math.round(collecting.played().byteLength / 48)} ms)`);
    }
  } finally {
    await mic?.stop();
    await speakers?.close().catch(() => {}); // a failed player has told its error already
    await service.close();
  }
});
