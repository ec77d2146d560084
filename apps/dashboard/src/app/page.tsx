import { redirect } from "next/navigation";
import { BuyerNotice } from "~/modules/layout/buyer-notice";
import { homeFor } from "~/server/areas";
import { getCurrentUser } from "~/server/caller";

export const dynamic = "force-dynamic";

/** "/" sends each role to its area; a buyer learns this site is for farms; anyone else signs in first. */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/dang-nhap");
  const home = homeFor(user.role);
  if (home) redirect(home);
  return <BuyerNotice />;
}
