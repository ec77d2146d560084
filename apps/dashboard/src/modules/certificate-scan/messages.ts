import type { Locale } from "@cho-phien/ui/locale";

/** Strings of a listing's OCOP certificate scan page (/seller/listings/[id]/chung-nhan), Vietnamese first. */
const vi = {
  pageTitle: "Bản chụp chứng nhận OCOP",
  scanOf: (title: string) => `Chứng nhận OCOP: ${title}`,
  intro:
    "Chụp ảnh hoặc chọn tệp PDF của quyết định công nhận OCOP. Kiểm duyệt viên sẽ đối chiếu với thông tin bạn đã nhập trước khi gắn huy hiệu OCOP.",
  claim: "Chứng nhận đã khai",
  claimLine: (stars: number, decision: string, authority: string) =>
    `OCOP ${stars} sao · Quyết định số ${decision} · ${authority}`,
  status: "Tình trạng",
  statuses: {
    pending: "Đang chờ kiểm duyệt",
    verified: "Đã xác minh",
    rejected: "Bị từ chối",
    revoked: "Đã bị thu hồi",
    expired: "Đã hết hạn",
  },
  revisionNote: "Bạn đang sửa thông tin OCOP (chờ duyệt): bản chụp mới sẽ được gửi kèm thay đổi đó.",
  noClaim: "Sản phẩm chưa khai chứng nhận OCOP. Hãy nhập thông tin chứng nhận ở trang sửa sản phẩm trước.",
  current: "Bản chụp hiện tại",
  none: "Chưa có bản chụp.",
  openPdf: "Mở tệp PDF",
  openPhoto: "Xem ảnh cỡ lớn",
  photoAlt: "Ảnh chụp chứng nhận OCOP",
  choose: "Chụp ảnh hoặc chọn tệp PDF",
  hint: "Ảnh JPEG, PNG, WebP hoặc tệp PDF, tối đa 10 MB. Chụp thẳng, đủ sáng, rõ số quyết định và con dấu.",
  upload: "Tải bản chụp lên",
  replace: "Thay bản chụp",
  backToListing: "Quay lại sửa sản phẩm",
  outcomes: {
    uploaded: "Đã lưu bản chụp chứng nhận.",
    too_large: "Tệp quá lớn (tối đa 10 MB).",
    unsupported: "Chỉ nhận ảnh chụp (JPEG, PNG, WebP) hoặc tệp PDF.",
    broken: "Tệp bị hỏng hoặc chưa tải lên hết, vui lòng chọn lại.",
    no_photo: "Vui lòng chọn ảnh chụp hoặc tệp PDF.",
    not_found: "Không tìm thấy sản phẩm hoặc tệp đã tải lên.",
    conflict: "Sản phẩm chưa khai chứng nhận OCOP, hoặc vừa được sửa ở nơi khác. Vui lòng kiểm tra lại.",
    error: "Hệ thống đang bận, vui lòng thử lại.",
  },
};

export type CertificateScanMessages = typeof vi;

const en: CertificateScanMessages = {
  pageTitle: "OCOP certificate scan",
  scanOf: (title) => `OCOP certificate: ${title}`,
  intro:
    "Take a photo of the OCOP rating decision, or choose its PDF. A reviewer compares it with the details you typed before the product gets the OCOP badge.",
  claim: "Certificate claimed",
  claimLine: (stars, decision, authority) => `OCOP ${stars} stars · Decision no. ${decision} · ${authority}`,
  status: "Status",
  statuses: {
    pending: "Waiting for review",
    verified: "Verified",
    rejected: "Rejected",
    revoked: "Revoked",
    expired: "Expired",
  },
  revisionNote: "You are changing the OCOP details (waiting for review): a new scan goes with that change.",
  noClaim:
    "This product claims no OCOP certificate yet. Enter the certificate's details on the edit page first.",
  current: "Current scan",
  none: "No scan yet.",
  openPdf: "Open the PDF",
  openPhoto: "See the photo full size",
  photoAlt: "Photo of the OCOP certificate",
  choose: "Take a photo or choose a PDF",
  hint: "JPEG, PNG, WebP photo or a PDF, 10 MB at most. Shoot it straight and well lit, with the decision number and seal readable.",
  upload: "Upload the scan",
  replace: "Replace the scan",
  backToListing: "Back to editing the product",
  outcomes: {
    uploaded: "Certificate scan saved.",
    too_large: "The file is too large (10 MB at most).",
    unsupported: "Only photos (JPEG, PNG, WebP) or PDF files are accepted.",
    broken: "The file is damaged or did not finish uploading; please choose it again.",
    no_photo: "Please choose a photo or a PDF.",
    not_found: "The product or the uploaded file was not found.",
    conflict: "This product claims no OCOP certificate, or was just changed elsewhere. Please check.",
    error: "The system is busy, please try again.",
  },
};

export function certificateScanMessages(locale: Locale): CertificateScanMessages {
  return locale === "en" ? en : vi;
}
