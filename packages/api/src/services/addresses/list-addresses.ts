import type { DbTx } from "@cho-phien/db";
import { wardByName } from "@cho-phien/validators/address";

export interface SavedAddress {
  id: string;
  recipientName: string;
  phone: string;
  provinceCode: string;
  /** The ward's name as saved: official since addresses are picked from the list, free text before. */
  ward: string;
  /**
   * The official code of that ward, found by its name in the province (Address keeps only the name; names
   * are unique within a province). null for an older free-text ward: the buyer picks it again at checkout.
   */
  wardCode: string | null;
  street: string;
  isDefault: boolean;
}

const addressSelect = {
  id: true,
  recipientName: true,
  phone: true,
  provinceCode: true,
  ward: true,
  street: true,
  isDefault: true,
} as const;

/** The user's own saved addresses, default first. */
export async function listAddresses(db: DbTx, userId: string): Promise<SavedAddress[]> {
  const rows = await db.address.findMany({
    where: { userId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
    select: addressSelect,
  });
  return rows.map(withWardCode);
}

/** A saved row with the official code of its ward, when its ward is one (see SavedAddress.wardCode). */
export function withWardCode(row: Omit<SavedAddress, "wardCode">): SavedAddress {
  return { ...row, wardCode: wardByName(row.provinceCode, row.ward)?.code ?? null };
}

export { addressSelect };
