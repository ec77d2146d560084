import type { Role } from "@cho-phien/auth/roles";
import type { Locale } from "@cho-phien/ui/locale";
import { AREAS, type Area, ROLE_LABELS } from "~/server/areas";

/**
 * Strings of the dashboard's shell: the root layout, the header, the sign-in page, the buyer's notice and the
 * error pages. The Vietnamese area and role names are the ones in server/areas.ts.
 *
 * The error pages and the buyer's notice also carry one line in the other language (`inOtherLanguage`): for
 * someone who landed in a language they do not read (a phone a relative switched to English, a visitor).
 */
const vi = {
  siteTitle: "Chợ Phiên – Quản lý",
  siteTitleTemplate: "%s | Chợ Phiên – Quản lý",
  siteDescription: "Khu vực dành cho nhà vườn, cán bộ duyệt OCOP và quản trị viên Chợ Phiên.",
  skipToContent: "Bỏ qua, đến nội dung chính",

  brandArea: "Quản lý",
  areasNav: "Khu vực",
  areas: Object.fromEntries(AREAS.map((a) => [a.href, a.label])) as Record<Area["href"], string>,
  roles: ROLE_LABELS as Record<Role, string>,
  signOut: "Đăng xuất",
  /** The plain-text answer when a sign-out is posted from another site. */
  signOutRefused: "Yêu cầu không hợp lệ",
  /** The header link to the other language, written in that language. */
  otherLanguage: "English",
  otherLanguageHint: "Chuyển sang tiếng Anh",

  signInTitle: "Đăng nhập",
  signInSubtitle: "Khu vực quản lý của Chợ Phiên",

  buyerTitle: "Khu vực này dành cho nhà vườn",
  buyerBody:
    "Trang quản lý dùng cho nhà vườn, tổ công nghệ số cộng đồng, cán bộ duyệt OCOP và quản trị viên. Tài khoản của bạn là tài khoản người mua.",
  buyerInOtherLanguage: "This area is for farms. Your account is a buyer account.",
  buyerGoShopping: "Đi đến Chợ Phiên để mua hàng",
  buyerWantToSell:
    "Muốn bán hàng? Mở gian hàng của bạn ngay tại đây (tổ công nghệ số ở thôn, xã có thể giúp). Được nhà vườn mời giúp bán hàng? Xem lời mời.",
  buyerOpenShop: "Mở gian hàng",
  buyerInvitations: "Lời mời giúp nhà vườn",

  backHome: "Về trang của tôi",
  notFoundTitle: "Không tìm thấy trang này",
  notFoundInOtherLanguage: "Page not found.",
  forbiddenCode: "Lỗi 403",
  forbiddenTitle: "Bạn không có quyền vào khu vực này",
  forbiddenBody:
    "Tài khoản của bạn không được cấp quyền cho trang này. Nếu bạn nghĩ đây là nhầm lẫn, hãy liên hệ quản trị viên.",
  forbiddenInOtherLanguage: "You do not have access to this area.",
  errorTitle: "Hệ thống đang bận",
  errorBody: "Vui lòng thử lại sau ít phút.",
  retry: "Thử lại",
};

export type LayoutMessages = typeof vi;

const en: LayoutMessages = {
  siteTitle: "Chợ Phiên – Dashboard",
  siteTitleTemplate: "%s | Chợ Phiên – Dashboard",
  siteDescription: "The area for farms, OCOP reviewers and administrators of Chợ Phiên.",
  skipToContent: "Skip to main content",

  brandArea: "Dashboard",
  areasNav: "Areas",
  areas: { "/seller": "Farm", "/reviewer": "Review", "/admin": "Admin" },
  roles: { buyer: "Buyer", seller: "Farmer", reviewer: "OCOP reviewer", admin: "Administrator" },
  signOut: "Sign out",
  signOutRefused: "Invalid request",
  otherLanguage: "Tiếng Việt",
  otherLanguageHint: "Switch to Vietnamese",

  signInTitle: "Sign in",
  signInSubtitle: "The Chợ Phiên dashboard",

  buyerTitle: "This area is for farms",
  buyerBody:
    "The dashboard is for farms, village digital teams, OCOP reviewers and administrators. Your account is a buyer account.",
  buyerInOtherLanguage: "Khu vực này dành cho nhà vườn. Tài khoản của bạn là tài khoản người mua.",
  buyerGoShopping: "Go to Chợ Phiên to shop",
  buyerWantToSell:
    "Want to sell? Open your shop right here (the village digital team can help). Invited by a farm to help it sell? See your invitations.",
  buyerOpenShop: "Open a shop",
  buyerInvitations: "Invitations to help a farm",

  backHome: "Back to my page",
  notFoundTitle: "Page not found",
  notFoundInOtherLanguage: "Không tìm thấy trang này.",
  forbiddenCode: "Error 403",
  forbiddenTitle: "You do not have access to this area",
  forbiddenBody:
    "Your account has not been given access to this page. If you think this is a mistake, please contact an administrator.",
  forbiddenInOtherLanguage: "Bạn không có quyền vào khu vực này.",
  errorTitle: "The system is busy",
  errorBody: "Please try again in a few minutes.",
  retry: "Try again",
};

export function layoutMessages(locale: Locale): LayoutMessages {
  return locale === "en" ? en : vi;
}
