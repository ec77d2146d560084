import { z } from "zod";

/**
 * Every paginated input in the API pages the same way: `page` from 1, and `pageSize` where the caller may
 * choose it. Deep pages are capped so a crafted `page=99999999` cannot make Postgres skip millions of rows.
 */
export const PAGE_MAX = 1000;

/** A 1-based page number (from a query string or a number), default 1, at most `max`. */
export function zPage(max: number = PAGE_MAX) {
  return z.coerce
    .number({ error: "Số trang không hợp lệ" })
    .int({ error: "Số trang không hợp lệ" })
    .min(1, { error: "Số trang không hợp lệ" })
    .max(max, { error: `Số trang tối đa là ${max}` })
    .default(1);
}

/** How many rows per page the caller asks for, between 1 and `max`. */
export function zPageSize(opts: { max: number; default: number; noun?: string }) {
  const noun = opts.noun ?? "mục";
  return z.coerce
    .number({ error: `Số ${noun} mỗi trang không hợp lệ` })
    .int({ error: `Số ${noun} mỗi trang không hợp lệ` })
    .min(1, { error: `Số ${noun} mỗi trang không hợp lệ` })
    .max(opts.max, { error: `Tối đa ${opts.max} ${noun} mỗi trang` })
    .default(opts.default);
}

/** The common case: page only, every list page the same size. */
export const ZPage = zPage();

/** Ids of rows (cuid or seed ids) as they arrive in forms and query strings. */
export const ZRowId = z
  .string({ error: "Mã không hợp lệ" })
  .trim()
  .min(1, { error: "Mã không hợp lệ" })
  .max(64, { error: "Mã không hợp lệ" });
