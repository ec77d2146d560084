import { z } from "zod";
import { PROVINCE_CODES } from "./provinces";

/** Inputs of the back-office lists (seller, reviewer, admin areas of the dashboard). */

export const LISTING_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "rejected",
  "changes_requested",
  "archived",
] as const;
export type TListingStatus = (typeof LISTING_STATUSES)[number];

const page = z.coerce
  .number({ error: "Số trang không hợp lệ" })
  .int({ error: "Số trang không hợp lệ" })
  .min(1, { error: "Số trang không hợp lệ" })
  .max(1000, { error: "Số trang tối đa là 1000" })
  .default(1);

const id = z
  .string({ error: "Mã không hợp lệ" })
  .min(1, { error: "Mã không hợp lệ" })
  .max(64, { error: "Mã không hợp lệ" });

// `prefault({})`: the whole input may be omitted and the inner defaults still apply.
export const ZMyProductsInput = z
  .object({
    shopId: id.optional(),
    status: z.enum(LISTING_STATUSES, { error: "Trạng thái không hợp lệ" }).optional(),
    page,
  })
  .prefault({});
export type TMyProductsInput = z.input<typeof ZMyProductsInput>;

export const ZSubmittedListingsInput = z
  .object({
    province: z.enum(PROVINCE_CODES, { error: "Tỉnh/thành không hợp lệ" }).optional(),
    page,
  })
  .prefault({});
export type TSubmittedListingsInput = z.input<typeof ZSubmittedListingsInput>;

export const USER_SEARCH_MAX = 100;

/** Admin's user list: one search box matching a name (with or without tones) or part of a phone number. */
export const ZListUsersInput = z
  .object({
    q: z
      .string({ error: "Từ khóa không hợp lệ" })
      .max(USER_SEARCH_MAX, { error: `Từ khóa tối đa ${USER_SEARCH_MAX} ký tự` })
      .transform((s) => s.normalize("NFC").trim())
      .optional(),
    page,
  })
  .prefault({});
export type TListUsersInput = z.input<typeof ZListUsersInput>;
