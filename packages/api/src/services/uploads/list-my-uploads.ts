import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { PHOTO_UPLOAD_WHERE } from "./photo-upload";

/** The caller's most recent photos, newest first, for picking one again. */
export async function listMyUploads(db: DbTx, actor: UserActor, limit = 48) {
  return db.upload.findMany({
    where: { ownerId: actor.id, ...PHOTO_UPLOAD_WHERE },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, path: true, width: true, height: true, createdAt: true },
  });
}
