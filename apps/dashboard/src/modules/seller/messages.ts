import type { Locale } from "@cho-phien/ui/locale";

/** Strings of the farmer's home /seller: shops, the product list and its quick actions. Vietnamese first. */
const vi = {
  title: "Gian hàng của tôi",
  subtitle: "Tổng quan, sản phẩm, giá và hàng còn trong kho",
  noShops: "Bạn chưa quản lý gian hàng nào. Tổ công nghệ số ở thôn, xã có thể giúp bạn mở gian hàng.",
  myShops: "Gian hàng",
  products: "Sản phẩm",
  filterByShop: "Lọc theo gian hàng",
  allShops: "Mọi gian hàng",
  filterByStatus: "Lọc theo trạng thái",
  allStatuses: "Tất cả",
  noProducts: "Chưa có sản phẩm nào ở đây.",
  // A shop card
  owner: "Chủ gian hàng",
  helper: "Hỗ trợ gian hàng",
  ownedBy: (name: string) => `Của ${name} (đã đồng ý cho bạn hỗ trợ)`,
  shopHidden: "Gian hàng đang tạm ẩn",
  productCount: "Sản phẩm:",
  submittedCount: "Chờ duyệt:",
  changesCount: "Cần sửa:",
  // A product row
  soldOut: "Hết hàng",
  left: (n: string, unit: string) => `Còn ${n} ${unit}`,
  lowStock: "sắp hết",
  reviewerNote: "Ghi chú của cán bộ duyệt:",
  stockFormLabel: (title: string) => `Số lượng còn của ${title}`,
  stockField: (unit: string) => `Còn lại (${unit})`,
  saveStock: "Lưu số lượng",
  priceFormLabel: (title: string) => `Giá của ${title}`,
  priceField: (unit: string) => `Giá (₫ / ${unit})`,
  savePrice: "Lưu giá",
  edit: "Sửa",
  pause: "Tạm ngừng bán",
  pauseLabel: (title: string) => `Tạm ngừng bán ${title}`,
  restore: "Bán lại",
  restoreLabel: (title: string) => `Bán lại ${title}`,
  duplicate: "Nhân bản",
  duplicateLabel: (title: string) => `Nhân bản ${title}`,
};

export type SellerMessages = typeof vi;

const en: SellerMessages = {
  title: "My shops",
  subtitle: "Overview, products, prices and stock",
  noShops: "You do not manage a shop yet. The village digital team can help you open one.",
  myShops: "Shops",
  products: "Products",
  filterByShop: "Filter by shop",
  allShops: "All shops",
  filterByStatus: "Filter by status",
  allStatuses: "All",
  noProducts: "No products here yet.",
  owner: "Owner",
  helper: "Helping",
  ownedBy: (name) => `${name}'s shop (they agreed to your help)`,
  shopHidden: "This shop is hidden for now",
  productCount: "Products:",
  submittedCount: "Waiting for review:",
  changesCount: "Needs changes:",
  soldOut: "Sold out",
  left: (n, unit) => `${n} ${unit} left`,
  lowStock: "running low",
  reviewerNote: "Reviewer's note:",
  stockFormLabel: (title) => `Stock left of ${title}`,
  stockField: (unit) => `Left (${unit})`,
  saveStock: "Save stock",
  priceFormLabel: (title) => `Price of ${title}`,
  priceField: (unit) => `Price (₫ / ${unit})`,
  savePrice: "Save price",
  edit: "Edit",
  pause: "Pause sales",
  pauseLabel: (title) => `Pause sales of ${title}`,
  restore: "Sell again",
  restoreLabel: (title) => `Sell ${title} again`,
  duplicate: "Duplicate",
  duplicateLabel: (title) => `Duplicate ${title}`,
};

export function sellerMessages(locale: Locale): SellerMessages {
  return locale === "en" ? en : vi;
}
