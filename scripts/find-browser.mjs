/**
 * Where the browser tests (packages/e2e) and `pnpm bench` find Chromium: the one place for that rule.
 *
 *  - `CHROMIUM_PATH`, when set, and then it must be an executable: a wrong path stops the run, nothing else is
 *    tried;
 *  - else the first executable of BROWSER_LOCATIONS (Debian/Ubuntu packages, snap, Chrome, macOS apps).
 *
 * `ensureBrowser()` (scripts/test.mjs, the e2e globalSetup) also installs Chromium with apt when none is found
 * and it runs as root on Debian or Ubuntu (CI); anywhere else it throws a BrowserNotFoundError whose message is
 * one line naming the command that installs one. Nothing here downloads a browser by itself.
 *
 * Plain Node ESM so scripts/test.mjs can use it without a TypeScript loader; types in find-browser.d.mts.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync, statSync } from "node:fs";

/** Checked in this order when CHROMIUM_PATH is not set. */
export const BROWSER_LOCATIONS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/local/bin/chromium",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** The path used when nothing is found (what Debian's `chromium` package installs). */
export const DEFAULT_CHROMIUM_PATH = BROWSER_LOCATIONS[0];

export class BrowserNotFoundError extends Error {
  name = "BrowserNotFoundError";
}

/** Why `file` cannot be started as a browser ("no such file", "a directory", "not executable"), or null. */
export function executableProblem(file) {
  let st;
  try {
    st = statSync(file);
  } catch {
    return "no such file";
  }
  if (st.isDirectory()) return "a directory, not a program";
  if (!st.isFile()) return "not a regular file";
  try {
    accessSync(file, constants.X_OK);
  } catch {
    return "not executable";
  }
  return null;
}

/**
 * The browser to use: `{ path, source }` (source "CHROMIUM_PATH" or "default"), or `{ path: null, problem }`
 * with `envPath` set when CHROMIUM_PATH names something that is no browser.
 */
export function findBrowser({ env = process.env, problemOf = executableProblem } = {}) {
  const envPath = env.CHROMIUM_PATH;
  if (envPath) {
    const problem = problemOf(envPath);
    if (problem)
      return { path: null, envPath, problem: `CHROMIUM_PATH=${envPath} holds no browser (${problem})` };
    return { path: envPath, source: "CHROMIUM_PATH" };
  }
  for (const candidate of BROWSER_LOCATIONS) {
    if (!problemOf(candidate)) return { path: candidate, source: "default" };
  }
  return {
    path: null,
    problem: "no Chromium or Chrome found (CHROMIUM_PATH is not set, none in the usual places)",
  };
}

/**
 * The browser path without any check that fails: CHROMIUM_PATH, else the first usual location that exists,
 * else /usr/bin/chromium (launching it then fails with playwright's "executable doesn't exist").
 */
export function chromiumPath(opts = {}) {
  const env = opts.env ?? process.env;
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return findBrowser(opts).path ?? DEFAULT_CHROMIUM_PATH;
}

/** True when /etc/os-release (its text passed in) describes Debian, Ubuntu or a derivative of either. */
export function isDebianLike(osRelease) {
  if (!osRelease) return false;
  const ids = [];
  for (const line of osRelease.split("\n")) {
    const m = /^(ID|ID_LIKE)=(.*)$/.exec(line.trim());
    if (m) ids.push(...m[2].replace(/["']/g, "").toLowerCase().split(/\s+/));
  }
  return ids.includes("debian") || ids.includes("ubuntu");
}

function readOsRelease() {
  try {
    return readFileSync("/etc/os-release", "utf8");
  } catch {
    return "";
  }
}

/** How a person gets a browser on this machine, to follow "install one with ". */
export function installHint({ platform = process.platform, osRelease = "", isRoot = false } = {}) {
  if (platform === "darwin") return "`brew install --cask chromium`";
  if (platform === "linux" && isDebianLike(osRelease)) {
    return isRoot ? "`apt-get install -y chromium`" : "`sudo apt-get install -y chromium`";
  }
  if (platform === "linux") return "your package manager (e.g. `sudo dnf install chromium`)";
  return "the Google Chrome installer";
}

function defaultRun(cmd, args, env) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  return r.status ?? 1;
}

/**
 * Finds the browser (findBrowser), installing Chromium with apt first when there is none and this runs as
 * root on Debian/Ubuntu with CHROMIUM_PATH unset. Sets `env.CHROMIUM_PATH` to the path found, so child
 * processes (turbo → vitest → harness, bench) use the same browser, and returns it. Otherwise throws a
 * BrowserNotFoundError with one line: what is wrong and the command that fixes it.
 */
export function ensureBrowser({
  env = process.env,
  platform = process.platform,
  isRoot = process.getuid?.() === 0,
  osRelease = platform === "linux" ? readOsRelease() : "",
  problemOf = executableProblem,
  run = defaultRun,
  log = (m) => console.log(m),
} = {}) {
  const found = findBrowser({ env, problemOf });
  if (found.path) {
    env.CHROMIUM_PATH = found.path;
    return found.path;
  }
  const hint = installHint({ platform, osRelease, isRoot });
  if (found.envPath) {
    throw new BrowserNotFoundError(
      `${found.problem}: point CHROMIUM_PATH at a Chromium/Chrome executable, or unset it to use the usual ` +
        `places (${DEFAULT_CHROMIUM_PATH} …; install one with ${hint})`,
    );
  }
  if (platform === "linux" && isRoot && isDebianLike(osRelease)) {
    log(`[browser] ${found.problem}: installing it with apt (running as root on Debian/Ubuntu)`);
    log("[browser] apt-get update && apt-get install -y chromium");
    const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
    const code = run("apt-get", ["update"], aptEnv) || run("apt-get", ["install", "-y", "chromium"], aptEnv);
    const after = findBrowser({ env, problemOf });
    if (after.path) {
      log(`[browser] installed: ${after.path}`);
      env.CHROMIUM_PATH = after.path;
      return after.path;
    }
    throw new BrowserNotFoundError(
      `${found.problem}, and \`apt-get update && apt-get install -y chromium\` ` +
        `${code === 0 ? "installed none of the usual paths" : `failed (exit ${code})`}: ` +
        "install Chromium or Chrome, or set CHROMIUM_PATH to one",
    );
  }
  throw new BrowserNotFoundError(
    `${found.problem}; the browser tests need one: install it with ${hint}, or set CHROMIUM_PATH to a ` +
      "Chromium/Chrome executable",
  );
}
