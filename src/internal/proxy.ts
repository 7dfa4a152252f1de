/**
 * The standard proxy environment variables, as the Azure SDKs read them: `HTTPS_PROXY` (or
 * `HTTP_PROXY`, `ALL_PROXY`, in either case) and `NO_PROXY`.
 *
 * Two kinds of target never go through a proxy, whatever the variables say:
 * - loopback (`localhost`, `127.0.0.0/8`, `::1`): a proxy elsewhere cannot reach this machine's
 *   servers (a local emulator, say), and would be handed the handshake, credential included;
 * - plaintext (`ws:`, `http:`): through a CONNECT tunnel the proxy would read every frame.
 */
import type { Agent } from "node:http";
import { isLoopback, isPlaintext } from "./url.js";

const env = (name: string) => process.env[name] ?? process.env[name.toLowerCase()];

/** The proxy URL for a target URL, or undefined when none applies. */
export function proxyFor(target: URL): string | undefined {
  if (isPlaintext(target) || isLoopback(target.hostname)) return undefined;
  const proxy = env("HTTPS_PROXY") ?? env("HTTP_PROXY") ?? env("ALL_PROXY");
  if (!proxy || bypassed(target)) return undefined;
  // `host:port` without a scheme means an http proxy, as curl and the Azure SDKs read it.
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

function bypassed(target: URL): boolean {
  const list = (env("NO_PROXY") ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const host = target.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = target.port || "443";
  return list.some((entry) => {
    if (entry === "*") return true;
    const bareIPv6 = !entry.startsWith("[") && entry.split(":").length > 2;
    const [name, entryPort] = entry.startsWith("[") ? [entry.slice(1, entry.indexOf("]")), entry.split("]:")[1]] : bareIPv6 ? [entry, undefined] : entry.split(":");
    if (entryPort && entryPort !== port) return false;
    const bare = name.replace(/^\*?\./, "");
    return host === bare || host.endsWith(`.${bare}`);
  });
}

/** An agent that tunnels through the proxy that applies to `target`, if any (the agent's code loads only then). */
export async function proxyAgentFor(target: URL): Promise<Agent | undefined> {
  const proxy = proxyFor(target);
  if (!proxy) return undefined;
  const { HttpsProxyAgent } = await import("https-proxy-agent");
  return new HttpsProxyAgent(proxy) as unknown as Agent;
}
