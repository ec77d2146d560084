/** The farmer-facing message of an API error: the API's own Vietnamese text, or a generic one. */
export function apiErrorMessage(e: unknown): string {
  const err = e as { code?: string; message?: string; cause?: { reason?: string } };
  switch (err.code) {
    case "NOT_FOUND":
      return "Không tìm thấy sản phẩm này trong gian hàng bạn quản lý.";
    case "FORBIDDEN":
    case "UNAUTHORIZED":
      return "Bạn không có quyền sửa sản phẩm này.";
    case "CONFLICT":
    case "BAD_REQUEST":
      return err.message ?? "Yêu cầu không hợp lệ, vui lòng thử lại.";
    default:
      console.error("[listings] action failed", e);
      return "Hệ thống đang bận, vui lòng thử lại.";
  }
}

export function isStaleListing(e: unknown): boolean {
  return (e as { cause?: { reason?: string } }).cause?.reason === "STALE_LISTING";
}
