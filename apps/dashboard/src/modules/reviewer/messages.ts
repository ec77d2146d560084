import type { Locale } from "@cho-phien/ui/locale";
import type { TOcopLevel } from "@cho-phien/validators/listings";
import {
  CERTIFICATE_CHECK_LABELS,
  REVIEW_REASON_LABELS,
  type TCertificateCheckField,
  type TReviewKind,
  type TReviewReasonCode,
} from "@cho-phien/validators/reviews";
import type { WaitingAge } from "./waiting-age";

type CertStatus = "pending" | "verified" | "rejected" | "revoked" | "expired";
type ListingDecisionKind = "approved" | "changes_requested" | "rejected";

/**
 * The words of the decision forms, plain strings only: they are handed to client components (useActionState),
 * which cannot receive functions.
 */
export interface ReviewFormMessages {
  approveTitle: string;
  approveHint: string;
  approveButton: string;
  approveRevisionButton: string;
  approveComment: string;
  sendBackTitle: string;
  sendBackHint: string;
  reason: string;
  reasons: Record<TReviewReasonCode, string>;
  comment: string;
  commentHint: string;
  requestChangesButton: string;
  rejectButton: string;
  certTitle: string;
  certHint: string;
  checks: Record<TCertificateCheckField, string>;
  required: string;
  certComment: string;
  verifyButton: string;
  rejectCertButton: string;
  sending: string;
  reload: string;
}

