import type { DbTx } from "@cho-phien/db";
import { notFound } from "../../errors";

export interface Me {
  id: string;
  name: string;
  phoneNumber: string | null;
  role: "buyer" | "seller" | "reviewer" | "admin";
  locale: string;
  createdAt: Date;
}

/** The signed-in user's own profile, read fresh from the database (the session may predate a role change). */
export async function getMe(db: DbTx, userId: string): Promise<Me> {
  const me = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, phoneNumber: true, role: true, locale: true, createdAt: true },
  });
  if (!me) throw notFound("Không tìm thấy tài khoản");
  return me;
}
