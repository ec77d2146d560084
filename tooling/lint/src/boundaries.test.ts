/**
 * The root biome.json forbids reaching into another workspace package (style/noRestrictedImports) and import
 * cycles (suspicious/noImportCycles). This test lints small fixtures with the repo's own Biome and config.
 *
 * The fixtures (fixtures/<case>/*.ts.txt, `.txt` so that `pnpm lint` skips them) are copied as `.ts` files into
 * tooling/lint/.fixture-tmp-<random>/: inside the repo, so the root biome.json applies. That directory is
 * git-ignored (a crashed run leaves nothing to commit, and `pnpm lint` skips it), so Biome is told not to apply
 * .gitignore here (`--vcs-use-ignore-file=false`); files.includes in biome.json still keeps it out of
 * node_modules, .next and the like.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkgDir = path.resolve(import.meta.dirname, "..");
const repoRoot = path.resolve(pkgDir, "../..");
const fixturesDir = path.join(pkgDir, "fixtures");
const biomeBin = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");

interface Diagnostic {
  severity: string;
  category?: string;
  message: string;
  location: { path?: string };
}

interface BiomeRun {
  exitCode: number;
  diagnostics: Diagnostic[];
}

/** `biome lint --reporter=json <paths>` from the repo root, as `pnpm lint` runs it. */
function biomeLint(paths: string[]): Promise<BiomeRun> {
  const args = [
    biomeBin,
    "lint",
    "--reporter=json",
    "--vcs-use-ignore-file=false",
    "--max-diagnostics=500",
    ...paths.map((p) => path.relative(repoRoot, p)),
  ];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        try {
          const report = JSON.parse(stdout) as { diagnostics: Diagnostic[] };
          resolve({ exitCode, diagnostics: report.diagnostics });
        } catch {
          reject(new Error(`biome exited ${exitCode} without a JSON report:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

let tmpDir: string;
let all: BiomeRun;

/** Diagnostics reported for the files of one fixture case (fixtures/<case>/). */
function ofCase(run: BiomeRun, fixtureCase: string): Diagnostic[] {
  const caseDir = path.join(path.relative(repoRoot, tmpDir), fixtureCase) + path.sep;
  return run.diagnostics.filter((d) => d.location.path?.startsWith(caseDir));
}

/** "rule file" for each diagnostic of a case, e.g. "lint/style/noRestrictedImports a.ts". */
function findings(run: BiomeRun, fixtureCase: string): string[] {
  return ofCase(run, fixtureCase)
    .map((d) => `${d.category} ${path.basename(d.location.path ?? "")}`)
    .sort();
}

beforeAll(async () => {
  tmpDir = await mkdtemp(path.join(pkgDir, ".fixture-tmp-"));
  for (const fixtureCase of await readdir(fixturesDir)) {
    await mkdir(path.join(tmpDir, fixtureCase));
    for (const file of await readdir(path.join(fixturesDir, fixtureCase))) {
      const source = await readFile(path.join(fixturesDir, fixtureCase, file), "utf8");
      await writeFile(path.join(tmpDir, fixtureCase, file.replace(/\.txt$/, "")), source);
    }
  }
  // All cases in one run: each run of Biome first scans the repo and the .d.ts files of its dependencies for the
  // module graph noImportCycles needs (1 to 4 s); the cases do not import each other.
  all = await biomeLint([tmpDir]);
});

afterAll(async () => {
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

describe("root biome.json", () => {
  it("fails the run when any fixture breaks a rule", () => {
    expect(all.exitCode).not.toBe(0);
  });

  it("forbids deep imports of @cho-phien/api internals", () => {
    expect(findings(all, "deep-api-import")).toEqual(["lint/style/noRestrictedImports order-form.ts"]);
    expect(ofCase(all, "deep-api-import")[0].message).toMatch(
      /RouterOutputs.*@cho-phien\/validators\/<noun>/s,
    );
  });

  it("forbids @cho-phien/<pkg>/src/... imports", () => {
    // @cho-phien/db/src/client also matches the rule for @cho-phien/db's unexported paths: one or two reports.
    expect([...new Set(findings(all, "src-import"))]).toEqual([
      "lint/style/noRestrictedImports db-client.ts",
      "lint/style/noRestrictedImports validators-src.ts",
    ]);
    expect(
      ofCase(all, "src-import").find((d) => d.location.path?.endsWith("validators-src.ts"))?.message,
    ).toMatch(/sources/);
  });

  it("forbids relative imports that climb into another package", () => {
    expect(findings(all, "relative-climb")).toEqual(["lint/style/noRestrictedImports repo.ts"]);
  });

  it("forbids import cycles", () => {
    expect(findings(all, "import-cycle")).toEqual([
      "lint/suspicious/noImportCycles a.ts",
      "lint/suspicious/noImportCycles b.ts",
    ]);
  });

  it("passes a file that imports @cho-phien/api and @cho-phien/validators/<noun>", () => {
    // No diagnostic of any rule or severity: on its own this file would pass `pnpm lint`.
    expect(ofCase(all, "clean")).toEqual([]);
  });
});