/** Strings of /reviewer and /reviewer/[productId], Vietnamese first. */
const vi = {
  queueTitle: "Hồ sơ chờ duyệt",
  queueSubtitle: (n: number) => `${n} hồ sơ đang chờ, hồ sơ chờ lâu nhất ở trên`,
  oldest: (age: string) => `Hồ sơ chờ lâu nhất: ${age}`,
  noProvinces:
    "Bạn chưa được phân công tỉnh/thành nào nên chưa có hồ sơ để duyệt. Vui lòng liên hệ quản trị viên.",
  scope: (names: string) => `Tỉnh/thành bạn phụ trách: ${names}`,
  empty: "Không có hồ sơ nào đang chờ duyệt.",
  filters: "Lọc hồ sơ",
  province: "Tỉnh/thành",
  allProvinces: "Tất cả tỉnh/thành",
  category: "Danh mục",
  allCategories: "Tất cả danh mục",
  ocop: "Chứng nhận OCOP",
  ocopAny: "Tất cả",
  ocopWith: "Có khai báo OCOP",
  ocopWithout: "Không khai báo OCOP",
  kind: "Loại hồ sơ",
  allKinds: "Tất cả",
  filter: "Lọc",
  clearFilters: "Bỏ lọc",
  kinds: {
    new: "Tin mới",
    revision: "Sửa đổi",
    certificate: "Chứng nhận OCOP",
  } satisfies Record<TReviewKind, string>,
  kindCount: (label: string, n: number) => `${label}: ${n}`,
  waited: (age: string) => `Đã chờ ${age}`,
  age: (a: WaitingAge) =>
    a.days > 0
      ? `${a.days} ngày${a.hours ? ` ${a.hours} giờ` : ""}`
      : a.hours > 0
        ? `${a.hours} giờ${a.minutes ? ` ${a.minutes} phút` : ""}`
        : `${Math.max(a.minutes, 1)} phút`,
  changedFields: (names: string) => `Thay đổi: ${names}`,
  fieldNames: {
    title: "tên",
    description: "mô tả",
    categoryId: "danh mục",
    images: "ảnh",
    ocop: "OCOP",
  } as Record<string, string>,
  noOcop: "Không khai báo OCOP",
  ocopShort: (stars: number, status: string) => `OCOP ${stars} sao · ${status}`,
  heldByMe: (until: string) => `Bạn đang giữ hồ sơ này (đến ${until})`,
  heldBy: (name: string, until: string) => `${name} đang duyệt (đến ${until})`,
  open: "Mở hồ sơ",
  // item page
  backToQueue: "← Hồ sơ chờ duyệt",
  claimMine: (until: string) =>
    `Bạn đang giữ hồ sơ này đến ${until}: cán bộ khác chỉ xem được. Hồ sơ được trả lại khi bạn quyết định hoặc hết giờ.`,
  claimOther: (name: string, until: string) =>
    `Cán bộ ${name} đang duyệt hồ sơ này (đến ${until}). Bạn chỉ xem được; hãy chọn hồ sơ khác hoặc quay lại sau.`,
  nothingWaiting: (status: string) => `Hồ sơ này không còn chờ duyệt (trạng thái: ${status}).`,
  from: (shop: string, place: string) => `${shop} · ${place}`,
  submittedAt: (when: string) => `Gửi duyệt lúc ${when}`,
  version: (v: number) => `Phiên bản ${v}`,
  changesTitle: "Nhà vườn đề nghị sửa",
  changesHint: "Người mua vẫn thấy bản đang bán (bên dưới) cho đến khi bạn duyệt thay đổi.",
  before: "Đang bán",
  after: "Đề nghị",
  field: {
    title: "Tên sản phẩm",
    description: "Mô tả",
    category: "Danh mục",
    images: "Ảnh",
    ocop: "Chứng nhận OCOP",
  },
  categoryGone: "(danh mục không còn)",
  photoCount: (n: number) => `${n} ảnh`,
  noClaim: "Không khai báo",
  proposedScan: "Bản chụp chứng nhận mới",
  previewTitle: "Người mua sẽ thấy",
  previewRevisionTitle: "Người mua đang thấy",
  perUnit: (unit: string) => `/ ${unit}`,
  compareAt: "Giá gốc",
  stock: (n: string) => `Còn ${n}`,
  maxPerOrder: (n: number) => `Tối đa ${n} mỗi đơn`,
  weight: (g: string) => `Khối lượng ${g} g`,
  origin: "Xuất xứ",
  harvestSeason: "Mùa vụ",
  noDescription: "(Chưa có mô tả)",
  photoAlt: (title: string, n: number) => `${title} — ảnh ${n}`,
  ocopBadge: (stars: number) => `OCOP ${stars} sao`,
  certTitle: "Chứng nhận OCOP khai báo",
  certStatus: {
    pending: "Chờ xác minh",
    verified: "Đã xác minh",
    rejected: "Bị từ chối",
    revoked: "Đã thu hồi",
    expired: "Đã hết hạn",
  } satisfies Record<CertStatus, string>,
  levels: {
    central: "Trung ương",
    province: "Tỉnh, thành phố",
    other: "Khác",
  } satisfies Record<TOcopLevel, string>,
  stars: "Số sao",
  decisionNumber: "Số quyết định",
  issuingAuthority: "Cơ quan cấp",
  issuingLevel: "Cấp quyết định",
  signedAt: "Ngày ký",
  expiresAt: "Ngày hết hạn",
  expiredNote: " — đã hết hạn",
  productGroup: "Nhóm sản phẩm",
  producer: "Chủ thể sản xuất",
  traceabilityCode: "Mã truy xuất",
  publicCode: "Mã tra cứu công khai",
  checked: "Đã đối chiếu",
  reviewedBy: (name: string, when: string) => `${name} · ${when}`,
  reviewer: "Cán bộ duyệt",
  certNote: "Ghi chú",
  scanTitle: "Bản chụp chứng nhận",
  scanAlt: "Bản chụp giấy chứng nhận OCOP",
  scanPdf: "Mở bản chụp (PDF)",
  noScan: "Nhà vườn chưa tải bản chụp chứng nhận. Không nên xác minh khi chưa có bản chụp.",
  decideListingTitle: "Quyết định về tin đăng",
  decideRevisionTitle: "Quyết định về thay đổi",
  historyTitle: "Các lần duyệt trước",
  decisionKinds: {
    approved: "Duyệt",
    changes_requested: "Yêu cầu sửa",
    rejected: "Từ chối",
  } satisfies Record<ListingDecisionKind, string>,
  historyLine: (who: string, when: string, v: number, revision: boolean) =>
    `${who} · ${when} · phiên bản ${v}${revision ? " (sửa đổi)" : ""}`,
  reasonLabels: REVIEW_REASON_LABELS as Record<string, string>,
  outcomes: {
    approved: "Đã duyệt tin. Sản phẩm đã lên chợ và nhà vườn đã được báo.",
    revision_approved: "Đã duyệt thay đổi. Người mua đã thấy bản mới và nhà vườn đã được báo.",
    changes_requested: "Đã gửi yêu cầu sửa cho nhà vườn.",
    rejected: "Đã từ chối. Nhà vườn đã được báo lý do.",
    verified: "Đã xác minh chứng nhận OCOP. Huy hiệu sẽ hiện khi tin đang bán.",
    cert_rejected: "Đã từ chối chứng nhận OCOP. Nhà vườn đã được báo lý do.",
  },
  actionNotFound: "Không tìm thấy hồ sơ này trong danh sách bạn được duyệt.",
  actionBusy: "Hệ thống đang bận, vui lòng thử lại.",
  form: {
    approveTitle: "Duyệt",
    approveHint: "Mọi thông tin đúng và rõ ràng: cho lên chợ.",
    approveButton: "✓ Duyệt, cho lên chợ",
    approveRevisionButton: "✓ Duyệt thay đổi",
    approveComment: "Ghi chú cho nhà vườn (không bắt buộc)",
    sendBackTitle: "Yêu cầu sửa hoặc từ chối",
    sendBackHint:
      "Yêu cầu sửa: nhà vườn sửa rồi gửi lại. Từ chối: tin không được bán (với sửa đổi: bỏ đề nghị, bản đang bán giữ nguyên).",
    reason: "Lý do",
    reasons: { ...REVIEW_REASON_LABELS },
    comment: "Nhận xét cho nhà vườn",
    commentHint: "Bắt buộc khi từ chối hoặc chọn “Khác”.",
    requestChangesButton: "↩ Yêu cầu sửa",
    rejectButton: "✕ Từ chối",
    certTitle: "Xác minh chứng nhận OCOP",
    certHint:
      "Đánh dấu từng mục bạn đã đối chiếu với bản chụp. Các mục bắt buộc phải đối chiếu trước khi xác minh.",
    checks: { ...CERTIFICATE_CHECK_LABELS },
    required: "bắt buộc",
    certComment: "Nhận xét (bắt buộc khi từ chối)",
    verifyButton: "✓ Xác minh chứng nhận",
    rejectCertButton: "✕ Từ chối chứng nhận",
    sending: "Đang gửi…",
    reload: "Tải lại hồ sơ",
  } satisfies ReviewFormMessages,
};

