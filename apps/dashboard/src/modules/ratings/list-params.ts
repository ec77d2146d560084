import { ZShopRatingsInput } from "@cho-phien/validators/ratings";
import { param, type SearchParams, withParams } from "~/server/search-params";

export const RATINGS_PATH = "/seller/ratings";

export interface RatingsListParams {
  shop?: string;
  page: number;
}

/**
 * The list's URL: `?shop=` (one of the farmer's shops, else all of them) and `?page=`. Shared by the page and
 * the reply action, which sends the farmer back to the same page of the list. A hand-edited value falls back
 * to the first page of every shop.
 */
export function parseRatingsParams(sp: SearchParams): RatingsListParams {
  const parsed = ZShopRatingsInput.safeParse({
    shopId: param(sp, "shop") || undefined,
    page: param(sp, "page") || undefined,
  });
  return parsed.success ? { shop: parsed.data.shopId, page: parsed.data.page } : { page: 1 };
}

export function ratingsHref(p: RatingsListParams, extra: Record<string, string | undefined> = {}): string {
  return withParams(RATINGS_PATH, {
    shop: p.shop,
    page: p.page > 1 ? String(p.page) : undefined,
    ...extra,
  });
}

/** The anchor of one rating on the page, so the farmer lands back on the rating they answered. */
export function ratingAnchor(reviewId: string): string {
  return `danh-gia-${reviewId.replace(/[^A-Za-z0-9_-]/g, "")}`;
}
