import type { Db } from "@cho-phien/db";
import type { TSetReviewerProvincesInput } from "@cho-phien/validators/admin";
import type { UserActor } from "../../actor";
import { conflict } from "../../errors";
import { auditAdminAction } from "./audit-admin-action";
import { lockedUser } from "./locked-user";

/**
 * An admin sets which provinces an OCOP reviewer reviews: the form sends the whole set, so assigning and
 * unassigning are one action and a resubmitted form changes nothing. Only reviewers have provinces (an admin
 * reviews everywhere). The log records what was added and removed.
 */
export async function setReviewerProvinces(
  db: Db,
  actor: UserActor,
  input: TSetReviewerProvincesInput,
): Promise<{ userId: string; provinceCodes: string[]; added: string[]; removed: string[] }> {
  return db.$transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (user.role !== "reviewer") {
      throw conflict(
        "Chỉ giao tỉnh cho tài khoản cán bộ duyệt OCOP. Hãy đổi vai trò của người này trước.",
        "NOT_REVIEWER",
      );
    }
    const current = (
      await tx.reviewerProvince.findMany({ where: { userId: user.id }, select: { provinceCode: true } })
    ).map((p) => p.provinceCode);
    const wanted = new Set(input.provinceCodes);
    const added = input.provinceCodes.filter((c) => !current.includes(c));
    const removed = current.filter((c) => !wanted.has(c)).sort();
    const result = { userId: user.id, provinceCodes: input.provinceCodes, added, removed };
    if (added.length === 0 && removed.length === 0) return result;
    if (removed.length) {
      await tx.reviewerProvince.deleteMany({ where: { userId: user.id, provinceCode: { in: removed } } });
    }
    if (added.length) {
      await tx.reviewerProvince.createMany({
        data: added.map((provinceCode) => ({ userId: user.id, provinceCode, assignedById: actor.id })),
      });
    }
    await auditAdminAction(tx, actor, {
      action: "reviewer.provinces_set",
      entityType: "User",
      entityId: user.id,
      reason: input.reason,
      data: { added, removed, provinces: input.provinceCodes },
    });
    return result;
  });
}
