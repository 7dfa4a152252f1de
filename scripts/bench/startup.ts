/**
 * What a fresh process keeps from start-up, part by part: the bytes that survive V8's young-generation
 * collections while each part loads (docs/performance.md, "What the first appends cost").
 *
 *   npm run build && npx tsx scripts/bench/startup.ts
 *
 * V8 doubles its young generation once the bytes that survived its scavenges since the last growth
 * exceed its size. A fresh client grows it once while `ws` loads (to 2 MB a half); the survivors
 * counted after that decide whether it grows again, to 4 MB a half, during the first appends, which
 * then pay about a thousand page faults more. This counts, for each part, what it adds to that sum: a child
 * process under `--trace-gc-nvp` loads the parts one after the other and runs two scavenges after each
 * (an object that lives is counted twice: copied, then promoted; a text over 128 KB, allocated in the
 * large-object space, once). The scavenges are forced, so the counts are the same from run to run; a
 * natural run's growth also depends on where its scavenges happen to fall.
 *
 * The server is this process (`session.created` on connect, appends read and dropped); each client
 * is a plain `node` child (no tsx loader in it) that imports `ws` and the SDK's dist/ by file URL.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { WebSocketServer } from "ws";
import { DIST_ENTRY } from "./sdk.js";
import { API_VERSION, MODEL, sessionCreated } from "./scenarios.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const url = (file: string) => pathToFileURL(file).href;
const resolveFrom = createRequire(path.join(ROOT, "package.json"));

/** The child: each step loads a part; `step` runs two scavenges and prints a mark between the GC lines. */
function childSource(peer: "bare" | "ours", port: number): string {
  const wsUrl = `ws://127.0.0.1:${port}/voice-live/realtime?api-version=${API_VERSION}&model=${MODEL}`;
  const steps =
    peer === "bare"
      ? [
          [`ws`, `globalThis.ws = await import(${JSON.stringify(url(path.join(ROOT, "node_modules/ws/wrapper.mjs")))});`],
          [`connect`, `globalThis.s = new ws.WebSocket(${JSON.stringify(wsUrl)}, { headers: { "api-key": "k" }, perMessageDeflate: false }); await new Promise((r) => s.once("message", r));`],
          [`600 appends`, appends(`s.send(JSON.stringify({ type: "input_audio_buffer.append", audio: Buffer.from(chunk.buffer).toString("base64") }))`)],
        ]
      : [
          // As the Node build does (scripts/node-bundle.ts): `require`, not Node's ESM wrapper of the package.
          [`ws (required by the first connect)`, `process.getBuiltinModule("node:module").createRequire(${JSON.stringify(url(path.join(ROOT, "package.json")))})("ws");`],
          [`@azure/logger (loaded by a new client)`, `await import(${JSON.stringify(url(resolveLogger()))});`],
          [`client validators (loaded by the first connect)`, `await import(${JSON.stringify(url(path.join(ROOT, `dist/esm/generated/validators/${API_VERSION}.client.js`)))});`],
          [`import of ai-voicelive`, `globalThis.sdk = await import(${JSON.stringify(url(DIST_ENTRY))});`],
          [`new VoiceLiveClient`, `globalThis.client = new sdk.VoiceLiveClient("http://127.0.0.1:${port}", { key: "k" }, { apiVersion: ${JSON.stringify(API_VERSION)} });`],
          [`connect (startSession)`, `globalThis.s = await client.startSession(${JSON.stringify(MODEL)});`],
          [`600 appends`, appends(`await s.sendAudio(chunk)`)],
        ];
  return [
    `const step = (name) => { gc({ type: "minor" }); gc({ type: "minor" }); console.log("STEP " + name); };`,
    `const chunk = new Int16Array(2400).map((_, i) => Math.round(Math.sin(i / 10) * 8000));`,
    `step("start");`,
    ...steps.map(([name, code]) => `${code}\nstep(${JSON.stringify(name)});`),
    `process.exit(0);`,
  ].join("\n");
}

function appends(send: string): string {
  return `for (let i = 0; i < 600; i++) ${send};`;
}

/** The file Node loads for the SDK's `import("@azure/logger")`: the package's ESM build. */
function resolveLogger(): string {
  const pkgDir = path.dirname(resolveFrom.resolve("@azure/logger/package.json"));
  const pkg = resolveFrom("@azure/logger/package.json") as { exports: { ".": { import: { default: string } } } };
  return path.join(pkgDir, pkg.exports["."].import.default);
}

/** Runs a child (the server here answers it meanwhile) and sums `promoted` + `new_space_survived` of its GC lines between marks. */
async function measure(peer: "bare" | "ours", port: number, dir: string): Promise<[string, number][]> {
  const file = path.join(dir, `${peer}.mjs`);
  writeFileSync(file, childSource(peer, port));
  const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", "--trace-gc-nvp", file], { maxBuffer: 64 << 20 });
  const rows: [string, number][] = [];
  let sum = 0;
  for (const line of stdout.split("\n")) {
    if (line.startsWith("STEP ")) {
      rows.push([line.slice(5), sum]);
      sum = 0;
      continue;
    }
    const m = /promoted=(\d+) new_space_survived=(\d+)/.exec(line);
    if (m) sum += Number(m[1]) + Number(m[2]);
  }
  return rows.slice(1);
}

const server = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false });
server.on("connection", (socket) => {
  socket.send(JSON.stringify(sessionCreated("startup", "event_1")));
  socket.on("message", () => {});
  socket.on("error", () => {});
});
await new Promise((r) => server.once("listening", r));
const port = (server.address() as { port: number }).port;
const dir = mkdtempSync(path.join(os.tmpdir(), "ai-voicelive-startup-"));
try {
  for (const peer of ["bare", "ours"] as const) {
    const rows = await measure(peer, port, dir);
    const total = rows.reduce((s, [, n]) => s + n, 0);
    console.log(`\n${peer === "bare" ? "bare ws" : "ai-voicelive"}: KB that survived scavenges, per part`);
    for (const [name, bytes] of rows) console.log(`  ${(bytes / 1024).toFixed(0).padStart(6)}  ${name}`);
    console.log(`  ${(total / 1024).toFixed(0).padStart(6)}  in all`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  server.close();
}
