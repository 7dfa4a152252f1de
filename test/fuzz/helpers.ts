/** Helpers shared by the fuzz suites: a server whose received frames can be awaited one by one, and Ajv 2020 oracles. */
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import type { VoiceLiveSession, VoiceLiveSessionOptions } from "../../src/index.js";
import { TestServer, type Peer, type WireFrame } from "../session/server.js";
import type { SchemaObject } from "./schema-arbitrary.js";

/** The frames a test server received, awaitable in order. */
export class Inbox {
  private readonly queue: WireFrame[] = [];
  private waiter?: (frame: WireFrame) => void;
  /** Every frame received, in order. */
  readonly all: WireFrame[] = [];

  push(frame: WireFrame): void {
    this.all.push(frame);
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w(frame);
    } else this.queue.push(frame);
  }

  /** How many frames arrived and were not taken yet. */
  get pending(): number {
    return this.queue.length;
  }

  /** The next frame, or a failure after `timeoutMs`. */
  next(timeoutMs = 2000): Promise<WireFrame> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new Error(`no frame reached the server within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = (frame) => {
        clearTimeout(timer);
        resolve(frame);
      };
    });
  }
}

/** A test server that feeds every frame it receives into an inbox. */
export async function serverWithInbox(): Promise<{ server: TestServer; inbox: Inbox }> {
  const inbox = new Inbox();
  const server = await TestServer.start({ onFrame: (frame) => inbox.push(frame) });
  return { server, inbox };
}

/** A frame without its `event_id`. */
export function withoutEventId(frame: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...frame };
  delete copy.event_id;
  return copy;
}

const compiled = new Map<string, ValidateFunction>();

/** The standard 2020-12 validator (ajv's) of a bundle's client events, independent of the SDK's precompiled ones; compiled once per bundle. */
export function standardClientValidator(bundle: SchemaObject): ValidateFunction {
  const known = compiled.get(bundle.$id!);
  if (known) return known;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  ajv.addSchema(bundle);
  const v = ajv.getSchema(`${bundle.$id}#/$defs/ClientEvent`);
  if (!v) throw new Error(`no ClientEvent in ${bundle.$id}`);
  compiled.set(bundle.$id!, v);
  return v;
}

/**
 * Runs `body` with a fresh server and a connected session of `apiVersion`, and closes both after.
 * (Set up inside each test: with `describeGuarded`, an async `after` hook in the block leaves mocha's own
 * hook timer visible to the guard's leak check, so these suites use no block-level async hooks.)
 */
export async function withSession<T>(
  apiVersion: string,
  body: (ctx: { server: TestServer; inbox: Inbox; session: VoiceLiveSession; peer: Peer }) => Promise<T>,
  options?: VoiceLiveSessionOptions,
): Promise<T> {
  const { server, inbox } = await serverWithInbox();
  try {
    const { session, peer } = await server.connected(options, { apiVersion });
    try {
      return await body({ server, inbox, session, peer });
    } finally {
      await session.close();
    }
  } finally {
    await server.close();
  }
}
