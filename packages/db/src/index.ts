export * from "./generated/prisma/client";
export { createDb, getDb, type Db, type DbTx } from "./client";
export { databaseUrl, EMBEDDED_URL } from "./env";
