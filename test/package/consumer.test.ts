/**
 * The package as a user gets it: built, packed with `npm pack`, installed from the tarball into a new
 * project (offline, from npm's cache; with the registry only as a fallback) with `--engine-strict`, so that
 * a dependency whose `engines` excludes the Node.js running the test (Node 20 in CI) fails the install, and used from there:
 * `import` and `require` of every entry point, a session with the emulator in both, the command, the
 * declarations type-checked by a consumer under `node16` and `bundler` resolution, a bundle, and the
 * publishing checks (@arethetypeswrong/cli, publint, `npm publish --dry-run`).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { apiVersions } from "../../src/versions.js";
import { ensureBuilt, root, run } from "./build.js";

const bin = (pkg: string, file: string) => path.join(root, "node_modules", pkg, file);
const tsc = bin("typescript", "bin/tsc");
const rootPkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
};

/** The environment for child npm commands: none of the settings `npm test` passes to its scripts. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_(package|lifecycle|config_(local_)?prefix$)/i.test(key)) delete env[key];
  return env;
}

async function npm(args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run("npm", args, { cwd, env: npmEnv(), maxBuffer: 64 << 20, shell: process.platform === "win32" });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`, { cause: e });
  }
}

async function node(args: string[], cwd: string): Promise<string> {
  try {
    return (await run(process.execPath, args, { cwd, maxBuffer: 16 << 20 })).stdout;
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`, { cause: e });
  }
}

/** Apparent size in bytes of the files under a folder. */
function bytes(dir: string): number {
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(dir).reduce((sum, name) => sum + bytes(path.join(dir, name)), 0);
}

const SESSION = (say: string) => `
  const emulator = await startEmulator({ apiKey: "consumer-key" });
  const client = new VoiceLiveClient(emulator.url, new AzureKeyCredential("consumer-key"));
  const session = await client.startSession("gpt-realtime");
  await session.addConversationItem({ type: "message", role: "user", content: [{ type: "input_text", text: ${JSON.stringify(say)} }] });
  const transcript = session.waitFor("response.audio_transcript.done");
  const done = session.waitFor("response.done");
  await session.createResponse();
  out.transcript = (await transcript).transcript;
  out.status = (await done).response.status;
  await session.close();
  out.state = session.state;
  await emulator.close();
  let refused;
  try {
    await session.sendEvent({ type: "input_audio_buffer.commit" });
  } catch (e) {
    refused = e;
  }
  out.refusedAfterClose = isVoiceLiveError(refused) ? refused.code : String(refused);
`;

const CHECKS = `
  out.issue = validateClientEvent({ type: "session.update", session: { turnDetection: { type: "server_vad", threshold: 1.5 } } }, "2026-07-15")[0]?.message;
  out.serverIssues = validateServerEvent(deserializeServerEvent({ type: "response.done", event_id: "e", response: { id: "r", object: "realtime.response", status: "completed", output: [] } }), "2026-07-15").length;
  out.versions = Object.keys(validators).sort();
  out.client = new VoiceLiveClient("https://example.invalid", new AzureKeyCredential("k")).endpoint;
  out.tone = tone({ frequency: 440, durationMs: 10, sampleRate: 24000 }).length;
`;

const ESM = `
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AzureKeyCredential } from "@azure/core-auth";
import { VoiceLiveClient, isVoiceLiveError } from "ai-voicelive";
import { deserializeServerEvent, validateClientEvent, validateServerEvent, validators } from "ai-voicelive/models";
import { startEmulator, tone } from "ai-voicelive/emulator";
import { wavToPcm16, writeWav } from "ai-voicelive/audio";

const out = {};
out.resolved = ["ai-voicelive", "ai-voicelive/models", "ai-voicelive/emulator", "ai-voicelive/audio", "ai-voicelive/agent"].map((s) => fileURLToPath(import.meta.resolve(s)).split("node_modules/ai-voicelive/")[1]);
out.wav = wavToPcm16(writeWav(new Uint8Array(8), { sampleRate: 48000 })).length;
out.schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("ai-voicelive/schema/2026-07-15.json")), "utf8")).$schema;
out.version = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("ai-voicelive/package.json")), "utf8")).version;
${CHECKS}
${SESSION("hello from ESM")}
console.log(JSON.stringify(out));
`;

