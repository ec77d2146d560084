import { type ORDER_STATUSES, ZSellerOrdersInput } from "@cho-phien/validators/orders";
import { param, type SearchParams, withParams } from "~/server/search-params";

/**
 * The list's URL: `?trang-thai=` (a status, "active" — the default, orders waiting for the farm — or "all"),
 * `?shop=`, `?page=`. Shared by the page and the step action, which sends the farmer back to the same list.
 */
export const STATUS_PARAM = "trang-thai";
export const DEFAULT_FILTER = "active";
export type StatusFilter = (typeof ORDER_STATUSES)[number] | "active" | "all";

export interface ListParams {
  status: StatusFilter;
  shop?: string;
  page: number;
}

export function parseListParams(sp: SearchParams): {
  params: ListParams;
  input: ReturnType<typeof ZSellerOrdersInput.parse>;
  errors: string[] | null;
} {
  const status = param(sp, STATUS_PARAM) || DEFAULT_FILTER;
  const parsed = ZSellerOrdersInput.safeParse({
    status: status === "all" ? undefined : status,
    shopId: param(sp, "shop") || undefined,
    page: param(sp, "page") || undefined,
  });
  if (!parsed.success) {
    return {
      params: { status: DEFAULT_FILTER, page: 1 },
      input: ZSellerOrdersInput.parse({ status: DEFAULT_FILTER }),
      errors: [...new Set(parsed.error.issues.map((i) => i.message))],
    };
  }
  const input = parsed.data;
  return {
    params: { status: input.status ?? "all", shop: input.shopId, page: input.page },
    input,
    errors: null,
  };
}

export function listHref(p: ListParams, extra: Record<string, string | undefined> = {}): string {
  return withParams("/seller/orders", {
    [STATUS_PARAM]: p.status === DEFAULT_FILTER ? undefined : p.status,
    shop: p.shop,
    page: p.page > 1 ? String(p.page) : undefined,
    ...extra,
  });
}
