import { LISTING_STATUSES, ZMyProductsInput } from "@cho-phien/validators/listings";
import Link from "next/link";
import { getLocale } from "~/i18n/get-locale";
import { commonMessages } from "~/modules/common/messages";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { ShopSwitcher } from "~/modules/helpers/shop-switcher";
import { overviewMessages } from "~/modules/overview/messages";
import { ShopOverview } from "~/modules/overview/shop-overview";
import { ShopOpenedNotice } from "~/modules/shops/shop-opened-notice";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { sellerMessages } from "./messages";
import { ProductRow } from "./product-row";
import { SellerNav } from "./seller-nav";
import { ShopCard } from "./shop-card";

/**
 * The farmer's home: which shop they are working for (`?shop=`, the first one by default), its overview
 * (orders, revenue, cash on delivery, listings to look at), their shops, then their products with status,
 * price and stock. The product list follows the same `?shop=`; "Mọi gian hàng" lists every shop's products
 * while the overview stays on the first shop.
 */
export async function SellerHome({ searchParams }: { searchParams: SearchParams }) {
  const caller = await getCaller();
  const locale = await getLocale();
  const t = sellerMessages(locale);
  const statusWords = commonMessages(locale).listingStatus;
  const raw = {
    shopId: param(searchParams, "shop"),
    status: param(searchParams, "status"),
    page: param(searchParams, "page"),
  };
  const parsed = ZMyProductsInput.safeParse(raw);
  const input = parsed.success ? parsed.data : ZMyProductsInput.parse({});
  const [shops, products] = await Promise.all([caller.shops.mine(), caller.listings.mine(input)]);
  const current = shops.find((s) => s.id === input.shopId) ?? shops[0];
  // A failure here must not take the product list down with it: the overview says it could not load.
  const overview = current
    ? await caller.overview.forShop({ shopId: current.id }).catch((e: unknown) => {
        console.error("[seller home] overview failed", e);
        return null;
      })
    : null;
  const link = (over: { shop?: string; status?: string; page?: number }) =>
    withParams("/seller", {
      shop: "shop" in over ? over.shop : input.shopId,
      status: "status" in over ? over.status : input.status,
      page: over.page && over.page > 1 ? String(over.page) : undefined,
    });
  const chip = (active: boolean) =>
    `flex min-h-12 items-center rounded-full border px-4 text-base whitespace-nowrap ${
      active
        ? "border-green-700 bg-green-700 font-semibold text-white"
        : "border-stone-300 bg-white hover:bg-stone-100"
    }`;

  return (
    <div>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <SellerNav current="/seller" />
      <ShopOpenedNotice searchParams={searchParams} />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />

      {shops.length === 0 || !current ? (
        <EmptyState>{t.noShops}</EmptyState>
      ) : (
        <>
          <ShopSwitcher shops={shops} currentId={current.id} href={(id) => link({ shop: id, page: 1 })} />
          {overview ? (
            <ShopOverview overview={overview} />
          ) : (
            <p role="alert" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3 text-base">
              {overviewMessages(locale).unavailable}
            </p>
          )}
          {shops.length > 0 && (
            <section aria-labelledby="shops-heading" className="mb-6">
              <h2 id="shops-heading" className="mb-3 text-xl font-bold">
                {t.myShops}
              </h2>
              <ul className="grid gap-3 sm:grid-cols-2">
                {shops.map((s) => (
                  <li key={s.id}>
                    <ShopCard
                      shop={s}
                      href={link({ shop: s.id, page: 1 })}
                      current={s.id === current.id}
                      t={t}
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}

      <section aria-labelledby="products-heading" className="mt-6">
        <h2 id="products-heading" className="mb-3 text-xl font-bold">
          {t.products} <span className="font-normal text-stone-600">({products.total})</span>
        </h2>
        {shops.length > 1 && (
          <nav className="mb-2 flex gap-2 overflow-x-auto pb-1" aria-label={t.filterByShop}>
            <Link href={link({ shop: undefined, page: 1 })} className={chip(!input.shopId)}>
              {t.allShops}
            </Link>
            {shops.map((s) => (
              <Link key={s.id} href={link({ shop: s.id, page: 1 })} className={chip(input.shopId === s.id)}>
                {s.name}
              </Link>
            ))}
          </nav>
        )}
        <nav className="mb-3 flex gap-2 overflow-x-auto pb-1" aria-label={t.filterByStatus}>
          <Link href={link({ status: undefined, page: 1 })} className={chip(!input.status)}>
            {t.allStatuses}
          </Link>
          {LISTING_STATUSES.map((s) => (
            <Link key={s} href={link({ status: s, page: 1 })} className={chip(input.status === s)}>
              {statusWords[s]}
            </Link>
          ))}
        </nav>
        {products.items.length === 0 ? (
          <EmptyState>{t.noProducts}</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {products.items.map((p) => (
              <li key={p.id}>
                <ProductRow product={p} showShop={shops.length > 1} t={t} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={products.page}
          pageSize={products.pageSize}
          total={products.total}
          href={(page) => link({ page })}
        />
      </section>
    </div>
  );
}