const CJS = `
const { AzureKeyCredential } = require("@azure/core-auth");
const { VoiceLiveClient, VoiceLiveError, isVoiceLiveError } = require("ai-voicelive");
const { deserializeServerEvent, validateClientEvent, validateServerEvent, validators } = require("ai-voicelive/models");
const { startEmulator, tone } = require("ai-voicelive/emulator");
const { wavToPcm16, writeWav } = require("ai-voicelive/audio");

(async () => {
  const out = {};
  out.resolved = ["ai-voicelive", "ai-voicelive/models", "ai-voicelive/emulator", "ai-voicelive/audio", "ai-voicelive/agent"].map((s) => require.resolve(s).split("node_modules/ai-voicelive/")[1]);
  out.wav = wavToPcm16(writeWav(new Uint8Array(8), { sampleRate: 48000 })).length;
  out.schema = require("ai-voicelive/schema/2026-07-15.json").$schema;
  out.version = require("ai-voicelive/package.json").version;
  ${CHECKS}
  ${SESSION("hello from CommonJS")}
  // Both copies in one process: the guards work across them (they check the name, not the class).
  const esm = await import("ai-voicelive");
  out.acrossCopies = [esm.VoiceLiveError !== VoiceLiveError, isVoiceLiveError(new esm.VoiceLiveError("TIMEOUT", "t")), esm.isVoiceLiveError(new VoiceLiveError("TIMEOUT", "t"))];
  console.log(JSON.stringify(out));
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
`;

/** Uses the models' types the way an app does; must type-check with no errors, and not be \`any\`. */
const CONSUMER_TS = (format: "esm" | "cjs") => `
import { AzureKeyCredential } from "@azure/core-auth";
import { KnownOAIVoice, KnownTurnDetectionType, VoiceLiveClient, isUnknownServerEvent, isVoiceLiveError, unknownEventType, type ServerEvent, type VoiceLiveSession } from "ai-voicelive";
import { validateClientEvent, type ClientEvent, type ServerEventResponseAudioDelta } from "ai-voicelive/models";
import { startEmulator, type VoiceLiveEmulator } from "ai-voicelive/emulator";

export function describeEvent(event: ServerEvent): string {
  switch (event.type) {
    case "response.audio.delta": {
      const audio: Uint8Array = event.delta;
      const same: ServerEventResponseAudioDelta = event;
      return \`\${audio.byteLength} bytes for \${same.itemId}\`;
    }
    case "response.audio_transcript.delta":
      return event.delta.toUpperCase();
    case "error":
      return event.error.message;
    case "session.created":
      return event.session.id ?? "";
    default:
      return event.type;
  }
}

export function wrongField(event: ServerEvent): number {
  if (event.type === "response.audio.delta") {
    // @ts-expect-error: the audio is a Uint8Array, not a string (the types are not \`any\`)
    const text: string = event.delta;
    return text.length;
  }
  return 0;
}

// @ts-expect-error: "session.updatee" is not a client event type
export const typo: ClientEvent = { type: "session.updatee" };

export const update: ClientEvent = { type: "session.update", session: { turnDetection: { type: "server_vad", silenceDurationInMs: 400 } } };
export const issues: readonly { path: string; message: string }[] = validateClientEvent(update, "2026-07-15");

/** The session's events narrow under --strict, in an iterator and in a handler; unknown ones are reached by a guard. */
export async function narrow(session: VoiceLiveSession): Promise<number> {
  let bytes = 0;
  session.subscribe({
    onServerEvent: (event) => {
      switch (event.type) {
        case "response.audio.delta":
          bytes += event.delta.byteLength;
          break;
        case "response.done":
          bytes += event.response.usage?.totalTokens ?? 0;
          break;
        default:
          if (isUnknownServerEvent(event)) bytes += event.type.length;
      }
    },
  });
  for await (const event of session.events()) {
    if (event.type === "response.audio.delta") bytes += event.delta.byteLength;
    else if (event.type === "response.audio_transcript.delta") bytes += event.delta.length;
  }
  return bytes;
}

/** Known values carry over from @azure/ai-voicelive; misspelt types and fields do not compile. */
export async function send(session: VoiceLiveSession): Promise<void> {
  await session.updateSession({ voice: KnownOAIVoice.Alloy, turnDetection: { type: KnownTurnDetectionType.ServerVad } });
  await session.sendEvent({ type: "response.create", response: { instructions: "Be brief." } });
  // @ts-expect-error: "respnse" is not a field of response.create
  await session.sendEvent({ type: "response.create", respnse: {} });
  // @ts-expect-error: "respons.create" is not a client event type
  await session.sendEvent({ type: "respons.create" });
  // @ts-expect-error: "respons.done" is not a server event type
  await session.waitFor("respons.done");
  // A type this SDK does not know, marked as such, is allowed both ways.
  await session.sendEvent({ type: unknownEventType("session.hologram.configure"), depth: 3 });
  const reply = await session.waitFor(unknownEventType("session.hologram.configured"));
  void reply.type;
  await session.truncateConversationItem("item_1", 0, 1200, { eventId: "truncate-1" });
  // @ts-expect-error: the audio end is a number of milliseconds
  await session.truncateConversationItem("item_1", 0, "1200");
}

export async function converse(): Promise<string> {
  const emulator: VoiceLiveEmulator = await startEmulator({ apiKey: "k" });
  const session: VoiceLiveSession = await new VoiceLiveClient(emulator.url, new AzureKeyCredential("k")).startSession("gpt-realtime");
  try {
    const done = await session.waitFor("response.audio_transcript.done", { timeoutInMs: 1000 });
    return done.transcript;
  } catch (e) {
    return isVoiceLiveError(e) ? e.code : "${format}";
  } finally {
    await session.close();
    await emulator.close();
  }
}
`;

