import type { Locale } from "@cho-phien/ui/locale";

/** The farm's screens as the seller navigation names them (see seller-nav.tsx), by path. */
const vi = {
  nav: "Quản lý gian hàng",
  screens: {
    "/seller": "Sản phẩm",
    "/seller/orders": "Đơn hàng",
    "/seller/ratings": "Đánh giá",
    "/seller/listings/new": "＋ Thêm sản phẩm",
    "/seller/helpers": "Người giúp",
    "/mo-gian-hang": "Mở gian hàng",
  },
};

export type SellerNavMessages = typeof vi;

const en: SellerNavMessages = {
  nav: "Manage your shop",
  screens: {
    "/seller": "Products",
    "/seller/orders": "Orders",
    "/seller/ratings": "Ratings",
    "/seller/listings/new": "＋ Add a product",
    "/seller/helpers": "Helpers",
    "/mo-gian-hang": "Open a shop",
  },
};

export function sellerNavMessages(locale: Locale): SellerNavMessages {
  return locale === "en" ? en : vi;
}
