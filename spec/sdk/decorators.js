// The implementations of the decorators declared in spec/sdk.tsp. They only record what the spec
// says; scripts/codegen/sdk.ts reads it back (with the same keys) and checks it.

/** The state keys, shared with scripts/codegen/sdk.ts through the global symbol registry. */
const keys = {
  sendMethod: Symbol.for("ai-voicelive/sdk/sendMethod"),
  binaryAudio: Symbol.for("ai-voicelive/sdk/binaryAudio"),
  audioFormatSetting: Symbol.for("ai-voicelive/sdk/audioFormatSetting"),
  realtimeEndpoint: Symbol.for("ai-voicelive/sdk/realtimeEndpoint"),
  queryParam: Symbol.for("ai-voicelive/sdk/queryParam"),
  labelVersion: Symbol.for("ai-voicelive/sdk/labelVersion"),
  movedTo: Symbol.for("ai-voicelive/sdk/movedTo"),
  supersedes: Symbol.for("ai-voicelive/sdk/supersedes"),
};

/**
 * @param {string} key
 * @returns {(context: { program: { stateMap(key: symbol): Map<unknown, unknown> } }, target: unknown, ...args: unknown[]) => void}
 */
function record(key) {
  return (context, target, ...args) => {
    context.program.stateMap(keys[key]).set(target, args);
  };
}

export const $decorators = {
  "VoiceLive.Sdk": {
    sendMethod: record("sendMethod"),
    binaryAudio: record("binaryAudio"),
    audioFormatSetting: record("audioFormatSetting"),
    realtimeEndpoint: record("realtimeEndpoint"),
    queryParam: record("queryParam"),
    labelVersion: record("labelVersion"),
    movedTo: record("movedTo"),
    supersedes: record("supersedes"),
  },
};
