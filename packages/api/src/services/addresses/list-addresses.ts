import type { DbTx } from "@cho-phien/db";

export interface SavedAddress {
  id: string;
  recipientName: string;
  phone: string;
  provinceCode: string;
  ward: string;
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
export function listAddresses(db: DbTx, userId: string): Promise<SavedAddress[]> {
  return db.address.findMany({
    where: { userId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
    select: addressSelect,
  });
}

export { addressSelect };
