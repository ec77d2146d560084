import { safeLocalPath } from "@cho-phien/validators/safe-path";
import { apiForRequest } from "~/server/caller";
import { userMessage } from "~/server/error-message";
import { flashCookie, withFlash } from "~/server/flash";
import { field, readForm, redirectTo } from "~/server/form-post";
import { localeOf } from "~/server/request-locale";
import { checkoutMessages } from "./messages";

/**
 * POST /cart/actions — the add / set quantity / remove forms. Each answers with a redirect (303) to a page
 * that shows the result, so a refresh never re-posts and everything works without JavaScript.
 * Fields: intent (add | set | remove), productId, quantity, back (where "add" returns on error).
 */
export async function handleCartAction(req: Request): Promise<Response> {
  const form = await readForm(req);
  if (form instanceof Response) return form;
  const t = checkoutMessages(localeOf(req));
  const intent = field(form, "intent");
  const productId = field(form, "productId") ?? "";
  const quantity = field(form, "quantity");
  const back = safeLocalPath(field(form, "back"), "/cart");
  const { api, resHeaders } = await apiForRequest(req);

  try {
    let message: string;
    if (intent === "add") {
      const cart = await api.cart.add({ productId, quantity: (quantity ?? "1") as unknown as number });
      const line = cart.groups.flatMap((g) => g.lines).find((l) => l.productId === productId);
      message = t.added(line?.title ?? "");
    } else if (intent === "set") {
      await api.cart.setQuantity({ productId, quantity: quantity as unknown as number });
      message = t.updated;
    } else if (intent === "remove") {
      await api.cart.remove({ productId });
      message = t.removed;
    } else {
      return new Response("Thao tác không hợp lệ", { status: 400 });
    }
    const flash = flashCookie("ok", message);
    return redirectTo(withFlash("/cart", flash.id), [...resHeaders.getSetCookie(), flash.cookie]);
  } catch (e) {
    const flash = flashCookie("error", userMessage(e));
    return redirectTo(withFlash(intent === "add" ? back : "/cart", flash.id), [
      ...resHeaders.getSetCookie(),
      flash.cookie,
    ]);
  }
}
