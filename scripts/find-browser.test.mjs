// Unit tests of the browser lookup (`node --test scripts/`; part of `pnpm test`, step "scripts").
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import {
  BROWSER_LOCATIONS,
  BrowserNotFoundError,
  chromiumPath,
  ensureBrowser,
  executableProblem,
  findBrowser,
  installHint,
  isDebianLike,
} from "./find-browser.mjs";

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/** A filesystem where exactly `present` are executables. */
const only =
  (...present) =>
  (file) =>
    present.includes(file) ? null : "no such file";

/** ensureBrowser with nothing real: no browser anywhere, and a record of what it ran and said. */
function fakeEnsure(opts) {
  const ran = [];
  const said = [];
  const env = opts.env ?? {};
  let installed = false;
  const result = (() => {
    try {
      return ensureBrowser({
        platform: "linux",
        problemOf: (f) => (installed && f === "/usr/bin/chromium" ? null : "no such file"),
        run: (cmd, args, runEnv) => {
          ran.push({ cmd: [cmd, ...args].join(" "), frontend: runEnv.DEBIAN_FRONTEND });
          if (args[0] === "install") installed = opts.aptInstalls ?? true;
          return opts.aptExit ?? 0;
        },
        log: (m) => said.push(m),
        ...opts,
        env,
      });
    } catch (e) {
      return e;
    }
  })();
  return { result, ran, said, env };
}

describe("findBrowser", () => {
  test("CHROMIUM_PATH wins when it is an executable", () => {
    const found = findBrowser({ env: { CHROMIUM_PATH: "/opt/x/chrome" }, problemOf: only("/opt/x/chrome") });
    assert.deepEqual(found, { path: "/opt/x/chrome", source: "CHROMIUM_PATH" });
  });

  test("a CHROMIUM_PATH that holds no browser is reported, and the usual places are not tried", () => {
    const found = findBrowser({
      env: { CHROMIUM_PATH: "/nonexistent" },
      problemOf: only("/usr/bin/chromium"),
    });
    assert.equal(found.path, null);
    assert.equal(found.envPath, "/nonexistent");
    assert.match(found.problem, /CHROMIUM_PATH=\/nonexistent holds no browser \(no such file\)/);
  });

  test("without CHROMIUM_PATH, the first usual location that exists, in order", () => {
    assert.equal(BROWSER_LOCATIONS[0], "/usr/bin/chromium");
    const env = {};
    assert.equal(
      findBrowser({ env, problemOf: only("/usr/bin/chromium-browser", "/snap/bin/chromium") }).path,
      "/usr/bin/chromium-browser",
    );
    assert.equal(
      findBrowser({ env, problemOf: only("/snap/bin/chromium", "/usr/bin/google-chrome") }).path,
      "/usr/bin/google-chrome",
    );
    const mac = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    assert.deepEqual(findBrowser({ env, problemOf: only(mac) }), { path: mac, source: "default" });
    assert.equal(findBrowser({ env: { CHROMIUM_PATH: "" }, problemOf: only(mac) }).path, mac);
  });

  test("nothing anywhere", () => {
    const found = findBrowser({ env: {}, problemOf: only() });
    assert.equal(found.path, null);
    assert.equal(found.envPath, undefined);
  });

  test("chromiumPath never throws: CHROMIUM_PATH as given, else the lookup, else /usr/bin/chromium", () => {
    assert.equal(chromiumPath({ env: { CHROMIUM_PATH: "/nonexistent" }, problemOf: only() }), "/nonexistent");
    assert.equal(
      chromiumPath({ env: {}, problemOf: only("/usr/bin/google-chrome") }),
      "/usr/bin/google-chrome",
    );
    assert.equal(chromiumPath({ env: {}, problemOf: only() }), "/usr/bin/chromium");
  });
});

describe("executableProblem (real files)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "find-browser-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("an executable file, a plain file, a directory, nothing", () => {
    const exe = path.join(dir, "chromium");
    writeFileSync(exe, "#!/bin/sh\n");
    chmodSync(exe, 0o755);
    const plain = path.join(dir, "notes.txt");
    writeFileSync(plain, "");
    chmodSync(plain, 0o644);
    mkdirSync(path.join(dir, "sub"));
    assert.equal(executableProblem(exe), null);
    // root may execute nothing without an x bit either, so this holds for root too
    assert.equal(executableProblem(plain), "not executable");
    assert.equal(executableProblem(path.join(dir, "sub")), "a directory, not a program");
    assert.equal(executableProblem(path.join(dir, "missing")), "no such file");
    assert.equal(findBrowser({ env: { CHROMIUM_PATH: exe } }).path, exe);
  });
});

