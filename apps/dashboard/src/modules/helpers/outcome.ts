/**
 * What happened after a helper form, carried back in the URL as a fixed word (`ket-qua`) — never free text,
 * so a crafted link cannot put words on the farmer's screen.
 */
export const HELPER_OUTCOMES = [
  "invited",
  "already_helping",
  "unknown_phone",
  "self",
  "invalid_phone",
  "revoked",
  "already_revoked",
  "accepted",
  "declined",
  "not_found",
  "invalid",
  "error",
] as const;
export type HelperOutcome = (typeof HELPER_OUTCOMES)[number];

const MESSAGES: Record<HelperOutcome, { ok: boolean; text: string }> = {
  invited: {
    ok: true,
    text: "Đã gửi lời mời. Người giúp cần đăng nhập và nhận lời thì mới làm được cho gian hàng.",
  },
  already_helping: { ok: true, text: "Người này đang giúp gian hàng rồi, không cần mời lại." },
  unknown_phone: {
    ok: false,
    text: "Số điện thoại này chưa có tài khoản Chợ Phiên. Hãy nhờ người giúp đăng nhập một lần bằng số này.",
  },
  self: { ok: false, text: "Chủ gian hàng không cần tự mời mình làm người giúp." },
  invalid_phone: {
    ok: false,
    text: "Số điện thoại di động Việt Nam không hợp lệ (ví dụ: 0912 345 678).",
  },
  revoked: { ok: true, text: "Đã thu hồi quyền. Người này không còn làm được gì cho gian hàng nữa." },
  already_revoked: { ok: true, text: "Quyền của người này đã được thu hồi trước đó." },
  accepted: { ok: true, text: "Bạn đã nhận lời. Gian hàng đã có trong mục Nhà vườn của bạn." },
  declined: { ok: true, text: "Bạn đã từ chối lời mời." },
  not_found: { ok: false, text: "Không tìm thấy lời mời hoặc người giúp này (có thể đã bị thu hồi)." },
  invalid: { ok: false, text: "Yêu cầu không hợp lệ, vui lòng thử lại." },
  error: { ok: false, text: "Có lỗi xảy ra, vui lòng thử lại." },
};

export function helperOutcomeMessage(value: string | undefined): { ok: boolean; text: string } | null {
  if (!value || !(HELPER_OUTCOMES as readonly string[]).includes(value)) return null;
  return MESSAGES[value as HelperOutcome];
}

/** The outcome word for an error from the API (tRPC code and DomainError reason). */
export function outcomeOfError(e: unknown): HelperOutcome {
  const err = e as { code?: string; cause?: { reason?: string } };
  if (err.code === "NOT_FOUND") return "not_found";
  if (err.code === "BAD_REQUEST") {
    if (err.cause?.reason === "UNKNOWN_PHONE") return "unknown_phone";
    if (err.cause?.reason === "SELF_INVITE") return "self";
    return "invalid";
  }
  return "error";
}
