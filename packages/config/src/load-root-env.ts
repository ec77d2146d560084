import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Loads the repository's root `.env` into process.env, if there is one. Variables already set in the
 * environment win (an operator's `AUTH_SECRET=… pnpm start` beats the file). `pnpm dev`, `pnpm start` and the
 * worker call this first; child processes inherit the result. Returns the file loaded, or null.
 */
export function loadRootEnv(from: string = process.cwd()): string | null {
  const root = findWorkspaceRoot(from);
  if (!root) return null;
  const file = path.join(root, ".env");
  if (!existsSync(file)) return null;
  process.loadEnvFile(file);
  return file;
}

/** The nearest folder at or above `from` holding pnpm-workspace.yaml. */
export function findWorkspaceRoot(from: string): string | null {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
