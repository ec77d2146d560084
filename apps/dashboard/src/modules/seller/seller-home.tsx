import { LISTING_STATUSES, ZMyProductsInput } from "@cho-phien/validators/listings";
import Link from "next/link";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { LISTING_STATUS } from "~/modules/common/status-badge";
import { ShopOpenedNotice } from "~/modules/shops/shop-opened-notice";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { ProductRow } from "./product-row";
import { SellerNav } from "./seller-nav";
import { ShopCard } from "./shop-card";

/** The farmer's home: their shops (own or helped), then their products with status, price and stock. */
export async function SellerHome({ searchParams }: { searchParams: SearchParams }) {
  const caller = await getCaller();
  const raw = {
    shopId: param(searchParams, "shop"),
    status: param(searchParams, "status"),
    page: param(searchParams, "page"),
  };
  const parsed = ZMyProductsInput.safeParse(raw);
  const input = parsed.success ? parsed.data : ZMyProductsInput.parse({});
  const [shops, products] = await Promise.all([caller.shops.mine(), caller.listings.mine(input)]);
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
      <PageHeader title="Gian hàng của tôi" subtitle="Sản phẩm, giá và hàng còn trong kho" />
      <SellerNav current="/seller" />
      <ShopOpenedNotice searchParams={searchParams} />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />

      {shops.length === 0 ? (
        <EmptyState>
          Bạn chưa quản lý gian hàng nào. Tổ công nghệ số ở thôn, xã có thể giúp bạn mở gian hàng.
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {shops.map((s) => (
            <li key={s.id}>
              <ShopCard shop={s} href={link({ shop: s.id, page: 1 })} />
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="products-heading" className="mt-6">
        <h2 id="products-heading" className="mb-3 text-xl font-bold">
          Sản phẩm <span className="font-normal text-stone-600">({products.total})</span>
        </h2>
        {shops.length > 1 && (
          <nav className="mb-2 flex gap-2 overflow-x-auto pb-1" aria-label="Lọc theo gian hàng">
            <Link href={link({ shop: undefined, page: 1 })} className={chip(!input.shopId)}>
              Mọi gian hàng
            </Link>
            {shops.map((s) => (
              <Link key={s.id} href={link({ shop: s.id, page: 1 })} className={chip(input.shopId === s.id)}>
                {s.name}
              </Link>
            ))}
          </nav>
        )}
        <nav className="mb-3 flex gap-2 overflow-x-auto pb-1" aria-label="Lọc theo trạng thái">
          <Link href={link({ status: undefined, page: 1 })} className={chip(!input.status)}>
            Tất cả
          </Link>
          {LISTING_STATUSES.map((s) => (
            <Link key={s} href={link({ status: s, page: 1 })} className={chip(input.status === s)}>
              {LISTING_STATUS[s].label}
            </Link>
          ))}
        </nav>
        {products.items.length === 0 ? (
          <EmptyState>Chưa có sản phẩm nào ở đây.</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {products.items.map((p) => (
              <li key={p.id}>
                <ProductRow product={p} showShop={shops.length > 1} />
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
