/**
 * Proxies in a browser: the browser's own settings apply, and there is no agent to give a socket.
 * The package's `browser` map puts this file in place of `proxy.ts`. Same exports.
 */

/** The proxy URL for a target URL: never one in a browser (no proxy environment variables). */
export function proxyFor(_target: URL): string | undefined {
  return undefined;
}

/** An agent for a proxy: never one in a browser. */
export async function proxyAgentFor(_target: URL): Promise<undefined> {
  return undefined;
}
