import { generateSearchMetadata, SearchPage } from "~/modules/search/search-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateSearchMetadata;
export default SearchPage;
