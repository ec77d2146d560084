import { generateProductMetadata, ProductPage } from "~/modules/product/product-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateProductMetadata;
export default ProductPage;
