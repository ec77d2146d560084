// Types of find-browser.mjs (plain ESM so scripts/test.mjs runs it without a TypeScript loader).

export declare const BROWSER_LOCATIONS: readonly string[];
export declare const DEFAULT_CHROMIUM_PATH: string;

export declare class BrowserNotFoundError extends Error {}

type Env = Record<string, string | undefined>;
/** Why a path is no browser, or null when it is an executable file. */
type ProblemOf = (file: string) => string | null;

export declare function executableProblem(file: string): string | null;

export type FoundBrowser =
  | { path: string; source: "CHROMIUM_PATH" | "default" }
  | { path: null; envPath?: string; problem: string };

export declare function findBrowser(opts?: { env?: Env; problemOf?: ProblemOf }): FoundBrowser;

/** CHROMIUM_PATH, else the first usual location that exists, else /usr/bin/chromium; never throws. */
export declare function chromiumPath(opts?: { env?: Env; problemOf?: ProblemOf }): string;

export declare function isDebianLike(osRelease: string): boolean;

export declare function installHint(opts?: {
  platform?: string;
  osRelease?: string;
  isRoot?: boolean;
}): string;

export interface EnsureBrowserOptions {
  env?: Env;
  platform?: string;
  isRoot?: boolean;
  /** The text of /etc/os-release. */
  osRelease?: string;
  problemOf?: ProblemOf;
  /** Runs a command (apt-get) and returns its exit code. */
  run?: (cmd: string, args: string[], env: Env) => number;
  log?: (message: string) => void;
}

/** The browser path (also set as env.CHROMIUM_PATH), installing Chromium with apt as root on Debian/Ubuntu. */
export declare function ensureBrowser(opts?: EnsureBrowserOptions): string;
