import { LOCALE_COOKIE, parseLocale } from "~/i18n/locale";
import { safeLocalPath } from "~/server/safe-path";
import { userMessage } from "./error-message";
import { flashCookie, withFlash } from "./flash";
import { apiForRequest, field, readForm, redirectTo } from "./form-post";
import { checkoutMessages } from "./messages";

/** The interface language from the request's cookie (route handlers answer before any page renders). */
export function localeOf(req: Request) {
  const m = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(req.headers.get("cookie") ?? "");
  return parseLocale(m?.[1]);
}

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
