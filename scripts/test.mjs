#!/usr/bin/env node
/**
 * `pnpm test`: every test in the repo, in an order that fits 2 cores.
 *
 *  -. first, before anything slow: find the browser for step 2 (scripts/find-browser.mjs: CHROMIUM_PATH, else
 *     the usual places; as root on Debian/Ubuntu Chromium is installed with apt). Without one the run stops at
 *     once with one line naming the command that installs it; the path found is exported as CHROMIUM_PATH to
 *     every step, so the e2e harness uses the same browser;
 *  0. Biome lint, `tsc --noEmit` in every package, and the unit tests of these scripts (`node --test`);
 *  1. unit + DB integration suites of each package, one package at a time (`turbo run test --concurrency=1`),
 *     on PGlite and, when DATABASE_URL / TEST_DATABASE_URL is set, again on that Postgres server
 *     (scripts/run-db-tests.mjs);
 *  2. the browser suite (packages/e2e) once, last: it builds and starts both apps, which would compete for the
 *     CPU with step 1's databases if they ran together.
 *
 * Every step runs even if an earlier one failed, so one run shows everything that is broken; the exit code is
 * non-zero if anything failed. The last lines summarise each Vitest run ("suite") with its test counts and,
 * for one that failed or gave no result, the first error line it printed (its cause).
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { BrowserNotFoundError, ensureBrowser } from "./find-browser.mjs";

const root = path.resolve(import.meta.dirname, "..");
const started = Date.now();

// The browser first: a missing one should cost a second, not the ten minutes before the browser suite.
let browser;
try {
  browser = ensureBrowser({ log: (m) => console.log(m) });
} catch (e) {
  if (!(e instanceof BrowserNotFoundError)) throw e;
  console.error(`✗ ${e.message}`);
  process.exit(1);
}
console.log(`browser for the e2e suite: ${browser}`);

/** Unit tests of scripts/ itself, run with Node's own test runner (named one by one: Node 20 takes no glob). */
const scriptTests = readdirSync(import.meta.dirname)
  .filter((f) => /\.test\.mjs$/.test(f))
  .map((f) => path.join("scripts", f));

/**
 * Steps: name, command. `check` steps have no Vitest suites; each counts as one suite in the summary. A `suite`
 * step is one `node --test` run, read from its own totals.
 *
 * Lint and typecheck come first: both are deterministic (Biome follows .gitignore, so untracked output such as
 * bench-results.json cannot make a clone and a developer's tree disagree), lint takes a second and
 * `tsc --noEmit` ~40 s on a fresh clone (next-env.d.ts is not needed).
 */
