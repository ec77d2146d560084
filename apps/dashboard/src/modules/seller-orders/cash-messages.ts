import type { Locale } from "@cho-phien/ui/locale";

/**
 * Strings of "Đã thu tiền" on a COD order card (the form and what happened after it), Vietnamese first.
 * Money and dates come formatted (formatVnd, formatDateVn).
 */
const vi = {
  heading: "Tiền thu hộ (COD)",
  intro: "Bên vận chuyển đã trả tiền thu hộ cho bạn? Ghi lại số tiền và ngày nhận.",
  collected: (amount: string, day: string) => `✓ Đã thu ${amount} ngày ${day}`,
  short: (amount: string) => `Thiếu ${amount} so với tổng đơn.`,
  amount: "Số tiền đã nhận (₫)",
  date: "Ngày nhận",
  submit: "Đã thu tiền",
  correct: "Sửa số tiền đã thu",
  saveCorrection: "Lưu số tiền mới",
  formLabel: (code: string) => `Ghi nhận tiền thu hộ của đơn ${code}`,
  outcome: {
    cash_recorded: (code: string) => `Đã ghi nhận tiền thu hộ của đơn ${code}.`,
    cash_unchanged: (code: string) => `Đơn ${code} đã ghi nhận đúng số tiền này rồi, không có gì thay đổi.`,
    cash_over_total: (code: string) => `Đơn ${code}: số tiền đã thu không được lớn hơn tổng đơn.`,
    cash_date: (code: string) =>
      `Đơn ${code}: ngày thu tiền không hợp lệ (không được sau hôm nay, không được trước ngày đặt đơn).`,
    cash_amount: (code: string) => `Đơn ${code}: vui lòng nhập số tiền đã thu (số đồng, không âm).`,
    cash_not_cod: (code: string) => `Đơn ${code} được thanh toán trước, không có tiền thu hộ để ghi nhận.`,
    cash_not_delivered: (code: string) =>
      `Đơn ${code} chưa giao đến người mua: chỉ ghi nhận tiền thu hộ khi đơn đã giao.`,
  },
};

export type CashMessages = typeof vi;

const en: CashMessages = {
  heading: "Cash on delivery (COD)",
  intro: "Has the carrier paid you the cash it collected? Record the amount and the day.",
  collected: (amount, day) => `✓ Collected ${amount} on ${day}`,
  short: (amount) => `${amount} short of the order total.`,
  amount: "Amount received (₫)",
  date: "Day received",
  submit: "Cash collected",
  correct: "Correct the amount collected",
  saveCorrection: "Save the new amount",
  formLabel: (code) => `Record the cash collected for order ${code}`,
  outcome: {
    cash_recorded: (code) => `Cash collected recorded for order ${code}.`,
    cash_unchanged: (code) => `Order ${code} already has this amount recorded; nothing changed.`,
    cash_over_total: (code) => `Order ${code}: the amount collected cannot be more than the order total.`,
    cash_date: (code) => `Order ${code}: invalid day (not after today, not before the order was placed).`,
    cash_amount: (code) => `Order ${code}: please enter the amount collected (whole đồng, not negative).`,
    cash_not_cod: (code) => `Order ${code} was paid in advance: there is no cash on delivery to record.`,
    cash_not_delivered: (code) => `Order ${code} has not been delivered yet: record the cash once it is.`,
  },
};

export function cashMessages(locale: Locale): CashMessages {
  return locale === "en" ? en : vi;
}
