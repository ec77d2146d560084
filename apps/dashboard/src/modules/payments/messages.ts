import type { Locale } from "@cho-phien/ui/locale";

/**
 * Strings of /admin/payments: VietQR transfers awaiting the admin's "Đã nhận tiền", and what that button did
 * (a fixed word in `?ket-qua=`, see app/admin/payments/actions.ts). Vietnamese first; money and dates come
 * formatted (formatVnd, formatDateTimeVn).
 */
const vi = {
  title: "Chuyển khoản chờ xác nhận",
  subtitle: "Đối chiếu nội dung chuyển khoản (mã đơn) và số tiền với sao kê ngân hàng trước khi xác nhận.",
  lateTransfer: "Chuyển khoản không có trong danh sách (đến muộn, sau khi đơn hết hạn)? Nhập mã đơn:",
  received: "Đã nhận tiền",
  none: "Không có chuyển khoản nào đang chờ.",
  transferNote: "Nội dung CK",
  amount: "Số tiền",
  buyer: "Người mua",
  farms: "Nhà vườn",
  placedAt: "Đặt lúc",
  expires: (at: string) => ` · hết hạn ${at}`,
  outcomes: {
    paid: (code: string) => `Đã ghi nhận chuyển khoản cho ${code}. Các đơn đã chuyển đến nhà vườn.`,
    already_paid: (code: string) => `${code} đã được ghi nhận trước đó, không có gì thay đổi.`,
    paid_after_cancel: (code: string) =>
      `${code} đã hết hạn hoặc bị hủy: tiền đã được ghi nhận và cần hoàn lại cho người mua.`,
    amount_mismatch: (code: string) => `${code}: số tiền không khớp, chưa ghi nhận.`,
    not_found: (code: string) => `Không tìm thấy ${code}.`,
    forbidden: "Bạn không có quyền xác nhận thanh toán.",
    invalid: "Mã đơn không hợp lệ.",
    error: "Có lỗi xảy ra, vui lòng thử lại.",
  },
};

export type PaymentsMessages = typeof vi;

const en: PaymentsMessages = {
  title: "Transfers awaiting confirmation",
  subtitle:
    "Check each transfer's note (the order code) and amount against the bank statement before confirming.",
  lateTransfer: "A transfer not in the list (it came late, after the order expired)? Enter the order code:",
  received: "Money received",
  none: "No transfers waiting.",
  transferNote: "Transfer note",
  amount: "Amount",
  buyer: "Buyer",
  farms: "Farms",
  placedAt: "Placed at",
  expires: (at) => ` · expires ${at}`,
  outcomes: {
    paid: (code) => `Transfer recorded for ${code}. The orders have gone to the farms.`,
    already_paid: (code) => `${code} was already recorded; nothing changed.`,
    paid_after_cancel: (code) =>
      `${code} had expired or was cancelled: the money is recorded and must be refunded to the buyer.`,
    amount_mismatch: (code) => `${code}: the amount does not match; nothing recorded.`,
    not_found: (code) => `${code} was not found.`,
    forbidden: "You may not confirm payments.",
    invalid: "The order code is not valid.",
    error: "Something went wrong, please try again.",
  },
};

export function paymentsMessages(locale: Locale): PaymentsMessages {
  return locale === "en" ? en : vi;
}