export type ReviewerMessages = typeof vi;

const en: ReviewerMessages = {
  queueTitle: "Waiting for review",
  queueSubtitle: (n) => `${n} item${n === 1 ? "" : "s"} waiting, the longest-waiting first`,
  oldest: (age) => `Longest wait: ${age}`,
  noProvinces:
    "You have not been assigned any province yet, so there is nothing to review. Please contact an admin.",
  scope: (names) => `Your provinces: ${names}`,
  empty: "Nothing is waiting for review.",
  filters: "Filter",
  province: "Province",
  allProvinces: "All provinces",
  category: "Category",
  allCategories: "All categories",
  ocop: "OCOP certificate",
  ocopAny: "All",
  ocopWith: "Claims OCOP",
  ocopWithout: "No OCOP claim",
  kind: "Kind",
  allKinds: "All",
  filter: "Filter",
  clearFilters: "Clear filters",
  kinds: { new: "New listing", revision: "Revision", certificate: "OCOP certificate" },
  kindCount: (label, n) => `${label}: ${n}`,
  waited: (age) => `Waiting ${age}`,
  age: (a) =>
    a.days > 0
      ? `${a.days} day${a.days === 1 ? "" : "s"}${a.hours ? ` ${a.hours} h` : ""}`
      : a.hours > 0
        ? `${a.hours} h${a.minutes ? ` ${a.minutes} min` : ""}`
        : `${Math.max(a.minutes, 1)} min`,
  changedFields: (names) => `Changes: ${names}`,
  fieldNames: {
    title: "title",
    description: "description",
    categoryId: "category",
    images: "photos",
    ocop: "OCOP",
  },
  noOcop: "No OCOP claim",
  ocopShort: (stars, status) => `OCOP ${stars} stars · ${status}`,
  heldByMe: (until) => `You hold this item (until ${until})`,
  heldBy: (name, until) => `${name} is reviewing (until ${until})`,
  open: "Open",
  backToQueue: "← Waiting for review",
  claimMine: (until) =>
    `You hold this item until ${until}: other reviewers can only look. It is released when you decide or time runs out.`,
  claimOther: (name, until) =>
    `${name} is reviewing this item (until ${until}). You can only look; pick another item or come back later.`,
  nothingWaiting: (status) => `Nothing waits for review here any more (status: ${status}).`,
  from: (shop, place) => `${shop} · ${place}`,
  submittedAt: (when) => `Sent for review at ${when}`,
  version: (v) => `Version ${v}`,
  changesTitle: "Changes the farm proposes",
  changesHint: "Buyers keep seeing the version on sale (below) until you approve the changes.",
  before: "On sale",
  after: "Proposed",
  field: {
    title: "Title",
    description: "Description",
    category: "Category",
    images: "Photos",
    ocop: "OCOP certificate",
  },
  categoryGone: "(category no longer exists)",
  photoCount: (n) => `${n} photo${n === 1 ? "" : "s"}`,
  noClaim: "None",
  proposedScan: "Scan of the new certificate",
  previewTitle: "What buyers will see",
  previewRevisionTitle: "What buyers see now",
  perUnit: (unit) => `/ ${unit}`,
  compareAt: "Was",
  stock: (n) => `${n} left`,
  maxPerOrder: (n) => `At most ${n} per order`,
  weight: (g) => `Weight ${g} g`,
  origin: "Origin",
  harvestSeason: "Harvest season",
  noDescription: "(No description yet)",
  photoAlt: (title, n) => `${title} — photo ${n}`,
  ocopBadge: (stars) => `OCOP ${stars} stars`,
  certTitle: "OCOP certificate claimed",
  certStatus: {
    pending: "Waiting to be checked",
    verified: "Verified",
    rejected: "Rejected",
    revoked: "Revoked",
    expired: "Expired",
  },
  levels: { central: "Central", province: "Province or city", other: "Other" },
  stars: "Stars",
  decisionNumber: "Decision number",
  issuingAuthority: "Issued by",
  issuingLevel: "Level",
  signedAt: "Signed",
  expiresAt: "Expires",
  expiredNote: " — expired",
  productGroup: "Product group",
  producer: "Producer",
  traceabilityCode: "Traceability code",
  publicCode: "Public verification code",
  checked: "Checked",
  reviewedBy: (name, when) => `${name} · ${when}`,
  reviewer: "Reviewer",
  certNote: "Note",
  scanTitle: "Certificate scan",
  scanAlt: "Scan of the OCOP certificate",
  scanPdf: "Open the scan (PDF)",
  noScan: "The farm has not uploaded a scan of the certificate. Do not verify without one.",
  decideListingTitle: "Decide the listing",
  decideRevisionTitle: "Decide the changes",
  historyTitle: "Earlier decisions",
  decisionKinds: { approved: "Approved", changes_requested: "Changes requested", rejected: "Rejected" },
  historyLine: (who, when, v, revision) => `${who} · ${when} · version ${v}${revision ? " (revision)" : ""}`,
  reasonLabels: {
    unclear_photos: "Unclear photos",
    wrong_description: "Wrong description",
    abnormal_price: "Unusual price",
    missing_origin: "Missing origin information",
    ocop_mismatch: "OCOP certificate does not match",
    other: "Other",
  },
  outcomes: {
    approved: "Listing approved. It is on sale and the farm has been told.",
    revision_approved: "Changes approved. Buyers see the new version and the farm has been told.",
    changes_requested: "The request for changes was sent to the farm.",
    rejected: "Rejected. The farm has been told why.",
    verified: "OCOP certificate verified. The badge shows while the listing is on sale.",
    cert_rejected: "OCOP certificate rejected. The farm has been told why.",
  },
  actionNotFound: "This item is not among those you may review.",
  actionBusy: "The system is busy, please try again.",
  form: {
    approveTitle: "Approve",
    approveHint: "Everything is correct and clear: put it on sale.",
    approveButton: "✓ Approve, put on sale",
    approveRevisionButton: "✓ Approve the changes",
    approveComment: "Note for the farm (optional)",
    sendBackTitle: "Request changes or reject",
    sendBackHint:
      "Request changes: the farm edits and sends it again. Reject: the listing is not sold (for a revision: the proposal is dropped, the version on sale stays).",
    reason: "Reason",
    reasons: {
      unclear_photos: "Unclear photos",
      wrong_description: "Wrong description",
      abnormal_price: "Unusual price",
      missing_origin: "Missing origin information",
      ocop_mismatch: "OCOP certificate does not match",
      other: "Other",
    },
    comment: "Comment for the farm",
    commentHint: "Required when rejecting or choosing “Other”.",
    requestChangesButton: "↩ Request changes",
    rejectButton: "✕ Reject",
    certTitle: "Verify the OCOP certificate",
    certHint:
      "Tick each field you compared with the scan. The required ones must be checked before verifying.",
    checks: {
      stars: "Stars",
      decisionNumber: "Decision number",
      issuingAuthority: "Issued by",
      signedAt: "Signed",
      expiresAt: "Expires",
      issuingLevel: "Level",
      productGroup: "Product group",
      producer: "Producer",
    },
    required: "required",
    certComment: "Comment (required when rejecting)",
    verifyButton: "✓ Verify the certificate",
    rejectCertButton: "✕ Reject the certificate",
    sending: "Sending…",
    reload: "Reload the item",
  },
};

export function reviewerMessages(locale: Locale): ReviewerMessages {
  return locale === "en" ? en : vi;
}
