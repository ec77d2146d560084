import type { Locale } from "@cho-phien/ui/locale";
import { HELPER_STATUS_LABEL, type THelperStatus } from "@cho-phien/validators/helpers";

/**
 * Strings of /seller/helpers and /loi-moi: village helpers, their invitations, and what each form did
 * (`outcomes`, one per word of ./outcome).
 */
const vi = {
  pageTitle: "Người giúp",
  pageSubtitle: "Tổ công nghệ số ở thôn, xã có thể bán hàng giúp bạn. Bạn thu hồi quyền lúc nào cũng được.",
  helpersHeading: "Người giúp gian hàng",
  noHelpers: "Chưa có ai giúp gian hàng này.",
  onlyOwnerInvites: "Chỉ chủ gian hàng mới mời được người giúp.",
  helpingCount: (n: number) => `Bạn đang giúp ${n} gian hàng.`,
  noShopYet: "Bạn chưa có gian hàng nào.",
  helpingHeading: "Gian hàng tôi đang giúp",
  ownedBy: (owner: string) => `của ${owner}`,
  seeMyInvitations: "Xem lời mời giúp gian hàng gửi cho tôi →",

  invitationsTitle: "Lời mời giúp gian hàng",
  invitationsSubtitle: "Nhà vườn mời bạn giúp bán hàng trên Chợ Phiên.",
  openAcceptedShop: "Mở gian hàng vừa nhận →",
  noInvitations: "Không có lời mời nào đang chờ bạn.",
  invitedBy: (owner: string, at: string) => `${owner} mời bạn lúc ${at}`,
  whatHelpingMeans:
    "Khi nhận lời, bạn quản lý sản phẩm và đơn hàng của gian hàng này thay nhà vườn. Mọi việc bạn làm đều được ghi lại, và nhà vườn có thể thu hồi quyền bất cứ lúc nào.",
  accept: "Nhận lời",
  decline: "Từ chối",

  phoneEndingIn: "Số điện thoại có đuôi ",
  invitedOn: "Mời ngày",
  acceptedAt: "Nhận lời",
  revokedAt: "Thu hồi",
  lastActed: "Lần cuối",
  cancelInvitation: "Hủy lời mời",
  revoke: "Thu hồi quyền",
  revokeWarning: (name: string) => `${name} sẽ không làm được gì cho gian hàng nữa. Bạn có thể mời lại sau.`,
  confirmRevoke: "Đồng ý thu hồi",
  status: HELPER_STATUS_LABEL as Record<THelperStatus, string>,

  invitePhone: "Số điện thoại người giúp",
  invitePhoneHint: "Người giúp phải đã đăng nhập Chợ Phiên ít nhất một lần bằng số này.",
  sendInvitation: "Gửi lời mời",

  workingFor: "Đang làm cho:",
  switchShop: "Đổi gian hàng",
  myShop: "Của tôi",
  shopIHelp: "Tôi giúp",

  actedNever: "chưa làm gì",
  actedJustNow: "vừa xong",
  actedMinutesAgo: (n: number) => `${n} phút trước`,
  actedHoursAgo: (n: number) => `${n} giờ trước`,

  outcomes: {
    invited: "Đã gửi lời mời. Người giúp cần đăng nhập và nhận lời thì mới làm được cho gian hàng.",
    already_helping: "Người này đang giúp gian hàng rồi, không cần mời lại.",
    unknown_phone:
      "Số điện thoại này chưa có tài khoản Chợ Phiên. Hãy nhờ người giúp đăng nhập một lần bằng số này.",
    self: "Chủ gian hàng không cần tự mời mình làm người giúp.",
    invalid_phone: "Số điện thoại di động Việt Nam không hợp lệ (ví dụ: 0912 345 678).",
    revoked: "Đã thu hồi quyền. Người này không còn làm được gì cho gian hàng nữa.",
    already_revoked: "Quyền của người này đã được thu hồi trước đó.",
    accepted: "Bạn đã nhận lời. Gian hàng đã có trong mục Nhà vườn của bạn.",
    declined: "Bạn đã từ chối lời mời.",
    not_found: "Không tìm thấy lời mời hoặc người giúp này (có thể đã bị thu hồi).",
    invalid: "Yêu cầu không hợp lệ, vui lòng thử lại.",
    error: "Có lỗi xảy ra, vui lòng thử lại.",
  },
};

export type HelpersMessages = typeof vi;

const en: HelpersMessages = {
  pageTitle: "Helpers",
  pageSubtitle: "The village digital team can sell for you. You can take their access back at any time.",
  helpersHeading: "Shop helpers",
  noHelpers: "Nobody helps this shop yet.",
  onlyOwnerInvites: "Only the shop's owner can invite helpers.",
  helpingCount: (n) => `You help ${n} shop${n === 1 ? "" : "s"}.`,
  noShopYet: "You have no shop yet.",
  helpingHeading: "Shops I help",
  ownedBy: (owner) => `by ${owner}`,
  seeMyInvitations: "See the invitations sent to me →",

  invitationsTitle: "Invitations to help a shop",
  invitationsSubtitle: "Farms invite you to help them sell on Chợ Phiên.",
  openAcceptedShop: "Open the shop you just joined →",
  noInvitations: "No invitations are waiting for you.",
  invitedBy: (owner, at) => `${owner} invited you at ${at}`,
  whatHelpingMeans:
    "Once you accept, you manage this shop's products and orders for the farm. Everything you do is recorded, and the farm can take your access back at any time.",
  accept: "Accept",
  decline: "Decline",

  phoneEndingIn: "Phone number ending in ",
  invitedOn: "Invited on",
  acceptedAt: "Accepted",
  revokedAt: "Access removed",
  lastActed: "Last active",
  cancelInvitation: "Cancel the invitation",
  revoke: "Remove access",
  revokeWarning: (name) =>
    `${name} will no longer be able to do anything for the shop. You can invite them again later.`,
  confirmRevoke: "Yes, remove access",
  status: { pending: "Waiting for an answer", active: "Helping", revoked: "Access removed" },

  invitePhone: "The helper's phone number",
  invitePhoneHint: "The helper must have signed in to Chợ Phiên at least once with this number.",
  sendInvitation: "Send invitation",

  workingFor: "Working for:",
  switchShop: "Switch shop",
  myShop: "Mine",
  shopIHelp: "I help",

  actedNever: "nothing yet",
  actedJustNow: "just now",
  actedMinutesAgo: (n) => `${n} minute${n === 1 ? "" : "s"} ago`,
  actedHoursAgo: (n) => `${n} hour${n === 1 ? "" : "s"} ago`,

  outcomes: {
    invited: "Invitation sent. The helper has to sign in and accept before they can work for the shop.",
    already_helping: "This person already helps the shop; no need to invite them again.",
    unknown_phone:
      "This phone number has no Chợ Phiên account yet. Ask the helper to sign in once with this number.",
    self: "The shop's owner does not need to invite themselves.",
    invalid_phone: "That is not a valid Vietnamese mobile number (for example 0912 345 678).",
    revoked: "Access removed. This person can no longer do anything for the shop.",
    already_revoked: "This person's access had already been removed.",
    accepted: "You accepted. The shop is now in your Farm area.",
    declined: "You declined the invitation.",
    not_found: "This invitation or helper was not found (their access may have been removed).",
    invalid: "The request was not valid, please try again.",
    error: "Something went wrong, please try again.",
  },
};

export function helpersMessages(locale: Locale): HelpersMessages {
  return locale === "en" ? en : vi;
}
