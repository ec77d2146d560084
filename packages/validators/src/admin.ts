import { z } from "zod";
import { ZPage, ZRowId } from "./pagination";
import { PROVINCE_CODES } from "./provinces";

/**
 * What platform admins do to accounts, shops and certificates. Every such action carries a reason: it is
 * written to the audit log with the admin's name, so anyone reading the log later knows why it happened.
 */

export const ADMIN_REASON_MIN = 10;
export const ADMIN_REASON_MAX = 500;

/** Why the admin acts, in a sentence: required, and long enough to mean something ("vi phạm" alone is not). */
export const ZAdminReason = z
  .string({ error: "Vui lòng nhập lý do" })
  .transform((s) => s.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, { error: "Vui lòng nhập lý do", abort: true })
      .min(ADMIN_REASON_MIN, { error: `Lý do cần ít nhất ${ADMIN_REASON_MIN} ký tự` })
      .max(ADMIN_REASON_MAX, { error: `Lý do tối đa ${ADMIN_REASON_MAX} ký tự` }),
  );

export const USER_ROLES = ["buyer", "seller", "reviewer", "admin"] as const;
export type TUserRole = (typeof USER_ROLES)[number];

/** Gives a user another role (an admin can never take admin away from themself). */
export const ZChangeUserRoleInput = z.object({
  userId: ZRowId,
  role: z.enum(USER_ROLES, { error: "Vai trò không hợp lệ" }),
  reason: ZAdminReason,
});
export type TChangeUserRoleInput = z.output<typeof ZChangeUserRoleInput>;

/** Bans or unbans one user (a ban also signs them out everywhere). */
export const ZUserReasonInput = z.object({
  userId: ZRowId,
  reason: ZAdminReason,
});
export type TUserReasonInput = z.output<typeof ZUserReasonInput>;

/**
 * The provinces an OCOP reviewer reviews: the whole set, as the checkboxes of the form show it (an empty set
 * unassigns every province). Duplicates are folded.
 */
export const ZSetReviewerProvincesInput = z.object({
  userId: ZRowId,
  provinceCodes: z
    .array(z.enum(PROVINCE_CODES, { error: "Tỉnh/thành không hợp lệ" }), { error: "Tỉnh/thành không hợp lệ" })
    .max(PROVINCE_CODES.length, { error: "Tỉnh/thành không hợp lệ" })
    .transform((codes) => [...new Set(codes)].sort()),
  reason: ZAdminReason,
});
export type TSetReviewerProvincesInput = z.output<typeof ZSetReviewerProvincesInput>;

/** Suspends or reinstates one shop. */
export const ZShopReasonInput = z.object({
  shopId: ZRowId,
  reason: ZAdminReason,
});
export type TShopReasonInput = z.output<typeof ZShopReasonInput>;

/** Revokes one verified OCOP certificate. */
export const ZRevokeCertificateInput = z.object({
  certificateId: ZRowId,
  reason: ZAdminReason,
});
export type TRevokeCertificateInput = z.output<typeof ZRevokeCertificateInput>;

const search = z
  .string({ error: "Từ khóa không hợp lệ" })
  .max(100, { error: "Từ khóa tối đa 100 ký tự" })
  .transform((s) => s.normalize("NFC").trim())
  .optional();

export const SHOP_STATES = ["all", "active", "suspended"] as const;

/** Admin's shop list: a name search and whether suspended. */
export const ZAdminShopsInput = z
  .object({
    q: search,
    state: z.enum(SHOP_STATES, { error: "Trạng thái không hợp lệ" }).default("all"),
    page: ZPage,
  })
  .prefault({});
export type TAdminShopsInput = z.input<typeof ZAdminShopsInput>;

/** Admin's list of verified OCOP certificates (those that can be revoked), searchable by product or shop. */
export const ZVerifiedCertificatesInput = z
  .object({
    q: search,
    page: ZPage,
  })
  .prefault({});
export type TVerifiedCertificatesInput = z.input<typeof ZVerifiedCertificatesInput>;

/** Admin's list of reviewers with their provinces. */
export const ZReviewersInput = z.object({ page: ZPage }).prefault({});
export type TReviewersInput = z.input<typeof ZReviewersInput>;
