/**
 * The socket under a session, in a browser: the native `WebSocket`, through the WHATWG transport
 * (`web-socket-transport.ts`, which says what a browser cannot do and how that is reported). The
 * package's `browser` map puts this file in place of `transport.ts`, so `ws` never reaches a browser
 * bundle. Same exports.
 */
import { webSocketTransport, type TransportFactory } from "../transport.js";

export type { Transport, TransportEvents, TransportFactory, TransportInit } from "../transport.js";

/** Nothing to load: the global `WebSocket` is there. */
export async function loadTransport(): Promise<void> {}

/** Opens a transport on the global `WebSocket` (looked up at each connect). */
export const openTransport: TransportFactory = webSocketTransport();
