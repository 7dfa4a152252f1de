/** Where a command writes: the process's streams, or a test's. Writes that return false are waited on (see `writeLine`). */
import { once } from "node:events";

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** Writes and, when the stream's buffer is full, waits for it to drain: a command printing a million lines holds a few of them in memory, not all. */
export async function writeLine(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}
