import type { PrismaClient } from "../generated/prisma/client";
import { DEMO_ACCOUNTS, toE164 } from "./accounts";

/**
 * How many demo accounts that can sign in with the published demo password exist in this database (a password
 * credential on a demo phone number). Production refuses to start when there are any: `pnpm dev` seeds them
 * with a password everyone knows.
 */
export async function countDemoAccounts(db: PrismaClient): Promise<number> {
  return db.user.count({
    where: {
      phoneNumber: { in: DEMO_ACCOUNTS.map((a) => toE164(a.phone)) },
      accounts: { some: { providerId: "credential", password: { not: null } } },
    },
  });
}
