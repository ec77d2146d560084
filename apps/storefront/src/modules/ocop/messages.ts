import type { Locale } from "~/i18n/locale";

/** Strings of the OCOP verification page /ocop/[code], Vietnamese first. */
const vi = {
  pageTitle: "Xác minh chứng nhận OCOP",
  verifyLink: "Xác minh chứng nhận",
  metaTitle: (product: string) => `Xác minh chứng nhận OCOP: ${product}`,
  metaDescription: (stars: number, decision: string, authority: string) =>
    `OCOP ${stars} sao, quyết định số ${decision} của ${authority}. Xem tình trạng hiệu lực hôm nay trên Chợ Phiên.`,
  standing: {
    valid: "Còn hiệu lực",
    expired: "Đã hết hạn",
    revoked: "Đã bị thu hồi",
  },
  standingNote: {
    valid: (until: string) =>
      `Chứng nhận đã được kiểm duyệt viên Chợ Phiên đối chiếu và còn hiệu lực đến ${until}.`,
    expired: (on: string) => `Chứng nhận đã hết hạn ngày ${on}. Sản phẩm không còn được gắn huy hiệu OCOP.`,
    revoked: "Chứng nhận đã bị thu hồi. Sản phẩm không còn được gắn huy hiệu OCOP.",
  },
  checkedAt: (when: string) => `Kiểm tra lúc ${when} (giờ Việt Nam)`,
  product: "Sản phẩm",
  viewProduct: "Xem sản phẩm",
  productNotOnSale: "Sản phẩm hiện không bán trên Chợ Phiên.",
  seller: "Nhà vườn / cơ sở bán",
  viewShop: "Xem gian hàng",
  certificate: "Thông tin chứng nhận",
  stars: "Hạng sao",
  starsValue: (n: number) => `${n} sao`,
  ocopBadge: (n: number) => `OCOP ${n} sao`,
  decisionNumber: "Quyết định số",
  authority: "Cơ quan cấp",
  level: "Cấp ra quyết định",
  levels: {
    central: "Trung ương",
    province: "Tỉnh, thành phố",
    other: "Cấp huyện (trước 01/07/2025) hoặc khác",
  },
  signedAt: "Ngày ký",
  expiresAt: "Hiệu lực đến",
  producer: "Chủ thể sản xuất",
  productGroup: "Nhóm sản phẩm",
  traceabilityCode: "Mã truy xuất",
  qrTitle: "Mã QR của trang này",
  qrHelp: "Quét mã bằng camera điện thoại để mở trang xác minh này. Mã in trên bao bì phải dẫn đúng về đây.",
  qrAlt: (url: string) => `Mã QR dẫn tới ${url}`,
  code: "Mã chứng nhận",
  howWeCheck:
    "OCOP (Mỗi xã một sản phẩm) là chương trình đánh giá, xếp hạng sản phẩm nông thôn của Nhà nước. Kiểm duyệt viên Chợ Phiên đối chiếu quyết định công nhận trước khi gắn huy hiệu; tình trạng trên trang này được tính tại thời điểm bạn mở trang.",
};

export type OcopMessages = typeof vi;

const en: OcopMessages = {
  pageTitle: "OCOP certificate check",
  verifyLink: "Check the certificate",
  metaTitle: (product) => `OCOP certificate check: ${product}`,
  metaDescription: (stars, decision, authority) =>
    `OCOP ${stars} stars, decision no. ${decision} by ${authority}. See whether it is valid today on Chợ Phiên.`,
  standing: {
    valid: "Valid",
    expired: "Expired",
    revoked: "Revoked",
  },
  standingNote: {
    valid: (until) => `Checked against the decision by a Chợ Phiên reviewer; valid until ${until}.`,
    expired: (on) => `This certificate expired on ${on}. The product no longer carries the OCOP badge.`,
    revoked: "This certificate was revoked. The product no longer carries the OCOP badge.",
  },
  checkedAt: (when) => `Checked at ${when} (Vietnam time)`,
  product: "Product",
  viewProduct: "See the product",
  productNotOnSale: "This product is not on sale on Chợ Phiên at the moment.",
  seller: "Farm / seller",
  viewShop: "See the shop",
  certificate: "Certificate details",
  stars: "Rating",
  starsValue: (n) => `${n} star${n === 1 ? "" : "s"}`,
  ocopBadge: (n) => `OCOP ${n} stars`,
  decisionNumber: "Decision no.",
  authority: "Issued by",
  level: "Level of the decision",
  levels: {
    central: "National",
    province: "Province or city",
    other: "District (before 1 Jul 2025) or other",
  },
  signedAt: "Signed",
  expiresAt: "Valid until",
  producer: "Producer",
  productGroup: "Product group",
  traceabilityCode: "Traceability code",
  qrTitle: "This page's QR code",
  qrHelp:
    "Scan it with a phone camera to open this page. A code printed on the packaging must lead exactly here.",
  qrAlt: (url) => `QR code linking to ${url}`,
  code: "Certificate code",
  howWeCheck:
    "OCOP (One Commune One Product) is Vietnam's national rating of rural products. A Chợ Phiên reviewer checks the rating decision before a product gets the badge; the status on this page is worked out the moment you open it.",
};

export function ocopMessages(locale: Locale): OcopMessages {
  return locale === "en" ? en : vi;
}
