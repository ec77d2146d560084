import type { Locale } from "@cho-phien/ui/locale";

/** Strings of the seller's overview (top of /seller), Vietnamese first. Money is formatted by formatVnd. */
const vi = {
  heading: "Tổng quan",
  today: "Hôm nay",
  newOrdersToday: "đơn mới hôm nay",
  waiting: "đơn đang chờ bạn xử lý",
  waitingStatus: {
    placed: "chờ nhận",
    accepted: "chờ đóng gói",
    packed: "chờ giao vận chuyển",
    shipped: "đang giao",
  },
  seeOrders: "Xem đơn hàng →",
  revenueHeading: (days: number) => `Doanh thu ${days} ngày qua`,
  revenueNote:
    "Tổng tiền các đơn đã đặt (kể cả phí giao hàng), không tính đơn chờ thanh toán, đã hủy hoặc đã hoàn tiền.",
  orders: (n: number) => `${n} đơn`,
  chartTitle: (days: number) => `Biểu đồ doanh thu theo ngày, ${days} ngày qua`,
  chartSummary: (total: string, best: string | null) =>
    best ? `Tổng ${total}. Ngày cao nhất: ${best}.` : `Tổng ${total}. Chưa có doanh thu.`,
  bestDay: (day: string, amount: string) => `${day} (${amount})`,
  todayMark: "Hôm nay",
  dayFigures: "Xem số liệu từng ngày",
  day: "Ngày",
  revenue: "Doanh thu",
  orderCount: "Số đơn",
  codHeading: "Tiền thu hộ (COD)",
  codExpected: "Chờ nhận từ bên vận chuyển",
  codCollected: "Đã thu",
  codNote: (days: number) =>
    `Đơn COD đặt trong ${days} ngày qua và đã giao. Khi bên vận chuyển trả tiền, bấm “Đã thu tiền” trên từng đơn.`,
  bestSellersHeading: "Bán chạy nhất",
  bestSellersNone: "Chưa bán được sản phẩm nào trong thời gian này.",
  sold: (qty: number, unit: string) => `${qty.toLocaleString("vi-VN")} ${unit}`,
  attentionHeading: "Sản phẩm cần xem",
  lowStockHeading: "Sắp hết hàng",
  lowStockNote: (n: number) => `Còn ${n} hoặc ít hơn. Thêm hàng để không lỡ đơn.`,
  left: (stock: number, unit: string) => (stock === 0 ? "Hết hàng" : `Còn ${stock} ${unit}`),
  awaitingHeading: "Đang chờ duyệt",
  awaitingRevision: "Thay đổi chờ duyệt",
  needsChangesHeading: "Cần sửa",
  reviewerNote: "Cán bộ duyệt ghi:",
  noNote: "Không có ghi chú.",
  fix: "Sửa",
  more: (n: number) => `và ${n} sản phẩm khác`,
  allClear: "Không có sản phẩm nào sắp hết, chờ duyệt hay cần sửa.",
  unavailable: "Chưa xem được số liệu của gian hàng này. Vui lòng tải lại trang.",
};

export type OverviewMessages = typeof vi;

const en: OverviewMessages = {
  heading: "Overview",
  today: "Today",
  newOrdersToday: "new orders today",
  waiting: "orders waiting for you",
  waitingStatus: {
    placed: "to accept",
    accepted: "to pack",
    packed: "to hand to the carrier",
    shipped: "on the way",
  },
  seeOrders: "See orders →",
  revenueHeading: (days) => `Revenue, last ${days} days`,
  revenueNote:
    "Totals of orders placed (shipping included), not counting orders awaiting payment, cancelled or refunded.",
  orders: (n) => `${n} ${n === 1 ? "order" : "orders"}`,
  chartTitle: (days) => `Revenue per day, last ${days} days`,
  chartSummary: (total, best) =>
    best ? `Total ${total}. Best day: ${best}.` : `Total ${total}. No revenue yet.`,
  bestDay: (day, amount) => `${day} (${amount})`,
  todayMark: "Today",
  dayFigures: "See the figures per day",
  day: "Day",
  revenue: "Revenue",
  orderCount: "Orders",
  codHeading: "Cash on delivery (COD)",
  codExpected: "Still with the carrier",
  codCollected: "Collected",
  codNote: (days) =>
    `COD orders placed in the last ${days} days and delivered. When the carrier pays you, press “Cash collected” on each order.`,
  bestSellersHeading: "Best sellers",
  bestSellersNone: "Nothing sold in this period yet.",
  sold: (qty, unit) => `${qty.toLocaleString("en-US")} ${unit}`,
  attentionHeading: "Products to check",
  lowStockHeading: "Running low",
  lowStockNote: (n) => `${n} or fewer left. Add stock so you do not miss orders.`,
  left: (stock, unit) => (stock === 0 ? "Sold out" : `${stock} ${unit} left`),
  awaitingHeading: "Waiting for review",
  awaitingRevision: "Changes waiting for review",
  needsChangesHeading: "Needs changes",
  reviewerNote: "Reviewer's note:",
  noNote: "No note.",
  fix: "Edit",
  more: (n) => `and ${n} more`,
  allClear: "No products running low, waiting for review or needing changes.",
  unavailable: "The figures of this shop could not be loaded. Please reload the page.",
};

export function overviewMessages(locale: Locale): OverviewMessages {
  return locale === "en" ? en : vi;
}
