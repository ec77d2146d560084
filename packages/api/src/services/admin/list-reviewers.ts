import type { DbTx } from "@cho-phien/db";
import type { ZReviewersInput } from "@cho-phien/validators/admin";
import type { z } from "zod";

export const REVIEWERS_PAGE_SIZE = 25;

export interface ReviewerRow {
  id: string;
  name: string;
  phoneNumber: string | null;
  banned: boolean;
  /** Province codes the reviewer reviews, sorted. */
  provinceCodes: string[];
}

/** The OCOP reviewers and the provinces each one reviews, by name. */
export async function listReviewers(db: DbTx, input: z.output<typeof ZReviewersInput>) {
  const where = { role: "reviewer" as const };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * REVIEWERS_PAGE_SIZE,
      take: REVIEWERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        phoneNumber: true,
        banned: true,
        reviewerProvinces: { select: { provinceCode: true }, orderBy: { provinceCode: "asc" } },
      },
    }),
    db.user.count({ where }),
  ]);
  const items: ReviewerRow[] = rows.map((u) => ({
    id: u.id,
    name: u.name,
    phoneNumber: u.phoneNumber,
    banned: u.banned,
    provinceCodes: u.reviewerProvinces.map((p) => p.provinceCode),
  }));
  return { items, total, page: input.page, pageSize: REVIEWERS_PAGE_SIZE };
}
