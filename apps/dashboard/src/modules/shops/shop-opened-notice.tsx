import { getLocale } from "~/i18n/get-locale";
import { param, type SearchParams } from "~/server/search-params";
import { shopsMessages } from "./messages";

/** The query parameter /mo-gian-hang sends the farmer to /seller with after opening a shop. */
export const SHOP_OPENED_PARAM = "gian-hang-moi";

/**
 * The notice on /seller right after "Mở gian hàng". Fixed words only — the parameter's value is never shown,
 * so a crafted link cannot put text on the farmer's screen. Reads the language itself (a server component).
 */
export async function ShopOpenedNotice({ searchParams }: { searchParams: SearchParams }) {
  if (!param(searchParams, SHOP_OPENED_PARAM)) return null;
  return (
    <div
      role="status"
      className="mb-4 rounded-lg border border-green-300 bg-green-50 p-3 text-base text-green-900"
    >
      {shopsMessages(await getLocale()).opened}
    </div>
  );
}
