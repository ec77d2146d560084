#!/usr/bin/env node
/**
 * `pnpm test`: every test in the repo, in an order that fits 2 cores.
 *
 *  0. Biome lint and `tsc --noEmit` in every package;
 *  1. unit + DB integration suites of each package, one package at a time (`turbo run test --concurrency=1`),
 *     on PGlite and, when DATABASE_URL / TEST_DATABASE_URL is set, again on that Postgres server
 *     (scripts/run-db-tests.mjs);
 *  2. the browser suite (packages/e2e) once, last: it builds and starts both apps, which would compete for the
 *     CPU with step 1's databases if they ran together.
 *
 * Every step runs even if an earlier one failed, so one run shows everything that is broken; the exit code is
 * non-zero if anything failed. The last lines summarise each Vitest run ("suite") with its test counts.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const started = Date.now();

/**
 * Steps: name, command. `check` steps have no Vitest suites; each counts as one suite in the summary.
 *
 * Lint and typecheck come first: both are deterministic (Biome follows .gitignore, so untracked output such as
 * bench-results.json cannot make a clone and a developer's tree disagree), lint takes a second and
 * `tsc --noEmit` ~40 s on a fresh clone (next-env.d.ts is not needed).
 */
const steps = [
  { name: "lint", check: true, cmd: ["pnpm", "exec", "biome", "check", "."] },
  { name: "typecheck", check: true, cmd: ["pnpm", "exec", "turbo", "run", "typecheck", "--continue"] },
  {
    name: "unit + integration",
    cmd: [
      "pnpm",
      "exec",
      "turbo",
      "run",
      "test",
      "--concurrency=1",
      "--continue",
      "--filter=!@cho-phien/e2e",
    ],
  },
  { name: "browser (e2e)", cmd: ["pnpm", "exec", "turbo", "run", "test", "--filter=@cho-phien/e2e"] },
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes from captured output
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/**
 * Reads turbo's prefixed output ("@cho-phien/api:test: ...") and records one suite per Vitest run: the
 * package, the database target run-db-tests.mjs announced, and Vitest's own "Tests N passed | M failed" line.
 */
function createTally() {
  const suites = [];
  const target = new Map();
  const open = new Map();
  const suiteFor = (pkg) => {
    let s = open.get(pkg);
    if (!s) {
      s = { pkg, target: target.get(pkg) ?? "", files: "", passed: 0, failed: 0, skipped: 0, done: false };
      open.set(pkg, s);
      suites.push(s);
    }
    return s;
  };
  return {
    suites,
    line(raw) {
      const line = raw.replace(ANSI, "");
      const m = /^(@[\w-]+\/[\w-]+):test: (.*)$/.exec(line);
      if (!m) return;
      const [, pkg, text] = m;
      const t = /── vitest against (\w+) ──/.exec(text);
      if (t) {
        target.set(pkg, t[1]);
        open.delete(pkg);
        return;
      }
      // Vitest's banner opens a suite; one that crashes before its summary (globalSetup failed) stays "no result".
      if (/^\s*RUN\s+v\d/.test(text)) {
        open.delete(pkg);
        suiteFor(pkg);
        return;
      }
      if (/No test files found/.test(text)) suiteFor(pkg).note = "no test files (Vitest exits 1)";
      const files = /^\s*Test Files\s+(.*)$/.exec(text);
      if (files) suiteFor(pkg).files = files[1].trim();
      const tests = /^\s*Tests\s+(.*\(\d+\))\s*$/.exec(text);
      if (tests) {
        const s = suiteFor(pkg);
        for (const [, n, kind] of tests[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
          if (kind === "passed") s.passed += Number(n);
          else if (kind === "failed") s.failed += Number(n);
          else s.skipped += Number(n);
        }
        s.done = true;
        open.delete(pkg);
      }
    },
  };
}

function run(cmd, tally) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), {
      cwd: root,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let buffered = "";
    const onData = (stream) => (chunk) => {
      stream.write(chunk);
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const l of lines) tally.line(l);
    };
    child.stdout.on("data", onData(process.stdout));
    child.stderr.on("data", onData(process.stderr));
    child.on("error", (e) => {
      console.error(e);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      if (buffered) tally.line(buffered);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const results = [];
for (const step of steps) {
  const tally = createTally();
  const t0 = Date.now();
  console.log(`\n━━ ${step.name}: ${step.cmd.join(" ")}\n`);
  const code = await run(step.cmd, tally);
  results.push({ ...step, code, seconds: (Date.now() - t0) / 1000, suites: tally.suites });
}

const fmt = (s) => `${s.toFixed(0)} s`;
console.log("\n━━ summary");
let suitesPassed = 0;
let suitesFailed = 0;
let testsPassed = 0;
let testsFailed = 0;
for (const r of results) {
  console.log(`${r.code === 0 ? "ok  " : "FAIL"} ${r.name} (${fmt(r.seconds)}, exit ${r.code})`);
  for (const s of r.suites) {
    const ok = s.done && s.failed === 0;
    if (ok) suitesPassed++;
    else suitesFailed++;
    testsPassed += s.passed;
    testsFailed += s.failed;
    const where = s.target ? ` on ${s.target}` : "";
    const counts = s.note
      ? s.note
      : s.done
        ? `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}`
        : "no result";
    console.log(`     ${ok ? "✓" : "✗"} ${s.pkg}${where}: ${counts}`);
  }
  if (r.check) {
    if (r.code === 0) suitesPassed++;
    else suitesFailed++;
  } else if (r.code !== 0 && r.suites.every((s) => s.done && s.failed === 0)) {
    // A step that failed without a Vitest summary we could read (build error, crash) is one failed suite.
    suitesFailed++;
  }
}
const failed = results.some((r) => r.code !== 0) || suitesFailed > 0;
console.log(
  `\n${suitesPassed} passed, ${suitesFailed} failed (suites); tests: ${testsPassed} passed, ${testsFailed} failed; ` +
    `${fmt((Date.now() - started) / 1000)} total`,
);
process.exit(failed ? 1 : 0);
