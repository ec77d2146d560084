import { CategoryPage, generateCategoryMetadata } from "~/modules/catalog/category-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateCategoryMetadata;
export default CategoryPage;
