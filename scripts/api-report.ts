/**
 * The public API reports in docs/api/, one per entry point, made by API Extractor from the ESM
 * build's declarations (dist/esm; `npm run build` first):
 *
 *   "ai-voicelive"           dist/esm/src/index.d.ts           docs/api/ai-voicelive.api.md
 *   "ai-voicelive/models"    dist/esm/src/models.d.ts          docs/api/ai-voicelive-models.api.md
 *   "ai-voicelive/emulator"  dist/esm/src/emulator/index.d.ts  docs/api/ai-voicelive-emulator.api.md
 *   "ai-voicelive/audio"     dist/esm/src/audio/index.d.ts     docs/api/ai-voicelive-audio.api.md
 *   "ai-voicelive/agent"     dist/esm/src/agent/index.d.ts     docs/api/ai-voicelive-agent.api.md
 *     (its browser entry, index.browser.d.ts, exports the same names; a test checks that)
 *
 *   tsx scripts/api-report.ts --update   rewrites the reports (`npm run api:update` builds first)
 *   tsx scripts/api-report.ts            exits with 1 when a report is out of date
 *
 * Types that an entry's API uses but does not export ("forgotten exports") are in its report too, so
 * a change to them shows. A test (test/package/api-report.test.ts) runs the check.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Extractor, ExtractorConfig, ExtractorLogLevel, ExtractorMessageCategory, type ExtractorMessage, type IConfigFile } from "@microsoft/api-extractor";

export const root = fileURLToPath(new URL("../", import.meta.url));
export const reportFolder = path.join(root, "docs/api");

export const entries = [
  { specifier: "ai-voicelive", declarations: "dist/esm/src/index.d.ts", report: "ai-voicelive" },
  { specifier: "ai-voicelive/models", declarations: "dist/esm/src/models.d.ts", report: "ai-voicelive-models" },
  { specifier: "ai-voicelive/emulator", declarations: "dist/esm/src/emulator/index.d.ts", report: "ai-voicelive-emulator" },
  { specifier: "ai-voicelive/audio", declarations: "dist/esm/src/audio/index.d.ts", report: "ai-voicelive-audio" },
  { specifier: "ai-voicelive/agent", declarations: "dist/esm/src/agent/index.d.ts", report: "ai-voicelive-agent" },
] as const;

/** Makes the report of every entry point from the current dist/esm. Returns file name → text. */
export function makeReports(): Map<string, string> {
  const reports = new Map<string, string>();
  const temp = mkdtempSync(path.join(os.tmpdir(), "ai-voicelive-api-"));
  mkdirSync(path.join(temp, "report"));
  try {
    for (const entry of entries) {
      const declarations = path.join(root, entry.declarations);
      if (!existsSync(declarations)) throw new Error(`${entry.declarations} is missing: run npm run build first`);
      const configObject: IConfigFile = {
        projectFolder: root,
        mainEntryPointFilePath: declarations,
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: "ES2022",
              lib: ["ES2023"],
              module: "NodeNext",
              moduleResolution: "NodeNext",
              types: ["node"],
              strict: true,
              skipLibCheck: true,
            },
            files: [declarations],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: entry.report,
          reportFolder: path.join(temp, "report"),
          reportTempFolder: path.join(temp, "work"),
          includeForgottenExports: true,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
          extractorMessageReporting: {
            default: { logLevel: ExtractorLogLevel.Warning },
            // The package has no release stages (@public, @beta, ...): everything exported is public.
            "ae-missing-release-tag": { logLevel: ExtractorLogLevel.None },
            // Not every member has a doc comment; the report marks those "(undocumented)".
            "ae-undocumented": { logLevel: ExtractorLogLevel.None },
            // Reported in the file instead (with includeForgottenExports, their declarations are there too).
            "ae-forgotten-export": { logLevel: ExtractorLogLevel.None, addToApiReportFile: true },
          },
          // Doc comments are written for readers and editors, not to the TSDoc grammar.
          tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        },
      };
      const config = ExtractorConfig.prepare({
        configObject,
        configObjectFullPath: undefined,
        packageJsonFullPath: path.join(root, "package.json"),
      });
      const problems: string[] = [];
      const result = Extractor.invoke(config, {
        localBuild: true,
        messageCallback: (message: ExtractorMessage) => {
          // Console messages are about the report files in the temporary folder (created, changed).
          if (message.category !== ExtractorMessageCategory.Console && (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning)) problems.push(message.formatMessageWithLocation(root));
          message.handled = true;
        },
      });
      if (!result.succeeded || problems.length > 0) {
        throw new Error(`API Extractor failed for ${entry.specifier}:\n${problems.join("\n")}`);
      }
      const file = `${entry.report}.api.md`;
      const text = readFileSync(path.join(temp, "report", file), "utf8")
        // Name the entry point, not only the package, in the heading of each report.
        .replace(/^## API Report File for "ai-voicelive"$/m, `## API Report File for "${entry.specifier}"`);
      reports.set(file, text);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return reports;
}

/** The names of the reports that differ from docs/api (missing, changed, or no longer made). */
export function outdatedReports(reports: Map<string, string>): string[] {
  const committed = existsSync(reportFolder) ? readdirSync(reportFolder).filter((f) => f.endsWith(".api.md")) : [];
  const names = new Set([...reports.keys(), ...committed]);
  return [...names].sort().filter((name) => {
    const file = path.join(reportFolder, name);
    return !reports.has(name) || !existsSync(file) || readFileSync(file, "utf8") !== reports.get(name);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const reports = makeReports();
  if (process.argv.includes("--update")) {
    mkdirSync(reportFolder, { recursive: true });
    for (const name of readdirSync(reportFolder)) if (name.endsWith(".api.md") && !reports.has(name)) rmSync(path.join(reportFolder, name));
    for (const [name, text] of reports) writeFileSync(path.join(reportFolder, name), text);
    console.log(`wrote ${[...reports.keys()].map((n) => `docs/api/${n}`).join(", ")}`);
  } else {
    const outdated = outdatedReports(reports);
    if (outdated.length > 0) {
      console.error(`the public API changed and docs/api is out of date (${outdated.join(", ")}): run npm run api:update and commit the reports`);
      process.exitCode = 1;
    } else {
      console.log("docs/api is up to date");
    }
  }
}
