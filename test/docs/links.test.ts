/**
 * Every relative link of the README, the CHANGELOG and docs/ resolves, with its `#anchor` when it
 * points into a markdown file: in the repository, and in the tarball that `npm pack` makes, where a
 * link into a folder that is not packaged (`test/`, `scripts/`, `src/`) is as broken as a typo.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = promisify(execFile);

/** The markdown files whose links are checked, relative to the root, with `/` separators. */
function docFiles(base: string): string[] {
  const files = ["README.md", "CHANGELOG.md"].filter((f) => existsSync(path.join(base, f)));
  const walk = (dir: string) => {
    if (!existsSync(path.join(base, dir))) return;
    for (const name of readdirSync(path.join(base, dir)).sort()) {
      const rel = `${dir}/${name}`;
      // docs/api/ holds generated API reports, docs/reference/ the generated (uncommitted) reference.
      if (rel === "docs/api" || rel === "docs/reference") continue;
      if (statSync(path.join(base, rel)).isDirectory()) walk(rel);
      else if (name.endsWith(".md")) files.push(rel);
    }
  };
  walk("docs");
  return files;
}

/** Markdown without fenced code blocks and code spans, whose text is not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, "").replace(/(`+)[\s\S]*?\1/g, "");
}

/** The link targets of a markdown text: inline links and images, reference definitions, HTML href and src. */
export function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const targets: string[] = [];
  for (const m of text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1].replace(/^<|>$/g, ""));
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)) targets.push(m[1].replace(/^<|>$/g, ""));
  for (const m of text.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)) targets.push(m[1]);
  return targets;
}

/** GitHub's anchors for the headings of a markdown text (and explicit `<a id>` / `<a name>` ones). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const text = markdown.replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, "");
  for (const m of text.matchAll(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const plain = m[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // a link's text
      .replace(/<[^>]+>/g, "") // HTML tags
      .replace(/[`*~]/g, ""); // code and emphasis marks (GitHub keeps the underscore)
    const slug = plain
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    result.add(n === 0 ? slug : `${slug}-${n}`);
  }
  for (const m of text.matchAll(/<a\s+(?:[^>]*\s)?(?:id|name)="([^"]+)"/g)) result.add(m[1]);
  return result;
}

/**
 * The broken links of `files` under `base`: a target that does not exist there (or leaves it), or an
 * anchor that the markdown file it points into does not have.
 */
export function brokenLinks(base: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const markdown = readFileSync(path.join(base, file), "utf8");
    for (const target of linkTargets(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) continue; // https:, mailto:, ...
      const hash = target.indexOf("#");
      const link = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
      const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
      const resolved = link === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), link)).replace(/\/$/, "");
      if (resolved === ".." || resolved.startsWith("../") || path.posix.isAbsolute(link)) {
        problems.push(`${file}: ${target} leaves the package root`);
        continue;
      }
      const full = path.join(base, resolved);
      if (!existsSync(full)) {
        problems.push(`${file}: ${target} → ${resolved} does not exist`);
        continue;
      }
      if (anchor !== undefined && anchor !== "" && resolved.endsWith(".md") && !anchors(readFileSync(full, "utf8")).has(anchor)) {
        problems.push(`${file}: ${target} → ${resolved} has no heading #${anchor}`);
      }
    }
  }
  return problems;
}

describe("links in the README, the CHANGELOG and docs/", function () {
  this.timeout(120_000);
  const files = docFiles(root);
  let temp: string;
  let packed: string;
  let packedFiles: string[];

  before(async () => {
    temp = mkdtempSync(path.join(os.tmpdir(), "ai-voicelive-links-"));
    // The docs do not need dist/: pack what is there, without the prepack build.
    const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", temp], { cwd: root, maxBuffer: 64 << 20 });
    const [result] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    packedFiles = result.files.map((f) => f.path);
    await run("tar", ["-xzf", path.join(temp, result.filename), "-C", temp]);
    packed = path.join(temp, "package");
  });
  after(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it("finds the pages: the README, the CHANGELOG and every page of docs/", () => {
    for (const page of ["README.md", "CHANGELOG.md", "docs/README.md", "docs/migration.md", "docs/errors.md", "docs/emulator.md"]) assert.ok(files.includes(page), page);
    const links = files.reduce((n, f) => n + linkTargets(readFileSync(path.join(root, f), "utf8")).length, 0);
    assert.ok(links > 50, `${links} links read`);
  });

  it("resolve in the repository", () => {
    assert.deepEqual(brokenLinks(root, files), []);
  });

  it("puts every page in the tarball (package.json `files`), and no test/, src/ or docs/api/", () => {
    const missing = files.filter((f) => !packedFiles.includes(f));
    assert.deepEqual(missing, [], "add them to package.json `files`");
    assert.deepEqual(packedFiles.filter((f) => f.startsWith("docs/api/") || f.startsWith("test/") || f.startsWith("src/")), []);
  });

  it("resolve in the packed tarball, where test/, scripts/ and src/ are not", () => {
    const problems = brokenLinks(packed, files);
    assert.deepEqual(problems, [], "a page of the package links to a file the tarball does not hold: package the file, or make the link an absolute URL");
  });

  it("the README links the docs index, the CLI, the audio helpers and the recipes", () => {
    const targets = linkTargets(readFileSync(path.join(root, "README.md"), "utf8"));
    for (const page of ["docs/README.md", "docs/cli.md", "docs/audio.md", "examples/README.md", "docs/migration.md", "docs/errors.md"]) assert.ok(targets.includes(page), page);
    assert.ok(!readFileSync(path.join(root, "README.md"), "utf8").includes("src/emulator/README.md"));
  });

  it("the README is a front page: under 15 KB, the two commands first", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    assert.ok(Buffer.byteLength(readme) < 15_000, `README.md is ${Buffer.byteLength(readme)} bytes`);
    const top = readme.split("\n").slice(0, 6).join("\n");
    assert.match(top, /npm ci && npm start/);
    assert.match(top, /npm ci && npm test/);
  });

  describe("the checker", () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), "ai-voicelive-links-check-"));
      mkdirSync(path.join(dir, "docs"));
      writeFileSync(path.join(dir, "docs/a.md"), "# A page\n\n## The `thing`, typed\n\n## Same\n\n## Same\n");
      writeFileSync(
        path.join(dir, "README.md"),
        [
          "[ok](docs/a.md) [ok](docs/a.md#a-page) [ok](docs/a.md#the-thing-typed) [ok](docs/a.md#same-1) [ok](#top)",
          "[ok](https://example.com/x.md#nowhere) ![ok](docs/a.md) `[not a link](nowhere.md)`",
          "```md\n[not a link](nowhere.md)\n```",
          "[typo](docs/b.md) [anchor](docs/a.md#missing) [out](../x.md) [ref][r] <a href=\"test/t.ts\">html</a>",
          "[r]: scripts/s.ts",
          "# Top",
        ].join("\n"),
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("reports a missing file, a missing anchor, a link out of the root, and reference and HTML links", () => {
      assert.deepEqual(brokenLinks(dir, ["README.md", "docs/a.md"]), [
        "README.md: docs/b.md → docs/b.md does not exist",
        "README.md: docs/a.md#missing → docs/a.md has no heading #missing",
        "README.md: ../x.md leaves the package root",
        "README.md: scripts/s.ts → scripts/s.ts does not exist",
        "README.md: test/t.ts → test/t.ts does not exist",
      ]);
    });
  });
});
