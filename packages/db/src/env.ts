import { envOptions, type RuntimeEnv } from "@cho-phien/config/read-env";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Where the database is. Unset DATABASE_URL means the embedded PGlite served by scripts/dev.ts. */
export const EMBEDDED_PORT = Number(process.env.PGLITE_PORT ?? 54329);
export const EMBEDDED_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres?sslmode=disable`;

export function databaseUrl(): string {
  return process.env.DATABASE_URL || EMBEDDED_URL;
}

/** The database package's settings, validated at start-up (scripts/dev.ts, the apps, the worker). */
export function readDbEnv(runtimeEnv: RuntimeEnv = process.env) {
  return createEnv({
    server: {
      DATABASE_URL: z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// URL" })
        .optional(),
      PGLITE_PORT: z.coerce.number().int().min(1).max(65535).optional(),
      DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
    },
    ...envOptions(runtimeEnv),
  });
}
