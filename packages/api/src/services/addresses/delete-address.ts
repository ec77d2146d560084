import type { Db } from "@cho-phien/db";
import { notFound } from "../../errors";

/**
 * Deletes one of the user's own addresses (someone else's id is "not found"). If it was the default, the
 * newest remaining address becomes the default.
 */
export async function deleteAddress(db: Db, userId: string, id: string): Promise<{ deleted: true }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`address:${userId}`}))`;
    const gone = await tx.address.findFirst({ where: { id, userId }, select: { isDefault: true } });
    if (!gone) throw notFound("Không tìm thấy địa chỉ");
    await tx.address.delete({ where: { id } });
    if (gone.isDefault) {
      const next = await tx.address.findFirst({
        where: { userId },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      });
      if (next) await tx.address.update({ where: { id: next.id }, data: { isDefault: true } });
    }
    return { deleted: true as const };
  });
}
