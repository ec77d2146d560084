import { isTrpcError } from "@cho-phien/ui/trpc-errors";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { truncate } from "~/i18n/format";
import { getI18n } from "~/i18n/get-i18n";
import { ProductGrid } from "~/modules/catalog/product-card";
import { notFoundMetadata } from "~/modules/layout/not-found-metadata";
import { Pagination } from "~/modules/search/pagination";
import { readSearchParams } from "~/modules/search/search-params";
import { getCaller } from "~/server/caller";

/** The shop photo's box: 16:9, as wide as the largest stored copy. */
const SHOP_PHOTO_WIDTH = 1280;
const SHOP_PHOTO_HEIGHT = 720;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The shop and one page of its approved listings, or null (unknown, closed or malformed slug). */
const findShop = cache(async (slug: string, page: string | undefined) => {
  const caller = await getCaller();
  try {
    return await caller.shops.bySlug({ slug, page: page ?? 1 });
  } catch (e) {
    if (isTrpcError(e, "NOT_FOUND") || isTrpcError(e, "BAD_REQUEST")) return null;
    throw e;
  }
});

async function load({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  // A malformed page number (an old or hand-edited link) shows page 1 rather than a 404.
  const asked = readSearchParams(raw).page;
  const page = asked && /^[1-9]\d{0,2}$/.test(asked) ? asked : undefined;
  return { shop: await findShop(slug, page), page };
}

export async function generateShopMetadata(props: Props): Promise<Metadata> {
  const { shop } = await load(props);
  if (!shop) return notFoundMetadata();
  const place = `${shop.communeName}, ${shop.provinceName}`;
  return {
    title: `${shop.name} – ${place}`,
    description: truncate(
      shop.story || `${shop.name}, ${place}. ${shop.products.total} sản phẩm trên Chợ Phiên.`,
      160,
    ),
    alternates: { canonical: `/shop/${shop.slug}` },
    openGraph: {
      title: shop.name,
      description: truncate(shop.story || place, 160),
      url: `/shop/${shop.slug}`,
      ...(shop.photoPath ? { images: [shop.photoPath] } : {}),
    },
  };
}

export async function ShopPage(props: Props) {
  const [{ shop: found, page }, { t }] = await Promise.all([load(props), getI18n()]);
  // notFound() only here, in the page render: thrown from metadata it yields an empty, script-only 404.
  const shop = found ?? notFound();
  return (
    <div className="space-y-6">
      <section className="rounded-2xl border border-stone-200 bg-white p-4">
        {shop.photoPath ? (
          // The farm's own photo (a 1280 px WebP copy at most). Decorative: the heading right below names the
          // shop. width/height reserve its 16:9 box before it loads, so nothing below jumps.
          <img
            src={shop.photoPath}
            alt=""
            width={SHOP_PHOTO_WIDTH}
            height={SHOP_PHOTO_HEIGHT}
            fetchPriority="high"
            decoding="async"
            className="mb-3 aspect-video w-full rounded-xl bg-stone-100 object-cover"
          />
        ) : null}
        <h1 className="text-2xl font-bold">{shop.name}</h1>
        <p className="text-stone-700">
          {shop.communeName}, {shop.provinceName}
        </p>
        <p className="text-sm text-stone-600">{t.shopSince(shop.createdAt.getFullYear())}</p>
        {shop.story ? (
          <p className="mt-3 max-w-3xl leading-relaxed whitespace-pre-line">{shop.story}</p>
        ) : null}
      </section>
      <section aria-labelledby="shop-products">
        <h2 id="shop-products" className="mb-1 text-lg font-bold">
          {t.shopProducts}
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          {shop.products.totalIsCapped
            ? t.resultsCountMore(shop.products.total)
            : t.productCount(shop.products.total)}
        </p>
        <ProductGrid products={shop.products.items} t={t} eagerCount={2} />
        <Pagination
          path={`/shop/${shop.slug}`}
          params={page ? { page } : {}}
          page={shop.products.page}
          pageCount={shop.products.pageCount}
          t={t}
        />
      </section>
    </div>
  );
}
