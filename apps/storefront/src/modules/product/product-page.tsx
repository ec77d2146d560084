import { OcopBadge } from "@cho-phien/ui/ocop-badge";
import { formatVnd } from "@cho-phien/validators/money";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { formatWeight, truncate } from "~/i18n/format";
import { getI18n } from "~/i18n/get-i18n";
import { categoryName } from "~/modules/catalog/category-list";
import { Price } from "~/modules/catalog/price";
import { ProductGrid } from "~/modules/catalog/product-card";
import {
  PRODUCT_PHOTO_SIZES,
  PRODUCT_THUMB_SIZES,
  productImage,
  productPhoto,
} from "~/modules/catalog/product-image";
import { notFoundMetadata } from "~/modules/layout/not-found-metadata";
import { verificationPath } from "~/modules/ocop/load-certificate";
import { ocopMessages } from "~/modules/ocop/messages";
import { scriptNonce } from "~/server/script-nonce";
import { SITE_URL } from "~/server/site-url";
import { findProduct, loadProduct } from "./load-product";
import { OcopCertificate } from "./ocop-certificate";

type Props = { params: Promise<{ slug: string }> };

/** Title, description and Open Graph tags: links to products are shared in Zalo and Facebook groups. */
export async function generateProductMetadata({ params }: Props): Promise<Metadata> {
  const p = await findProduct((await params).slug);
  if (!p) return notFoundMetadata();
  const price = `${formatVnd(p.priceVnd)}/${p.unit}`;
  const ocop = p.ocop ? ` · OCOP ${p.ocop.stars}★` : "";
  const where = [p.origin, p.shop.provinceName].filter(Boolean)[0];
  const description = truncate(
    `${price}${ocop}. ${where ? `${where}. ` : ""}${p.description || p.title} – ${p.shop.name}.`,
    160,
  );
  const title = `${p.title} – ${price}`;
  return {
    title,
    description,
    alternates: { canonical: `/p/${p.slug}` },
    openGraph: {
      type: "website",
      siteName: "Chợ Phiên",
      locale: "vi_VN",
      title,
      description,
      url: `/p/${p.slug}`,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

export async function ProductPage({ params }: Props) {
  const [{ slug }, { t, locale }] = await Promise.all([params, getI18n()]);
  const p = await loadProduct(slug);
  const [cover, ...more] = p.images;
  const image = productImage(p.slug, cover?.path);
  const details: [string, string | null][] = [
    [t.origin, p.origin],
    [t.harvestSeason, p.harvestSeason],
    [t.weight, formatWeight(p.weightGrams, locale)],
    [t.maxPerOrder, `${p.maxPerOrder} ${p.unit}`],
  ];

  return (
    <article className="space-y-6">
      <script
        type="application/ld+json"
        nonce={await scriptNonce()}
        dangerouslySetInnerHTML={{ __html: productJsonLd(p, image) }}
      />
      <Suspense>
        <nav aria-label="breadcrumb" className="text-sm text-stone-600">
          <ol className="flex flex-wrap items-center gap-1">
            <li>
              <Link prefetch={false} href="/" className="inline-flex min-h-11 items-center underline">
                {t.home}
              </Link>
            </li>
            <li aria-hidden="true">›</li>
            <li>
              <Link
                prefetch={false}
                href={`/c/${p.category.slug}`}
                className="inline-flex min-h-11 items-center underline"
              >
                {categoryName(p.category, locale)}
              </Link>
            </li>
          </ol>
        </nav>
      </Suspense>

      <Suspense>
        <div className="grid gap-5 md:grid-cols-2">
          <div className="space-y-2">
            <img
              {...productPhoto(p.slug, cover, PRODUCT_PHOTO_SIZES)}
              alt={cover?.alt || p.title}
              fetchPriority="high"
              className="aspect-[4/3] w-full rounded-2xl border border-stone-200 bg-stone-100 object-cover"
            />
            {more.length > 0 ? (
              <ul className="grid grid-cols-4 gap-2">
                {more.slice(0, 4).map((photo, i) => (
                  <li key={photo.path}>
                    <img
                      {...productPhoto(p.slug, photo, PRODUCT_THUMB_SIZES)}
                      // A photo described only by the listing's title (the default) is told apart by its number.
                      alt={photo.alt && photo.alt !== p.title ? photo.alt : `${p.title} (${i + 2})`}
                      loading="lazy"
                      className="aspect-[4/3] w-full rounded-lg border border-stone-200 object-cover"
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </div>

          <div className="space-y-3">
            <h1 className="text-2xl leading-tight font-bold">{p.title}</h1>
            {p.ocop ? (
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <OcopBadge stars={p.ocop.stars} label={t.ocopBadge(p.ocop.stars)} size="md" />
                <span className="text-stone-700">
                  {t.ocopDecision} {p.ocop.decisionNumber}
                </span>
                {p.ocop.publicCode ? (
                  <Link
                    prefetch={false}
                    href={verificationPath(p.ocop.publicCode)}
                    className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                  >
                    {ocopMessages(locale).verifyLink}
                  </Link>
                ) : null}
              </p>
            ) : null}
            <p className="text-2xl">
              <Price amount={p.priceVnd} unit={p.unit} />
            </p>
            <p className={p.inStock ? "font-semibold text-brand-700" : "font-semibold text-red-700"}>
              {p.inStock ? `${t.inStock} · ${t.inStockCount(p.stock, p.unit)}` : t.outOfStock}
            </p>
            <p className="text-sm text-stone-700">
              {p.rating.average !== null ? t.rating(p.rating.average, p.rating.count) : t.noRatings}
            </p>
            <div className="rounded-xl border border-stone-200 bg-white p-3">
              <p className="text-xs text-stone-600">{t.soldBy}</p>
              <Link
                prefetch={false}
                href={`/shop/${p.shop.slug}`}
                className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-700 underline"
              >
                {p.shop.name}
              </Link>
              <p className="text-sm text-stone-700">
                {p.shop.communeName}, {p.shop.provinceName}
              </p>
            </div>
            <p className="text-sm text-stone-700">{t.payOnDelivery}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-xl border border-stone-200 bg-white p-3 text-sm">
              {details
                .filter((d): d is [string, string] => Boolean(d[1]))
                .map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt className="text-stone-600">{k}</dt>
                    <dd className="font-medium">{v}</dd>
                  </div>
                ))}
            </dl>
          </div>
        </div>
      </Suspense>

      <Suspense>
        {p.description ? (
          <section aria-labelledby="desc-title" className="max-w-3xl">
            <h2 id="desc-title" className="mb-2 text-lg font-bold">
              {t.description}
            </h2>
            <div className="space-y-2 leading-relaxed whitespace-pre-line">{p.description}</div>
          </section>
        ) : null}

        {p.ocop ? (
          <div className="max-w-3xl">
            <OcopCertificate ocop={p.ocop} t={t} locale={locale} />
          </div>
        ) : null}
      </Suspense>

      {p.moreFromShop.length ? (
        <section aria-labelledby="more-title">
          <div className="mb-3 flex items-end justify-between gap-2">
            <h2 id="more-title" className="text-lg font-bold">
              {t.moreFromShop}
            </h2>
            <Link
              prefetch={false}
              href={`/shop/${p.shop.slug}`}
              className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
            >
              {t.visitShop}
            </Link>
          </div>
          <ProductGrid products={p.moreFromShop} t={t} />
        </section>
      ) : null}
    </article>
  );
}

/** schema.org Product with its offer, escaped so a title containing "</script>" cannot break out. */
function productJsonLd(p: Awaited<ReturnType<typeof loadProduct>>, image: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.title,
    description: truncate(p.description || p.title, 500),
    image: `${SITE_URL}${image}`,
    sku: p.slug,
    brand: { "@type": "Brand", name: p.shop.name },
    offers: {
      "@type": "Offer",
      price: p.priceVnd,
      priceCurrency: "VND",
      availability: p.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url: `${SITE_URL}/p/${p.slug}`,
    },
    ...(p.rating.average !== null
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: p.rating.average,
            reviewCount: p.rating.count,
          },
        }
      : {}),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
