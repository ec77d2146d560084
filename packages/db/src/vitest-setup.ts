import { inject } from "vitest";

// Runs in each test worker before the test files import anything that opens a database client.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DB_TARGET = inject("dbTarget");
