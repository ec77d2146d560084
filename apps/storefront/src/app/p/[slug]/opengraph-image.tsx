import { OG_SIZE, productOgImage } from "~/modules/product/product-og-image";

export const dynamic = "force-dynamic";
export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Ảnh sản phẩm trên Chợ Phiên";
export default productOgImage;
