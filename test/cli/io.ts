/** An `Io` for running the command in this process: stdout and stderr gathered, stdin given. */
import { PassThrough, Readable } from "node:stream";
import type { Io } from "../../src/cli/io.js";

export function testIo(stdin: string | Buffer = ""): Io & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on("data", (d: Buffer) => chunks.out.push(d));
  stderr.on("data", (d: Buffer) => chunks.err.push(d));
  return {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(stdin)]),
    out: () => Buffer.concat(chunks.out).toString(),
    err: () => Buffer.concat(chunks.err).toString(),
  };
}
