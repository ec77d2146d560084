import type { StandardSchemaV1 } from "@t3-oss/env-core";
import { EnvError, envIssueLines } from "./startup";

export type RuntimeEnv = Record<string, string | undefined>;

/**
 * The options every package passes to t3 env-core's `createEnv` beside its own zod schema: empty strings
 * count as unset (`FOO=` in a .env file), server-only, and every invalid variable is reported, not only the
 * first, as an EnvError whose lines the start-up check prints one by one.
 */
export function envOptions(runtimeEnv: RuntimeEnv = process.env) {
  return {
    runtimeEnv,
    emptyStringAsUndefined: true,
    isServer: true,
    onValidationError: (issues: readonly StandardSchemaV1.Issue[]): never => {
      throw new EnvError(envIssueLines(issues));
    },
  };
}
