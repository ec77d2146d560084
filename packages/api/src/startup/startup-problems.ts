import { authProductionProblems, readAuthEnv } from "@cho-phien/auth/env";
import type { RuntimeEnv } from "@cho-phien/config/read-env";
import { EnvError, exitIfProblems, isProduction } from "@cho-phien/config/startup";
import { createDb, databaseUrl } from "@cho-phien/db";
import { readDbEnv } from "@cho-phien/db/env";
import { countDemoAccounts } from "@cho-phien/db/seed";
import { apiProductionProblems, readApiEnv } from "../env";

export interface StartupCheckOptions {
  env?: RuntimeEnv;
  /** The database to look for demo accounts in (default: DATABASE_URL or the embedded one). */
  databaseUrl?: string;
}

/**
 * Everything that must stop an app or the worker before it serves anyone. Always: settings that do not parse
 * (a typo in COD_ACCEPT_HOURS is caught at start, not at the first COD order). In production also: a missing,
 * short or development AUTH_SECRET, the log sender, the placeholder VietQR account, and demo accounts with
 * the published password in the database — unless ALLOW_DEMO_ACCOUNTS=1 says this is a demo on purpose
 * (the browser tests and benchmarks run production builds on demo data).
 */
export async function startupProblems(opts: StartupCheckOptions = {}): Promise<string[]> {
  const env = opts.env ?? process.env;
  const problems: string[] = [];
  const auth = tryRead(() => readAuthEnv(env), problems);
  const api = tryRead(() => readApiEnv(env), problems);
  tryRead(() => readDbEnv(env), problems);
  if (!isProduction(env)) return problems;
  if (auth) problems.push(...authProductionProblems(auth));
  if (api) problems.push(...apiProductionProblems(api));
  if (env.ALLOW_DEMO_ACCOUNTS !== "1") {
    const demo = await demoAccountProblem(opts.databaseUrl ?? databaseUrl());
    if (demo) problems.push(demo);
  }
  return problems;
}

/** Runs the checks and exits with one line per problem; returns only when it is safe to go on. */
export async function assertSafeToStart(who: string, opts: StartupCheckOptions = {}): Promise<void> {
  exitIfProblems(who, await startupProblems(opts));
}

function tryRead<T>(read: () => T, problems: string[]): T | null {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    problems.push(...e.lines);
    return null;
  }
}

async function demoAccountProblem(url: string): Promise<string | null> {
  const db = createDb(url, 1);
  try {
    const n = await countDemoAccounts(db);
    return n > 0
      ? `the database holds ${n} demo accounts with the published demo password (seeded by \`pnpm dev\`); ` +
          "use a fresh database (or ALLOW_DEMO_ACCOUNTS=1 for a public demo on purpose)"
      : null;
  } catch (e) {
    return `cannot reach the database to check it: ${(e as Error).message}`;
  } finally {
    await db.$disconnect();
  }
}
