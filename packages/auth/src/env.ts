import { envOptions, type RuntimeEnv } from "@cho-phien/config/read-env";
import { messagingConfigProblems, messagingEnvShape } from "@cho-phien/messaging/env";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** What `AUTH_SECRET` falls back to outside production, so `pnpm dev` needs no setup. Never valid in production. */
export const DEV_AUTH_SECRET = "cho-phien-development-secret-change-me-in-production";
/** Signing keys shorter than this are refused in production (better-auth signs cookies with it). */
export const MIN_AUTH_SECRET_BYTES = 32;

/**
 * The sign-in package's settings, validated. Unset public URLs are the local development ones. The messaging
 * settings (MESSAGE_PROVIDER, ESMS_*, ZNS_*) are part of it: one-time codes go out through them, and the
 * start-up check reads this schema.
 */
export function readAuthEnv(runtimeEnv: RuntimeEnv = process.env) {
  return createEnv({
    server: {
      AUTH_SECRET: z.string().optional(),
      STOREFRONT_URL: z
        .url({ error: "must be an absolute URL like https://chophien.vn" })
        .default("http://localhost:3000"),
      DASHBOARD_URL: z
        .url({ error: "must be an absolute URL like https://quanly.chophien.vn" })
        .default("http://localhost:3001"),
      ...messagingEnvShape,
      ALLOW_LOG_SENDER: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0"),
    },
    ...envOptions(runtimeEnv),
  });
}

export type AuthEnv = ReturnType<typeof readAuthEnv>;

/** The secret better-auth signs with: the configured one, or the development fallback outside production. */
export function authSecret(env: AuthEnv = readAuthEnv()): string {
  return env.AUTH_SECRET ?? DEV_AUTH_SECRET;
}

/** Why this configuration must not run in production (empty = fine). One sentence per problem. */
export function authProductionProblems(env: AuthEnv): string[] {
  const problems: string[] = [];
  const secret = env.AUTH_SECRET;
  if (!secret) {
    problems.push(
      `AUTH_SECRET is not set (use ${MIN_AUTH_SECRET_BYTES}+ random bytes, e.g. \`openssl rand -base64 48\`)`,
    );
  } else if (secret === DEV_AUTH_SECRET) {
    problems.push("AUTH_SECRET is the development fallback; anyone can forge sessions with it");
  } else if (Buffer.byteLength(secret, "utf8") < MIN_AUTH_SECRET_BYTES) {
    problems.push(`AUTH_SECRET is shorter than ${MIN_AUTH_SECRET_BYTES} bytes`);
  }
  if (env.MESSAGE_PROVIDER === "log" && env.ALLOW_LOG_SENDER !== "1") {
    problems.push(
      "MESSAGE_PROVIDER is `log`: one-time codes and order messages would only be written to the log " +
        "(choose esms or zns, or set ALLOW_LOG_SENDER=1 on purpose)",
    );
  }
  // A half-configured provider would fail every code and every order message: refuse it at start instead.
  problems.push(...messagingConfigProblems(env));
  return problems;
}

/** Cookies get the Secure flag whenever the public site is served over https, in any mode. */
export function useSecureCookies(env: AuthEnv): boolean {
  return env.STOREFRONT_URL.startsWith("https://");
}
