import { CARRIER_LABEL, CARRIERS } from "@cho-phien/validators/checkout";
import type { MyOrder } from "~/server/api-types";
import { advanceOrderAction } from "./actions";
import { type ListParams, STATUS_PARAM } from "./list-params";
import type { SellerOrdersMessages } from "./messages";

const BUTTON =
  "flex h-14 w-full items-center justify-center rounded-xl bg-green-700 px-4 text-lg font-bold text-white hover:bg-green-800";

/**
 * The one next step, as a big button a thumb finds: what the farm does next with this parcel. A plain form posting to a server action: works without JavaScript. Hidden fields carry the list the
 * farmer is on, so they come back to it. Shipping asks for the carrier's tracking code (and the carrier, in
 * case the parcel went with another one than the buyer picked).
 */
export function NextStepForm({
  order,
  list,
  t,
}: {
  order: MyOrder;
  list: ListParams;
  t: SellerOrdersMessages;
}) {
  const step = order.nextStep;
  if (!step) return null;
  return (
    <form action={advanceOrderAction} className="space-y-2 border-t border-stone-200 pt-3">
      <input type="hidden" name="code" value={order.code} />
      <input type="hidden" name="to" value={step} />
      <input type="hidden" name={STATUS_PARAM} value={list.status} />
      {list.shop && <input type="hidden" name="shop" value={list.shop} />}
      {list.page > 1 && <input type="hidden" name="page" value={String(list.page)} />}
      {step === "shipped" && (
        <>
          <label className="block space-y-1 text-base font-medium">
            <span>{t.trackingCode}</span>
            <input
              name="trackingCode"
              required
              minLength={4}
              maxLength={60}
              pattern="[A-Za-z0-9\-]{4,60}"
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              placeholder={t.trackingHint}
              title={t.trackingRule}
              className="h-12 w-full rounded-lg border border-stone-300 px-3 font-mono text-lg uppercase"
            />
          </label>
          <label className="block space-y-1 text-base font-medium">
            <span>{t.carrierLabel}</span>
            <select
              name="carrier"
              defaultValue={order.shipment?.carrier ?? "vnpost"}
              className="h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-base"
            >
              {CARRIERS.map((c) => (
                <option key={c} value={c}>
                  {CARRIER_LABEL[c]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <button type="submit" className={BUTTON}>
        {t.step[step]}
      </button>
    </form>
  );
}
