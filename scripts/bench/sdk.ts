/**
 * This SDK's validation, loaded from dist/ (compiled JS). The validators may be loaded lazily
 * (`loadValidators(version)`) or eagerly (`validators[version]`), from src/validators.js or, in
 * earlier builds, generated/validators/index.js: all are handled, so that the harness keeps working
 * while the SDK changes (and can measure an earlier commit).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository: the nearest folder above this file whose package.json is this SDK's (the harness also runs compiled, from .bench-harness/). */
function findRoot(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      if ((JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string }).name === "ai-voicelive") return dir;
    } catch {
      // no package.json here
    }
    if (path.dirname(dir) === dir) throw new Error("cannot find the ai-voicelive repository above the bench harness");
  }
}

export const ROOT = findRoot();
/** The module Node loads for `import "ai-voicelive"` (the package's `exports`, its "node" condition when it has one). */
export const DIST_ENTRY = ((): string => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { import: { node?: string; default: string } }> };
  const main = pkg.exports["."].import;
  return path.join(ROOT, main.node ?? main.default);
})();

type Issues = readonly { message: string }[];
type RawValidate = (frame: unknown) => unknown[] | null;

export interface WireValidation {
  /** `validateWireEvent(frame, direction, version)` of dist/esm/src/validation.js. */
  validateWireEvent(frame: unknown, direction: "client" | "server", apiVersion: string): Issues;
  /** The generated validator of client events of the version, without the SDK's wording of errors. */
  rawValidateClientEvent: RawValidate;
}

export async function loadWireValidation(apiVersion: string): Promise<WireValidation> {
  const validation = (await import(pathToFileURL(path.join(ROOT, "dist/esm/src/validation.js")).href)) as { validateWireEvent: WireValidation["validateWireEvent"] };
  // The registry is src/validators.js since the runtime moved out of generated/; earlier builds had it in generated/.
  const registry = fs.existsSync(path.join(ROOT, "dist/esm/src/validators.js")) ? "dist/esm/src/validators.js" : "dist/esm/generated/validators/index.js";
  const generated = (await import(pathToFileURL(path.join(ROOT, registry)).href)) as {
    loadValidators?: (version: string) => Promise<{ validateClientEvent: RawValidate }>;
    validators?: Record<string, { validateClientEvent: RawValidate }>;
  };
  const raw = generated.loadValidators ? await generated.loadValidators(apiVersion) : generated.validators?.[apiVersion];
  if (!raw) throw new Error(`no generated validators for ${apiVersion} in ${registry}`);
  return { validateWireEvent: validation.validateWireEvent, rawValidateClientEvent: (f) => raw.validateClientEvent(f) };
}
