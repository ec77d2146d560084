export { createDb, type Db, type DbTx, getDb } from "./client";
export { databaseUrl, EMBEDDED_URL } from "./env";
export * from "./generated/prisma/client";
