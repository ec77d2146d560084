import type { Db } from "@cho-phien/db";
import { SAVED_ADDRESSES_MAX, type TAddressCreateInput } from "@cho-phien/validators/address";
import { badRequest } from "../../errors";
import { addressSelect, type SavedAddress, withWardCode } from "./list-addresses";

/**
 * Saves an address for the user. Their first address becomes the default; making another the default clears
 * the old one in the same transaction, so there is never more than one. The ward was resolved to the official
 * list by ZAddressCreateInput; the row keeps its official name (Address has no code column), from which
 * listAddresses finds the code again.
 */
export async function createAddress(
  db: Db,
  userId: string,
  input: TAddressCreateInput,
): Promise<SavedAddress> {
  return db.$transaction(async (tx) => {
    // Serialise one user's address writes so the count limit and the single default both hold.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`address:${userId}`}))`;
    const count = await tx.address.count({ where: { userId } });
    if (count >= SAVED_ADDRESSES_MAX) {
      throw badRequest(
        `Chỉ lưu được tối đa ${SAVED_ADDRESSES_MAX} địa chỉ; vui lòng xóa bớt địa chỉ cũ`,
        "TOO_MANY_ADDRESSES",
      );
    }
    const isDefault = count === 0 || input.isDefault === true;
    if (isDefault)
      await tx.address.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
    const row = await tx.address.create({
      data: {
        userId,
        recipientName: input.recipientName,
        phone: input.phone,
        provinceCode: input.provinceCode,
        ward: input.ward,
        street: input.street,
        isDefault,
      },
      select: addressSelect,
    });
    return withWardCode(row);
  });
}
