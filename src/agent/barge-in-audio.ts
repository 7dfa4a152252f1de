/**
 * How many bytes a millisecond of the service's output audio takes, by output format: barge-in
 * needs it to know how much of an item has arrived, the metrics to know how long a reply is.
 */
import { KnownOutputAudioFormat } from "../../generated/known.js";
import type { OutputAudioFormat } from "../../generated/models.js";

const bytesPerMsByFormat: Readonly<Record<string, number>> = {
  [KnownOutputAudioFormat.Pcm16]: 48, // 24 kHz, 2 bytes a sample
  [KnownOutputAudioFormat.Pcm1616000Hz]: 32,
  [KnownOutputAudioFormat.Pcm168000Hz]: 16,
  [KnownOutputAudioFormat.G711Ulaw]: 8, // 8 kHz, 1 byte a sample
  [KnownOutputAudioFormat.G711Alaw]: 8,
};

/** Bytes per ms of output audio in `format`; the session default (`pcm16`, 24 kHz) for a format this SDK does not know. */
export function outputBytesPerMs(format: OutputAudioFormat | undefined): number {
  return (format !== undefined && bytesPerMsByFormat[format]) || bytesPerMsByFormat[KnownOutputAudioFormat.Pcm16];
}
