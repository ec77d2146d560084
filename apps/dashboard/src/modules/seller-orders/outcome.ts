import type { TSellerStep } from "@cho-phien/validators/orders";

/**
 * What happened after a step button, carried back in the URL as fixed words (`ket-qua`, `buoc`) and an
 * order code — never free text, so a crafted link cannot put words on the farmer's screen.
 */
export const OUTCOMES = [
  "done",
  "unchanged",
  "tracking",
  "not_found",
  "conflict",
  "forbidden",
  "invalid",
  "error",
  /** The farm declined or cancelled the order (orders.sellerDecline). */
  "declined",
  /** The order was already cancelled (a repeated submit, or the buyer cancelled first). */
  "already_cancelled",
  /** The decline form came back without a usable reason. */
  "reason",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

const DONE: Record<TSellerStep, (code: string) => string> = {
  accepted: (c) => `Đã nhận đơn ${c}. Hãy chuẩn bị hàng và đóng gói.`,
  packed: (c) =>
    `Đơn ${c} đã đóng gói. Khi giao cho bên vận chuyển, nhập mã vận đơn rồi bấm “Giao cho vận chuyển”.`,
  shipped: (c) => `Đơn ${c} đã giao cho bên vận chuyển. Người mua đã thấy mã vận đơn.`,
  delivered: (c) => `Đơn ${c} đã giao đến người mua.`,
};

export function outcomeMessage(
  outcome: Outcome,
  code: string,
  step: TSellerStep | undefined,
): { ok: boolean; text: string } {
  switch (outcome) {
    case "done":
      return { ok: true, text: step ? DONE[step](code) : `Đã cập nhật đơn ${code}.` };
    case "unchanged":
      return { ok: true, text: `Đơn ${code} đã ở bước này rồi, không có gì thay đổi.` };
    case "tracking":
      return {
        ok: false,
        text: `Đơn ${code}: vui lòng nhập mã vận đơn (4–60 ký tự, chỉ gồm chữ, số và dấu gạch ngang).`,
      };
    case "not_found":
      return { ok: false, text: `Không tìm thấy đơn ${code} trong các gian hàng bạn quản lý.` };
    case "conflict":
      return {
        ok: false,
        text: `Đơn ${code} vừa thay đổi (có thể người mua đã hủy hoặc người khác đã xử lý). Vui lòng xem lại đơn bên dưới.`,
      };
    case "declined":
      return {
        ok: true,
        text: `Đã từ chối đơn ${code}. Hàng đã được trả về kho và người mua đã được báo lý do.`,
      };
    case "already_cancelled":
      return { ok: true, text: `Đơn ${code} đã được hủy trước đó, không có gì thay đổi.` };
    case "reason":
      return {
        ok: false,
        text: `Đơn ${code}: vui lòng nhập lý do từ chối cho người mua (5–300 ký tự).`,
      };
    case "forbidden":
      return { ok: false, text: "Bạn không có quyền xử lý đơn hàng." };
    case "invalid":
      return { ok: false, text: "Yêu cầu không hợp lệ, vui lòng thử lại." };
    default:
      return { ok: false, text: "Có lỗi xảy ra, vui lòng thử lại." };
  }
}
