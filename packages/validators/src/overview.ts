import { z } from "zod";

// The seller's overview (dashboard /seller): which shop, and the fixed windows its figures use.

/** How many Vietnam calendar days the overview's figures cover, today included. */
export const OVERVIEW_DAYS = 30;

/** A listing on sale (or waiting for review) with this many left or fewer is "sắp hết hàng". */
export const LOW_STOCK_THRESHOLD = 5;

/** How many best sellers the overview lists. */
export const BEST_SELLERS_LIMIT = 5;

export const ZShopOverviewInput = z.object({
  shopId: z
    .string({ error: "Vui lòng chọn gian hàng" })
    .trim()
    .min(1, { error: "Vui lòng chọn gian hàng" })
    .max(64, { error: "Mã gian hàng không hợp lệ" }),
});
export type TShopOverviewInput = z.infer<typeof ZShopOverviewInput>;
