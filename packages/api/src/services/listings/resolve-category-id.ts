import type { DbTx } from "@cho-phien/db";
import { badRequest } from "../../errors";

/** The category a farmer picked, by slug; an unknown one is a clear 400, never a foreign-key 500. */
export async function resolveCategoryId(tx: DbTx, slug: string): Promise<string> {
  const category = await tx.category.findUnique({ where: { slug }, select: { id: true } });
  if (!category) throw badRequest("Danh mục không tồn tại, vui lòng chọn lại", "UNKNOWN_CATEGORY");
  return category.id;
}
