import type { StandardSchemaV1 } from "@t3-oss/env-core";

/** Production is whatever `NODE_ENV=production` says (`next start`, `pnpm start`, the worker in a container). */
export function isProduction(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === "production";
}

/** One readable line per invalid variable: "COD_ACCEPT_HOURS: Too small: expected number to be >=1". */
export function envIssueLines(issues: readonly StandardSchemaV1.Issue[]): string[] {
  return issues.map((i) => {
    const key = i.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".") ?? "environment";
    return `${String(key)}: ${i.message}`;
  });
}

/** Thrown by the env readers so a start-up check can print each problem on its own line. */
export class EnvError extends Error {
  override name = "EnvError";
  constructor(readonly lines: string[]) {
    super(lines.join("; "));
  }
}

/**
 * Stops the process when there is any problem, one clear line each, before it listens or takes jobs:
 * "[storefront] refusing to start: AUTH_SECRET is not set …". Exit code 1, so supervisors see a failure.
 */
export function exitIfProblems(who: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  for (const p of problems) console.error(`[${who}] refusing to start: ${p}`);
  process.exit(1);
}
