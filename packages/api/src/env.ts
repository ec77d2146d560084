import { envOptions, type RuntimeEnv } from "@cho-phien/config/read-env";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";
import { parseTrustProxy } from "./http/client-ip";

/**
 * The demo receiving account: development shows a well-formed VietQR with it, production refuses to start with
 * it (buyers would transfer real money to an account that is not ours).
 */
export const PLACEHOLDER_VIETQR_ACCOUNT_NO = "1023456789";

const positiveInt = (max: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be at least 1" })
    .max(max, { error: `must be at most ${max}` });

/** The API's own settings (payments, jobs, storage, cache), validated. Sign-in settings are @cho-phien/auth's. */
export function readApiEnv(runtimeEnv: RuntimeEnv = process.env) {
  return createEnv({
    server: {
      VIETQR_BANK_BIN: z
        .string()
        .regex(/^\d{6}$/, { error: "must be a 6-digit NAPAS bank BIN" })
        .default("970436"),
      VIETQR_ACCOUNT_NO: z
        .string()
        .regex(/^\d{6,19}$/, { error: "must be 6–19 digits" })
        .default(PLACEHOLDER_VIETQR_ACCOUNT_NO),
      VIETQR_ACCOUNT_NAME: z.string().max(50).default("CONG TY TNHH CHO PHIEN"),
      STRIPE_SECRET_KEY: z
        .string()
        .startsWith("sk_", { error: "must be a Stripe secret key (sk_…)" })
        .optional(),
      STRIPE_WEBHOOK_SECRET: z
        .string()
        .startsWith("whsec_", { error: "must be a webhook secret (whsec_…)" })
        .optional(),
      COD_ACCEPT_HOURS: positiveInt(24 * 30).optional(),
      OUTBOX_POLL_SECONDS: positiveInt(3600).default(5),
      // The worker answers GET /health on this port (loopback) when set; see http/worker-health-server.ts.
      WORKER_HEALTH_PORT: positiveInt(65535).optional(),
      // Proxies allowed to name the client in X-Forwarded-For (http/client-ip.ts); unset = trust the socket only.
      TRUST_PROXY: z
        .string()
        .refine(
          (v) => {
            try {
              parseTrustProxy(v);
              return true;
            } catch {
              return false;
            }
          },
          { error: "must be a comma list of addresses, CIDR ranges, loopback or private" },
        )
        .optional(),
      REDIS_URL: z.url({ error: "must be a URL like redis://127.0.0.1:6379" }).optional(),
      UPLOAD_DIR: z.string().optional(),
      S3_BUCKET: z.string().optional(),
      S3_ENDPOINT: z.url().optional(),
    },
    ...envOptions(runtimeEnv),
  });
}

export type ApiEnv = ReturnType<typeof readApiEnv>;

/** Why these API settings must not run in production (empty = fine). */
export function apiProductionProblems(env: ApiEnv): string[] {
  const problems: string[] = [];
  if (env.VIETQR_ACCOUNT_NO === PLACEHOLDER_VIETQR_ACCOUNT_NO) {
    problems.push(
      "VIETQR_ACCOUNT_NO is the demo placeholder; bank transfers would go to an account that is not yours",
    );
  }
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    problems.push(
      "STRIPE_SECRET_KEY is set without STRIPE_WEBHOOK_SECRET; card payments could never be confirmed",
    );
  }
  return problems;
}
