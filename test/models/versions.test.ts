import assert from "node:assert/strict";
import { apiVersions, latestApiVersion, resolveApiVersion } from "../../src/models.js";

describe("resolveApiVersion", () => {
  it("knows the two GA versions and defaults to the newest", () => {
    assert.deepEqual([...apiVersions], ["2025-10-01", "2026-07-15"]);
    assert.equal(latestApiVersion, "2026-07-15");
    assert.equal(resolveApiVersion(undefined), "2026-07-15");
  });

  it("maps a version to the oldest modelled version not older than it", () => {
    assert.equal(resolveApiVersion("2025-10-01"), "2025-10-01");
    assert.equal(resolveApiVersion("2025-05-01-preview"), "2025-10-01");
    assert.equal(resolveApiVersion("2026-01-01-preview"), "2026-07-15");
    assert.equal(resolveApiVersion("2026-04-10"), "2026-07-15");
    assert.equal(resolveApiVersion("2026-07-15"), "2026-07-15");
  });

  it("maps newer and unknown versions to the newest", () => {
    assert.equal(resolveApiVersion("2027-03-01"), "2026-07-15");
    assert.equal(resolveApiVersion("v1"), "2026-07-15");
    assert.equal(resolveApiVersion(""), "2026-07-15");
  });
});
