import { withParams } from "~/server/search-params";
import { PAPER_PARAM, type PaperSize } from "./paper-size";

/** The packing slip's URL for one order, on the default 80 mm roll or another paper. */
export function packingSlipHref(code: string, size?: PaperSize): string {
  return withParams(`/seller/orders/${encodeURIComponent(code)}/phieu-dong-goi`, {
    [PAPER_PARAM]: size === "80mm" ? undefined : size,
  });
}
