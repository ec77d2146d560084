import type { TestProject } from "vitest/node";
import { createTestDatabase, type DbTarget } from "./test-db";

/**
 * Vitest globalSetup for integration tests: DB_TARGET=pglite (default) or server. Hands the URL to test
 * workers through `provide`; `vitest-setup.ts` puts it in DATABASE_URL before any test imports a client.
 */
export default async function setup(project: TestProject) {
  const target = (process.env.DB_TARGET as DbTarget) || "pglite";
  const db = await createTestDatabase(target);
  project.provide("databaseUrl", db.url);
  project.provide("dbTarget", target);
  return async () => {
    await db.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    dbTarget: string;
  }
}
