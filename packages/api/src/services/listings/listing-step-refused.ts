import type { ListingStatus } from "@cho-phien/db";
import { conflict } from "../../errors";

const STATUS_VI: Record<ListingStatus, string> = {
  draft: "Bản nháp",
  submitted: "Chờ duyệt",
  approved: "Đang bán",
  rejected: "Bị từ chối",
  changes_requested: "Cần sửa",
  archived: "Đã ẩn",
};

/** A step the transition table does not allow from the listing's status, said in the farmer's words. */
export function listingStepRefused(from: ListingStatus, step: string) {
  return conflict(
    `Không thể ${step} khi sản phẩm đang ở trạng thái “${STATUS_VI[from]}”.`,
    "LISTING_STEP_REFUSED",
  );
}
