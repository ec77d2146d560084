import { spawnSync } from "node:child_process";
import path from "node:path";
import { DEV_AUTH_SECRET } from "@cho-phien/auth/env";
import { getDb } from "@cho-phien/db";
import { countDemoAccounts } from "@cho-phien/db/seed";
import { afterAll, describe, expect, it } from "vitest";
import { PLACEHOLDER_VIETQR_ACCOUNT_NO } from "../env";
import { startupProblems } from "./startup-problems";

/**
 * Production refuses unsafe settings, one line each; development only refuses settings that do not parse.
 * The demo-account check runs against this run's real database.
 */
const SAFE_PRODUCTION = {
  NODE_ENV: "production",
  AUTH_SECRET: "k".repeat(48),
  MESSAGE_PROVIDER: "esms",
  ESMS_API_KEY: "esms-key",
  ESMS_SECRET_KEY: "esms-secret",
  ESMS_BRANDNAME: "CHOPHIEN",
  VIETQR_ACCOUNT_NO: "0071000123456",
  // This run's database may hold the demo seed (another test file seeds it); the demo check has its own test.
  ALLOW_DEMO_ACCOUNTS: "1",
};
const demoPhone = "+84901000001";

afterAll(async () => {
  await getDb().user.deleteMany({ where: { id: "startup-demo" } });
});

describe("start-up checks", () => {
  it("let a safe production configuration start", async () => {
    expect(await startupProblems({ env: SAFE_PRODUCTION })).toEqual([]);
  });

  it("refuse a missing, short or development AUTH_SECRET in production", async () => {
    const { AUTH_SECRET: _, ...noSecret } = SAFE_PRODUCTION;
    expect(await startupProblems({ env: noSecret })).toEqual([
      expect.stringMatching(/^AUTH_SECRET is not set/),
    ]);
    expect(await startupProblems({ env: { ...SAFE_PRODUCTION, AUTH_SECRET: "short-secret" } })).toEqual([
      "AUTH_SECRET is shorter than 32 bytes",
    ]);
    expect(await startupProblems({ env: { ...SAFE_PRODUCTION, AUTH_SECRET: DEV_AUTH_SECRET } })).toEqual([
      expect.stringContaining("development fallback"),
    ]);
  });

  it("refuse the log sender in production unless ALLOW_LOG_SENDER=1 says so", async () => {
    const { MESSAGE_PROVIDER: _, ...logSender } = SAFE_PRODUCTION;
    expect(await startupProblems({ env: logSender })).toEqual([
      expect.stringContaining("MESSAGE_PROVIDER is `log`"),
    ]);
    expect(await startupProblems({ env: { ...logSender, ALLOW_LOG_SENDER: "1" } })).toEqual([]);
  });

  it("refuse a half-configured message provider in production", async () => {
    expect(await startupProblems({ env: { ...SAFE_PRODUCTION, ESMS_SECRET_KEY: undefined } })).toEqual([
      "MESSAGE_PROVIDER is esms but ESMS_SECRET_KEY is not set",
    ]);
  });

  it("refuse the placeholder VietQR account in production", async () => {
    for (const env of [
      { ...SAFE_PRODUCTION, VIETQR_ACCOUNT_NO: undefined },
      { ...SAFE_PRODUCTION, VIETQR_ACCOUNT_NO: PLACEHOLDER_VIETQR_ACCOUNT_NO },
    ]) {
      expect(await startupProblems({ env })).toEqual([
        expect.stringContaining("VIETQR_ACCOUNT_NO is the demo placeholder"),
      ]);
    }
  });

  it("report every unparseable setting, in development too", async () => {
    const problems = await startupProblems({
      env: { COD_ACCEPT_HOURS: "two days", STOREFRONT_URL: "chophien.vn", MESSAGE_PROVIDER: "pigeon" },
    });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/COD_ACCEPT_HOURS/);
    expect(problems.join("\n")).toMatch(/STOREFRONT_URL/);
    expect(problems.join("\n")).toMatch(/MESSAGE_PROVIDER/);
    // The development defaults themselves are fine outside production.
    expect(await startupProblems({ env: {} })).toEqual([]);
  });

  it("refuse a database holding demo accounts with the published password, unless allowed on purpose", async () => {
    const db = getDb();
    // Make sure one is there (another test file may already have seeded the demo data in this run's database).
    if ((await countDemoAccounts(db)) === 0) {
      const user = await db.user.create({
        data: {
          id: "startup-demo",
          name: "Demo",
          email: "startup-demo@test.chophien.vn",
          phoneNumber: demoPhone,
        },
      });
      await db.account.create({
        data: {
          id: "startup-demo-acc",
          accountId: user.id,
          providerId: "credential",
          userId: user.id,
          password: "x",
        },
      });
    }
    const { ALLOW_DEMO_ACCOUNTS: _, ...strict } = SAFE_PRODUCTION;
    expect(await startupProblems({ env: strict })).toEqual([
      expect.stringMatching(/^the database holds \d+ demo accounts with the published demo password/),
    ]);
    expect(await startupProblems({ env: SAFE_PRODUCTION })).toEqual([]);
    // Development does not care: `pnpm dev` is where demo accounts belong.
    expect(await startupProblems({ env: { ...strict, NODE_ENV: "development" } })).toEqual([]);
  });

  it("stop the worker process with one clear line when AUTH_SECRET is missing", () => {
    const apiDir = path.resolve(import.meta.dirname, "../..");
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/worker.ts"], {
      cwd: apiDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        DATABASE_URL: process.env.DATABASE_URL,
        ALLOW_LOG_SENDER: "1",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      "[worker] refusing to start: AUTH_SECRET is not set (use 32+ random bytes, e.g. `openssl rand -base64 48`)",
    );
    expect(lines).toContain(
      "[worker] refusing to start: VIETQR_ACCOUNT_NO is the demo placeholder; bank transfers would go to an account that is not yours",
    );
  });
});
