/** ai-voicelive/audio in a browser bundle: the pure helpers come without Node, and both entries export the same names. */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import * as browser from "../../src/audio/index.browser.js";
import * as node from "../../src/audio/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("audio: browser entry", () => {
  it("bundles for a browser with no Node module and no process bridge in it", async () => {
    const built = await esbuild.build({
      entryPoints: [`${root}src/audio/index.browser.ts`],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(built.metafile.inputs);
    assert.deepEqual(inputs.filter((i) => /^node:|child_process|player|recorder|process\.ts|tools\.ts/.test(i)), []);
    assert.ok(inputs.includes("src/audio/wav.ts") && inputs.includes("src/audio/resample.ts"));
  });

  it("exports what the Node entry exports; the process bridge says it needs Node", () => {
    assert.deepEqual(Object.keys(browser).sort(), Object.keys(node).sort());
    assert.throws(() => browser.createPlayer(), /createPlayer needs Node.*Web Audio/);
    assert.throws(() => browser.createRecorder(), /createRecorder needs Node/);
    assert.equal(browser.findAudioTool(), undefined);
  });
});
