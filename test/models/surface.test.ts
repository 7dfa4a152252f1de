/**
 * The public surface: the root export is the client, the session, errors, credentials, guards and
 * `Known*` constants (model types have no runtime names); serializers, tables and validators are in
 * `ai-voicelive/models`; the generator's internal tables are exported nowhere.
 */
import assert from "node:assert/strict";
import * as emulator from "../../src/emulator/index.js";
import * as root from "../../src/index.js";
import * as models from "../../src/models.js";

/** Tables the handwritten layer uses internally: exporting them would make every generator refactor a semver change. */
const INTERNAL = ["wireFields", "dispatchTable", "eventModels", "audioEventFields", "serverEventBytesFields", "sessionUpdateEvent", "validatorModules", "allValidatorModules"];

describe("the public surface", () => {
  it("root: the client, the session, errors, credentials, guards, versions and Known* constants, and nothing of the protocol's machinery", () => {
    const names = Object.keys(root);
    for (const name of ["VoiceLiveClient", "VoiceLiveSession", "VoiceLiveError", "isVoiceLiveError", "anonymousCredential", "isUnknownServerEvent", "unknownEventType", "KnownOAIVoice", "apiVersions"]) {
      assert.ok(names.includes(name), name);
    }
    const machinery = names.filter((n) => /^(serialize|deserialize|validate|loadValidators|validatorsFor|validators$)/.test(n) || INTERNAL.includes(n));
    assert.deepEqual(machinery, []);
    const other = names.filter((n) => !n.startsWith("Known"));
    assert.ok(other.length <= 25, `${other.length} runtime names besides Known*: ${other.join(", ")}`);
  });

  it("models: serializers in all four directions, public tables and validation, and no internal table", () => {
    const names = Object.keys(models);
    for (const name of ["serializeClientEvent", "deserializeServerEvent", "serializeServerEvent", "deserializeClientEvent", "validators", "validateWireEvent", "validateClientEvent", "validateServerEvent", "eventTypesByVersion", "realtimeEndpoint", "versionedNames", "KnownServerEventType"]) {
      assert.ok(names.includes(name), name);
    }
    assert.deepEqual(names.filter((n) => INTERNAL.includes(n)), []);
  });

  it("emulator: no serializer or table", () => {
    assert.deepEqual(Object.keys(emulator).filter((n) => /^(serialize|deserialize)/.test(n) || INTERNAL.includes(n)), []);
  });
});
