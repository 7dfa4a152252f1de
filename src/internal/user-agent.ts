/**
 * The `User-Agent` of a handshake, in the Azure SDKs' form: the application's prefix, then
 * `azsdk-js-<package>/<version>`, then the platform. Node only (browsers send their own).
 */
import os from "node:os";
import { SDK_VERSION } from "./version.js";

let platform: string | undefined;

export function userAgent(prefix?: string): string {
  platform ??= `Node/${process.versions.node} OS/(${os.arch()}-${os.type()}-${os.release()})`;
  return [prefix, `azsdk-js-ai-voicelive/${SDK_VERSION}`, platform].filter(Boolean).join(" ");
}
