import { randomBytes } from "node:crypto";
import type { Db, DbTx } from "@cho-phien/db";
import { maskAccountNo } from "@cho-phien/validators/banks";
import { SHOPS_PER_OWNER_MAX, shopSlugBase, type TOpenShop } from "@cho-phien/validators/shops";
import { wardByCode } from "@cho-phien/validators/wards";
import type { UserActor } from "../../actor";
import { badRequest, conflict } from "../../errors";
import { appendAudit } from "../audit/append-audit";
import { ORDER_TX } from "../orders/transaction-options";
import { PHOTO_UPLOAD_WHERE } from "../uploads/photo-upload";

/** A second submit of the same shop name within this window returns the shop the first one made. */
export const OPEN_SHOP_REPEAT_WINDOW_MS = 60_000;

export const SHOP_PHOTO_NOT_YOURS_MESSAGE =
  "Không dùng được ảnh này: ảnh không có hoặc không phải do bạn tải lên. Vui lòng chọn lại ảnh gian hàng.";

export interface OpenedShop {
  id: string;
  slug: string;
  name: string;
  /** false when this was a repeated submit and the shop already existed. */
  created: boolean;
  /** The owner's role afterwards: a buyer becomes a seller; reviewers and admins keep theirs. */
  role: UserActor["role"];
}

/**
 * "Mở gian hàng": a signed-in user opens a farm's shop, in one transaction: the shop (slug from its name,
 * commune = the official ward's name, wardCode stored), the buyer → seller role change, and the `shop.opened`
 * audit entry. At most SHOPS_PER_OWNER_MAX shops per owner. A double tap on a slow connection (same user,
 * same name, within a minute) returns the shop the first tap made instead of opening a second one; a
 * per-user advisory lock makes two concurrent submits take turns. The payout account number is stored for
 * payouts only; the audit log keeps it masked. The shop photo, if any, is one of the caller's own uploads:
 * its served path goes into Shop.photoPath.
 *
 * The shop is `active` at once, as every shop is today; buyers only find it through approved listings
 * (publicProductWhere), so an empty new shop shows nothing in the catalog.
 */
export async function openShop(db: Db, actor: UserActor, input: TOpenShop): Promise<OpenedShop> {
  const ward = wardByCode(input.wardCode);
  // ZOpenShopInput already checked this; a service may be called without it.
  if (!ward || ward.provinceCode !== input.provinceCode) {
    throw badRequest("Phường/xã đã chọn không thuộc tỉnh/thành phố này", "WARD_PROVINCE_MISMATCH");
  }
  // A slug another user took between our check and our insert: the unique index refuses it; try again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`shop.open:${actor.id}`}))`;

        const latest = await tx.shop.findFirst({
          where: { ownerId: actor.id },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, slug: true, name: true, createdAt: true },
        });
        const owner = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { role: true } });
        if (
          latest &&
          latest.name === input.name &&
          Date.now() - latest.createdAt.getTime() < OPEN_SHOP_REPEAT_WINDOW_MS
        ) {
          return { id: latest.id, slug: latest.slug, name: latest.name, created: false, role: owner.role };
        }

        const owned = await tx.shop.count({ where: { ownerId: actor.id } });
        if (owned >= SHOPS_PER_OWNER_MAX) {
          throw conflict(
            `Mỗi tài khoản mở được tối đa ${SHOPS_PER_OWNER_MAX} gian hàng. Bạn đã có ${owned} gian hàng.`,
            "SHOP_LIMIT",
          );
        }

        const photoPath = input.photoUploadId ? await ownUploadPath(tx, actor, input.photoUploadId) : null;
        const slug = await freeSlug(tx, shopSlugBase(input.name));
        const shop = await tx.shop.create({
          data: {
            slug,
            name: input.name,
            story: input.story,
            provinceCode: input.provinceCode,
            wardCode: ward.code,
            communeName: ward.name,
            addressLine: input.addressLine,
            phone: input.phone,
            payoutBankBin: input.payout.bankBin,
            payoutAccountNo: input.payout.accountNo,
            payoutAccountName: input.payout.accountName,
            freeShippingThresholdVnd: input.freeShippingThresholdVnd ?? null,
            photoPath,
            ownerId: actor.id,
            active: true,
          },
          select: { id: true, slug: true, name: true },
        });

        // Read from the database, not the session: only a buyer becomes a seller.
        const promoted = owner.role === "buyer";
        if (promoted) {
          await tx.user.update({ where: { id: actor.id }, data: { role: "seller" } });
        }

        await appendAudit(tx, {
          actorId: actor.id,
          actorRole: "owner",
          action: "shop.opened",
          entityType: "shop",
          entityId: shop.id,
          data: {
            slug: shop.slug,
            name: shop.name,
            provinceCode: input.provinceCode,
            wardCode: ward.code,
            payoutBankBin: input.payout.bankBin,
            payoutAccount: maskAccountNo(input.payout.accountNo),
            freeShippingThresholdVnd: input.freeShippingThresholdVnd ?? null,
            photoPath,
            ...(promoted ? { roleChanged: { from: "buyer", to: "seller" } } : {}),
          },
        });
        return { ...shop, created: true, role: promoted ? "seller" : owner.role };
      }, ORDER_TX);
    } catch (e) {
      if (attempt < 3 && isSlugTaken(e)) continue;
      throw e;
    }
  }
}

/**
 * The served path of an upload the caller made. An upload id travels through a form and a URL, so someone
 * else's (or a made-up) id is refused, the same way for both: a shop never shows another person's photo.
 */
async function ownUploadPath(tx: DbTx, actor: UserActor, uploadId: string): Promise<string> {
  const upload = await tx.upload.findFirst({
    where: { id: uploadId, ownerId: actor.id, ...PHOTO_UPLOAD_WHERE },
    select: { path: true },
  });
  if (!upload) throw badRequest(SHOP_PHOTO_NOT_YOURS_MESSAGE, "SHOP_PHOTO_NOT_YOURS");
  return upload.path;
}

/** The base slug if free, else the base with a short random suffix ("che-shan-tuyet-k3x9"). */
async function freeSlug(tx: DbTx, base: string): Promise<string> {
  let slug = base;
  for (let i = 0; i < 5; i++) {
    const taken = await tx.shop.findUnique({ where: { slug }, select: { id: true } });
    if (!taken) return slug;
    slug = `${base}-${randomBytes(4).readUInt32BE(0).toString(36).slice(0, 4).padStart(4, "0")}`;
  }
  return `${base}-${randomBytes(6).toString("hex")}`;
}

function isSlugTaken(e: unknown): boolean {
  if (typeof e !== "object" || e === null || (e as { code?: string }).code !== "P2002") return false;
  const target = (e as { meta?: { target?: unknown } }).meta?.target;
  return target === undefined || JSON.stringify(target).includes("slug");
}
