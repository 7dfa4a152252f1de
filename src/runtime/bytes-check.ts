// placeholder until the shape check lands
import type { WireObject } from "./convert.js";
import { serverEventBytesFields } from "../../generated/tables.js";
export function malformedBytesField(frame: WireObject, type: string): string | undefined {
  for (const f of serverEventBytesFields[type] ?? []) if (frame[f] !== undefined && typeof frame[f] !== "string") return f;
  return undefined;
}
