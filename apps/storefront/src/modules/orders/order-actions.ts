import { formatVnd } from "@cho-phien/validators/money";
import { ZOrderCode } from "@cho-phien/validators/orders";
import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { BUYER_PHONE_COOKIE, buyerPhoneCookie } from "~/modules/checkout/buyer-phone-cookie";
import { apiForRequest } from "~/server/caller";
import { userMessage } from "~/server/error-message";
import { flashCookie, withFlash } from "~/server/flash";
import { field, readForm, redirectTo } from "~/server/form-post";
import { localeOf } from "~/server/request-locale";
import { ordersMessages } from "./messages";

/**
 * POST /orders/actions — the order pages' forms, told apart by `intent`:
 * lookup (code + phone → the order page, phone kept in the buyer-phone cookie), cancel, rate.
 * Every answer is a 303 redirect to a page showing the result (a refresh never re-posts; no JavaScript).
 */
export async function handleOrderAction(req: Request): Promise<Response> {
  const form = await readForm(req);
  if (form instanceof Response) return form;
  const t = ordersMessages(localeOf(req));
  const intent = field(form, "intent");
  const code = ZOrderCode.safeParse(field(form, "code") ?? "");

  if (intent === "lookup") {
    const phone = normalizeVnPhone(field(form, "phone") ?? "");
    if (!code.success || !phone) return redirectTo("/orders?khong_thay=1#order-lookup");
    return redirectTo(`/orders/${code.data}`, [buyerPhoneCookie(phone)]);
  }
  if (!code.success) return new Response("Mã đơn hàng không hợp lệ", { status: 400 });

  const page = `/orders/${code.data}`;
  const back = (kind: "ok" | "error", message: string) => {
    const flash = flashCookie(kind, message);
    return redirectTo(withFlash(page, flash.id), [flash.cookie]);
  };
  const { api } = await apiForRequest(req);
  const phone = guestPhoneOf(req);

  try {
    if (intent === "cancel") {
      const r = await api.orders.cancel({
        code: code.data,
        phone,
        reason: field(form, "reason") || undefined,
      });
      return back("ok", r.refundVnd > 0 ? t.cancelledRefund(formatVnd(r.refundVnd)) : t.cancelled);
    }
    if (intent === "rate") {
      await api.ratings.rate({
        orderCode: code.data,
        productId: field(form, "productId") ?? "",
        stars: Number(field(form, "stars")),
        comment: field(form, "comment") || undefined,
      });
      return back("ok", t.thanksForRating);
    }
  } catch (e) {
    return back("error", userMessage(e));
  }
  return new Response("Thao tác không hợp lệ", { status: 400 });
}

function guestPhoneOf(req: Request): string | undefined {
  const m = new RegExp(`(?:^|;\\s*)${BUYER_PHONE_COOKIE}=([^;]+)`).exec(req.headers.get("cookie") ?? "");
  if (!m) return undefined;
  try {
    return normalizeVnPhone(decodeURIComponent(m[1])) ?? undefined;
  } catch {
    return undefined;
  }
}