describe("os detection and install hints", () => {
  test("Debian, Ubuntu and their derivatives count as Debian-like; Fedora and nothing do not", () => {
    assert.equal(isDebianLike(DEBIAN), true);
    assert.equal(isDebianLike(UBUNTU), true);
    assert.equal(isDebianLike(MINT), true);
    assert.equal(isDebianLike(FEDORA), false);
    assert.equal(isDebianLike(""), false);
  });

  test("the command named for each kind of machine", () => {
    assert.equal(
      installHint({ platform: "linux", osRelease: DEBIAN, isRoot: false }),
      "`sudo apt-get install -y chromium`",
    );
    assert.equal(
      installHint({ platform: "linux", osRelease: UBUNTU, isRoot: true }),
      "`apt-get install -y chromium`",
    );
    assert.equal(installHint({ platform: "darwin" }), "`brew install --cask chromium`");
    assert.match(installHint({ platform: "linux", osRelease: FEDORA }), /package manager/);
  });
});

describe("ensureBrowser", () => {
  test("a browser found is returned and exported as CHROMIUM_PATH; nothing is installed", () => {
    const { result, ran, env } = fakeEnsure({
      isRoot: true,
      osRelease: DEBIAN,
      problemOf: only("/usr/bin/chromium-browser"),
    });
    assert.equal(result, "/usr/bin/chromium-browser");
    assert.equal(env.CHROMIUM_PATH, "/usr/bin/chromium-browser");
    assert.deepEqual(ran, []);
  });

  test("root on Debian with no browser: apt-get update && apt-get install -y chromium, non-interactive, said on screen", () => {
    const { result, ran, said, env } = fakeEnsure({ isRoot: true, osRelease: DEBIAN });
    assert.equal(result, "/usr/bin/chromium");
    assert.equal(env.CHROMIUM_PATH, "/usr/bin/chromium");
    assert.deepEqual(ran, [
      { cmd: "apt-get update", frontend: "noninteractive" },
      { cmd: "apt-get install -y chromium", frontend: "noninteractive" },
    ]);
    assert.ok(said.some((m) => /installing it with apt/.test(m)));
  });

  test("root on Ubuntu installs too; a failing apt stops with one line", () => {
    const { result, ran } = fakeEnsure({ isRoot: true, osRelease: UBUNTU, aptExit: 100, aptInstalls: false });
    assert.ok(result instanceof BrowserNotFoundError);
    assert.equal(ran.length, 1); // install is not tried after a failed update
    assert.match(result.message, /apt-get install -y chromium` failed \(exit 100\)/);
    assert.doesNotMatch(result.message, /\n/);
  });

  test("not root on Debian: nothing is run, one line naming sudo apt-get install -y chromium", () => {
    const { result, ran } = fakeEnsure({ isRoot: false, osRelease: DEBIAN });
    assert.ok(result instanceof BrowserNotFoundError);
    assert.deepEqual(ran, []);
    assert.match(result.message, /install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH/);
    assert.doesNotMatch(result.message, /\n/);
  });

  test("macOS: names brew; another Linux as root: names its package manager, installs nothing", () => {
    const mac = fakeEnsure({ platform: "darwin", isRoot: false, osRelease: "" });
    assert.match(mac.result.message, /brew install --cask chromium/);
    const fedora = fakeEnsure({ isRoot: true, osRelease: FEDORA });
    assert.ok(fedora.result instanceof BrowserNotFoundError);
    assert.deepEqual(fedora.ran, []);
    assert.match(fedora.result.message, /package manager/);
  });

  test("CHROMIUM_PATH naming no browser stops even as root on Debian (no install), in one line", () => {
    const { result, ran } = fakeEnsure({
      isRoot: true,
      osRelease: DEBIAN,
      env: { CHROMIUM_PATH: "/nonexistent" },
    });
    assert.ok(result instanceof BrowserNotFoundError);
    assert.deepEqual(ran, []);
    assert.match(
      result.message,
      /^CHROMIUM_PATH=\/nonexistent holds no browser \(no such file\): point CHROMIUM_PATH at/,
    );
    assert.doesNotMatch(result.message, /\n/);
  });
});