const steps = [
  { name: "lint", check: true, cmd: ["pnpm", "exec", "biome", "check", "."] },
  { name: "typecheck", check: true, cmd: ["pnpm", "exec", "turbo", "run", "typecheck", "--continue"] },
  {
    name: "scripts",
    suite: "scripts (node --test)",
    cmd: ["node", "--test", "--test-reporter=spec", ...scriptTests],
  },
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
 * A line that says what went wrong: "Error: …", "error: …", tsc's "error TS2307: …", "ERR_…", "failed to …",
 * or the header of a Biome diagnostic ("path:12:3 lint/style/noVar ━━━", "path format ━━━").
 */
const ERROR_LINE = /Error|error( TS\d+)?:|ERR_|failed to|^\S+(:\d+:\d+)? (lint\/|format|assist\/|parse)/;
/** Vitest's headers of its failure report (the cause is the first error line after one of them). */
const FAILURE_HEADER = /⎯{2,}.*(Failed|Unhandled|Error)|^\s*FAIL\s|^not ok |^✖ /;
/** Lines that look like errors but are not the cause: passed tests, stack frames, code frames, pnpm's footer. */
const NOT_A_CAUSE = /^\s*(✓|↓|❯|at\s|\d*\s*\|)|ELIFECYCLE|^\s*(Test Files|Tests|Duration)\s/;
const MAX_CAUSE = 240;

/** Remembers a stream's first error line (after a failure header if there is one) and its last line. */
function causeFinder() {
  let inFailure = false;
  let first = "";
  let firstInFailure = "";
  let last = "";
  /** Set when the error line kept is a YAML block (`error: |-` in node --test's TAP): the next line completes it. */
  let completeWith = null;
  return {
    line(text) {
      const t = text.replace(/[━─]{3,}/g, "").trim();
      if (!t) return;
      if (completeWith) {
        completeWith(t);
        completeWith = null;
        return;
      }
      if (FAILURE_HEADER.test(t)) {
        inFailure = true;
        return;
      }
      if (NOT_A_CAUSE.test(t)) return;
      last = t;
      if (!ERROR_LINE.test(t)) return;
      const keep = [];
      if (!first) keep.push((v) => (first = v));
      if (inFailure && !firstInFailure) keep.push((v) => (firstInFailure = v));
      for (const set of keep) set(t);
      if (keep.length && /:\s*\|-?$/.test(t)) {
        const head = t.replace(/\s*\|-?$/, "");
        completeWith = (next) => {
          for (const set of keep) set(`${head} ${next}`);
        };
      }
    },
    /** Whether an error line was seen (else the cause is only the last line). */
    get sawError() {
      return Boolean(first);
    },
    get cause() {
      const c = firstInFailure || first || last;
      return c.length > MAX_CAUSE ? `${c.slice(0, MAX_CAUSE - 1)}…` : c;
    },
  };
}

/**
 * Reads a step's output and records one suite per Vitest run: from turbo's prefixed output
 * ("@cho-phien/api:test: ..."), the package, the database target run-db-tests.mjs announced and Vitest's own
 * "Tests N passed | M failed" line; from `node --test` (`suiteName`), its "# pass N" / "# fail N" totals.
 * Every suite and the step itself keep a cause (causeFinder) for the summary.
 */
function createTally(suiteName) {
  const suites = [];
  const target = new Map();
  const open = new Map();
  /** Per package, what it printed outside any suite (a crash before Vitest's banner). */
  const loose = new Map();
  const step = causeFinder();
  const suiteFor = (pkg) => {
    let s = open.get(pkg);
    if (!s) {
      s = {
        pkg,
        target: target.get(pkg) ?? "",
        files: "",
        passed: 0,
        failed: 0,
        skipped: 0,
        done: false,
        why: causeFinder(),
      };
      open.set(pkg, s);
      suites.push(s);
    }
    return s;
  };
  const looseFor = (pkg) => {
    if (!loose.has(pkg)) loose.set(pkg, causeFinder());
    return loose.get(pkg);
  };
  const nodeTestLine = (text) => {
    const s = suiteFor(suiteName);
    s.why.line(text);
    const m = /^[#ℹ]\s*(pass|fail|skipped|todo|cancelled) (\d+)\s*$/.exec(text.trim());
    if (!m) return;
    const n = Number(m[2]);
    if (m[1] === "pass") s.passed += n;
    else if (m[1] === "fail" || m[1] === "cancelled") s.failed += n;
    else s.skipped += n;
    if (m[1] === "fail") s.done = true;
  };
  return {
    suites,
    get cause() {
      return step.cause;
    },
    line(raw) {
      const line = raw.replace(ANSI, "");
      step.line(line);
      if (suiteName) return nodeTestLine(line);
      // turbo's closing report of a task that failed: a package that crashed without a readable Vitest summary
      // (config error, run-db-tests.mjs failing) becomes a failed suite with what it printed as the cause.
      const exited = /^(@[\w-]+\/[\w-]+)#test:\s+ERROR\s+command .* exited \((\d+)\)/.exec(line);
      if (exited) {
        const [, pkg, code] = exited;
        const mine = suites.filter((s) => s.pkg === pkg);
        if (mine.every((s) => s.done && s.failed === 0)) {
          const note = `exited ${code} without a Vitest summary`;
          const why = looseFor(pkg);
          suites.push({ pkg, target: target.get(pkg) ?? "", passed: 0, failed: 0, skipped: 0, note, why });
        }
        return;
      }
      const m = /^(@[\w-]+\/[\w-]+):test: (.*)$/.exec(line);
      if (!m) return;
      const [, pkg, text] = m;
      const t = /── vitest against (\w+) ──/.exec(text);
      if (t) {
        target.set(pkg, t[1]);
        open.delete(pkg);
        loose.delete(pkg);
        return;
      }
      // Vitest's banner opens a suite; one that crashes before its summary (globalSetup failed) stays "no result".
      if (/^\s*RUN\s+v\d/.test(text)) {
        open.delete(pkg);
        loose.delete(pkg);
        suiteFor(pkg);
        return;
      }
      const s = open.get(pkg);
      if (!s) {
        looseFor(pkg).line(text);
        return;
      }
      s.why.line(text);
      if (/No test files found/.test(text)) s.noFiles = true;
      const files = /^\s*Test Files\s+(.*)$/.exec(text);
      if (files) s.files = files[1].trim();
      const tests = /^\s*Tests\s+(.*\(\d+\))\s*$/.exec(text);
      if (tests) {
        for (const [, n, kind] of tests[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
          if (kind === "passed") s.passed += Number(n);
          else if (kind === "failed") s.failed += Number(n);
          else s.skipped += Number(n);
        }
        s.done = true;
        // The suite stays open: Vitest prints its failure report and errors after the counts.
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
  const tally = createTally(step.suite);
  const t0 = Date.now();
  console.log(`\n━━ ${step.name}: ${step.cmd.join(" ")}\n`);
  const code = await run(step.cmd, tally);
  results.push({
    ...step,
    code,
    seconds: (Date.now() - t0) / 1000,
    suites: tally.suites,
    cause: tally.cause,
  });
}

const fmt = (s) => `${s.toFixed(0)} s`;
console.log("\n━━ summary");
console.log(`browser: ${browser}`);
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
    // "No test files found" is what Vitest also says when globalSetup threw: then the error is the news.
    const counts = s.note
      ? s.note
      : s.noFiles && !s.why.sawError
        ? "no test files (Vitest exits 1)"
        : s.done
          ? `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}`
          : "no result";
    console.log(`     ${ok ? "✓" : "✗"} ${s.pkg}${where}: ${counts}`);
    if (!ok && s.why.cause) console.log(`         cause: ${s.why.cause}`);
  }
  if (r.check) {
    if (r.code === 0) suitesPassed++;
    else suitesFailed++;
    if (r.code !== 0 && r.cause) console.log(`         cause: ${r.cause}`);
  } else if (r.code !== 0 && r.suites.every((s) => s.done && s.failed === 0)) {
    // A step that failed without a Vitest summary we could read (build error, crash) is one failed suite.
    suitesFailed++;
    if (r.cause) console.log(`         cause: ${r.cause}`);
  }
}
const failed = results.some((r) => r.code !== 0) || suitesFailed > 0;
console.log(
  `\n${suitesPassed} passed, ${suitesFailed} failed (suites); tests: ${testsPassed} passed, ${testsFailed} failed; ` +
    `${fmt((Date.now() - started) / 1000)} total`,
);
process.exit(failed ? 1 : 0);
