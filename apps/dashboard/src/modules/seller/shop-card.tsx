import Link from "next/link";
import type { MyShop } from "~/server/api-types";
import type { SellerMessages } from "./messages";

/**
 * One shop the user manages, with what needs attention (waiting for review, sent back for changes); the one
 * the overview is showing is marked.
 */
export function ShopCard({
  shop,
  href,
  current,
  t,
}: {
  shop: MyShop;
  href: string;
  current: boolean;
  t: SellerMessages;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "true" : undefined}
      className={`block rounded-xl border bg-white p-4 hover:border-green-700 ${
        current ? "border-green-700 ring-2 ring-green-700" : "border-stone-200"
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-bold leading-snug">{shop.name}</h3>
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${
            shop.relation === "owner" ? "bg-green-100 text-green-900" : "bg-violet-100 text-violet-900"
          }`}
        >
          {shop.relation === "owner" ? t.owner : t.helper}
        </span>
      </div>
      <p className="mt-1 text-base text-stone-600">
        {shop.communeName}, {shop.provinceName}
      </p>
      {shop.relation === "helper" && (
        <p className="mt-1 text-sm text-stone-600">{t.ownedBy(shop.ownerName)}</p>
      )}
      {!shop.active && <p className="mt-1 text-sm font-semibold text-red-800">{t.shopHidden}</p>}
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-base">
        <div className="flex gap-1">
          <dt className="text-stone-600">{t.productCount}</dt>
          <dd className="font-semibold">{shop.productCount}</dd>
        </div>
        {shop.submittedCount > 0 && (
          <div className="flex gap-1">
            <dt className="text-stone-600">{t.submittedCount}</dt>
            <dd className="font-semibold">{shop.submittedCount}</dd>
          </div>
        )}
        {shop.changesRequestedCount > 0 && (
          <div className="flex gap-1 text-amber-900">
            <dt>{t.changesCount}</dt>
            <dd className="font-semibold">{shop.changesRequestedCount}</dd>
          </div>
        )}
      </dl>
    </Link>
  );
}
