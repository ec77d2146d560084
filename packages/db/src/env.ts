/** Where the database is. Unset DATABASE_URL means the embedded PGlite served by scripts/dev.ts. */
export const EMBEDDED_PORT = Number(process.env.PGLITE_PORT ?? 54329);
export const EMBEDDED_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres?sslmode=disable`;

export function databaseUrl(): string {
  return process.env.DATABASE_URL || EMBEDDED_URL;
}
