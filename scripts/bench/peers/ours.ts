/**
 * This SDK as users run it: `VoiceLiveClient` with a key credential, `startSession`, one typed
 * handler per event kind of the flood (plus `onServerEvent`), validation on (the default).
 *
 * The key is passed as a plain `KeyCredential` (`{ key }`), not an `AzureKeyCredential`: the SDK
 * never loads `@azure/core-auth` for a key, and importing it in the application alone (about 1.2 MB
 * kept on the heap) makes V8 grow its young generation, which makes the first appends of any client
 * dearer, bare `ws` included (scripts/bench/README.md). The bare peer imports nothing of the kind,
 * so neither does this one. `BENCH_CHILD_FLAGS="--import @azure/core-auth"` loads it in every peer.
 * The SDK is loaded from dist/ (compiled JS; `npm run build`), never from src/: only its types
 * come from src/.
 */
import { pathToFileURL } from "node:url";
import type * as Sdk from "../../../src/index.js";
import { DIST_ENTRY } from "../sdk.js";
import { MODEL } from "../scenarios.js";
import type { App, Endpoint, Peer, PeerSession } from "../types.js";


export async function createPeer(endpoint: Endpoint): Promise<Peer> {
  const sdk = (await import(pathToFileURL(DIST_ENTRY).href)) as typeof Sdk;
  const client = new sdk.VoiceLiveClient(endpoint.http, { key: endpoint.key });
  return {
    name: "ours",
    async open(app: App): Promise<PeerSession> {
      const session = await client.startSession(MODEL, process.env.BENCH_NOVALID ? { validation: "off" } : {});
      // Subscribing after startSession: session.created was kept for the first subscriber.
      subscribeApp(session, app);
      return {
        sendAudio: (chunk) => session.sendAudio(chunk),
        createResponse: () => session.createResponse(),
        commitAudio: () => session.commitAudio(),
        close: () => session.close(),
      };
    },
  };
}

/**
 * The application's handlers: one per event kind of the flood, plus `onServerEvent`. They are made
 * once per application and shared by its sessions, as the bare peer shares its one `handleWireEvent`:
 * what a session costs is then the SDK's, not the application's closures.
 */
const appHandlers = new WeakMap<App, Sdk.VoiceLiveSessionHandlers>();

function handlersOf(app: App): Sdk.VoiceLiveSessionHandlers {
  let handlers = appHandlers.get(app);
  if (!handlers) {
    handlers = {
      onServerEvent: () => app.onEvent(),
      onResponseAudioDelta: (e) => app.onAudio(e.delta),
      onResponseAudioTranscriptDelta: (e) => app.onTranscript(e.delta),
      onResponseCreated: (e) => app.onResponseCreated(e.response.id),
      onResponseOutputItemAdded: (e) => app.onOutputItemAdded(e.item?.id),
      onConversationItemCreated: (e) => app.onItemCreated(e.item?.id),
      onResponseContentPartAdded: (e) => app.onPartAdded(e.itemId),
      onResponseContentPartDone: (e) => app.onPartDone("transcript" in e.part ? e.part.transcript : undefined),
      onResponseOutputItemDone: (e) => app.onOutputItemDone(e.item?.id),
      onResponseDone: (e) => app.onResponseDone(e.response.usage?.totalTokens),
      onInputAudioBufferCommitted: (e) => app.onCommitted(e.itemId),
      onSessionCreated: () => app.onSessionCreated(),
      onServerError: (e) => app.onError(e.error.message),
      onError: (err) => app.onError(`${err.code}: ${err.message}`),
    };
    appHandlers.set(app, handlers);
  }
  return handlers;
}

/** Subscribes the application's handlers to a session. */
export function subscribeApp(session: Sdk.VoiceLiveSession, app: App): void {
  session.subscribe(handlersOf(app));
}
