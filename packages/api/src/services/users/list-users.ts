import { type DbTx, Prisma } from "@cho-phien/db";
import type { ZListUsersInput } from "@cho-phien/validators/users";
import type { z } from "zod";

export const USERS_PAGE_SIZE = 25;

export interface AdminUserRow {
  id: string;
  name: string;
  phoneNumber: string | null;
  role: "buyer" | "seller" | "reviewer" | "admin";
  banned: boolean;
  createdAt: Date;
}

export interface UsersPage {
  items: AdminUserRow[];
  total: number;
  page: number;
  pageSize: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * How a typed query matches a stored E.164 number (+84912345678): "0912 345" and "84912" and "345 678"
 * all mean digits in the number, with the leading 0 of a local number standing for +84.
 */
function phonePattern(q: string): string | null {
  const digits = q.replace(/\D/g, "");
  if (digits.length < 3 || /[^\d\s.+\-()]/.test(q)) return null;
  // "0912…" is the start of a local number; "000 111" is just digits somewhere in it.
  if (/^0[35789]/.test(digits)) return `+84${digits.slice(1)}`;
  if (q.trim().startsWith("+") || digits.startsWith("84")) return `+${digits}`;
  return digits;
}

/**
 * Users, newest first, optionally filtered by one search box: a name without caring about tones
 * ("nguyen" finds "Nguyễn") or part of a phone number. Raw SQL for the name because the tone-insensitive
 * normalisation (cp_search_norm) lives in Postgres.
 */
export async function listUsers(db: DbTx, input: z.output<typeof ZListUsersInput>): Promise<UsersPage> {
  const q = input.q ?? "";
  const conditions: Prisma.Sql[] = [];
  if (q) {
    const phone = phonePattern(q);
    // The typed text is normalised exactly like the column (tones, đ, case), then its LIKE wildcards escaped.
    const name = Prisma.sql`cp_search_norm(u.name) LIKE '%' || replace(replace(replace(cp_search_norm(${q}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
    conditions.push(phone ? Prisma.sql`(${name} OR u."phoneNumber" LIKE ${`%${escapeLike(phone)}%`})` : name);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const offset = (input.page - 1) * USERS_PAGE_SIZE;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<AdminUserRow[]>`
      SELECT u.id, u.name, u."phoneNumber", u.role::text AS role, u.banned, u."createdAt"
      FROM "User" u ${where}
      ORDER BY u."createdAt" DESC, u.id
      LIMIT ${USERS_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "User" u ${where}`,
  ]);
  return { items: rows, total: Number(counted[0]?.total ?? 0), page: input.page, pageSize: USERS_PAGE_SIZE };
}
