/**
 * The rule that places an api-version string (src/versions.ts), checked against the modelled
 * versions as the generator lists them, so that adding a version needs no change here.
 */
import assert from "node:assert/strict";
import { apiVersions, isInApiVersion, latestApiVersion, resolveApiVersion, versionedNames, type ApiVersion } from "../../src/models.js";
import { isVoiceLiveError } from "../../src/index.js";

/** The day after an ISO date. */
const dayAfter = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);

describe("resolveApiVersion", () => {
  it("lists the modelled versions oldest first, and defaults to the newest", () => {
    assert.ok(apiVersions.length >= 2);
    assert.deepEqual([...apiVersions], [...apiVersions].sort());
    assert.equal(latestApiVersion, apiVersions.at(-1));
    assert.equal(resolveApiVersion(undefined), latestApiVersion);
  });

  it("maps a modelled version to itself", () => {
    for (const v of apiVersions) assert.equal(resolveApiVersion(v), v);
  });

  it("maps another dated version, a preview's included, to the oldest modelled version on or after it", () => {
    assert.equal(resolveApiVersion("2025-05-01-preview"), apiVersions[0]);
    for (let i = 1; i < apiVersions.length; i++) {
      const between = dayAfter(apiVersions[i - 1]);
      assert.equal(resolveApiVersion(between), apiVersions[i], between);
      assert.equal(resolveApiVersion(`${between}-preview`), apiVersions[i], `${between}-preview`);
    }
    assert.equal(resolveApiVersion(`${dayAfter(latestApiVersion)}-preview`), latestApiVersion);
    assert.equal(resolveApiVersion("2999-01-01"), latestApiVersion);
  });

  it("maps a label such as v1 to the newest", () => {
    assert.equal(resolveApiVersion("v1"), latestApiVersion);
  });

  it("refuses a name it cannot place, naming the known versions", () => {
    for (const name of ["banana", "", "2026-7-15", "latest", "V1"]) {
      assert.throws(
        () => resolveApiVersion(name),
        (e: unknown) => isVoiceLiveError(e) && e.code === "INVALID_ARGUMENT" && apiVersions.every((v) => e.message.includes(v)),
        name,
      );
    }
  });
});

describe("isInApiVersion", () => {
  it("answers from the generated table: each listed name exists in exactly its versions", () => {
    const names = Object.keys(versionedNames) as (keyof typeof versionedNames)[];
    assert.ok(names.length > 0);
    for (const name of names) {
      const has = apiVersions.filter((v: ApiVersion) => isInApiVersion(name, v));
      assert.deepEqual(has, [...versionedNames[name]], name);
      assert.ok(has.length > 0 && has.length < apiVersions.length, `${name} is in some versions only`);
    }
  });

  it("knows that 2025-10-01 has no input_text.delta and no expires_at", () => {
    assert.equal(isInApiVersion("ClientEventInputTextDelta", "2025-10-01"), false);
    assert.equal(isInApiVersion("ResponseSession.expires_at", "2025-10-01"), false);
    assert.equal(isInApiVersion("ResponseSession.expires_at", latestApiVersion), true);
  });
});
