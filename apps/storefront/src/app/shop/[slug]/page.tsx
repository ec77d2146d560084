import { generateShopMetadata, ShopPage } from "~/modules/shop/shop-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateShopMetadata;
export default ShopPage;
