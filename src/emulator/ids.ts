/** Ids in the service's style: a prefix, an underscore, and 22 random letters and digits (`event_…`, `item_…`). */
import { randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A new random id such as `event_Bx3…`. */
export function newId(prefix: string): string {
  const bytes = randomBytes(22);
  let out = `${prefix}_`;
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}
