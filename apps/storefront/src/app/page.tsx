import { HomePage } from "~/modules/home/home-page";

export const dynamic = "force-dynamic";

export default HomePage;
