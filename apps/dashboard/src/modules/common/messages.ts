import type { Locale } from "@cho-phien/ui/locale";
import type { TListingStatus } from "@cho-phien/validators/listings";

/** Strings of the small pieces every area shares (paging, a listing's status, a missing photo). */
const vi = {
  paginationNav: "Phân trang",
  previous: "← Trước",
  next: "Sau →",
  page: (page: number, of: number) => `Trang ${page} / ${of}`,
  noPhoto: "Chưa có ảnh",
  listingStatus: {
    draft: "Bản nháp",
    submitted: "Chờ duyệt",
    approved: "Đang bán",
    changes_requested: "Cần sửa",
    rejected: "Bị từ chối",
    archived: "Đã ẩn",
  } satisfies Record<TListingStatus, string>,
};

export type CommonMessages = typeof vi;

const en: CommonMessages = {
  paginationNav: "Pages",
  previous: "← Previous",
  next: "Next →",
  page: (page, of) => `Page ${page} of ${of}`,
  noPhoto: "No photo yet",
  listingStatus: {
    draft: "Draft",
    submitted: "Waiting for review",
    approved: "On sale",
    changes_requested: "Needs changes",
    rejected: "Rejected",
    archived: "Hidden",
  },
};

export function commonMessages(locale: Locale): CommonMessages {
  return locale === "en" ? en : vi;
}