describe("the packed package, installed in a new project", function () {
  this.timeout(180_000);
  let temp: string;
  let app: string;
  let tarball: string;
  let packed: { size: number; unpackedSize: number; files: { path: string }[] };

  before(async () => {
    const t0 = performance.now();
    await ensureBuilt();
    temp = mkdtempSync(path.join(os.tmpdir(), "ai-voicelive-consumer-"));
    // Built just above; --ignore-scripts so that `prepack` does not build again.
    const { stdout } = await npm(["pack", "--ignore-scripts", "--json", "--pack-destination", temp], root);
    packed = (JSON.parse(stdout) as (typeof packed & { filename: string })[])[0];
    tarball = path.join(temp, (packed as unknown as { filename: string }).filename);
    app = path.join(temp, "app");
    mkdirSync(app);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    const install = ["install", tarball, `@azure/core-auth@${rootPkg.dependencies["@azure/core-auth"]}`, "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--engine-strict"];
    try {
      await npm([...install, "--offline"], app);
    } catch {
      await npm([...install, "--prefer-offline"], app); // not all in the cache: the registry fills the gaps
    }
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const installed = bytes(path.join(app, "node_modules/ai-voicelive"));
    console.log(`      Node ${process.version}, engine-strict: packed ${(packed.size / 1e3).toFixed(0)} kB (${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${packed.files.length} files); installed ${(installed / 1e6).toFixed(2)} MB; ${seconds} s to build, pack and install`);
  });
  after(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it("ships the builds, the schema, README, CHANGELOG, docs, examples and LICENSE, and no sources", () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const file of [
      "package.json",
      "README.md",
      "CHANGELOG.md",
      "docs/README.md",
      "docs/emulator.md",
      "docs/migration.md",
      "LICENSE",
      "dist/esm/src/index.js",
      "dist/esm/src/index.d.ts",
      "dist/esm/src/cli/run.js",
      "dist/commonjs/package.json",
      "dist/commonjs/src/index.js",
      "dist/commonjs/src/index.d.ts",
      "dist/commonjs/generated/validators/2026-07-15.client.js",
      "dist/commonjs/generated/validators/2026-07-15.server.js",
      "generated/schema/2026-07-15.json",
    ]) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    const stray = files.filter(
      (f) => !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE|docs\/[\w-]+\.md|examples\/.+|dist\/(esm|commonjs)\/.+\.(js|d\.ts|json)|generated\/schema\/[\w-]+\.json)$/.test(f),
    );
    assert.deepEqual(stray, []);
    // The recipes are there to be read and copied; the SDK's own sources are not shipped.
    assert.deepEqual(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith("examples/")), []);
    assert.deepEqual(files.filter((f) => f.startsWith("docs/api/") || f === "src/emulator/README.md"), [], "no API reports; the emulator's page is docs/emulator.md");
    assert.deepEqual(files.filter((f) => f.startsWith("dist/commonjs/src/cli/")), [], "the command is ESM only");
  });

  it("installs only the runtime dependencies: no ajv, TypeSpec or tsx", async () => {
    const { stdout } = await npm(["ls", "--all", "--omit=dev", "--parseable"], app);
    const names = stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((dir) => dir.split(/node_modules[\\/]/).at(-1)!.replace(/\\/g, "/"));
    for (const name of Object.keys(rootPkg.dependencies)) assert.ok(names.includes(name), `${name} is installed`);
    assert.deepEqual(names.filter((n) => /ajv|typespec\/(compiler|json-schema|versioning)|^tsx$|^typescript$/.test(n)), []);
    const manifest = JSON.parse(readFileSync(path.join(app, "node_modules/ai-voicelive/package.json"), "utf8")) as { dependencies: Record<string, string> };
    assert.deepEqual(manifest.dependencies, rootPkg.dependencies);
    console.log(`      ${names.length - 1} runtime dependencies, transitive included`);
  });

  it("installs only packages whose engines allow this Node.js (and, on the oldest we support, every Node.js of ours), as a user's npm resolves them", async () => {
    const { satisfies, subset, minVersion } = createRequire(import.meta.url)("semver") as {
      satisfies(v: string, r: string): boolean;
      subset(a: string, b: string): boolean;
      minVersion(r: string): { major: number } | null;
    };
    const { stdout } = await npm(["ls", "--all", "--omit=dev", "--parseable"], app);
    const engines = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    // npm picks, within a range, the newest release whose engines allow the Node.js it runs on: on Node 22 a
    // user may get releases that need 22, which is right for them. On the oldest Node.js of ours (20), what is
    // installed must allow all of ours.
    const oldest = Number(process.versions.node.split(".")[0]) === minVersion(engines)?.major;
    const ours = oldest ? engines : `>=${process.versions.node}`;
    const refused = stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((dir) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; version: string; engines?: { node?: string } })
      .filter((p) => p.engines?.node !== undefined && !(subset(ours, p.engines.node) && satisfies(process.versions.node, p.engines.node)))
      .map((p) => `${p.name}@${p.version} (engines.node ${p.engines!.node})`);
    assert.deepEqual(refused, [], "pin, in package.json, a release of each that allows Node 20 (see test/package/engines.test.ts)");
  });

  const expected = (say: string, copy: "esm" | "commonjs") => ({
    // Node takes the bundled ESM build (the "node" condition); `require` the per-file CommonJS one.
    resolved:
      copy === "esm"
        ? ["index", "models", "emulator", "audio", "agent"].map((entry) => `dist/esm/node/${entry}.js`)
        : [`dist/commonjs/src/index.js`, `dist/commonjs/src/models.js`, `dist/commonjs/src/emulator/index.js`, `dist/commonjs/src/audio/index.js`, `dist/commonjs/src/agent/index.js`],
    wav: 4, // 4 samples at 48 kHz are 2 at 24 kHz, 4 bytes
    schema: "https://json-schema.org/draft/2020-12/schema",
    version: rootPkg.version,
    issue: "session.turnDetection.threshold must be <= 1 (got 1.5)",
    serverIssues: 0,
    versions: [...apiVersions].sort(),
    client: "https://example.invalid",
    tone: 240,
    transcript: `You said: ${say}`,
    status: "completed",
    state: "closed",
    refusedAfterClose: "INVALID_STATE",
  });

  it("works with import (ESM): every entry point, and a session with the emulator", async () => {
    writeFileSync(path.join(app, "esm.mjs"), ESM);
    const out = JSON.parse(await node(["esm.mjs"], app)) as Record<string, unknown>;
    assert.deepEqual(out, expected("hello from ESM", "esm"));
  });

  it("works with require (CommonJS): every entry point, and a session with the emulator", async () => {
    writeFileSync(path.join(app, "cjs.cjs"), CJS);
    const out = JSON.parse(await node(["cjs.cjs"], app)) as Record<string, unknown>;
    assert.deepEqual(out, { ...expected("hello from CommonJS", "commonjs"), acrossCopies: [true, true, true] });
  });

  for (const [name, options] of [
    ["node16", { module: "node16", moduleResolution: "node16", files: ["consumer.mts", "consumer.cts"], canary: "canary.mts" }],
    ["bundler", { module: "preserve", moduleResolution: "bundler", files: ["consumer.ts"], canary: "canary.ts" }],
  ] as const) {
    it(`type-checks a consumer against the packed declarations (moduleResolution ${name})`, async () => {
      for (const file of options.files) writeFileSync(path.join(app, file), CONSUMER_TS(file.endsWith(".cts") ? "cjs" : "esm"));
      // The check is real: in the same run, a file with one wrong use of the types gets exactly that error.
      writeFileSync(
        path.join(app, options.canary),
        `import type { ClientEvent } from "ai-voicelive/models";\nexport const update: ClientEvent = { type: "session.update", session: {} };\nexport const wrong: string = update.type === "session.update" ? update.session.turnDetection : "";\n`,
      );
      const tsconfig = `tsconfig.${name}.json`;
      writeFileSync(
        path.join(app, tsconfig),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2023"],
            module: options.module,
            moduleResolution: options.moduleResolution,
            strict: true,
            noEmit: true,
            // The package's own declarations are checked too, against Node's types from this repository.
            skipLibCheck: false,
            typeRoots: [path.join(root, "node_modules/@types")],
            types: ["node"],
          },
          files: [...options.files, options.canary],
        }),
      );
      const out = await run(process.execPath, [tsc, "-p", tsconfig, "--pretty", "false"], { cwd: app }).then(
        () => "",
        (e: { stdout?: string }) => e.stdout ?? "",
      );
      const errors = out.split("\n").filter((line) => /^\S.*: error TS\d+/.test(line));
      const hint = /TS7016.*'ws'/.test(out) ? '\n(the public declarations import "ws", whose types are not a dependency: keep ws types out of the exported API)' : "";
      assert.equal(errors.length, 1, `tsc -p ${tsconfig}: one error expected, in ${options.canary}:\n${out}${hint}`);
      assert.match(errors[0], new RegExp(`^${options.canary.replace(".", "\\.")}\\(3,\\d+\\): error TS2322: Type '[^']*TurnDetection[^']*' is not assignable to type 'string'`));
    });
  }

  it("type-checks a browser consumer: no @types/node, lib es2022 and dom, skipLibCheck false", async () => {
    writeFileSync(
      path.join(app, "browser.ts"),
      `import { KnownOAIVoice, VoiceLiveClient, anonymousCredential, type ServerEvent } from "ai-voicelive";\n` +
        `import { deserializeServerEvent, validateServerEvent } from "ai-voicelive/models";\n` +
        `export async function main(): Promise<void> {\n` +
        `  const session = await new VoiceLiveClient("https://proxy.example", anonymousCredential).startSession({ model: "gpt-realtime", voice: KnownOAIVoice.Alloy });\n` +
        `  for await (const event of session.events()) if (event.type === "response.audio.delta") console.log(event.delta.byteLength);\n` +
        `  await session[Symbol.asyncDispose]();\n` +
        `  const e: ServerEvent = deserializeServerEvent({ type: "response.done" });\n` +
        `  console.log(validateServerEvent(e).length);\n` +
        `}\n`,
    );
    writeFileSync(
      path.join(app, "tsconfig.browser.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", lib: ["es2022", "dom"], module: "preserve", moduleResolution: "bundler", strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ["browser.ts"],
      }),
    );
    const out = await run(process.execPath, [tsc, "-p", "tsconfig.browser.json", "--pretty", "false"], { cwd: app }).then(
      () => "",
      (e: { stdout?: string }) => e.stdout ?? "",
    );
    assert.equal(out, "", `tsc -p tsconfig.browser.json:\n${out}`);
  });

  it("runs the command from the package's bin (no tsx)", async () => {
    assert.throws(() => createRequire(path.join(app, "x.js")).resolve("tsx"), /Cannot find module/);
    const usage = await npm(["exec", "--offline", "--", "ai-voicelive", "--help"], app);
    assert.match(usage.stdout, /ai-voicelive validate FILE\.jsonl/);
    const frames = path.join(app, "frames.jsonl");
    const lines = [
      { type: "input_audio_buffer.commit", event_id: "e1" },
      { type: "response.create", event_id: "e2" },
      { type: "session.update", session: { turn_detection: { type: "server_vad", threshold: 3 } } },
    ];
    writeFileSync(frames, lines.map((l) => `${JSON.stringify(l)}\n`).join(""));
    // An invalid frame: exit code 1, and the issue in the models' terms.
    await assert.rejects(npm(["exec", "--offline", "--", "ai-voicelive", "validate", frames, "--api-version", "2026-07-15"], app), (e: Error) => {
      assert.match(e.message, /session\.turnDetection\.threshold must be <= 1 \(got 3\)/);
      assert.match(e.message, /2 valid, 1 invalid \(3 frames, api-version 2026-07-15\)/);
      return true;
    });
  });

  it("keeps the validators when bundled with esbuild (the module that registers them is in sideEffects)", async () => {
    writeFileSync(
      path.join(app, "bundled.mjs"),
      `import { validateServerEvent } from "ai-voicelive/models";\nconsole.log(JSON.stringify(validateServerEvent({ type: "response.text.delta", eventId: "e", responseId: "r", itemId: "i", outputIndex: 0, contentIndex: 0, delta: 5 }, "2026-07-15").map((i) => i.path)));\n`,
    );
    const esbuild = (await import("esbuild")) as typeof import("esbuild");
    await esbuild.build({ entryPoints: [path.join(app, "bundled.mjs")], outfile: path.join(app, "bundle.mjs"), bundle: true, platform: "node", format: "esm", logLevel: "silent", absWorkingDir: app });
    assert.deepEqual(JSON.parse(await node(["bundle.mjs"], app)), ["delta"]);
  });

  it("passes @arethetypeswrong/cli (every entry point, every resolution mode) and publint --strict", async () => {
    // No rule is ignored. --no-definitely-typed: compare with no @types package (there is none; and no network needed).
    const attw = await run(process.execPath, [bin("@arethetypeswrong/cli", "dist/index.js"), tarball, "--no-definitely-typed", "--format", "json"], { cwd: temp, maxBuffer: 16 << 20 }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );
    const report = JSON.parse(attw.stdout) as { problems?: unknown[] | Record<string, unknown>; analysis: { entrypoints: Record<string, unknown> } };
    assert.deepEqual(Object.values(report.problems ?? {}), [], "no problem in any resolution mode");
    assert.equal(attw.code, 0, attw.stderr);
    assert.deepEqual(Object.keys(report.analysis.entrypoints).sort(), [".", "./agent", "./audio", "./emulator", "./models", "./package.json", "./schema/*"]);
    const publint = await run(process.execPath, [bin("publint", "src/cli.js"), "run", tarball, "--strict", "--level", "suggestion"], { cwd: temp }).catch((e: { stdout: string; stderr: string }) => {
      assert.fail(`publint failed:\n${e.stdout}${e.stderr}`);
    });
    // One suggestion is expected and kept: the object `browser` field. It swaps the Node transport for the
    // browser one in every bundler that reads it; the `browser` export condition alone would not reach the
    // files behind the entry points.
    // publint colors its output when the environment asks for it (FORCE_COLOR): read the plain text.
    const text = stripVTControlCharacters(publint.stdout);
    const suggestions = text.split("\n").filter((l) => /^\d+\. /.test(l));
    assert.ok(!/Errors:|Warnings:/.test(text), text);
    assert.deepEqual(
      suggestions.map((l) => l.replace(/^\d+\. /, "").slice(0, 40)),
      text.includes("All good!") ? [] : ["pkg.browser with an object value can be "],
      text,
    );
  });

  it("passes npm publish --dry-run with nothing auto-corrected", async () => {
    const { stdout, stderr } = await npm(["publish", "--dry-run", "--ignore-scripts", "--offline", "--json"], root);
    assert.doesNotMatch(stderr, /auto-corrected|invalid|removed/i);
    const result = JSON.parse(stdout) as Record<string, { id: string; files: unknown[] }>;
    assert.equal(result["ai-voicelive"].id, `ai-voicelive@${rootPkg.version}`);
    assert.equal(result["ai-voicelive"].files.length, packed.files.length);
  });
});
