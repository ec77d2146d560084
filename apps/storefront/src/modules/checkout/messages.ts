import type { Locale } from "~/i18n/locale";

/**
 * Strings of the checkout's province → ward picker, Vietnamese first. The rest of the checkout's words are in
 * ~/modules/cart/messages (checkoutMessages); these sit beside the picker that uses them.
 */
const vi = {
  pickProvince: "Chọn",
  pickProvinceLabel: "Chọn tỉnh/thành này để hiện danh sách phường/xã",
  chooseWard: "— Chọn phường/xã —",
  provinceFirst: "Chọn tỉnh/thành phố rồi bấm “Chọn” để hiện danh sách phường/xã.",
  wardListHint: (province: string) => `Danh sách phường/xã mới (từ 1/7/2025) của ${province}.`,
  filterWards: "Tìm nhanh phường/xã",
  filterPlaceholder: "Gõ vài chữ, ví dụ: Đông Ngũ",
  savedWardToPick: (typed: string) =>
    `Địa chỉ đã lưu ghi phường/xã là “${typed}”. Vui lòng chọn phường/xã tương ứng trong danh sách.`,
};
export type CheckoutAddressMessages = typeof vi;

const en: CheckoutAddressMessages = {
  pickProvince: "Choose",
  pickProvinceLabel: "Choose this province to list its wards and communes",
  chooseWard: "— Choose a ward/commune —",
  provinceFirst: "Choose the province, then press “Choose” to list its wards and communes.",
  wardListHint: (province) => `The new wards and communes (since 1 July 2025) of ${province}.`,
  filterWards: "Find a ward/commune",
  filterPlaceholder: "Type a few letters, e.g. Đông Ngũ",
  savedWardToPick: (typed) =>
    `The saved address says “${typed}”. Please choose the matching ward or commune from the list.`,
};

export function checkoutAddressMessages(locale: Locale): CheckoutAddressMessages {
  return locale === "en" ? en : vi;
}
