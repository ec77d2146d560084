import { CHECKOUT_CODE_RE } from "@cho-phien/validators/checkout";
import { normalizeVnPhone } from "@cho-phien/validators/phone";
import { checkoutMessages } from "~/modules/cart/messages";
import { apiForRequest } from "~/server/caller";
import { userMessage } from "~/server/error-message";
import { flashCookie, withFlash } from "~/server/flash";
import { field, readForm, redirectTo } from "~/server/form-post";
import { localeOf } from "~/server/request-locale";
import { buyerPhoneCookie } from "./buyer-phone-cookie";
import { clearDraftCookie, draftCookie, draftFromForm, draftFromSaved, shippingKey } from "./checkout-draft";

/**
 * POST /checkout/actions — every button of the checkout form, told apart by `intent`:
 * quote (recalculate shipping), province (list the chosen province's wards), use-address:<id>,
 * delete-address:<id>, place, and lookup (a guest opening a confirmation page with code + phone). Each
 * answers with a 303 redirect; the typed form travels in the draft cookie, so a refused order comes back
 * filled in.
 */
export async function handleCheckoutAction(req: Request): Promise<Response> {
  const form = await readForm(req);
  if (form instanceof Response) return form;
  const t = checkoutMessages(localeOf(req));
  const intent = field(form, "intent") ?? "place";
  const { api, user, resHeaders } = await apiForRequest(req);
  const out = () => resHeaders.getSetCookie();

  if (intent === "lookup") {
    const code = (field(form, "code") ?? "").trim().toUpperCase();
    if (!CHECKOUT_CODE_RE.test(code)) return redirectTo("/");
    const phone = normalizeVnPhone(field(form, "phone") ?? "");
    if (!phone) {
      const flash = flashCookie("error", t.notFound);
      return redirectTo(withFlash(`/checkout/${code}`, flash.id), [flash.cookie]);
    }
    return redirectTo(`/checkout/${code}`, [buyerPhoneCookie(phone)]);
  }

  const draft = draftFromForm(form);
  const back = (message?: { kind: "ok" | "error"; text: string }, hash = "") => {
    const cookies = [...out(), draftCookie(draft)];
    if (!message) return redirectTo(`/checkout${hash}`, cookies);
    const flash = flashCookie(message.kind, message.text);
    return redirectTo(`${withFlash("/checkout", flash.id)}${hash}`, [...cookies, flash.cookie]);
  };

  try {
    if (intent === "quote") return back(undefined, "#giao-hang");
    // The page comes back with the chosen province's wards (and its shipping fees), at the ward list.
    if (intent === "province") return back(undefined, "#phuong-xa");

    if (intent.startsWith("use-address:")) {
      const saved = (await api.checkout.addresses.list()).find(
        (a) => a.id === intent.slice("use-address:".length),
      );
      if (saved) Object.assign(draft, draftFromSaved(saved));
      // An older saved address with a free-text ward: straight to the list, to pick the matching ward.
      return back(undefined, saved && !saved.wardCode ? "#phuong-xa" : "#giao-hang");
    }

    if (intent.startsWith("delete-address:")) {
      await api.checkout.addresses.delete({ id: intent.slice("delete-address:".length) });
      return back({ kind: "ok", text: t.addressDeleted });
    }

    if (intent !== "place") return new Response("Thao tác không hợp lệ", { status: 400 });

    // The fees on the page were for what the form said then; a different choice is shown before it is charged.
    if (field(form, "quoted") !== shippingKey(draft.provinceCode, draft.carriers)) {
      return back({ kind: "ok", text: t.shippingRequoted }, "#giao-hang");
    }
    const lines = form
      .getAll("line")
      .filter((v): v is string => typeof v === "string")
      .slice(0, 60)
      .map((v) => {
        const [productId = "", quantity = "", priceVnd = ""] = v.split(":");
        return {
          productId,
          quantity: quantity as unknown as number,
          priceVnd: priceVnd as unknown as number,
        };
      });
    // The ward by its code from the list; the API checks it belongs to the province and adds its name.
    const address = {
      recipientName: draft.recipientName,
      phone: draft.phone,
      provinceCode: draft.provinceCode,
      wardCode: draft.wardCode,
      street: draft.street,
    };
    const placed = await api.checkout.placeOrder({
      idempotencyKey: field(form, "idempotencyKey") ?? "",
      address,
      paymentMethod: (draft.paymentMethod || "cod") as "cod",
      carriers: Object.entries(draft.carriers).map(([shopId, carrier]) => ({
        shopId,
        carrier: carrier as "ghn",
      })),
      lines,
    });
    if (user && draft.saveAddress && !placed.replayed) {
      // Saving is a convenience: a full address book must not turn a placed order into an error page.
      await api.checkout.addresses.create(address).catch(() => undefined);
    }
    const cookies = [...out(), clearDraftCookie()];
    if (!user) cookies.push(buyerPhoneCookie(placed.buyerPhone));
    return redirectTo(`/checkout/${placed.code}`, cookies);
  } catch (e) {
    return back({ kind: "error", text: userMessage(e) });
  }
}
