import type { Role } from "@cho-phien/auth";

/**
 * Who did something, as recorded in the audit log and an order's status timeline: a user id (null for a guest
 * or the system) and their role at the time ("guest", "system" and "stripe" are used where no user acts).
 */
export interface Actor {
  id: string | null;
  role: string | null;
}

/** A signed-in user acting: seller-side and back-office services require one. */
export interface UserActor extends Actor {
  id: string;
  role: Role;
}

/** The actor of a request: the signed-in user, or a guest. */
export function actorOf(user: { id: string; role: Role } | null): Actor {
  return { id: user?.id ?? null, role: user?.role ?? "guest" };
}
