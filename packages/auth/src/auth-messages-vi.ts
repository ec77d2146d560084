/**
 * better-auth answers in English with a stable `code`. Farmers read Vietnamese, so every error that leaves
 * /api/auth is rewritten here, by code, in one place. Codes we do not know keep a generic Vietnamese
 * message rather than leaking English or internals.
 */
const RESEND = "Vui lòng bấm “Gửi mã” để nhận mã mới.";

export const AUTH_MESSAGES_VI: Record<string, string> = {
  INVALID_PHONE_NUMBER: "Số điện thoại di động Việt Nam không hợp lệ (ví dụ: 0912 345 678).",
  INVALID_OTP: "Mã xác thực không đúng. Vui lòng kiểm tra lại tin nhắn.",
  OTP_NOT_FOUND: `Mã xác thực không còn hiệu lực. ${RESEND}`,
  OTP_EXPIRED: `Mã xác thực đã hết hạn (mã chỉ dùng được 5 phút). ${RESEND}`,
  TOO_MANY_ATTEMPTS: `Bạn đã nhập sai mã 3 lần nên mã đã bị huỷ. ${RESEND}`,
  OTP_RATE_LIMITED: "Bạn đã yêu cầu mã quá nhiều lần. Vui lòng thử lại sau 10 phút.",
  SIGN_IN_LOCKED:
    "Nhập sai mật khẩu nhiều lần, đăng nhập bằng mật khẩu tạm khoá 15 phút. Bạn vẫn có thể đăng nhập bằng mã gửi qua tin nhắn.",
  INVALID_PHONE_NUMBER_OR_PASSWORD: "Số điện thoại hoặc mật khẩu không đúng.",
  // sign-in/phone-number answers this when the account exists but never set a password.
  UNEXPECTED_ERROR: "Tài khoản này chưa có mật khẩu. Vui lòng đăng nhập bằng mã xác thực.",
  PHONE_NUMBER_NOT_VERIFIED: "Số điện thoại chưa được xác thực. Vui lòng đăng nhập bằng mã xác thực.",
  PHONE_NUMBER_EXIST: "Số điện thoại này đã được dùng cho một tài khoản khác.",
  PHONE_NUMBER_CANNOT_BE_SET: "Chỉ có thể đặt số điện thoại bằng cách xác thực mã.",
  PHONE_NUMBER_CANNOT_BE_UPDATED: "Không thể đổi số điện thoại theo cách này.",
  PASSWORD_TOO_SHORT: "Mật khẩu phải có ít nhất 8 ký tự.",
  PASSWORD_TOO_LONG: "Mật khẩu quá dài.",
  INVALID_PASSWORD: "Mật khẩu không đúng.",
  ACCOUNT_BANNED: "Tài khoản này đã bị khoá. Vui lòng liên hệ ban quản trị Chợ Phiên.",
  VALIDATION_ERROR: "Thông tin gửi lên không hợp lệ. Vui lòng kiểm tra lại.",
  BODY_MUST_BE_AN_OBJECT: "Thông tin gửi lên không hợp lệ. Vui lòng kiểm tra lại.",
  FIELD_NOT_ALLOWED: "Thông tin gửi lên có trường không được phép.",
  INVALID_ORIGIN: "Yêu cầu không đến từ trang Chợ Phiên. Vui lòng tải lại trang.",
  MISSING_OR_NULL_ORIGIN: "Yêu cầu không đến từ trang Chợ Phiên. Vui lòng tải lại trang.",
  SESSION_EXPIRED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  FAILED_TO_GET_SESSION: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  USER_NOT_FOUND: "Không tìm thấy tài khoản.",
};

const BY_STATUS: Record<number, string> = {
  401: "Vui lòng đăng nhập để tiếp tục.",
  403: "Bạn không có quyền thực hiện thao tác này.",
  404: "Không tìm thấy địa chỉ này.",
  429: "Bạn thao tác quá nhanh. Vui lòng đợi một lát rồi thử lại.",
};
const GENERIC_CLIENT = "Yêu cầu không hợp lệ. Vui lòng thử lại.";
const GENERIC_SERVER = "Hệ thống đang bận, vui lòng thử lại sau ít phút.";

/** The Vietnamese message for an auth error response. */
export function authMessageVi(status: number, code: string | undefined): string {
  if (code && AUTH_MESSAGES_VI[code]) return AUTH_MESSAGES_VI[code];
  if (status >= 500) return GENERIC_SERVER;
  return BY_STATUS[status] ?? GENERIC_CLIENT;
}

/**
 * Rewrites an error response from the auth handler to `{ code, message }` with a Vietnamese message.
 * Wraps the whole handler because some errors (the rate limiter's 429, the origin check) are answered
 * before any better-auth hook runs. Success responses pass through untouched.
 */
export async function translateAuthResponse(res: Response): Promise<Response> {
  if (res.status < 400) return res;
  let body: { code?: unknown; message?: unknown } | null = null;
  if (res.headers.get("content-type")?.includes("application/json")) {
    body = await res
      .clone()
      .json()
      .catch(() => null);
  }
  const code = typeof body?.code === "string" ? body.code : res.status === 429 ? "RATE_LIMITED" : undefined;
  let message = authMessageVi(res.status, code);
  const retryAfter = Number(res.headers.get("x-retry-after"));
  if (res.status === 429 && !body?.code && retryAfter > 0) {
    message = `Bạn thao tác quá nhanh. Vui lòng đợi ${retryAfter} giây rồi thử lại.`;
  }
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify({ code: code ?? `HTTP_${res.status}`, message }), {
    status: res.status,
    statusText: res.statusText,
    headers,
  });
}
