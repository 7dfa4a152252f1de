/**
 * Lines of a byte stream, one at a time, in bounded memory: only the current line is held, and a line
 * longer than the limit is reported as such and skipped rather than gathered (a file of random bytes
 * or a stream with no newline must not fill memory). A UTF-8 byte order mark before the first line
 * and the CR of CRLF line ends are dropped, as editors on Windows write them.
 */

/** One line: its number and text, or why it has none. */
export type Line = { number: number; text: string } | { number: number; problem: string };

const BOM = [0xef, 0xbb, 0xbf];
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export async function* readLines(source: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  let pending = false; // bytes (or an overflow) since the last newline

  const finish = (): Line => {
    number++;
    const line = { number };
    if (tooLong) {
      tooLong = false;
      return { ...line, problem: `longer than ${maxLineBytes / 1024 / 1024} MiB: skipped` };
    }
    let bytes = parts.length === 1 ? parts[0] : concat(parts, size);
    parts = [];
    size = 0;
    if (number === 1 && BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(3);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { ...line, text: decoder.decode(bytes) };
    } catch {
      return { ...line, problem: "not UTF-8 text" };
    }
  };

  for await (const chunk of source) {
    const buffer = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    let start = 0;
    for (;;) {
      const newline = buffer.indexOf(0x0a, start);
      const end = newline === -1 ? buffer.length : newline;
      if (end > start) pending = true;
      if (!tooLong) {
        if (size + (end - start) > maxLineBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (end > start) {
          parts.push(buffer.subarray(start, end));
          size += end - start;
        }
      }
      if (newline === -1) break;
      yield finish();
      pending = false;
      start = newline + 1;
    }
  }
  if (pending) yield finish();
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
