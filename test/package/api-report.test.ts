/**
 * The committed API reports (docs/api/*.api.md) match the public API of the built declarations: a
 * change to the API needs `npm run api:update`, and the reports' diff shows it in review.
 */
import assert from "node:assert/strict";
import { entries, makeReports, outdatedReports, root } from "../../scripts/api-report.js";
import { ensureBuilt } from "./build.js";

describe("API reports (docs/api)", function () {
  this.timeout(180_000);
  let reports: Map<string, string>;

  before(async () => {
    await ensureBuilt();
    reports = makeReports();
  });

  it("are up to date: run npm run api:update after changing the public API", () => {
    const outdated = outdatedReports(reports);
    assert.deepEqual(outdated, [], `the public API changed and docs/api is out of date (${outdated.join(", ")}): run npm run api:update and commit the reports`);
  });

  it("cover every entry point, and hold no machine-specific paths", () => {
    assert.deepEqual([...reports.keys()].sort(), entries.map((e) => `${e.report}.api.md`).sort());
    for (const [name, text] of reports) {
      const entry = entries.find((e) => `${e.report}.api.md` === name)!;
      assert.ok(text.startsWith(`## API Report File for "${entry.specifier}"`), name);
      assert.ok(!text.includes(root) && !/[A-Za-z]:\\|\/tmp\//.test(text), `${name} holds a local path`);
    }
    assert.match(reports.get("ai-voicelive.api.md")!, /export class VoiceLiveClient[< ]/);
    assert.match(reports.get("ai-voicelive-models.api.md")!, /export function validateServerEvent\(/);
    assert.match(reports.get("ai-voicelive-emulator.api.md")!, /export function startEmulator\(/);
  });
});
