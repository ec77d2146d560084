import type { Locale } from "@cho-phien/ui/locale";

/** Strings of the printable packing slip /seller/orders/[code]/phieu-dong-goi, Vietnamese first. */
const vi = {
  pageTitle: (code: string) => `Phiếu đóng gói ${code}`,
  printLink: "In phiếu",
  printLinkLabel: (code: string) => `In phiếu đóng gói đơn ${code}`,
  back: "← Đơn hàng",
  howToPrint:
    "Dùng lệnh In của trình duyệt (trên điện thoại: Chia sẻ → In). Chọn khổ giấy cho máy in của bạn:",
  paperSizes: "Khổ giấy",
  size: { "80mm": "Giấy nhiệt 80 mm", a6: "Khổ A6" },
  slip: "PHIẾU ĐÓNG GÓI",
  orderCode: "Mã đơn",
  qr: (code: string) => `Mã QR của đơn ${code}`,
  to: "NGƯỜI NHẬN",
  from: "NGƯỜI GỬI",
  phone: "ĐT",
  codCollect: "THU HỘ (COD)",
  codNote: "Thu tiền người nhận khi giao",
  prepaid: "ĐÃ THANH TOÁN — KHÔNG THU TIỀN",
  items: "HÀNG TRONG GÓI",
  item: "Sản phẩm",
  unit: "Đơn vị",
  qty: "SL",
  orderedOn: "Ngày đặt",
  carrier: "Vận chuyển",
  tracking: "Mã vận đơn",
};

export type PackingSlipMessages = typeof vi;

const en: PackingSlipMessages = {
  pageTitle: (code) => `Packing slip ${code}`,
  printLink: "Print slip",
  printLinkLabel: (code) => `Print the packing slip of order ${code}`,
  back: "← Orders",
  howToPrint:
    "Use your browser's Print command (on a phone: Share → Print). Pick the paper for your printer:",
  paperSizes: "Paper size",
  size: { "80mm": "80 mm thermal roll", a6: "A6 sheet" },
  slip: "PACKING SLIP",
  orderCode: "Order",
  qr: (code) => `QR code of order ${code}`,
  to: "TO",
  from: "FROM",
  phone: "Tel",
  codCollect: "CASH ON DELIVERY",
  codNote: "Collect from the recipient on delivery",
  prepaid: "PAID — DO NOT COLLECT",
  items: "IN THE PARCEL",
  item: "Item",
  unit: "Unit",
  qty: "Qty",
  orderedOn: "Ordered",
  carrier: "Carrier",
  tracking: "Tracking",
};

export function packingSlipMessages(locale: Locale): PackingSlipMessages {
  return locale === "en" ? en : vi;
}
