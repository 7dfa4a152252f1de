/**
 * The rule that places an api-version string (src/versions.ts), checked against the modelled
 * versions as the generator lists them, so that adding a version needs no change here.
 */
import assert from "node:assert/strict";
import {
  apiVersions,
  datedApiVersions,
  isInApiVersion,
  isLabelApiVersion,
  labelApiVersions,
  latestApiVersion,
  previewApiVersions,
  resolveApiVersion,
  versionedNames,
  type ApiVersion,
} from "../../src/models.js";
import { placeApiVersion } from "../../src/versions.js";
import { isVoiceLiveError } from "../../src/index.js";

/** The day after an ISO date. */
const dayAfter = (date: string) => new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);

describe("resolveApiVersion", () => {
  it("lists the dated versions oldest first, then the labels, and defaults to the newest generally available dated one, never a preview", () => {
    assert.ok(datedApiVersions.length >= 2);
    assert.deepEqual([...datedApiVersions], [...datedApiVersions].sort());
    assert.deepEqual([...apiVersions], [...datedApiVersions, ...labelApiVersions]);
    assert.ok(labelApiVersions.includes("v1" as never), "v1 is a modelled label");
    assert.ok(previewApiVersions.every((v) => v.endsWith("-preview") && (datedApiVersions as readonly string[]).includes(v)));
    // "v1" sorts after every date as a string: the default must not be the last entry of apiVersions.
    assert.equal(latestApiVersion, datedApiVersions.filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)).at(-1));
    assert.ok(!(previewApiVersions as readonly string[]).includes(latestApiVersion));
    assert.equal(resolveApiVersion(undefined), latestApiVersion);
  });

  it("maps a modelled version to itself, a modelled preview included", () => {
    for (const v of apiVersions) assert.equal(resolveApiVersion(v), v);
    for (const v of previewApiVersions) assert.deepEqual(placeApiVersion(v), { schemaVersion: v, kind: "modelled" });
  });

  it("maps another dated version, a preview's included, to the oldest modelled version on or after it", () => {
    assert.equal(resolveApiVersion("2025-05-01-preview"), datedApiVersions[0]);
    for (let i = 1; i < datedApiVersions.length; i++) {
      const between = dayAfter(datedApiVersions[i - 1].slice(0, 10));
      if (between >= datedApiVersions[i].slice(0, 10)) continue; // consecutive days: nothing lies between them
      assert.equal(resolveApiVersion(between), datedApiVersions[i], between);
      assert.equal(resolveApiVersion(`${between}-preview`), datedApiVersions[i], `${between}-preview`);
    }
  });

  it("maps a date after every modelled version to the newest dated one, so that nothing a newer service has is refused", () => {
    const newest = datedApiVersions.at(-1)!;
    assert.equal(resolveApiVersion(`${dayAfter(newest.slice(0, 10))}-preview`), newest);
    assert.equal(resolveApiVersion("2999-01-01"), newest);
  });

  it("never places a dated version on a label, and an unmodelled label on the newest modelled label", () => {
    for (const date of ["2000-01-01", ...datedApiVersions, "2999-12-31-preview"]) assert.ok(!isLabelApiVersion(date), date);
    assert.equal(resolveApiVersion("v1"), "v1");
    assert.equal(resolveApiVersion("v2"), labelApiVersions.at(-1));
    assert.ok(isLabelApiVersion("v1") && isLabelApiVersion("v2"));
  });

  it("places virtual-public-preview, which has no date, with the label version it previews", () => {
    assert.equal(placeApiVersion("virtual-public-preview").schemaVersion, labelApiVersions.at(-1));
    assert.equal(placeApiVersion("virtual-public-preview").kind, "label");
  });

  it("refuses a name it cannot place, naming the known versions", () => {
    for (const name of ["banana", "", "2026-7-15", "latest", "V1", "preview", "-preview", "Virtual-Public-Preview"]) {
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
