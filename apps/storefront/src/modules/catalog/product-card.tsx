import { OcopBadge } from "@cho-phien/ui/ocop-badge";
import Link from "next/link";
import type { Messages } from "~/i18n/dictionary";
import type { ProductCard as TProductCard } from "~/server/api-types";
import { Price } from "./price";
import { CARD_SIZES, productPhoto } from "./product-image";

/**
 * One product in a grid. The picture is decorative here (the title right below names the product), hence
 * alt="". Only the first cards of a page load eagerly; the rest wait until scrolled near.
 */
export function ProductCard({
  product,
  t,
  eager = false,
  priority = false,
}: {
  product: TProductCard;
  t: Messages;
  eager?: boolean;
  /** The likely largest paint of the page: fetch it before anything else. */
  priority?: boolean;
}) {
  return (
    <li>
      <Link
        href={`/p/${product.slug}`}
        prefetch={false}
        className="flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition hover:border-brand-600"
      >
        <img
          {...productPhoto(product.slug, product.image, CARD_SIZES)}
          alt=""
          loading={eager ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : undefined}
          decoding="async"
          className="aspect-[4/3] w-full bg-stone-100 object-cover"
        />
        <div className="flex flex-1 flex-col gap-1 p-2.5">
          <h3 className="line-clamp-2 text-[0.95rem] font-medium leading-snug">{product.title}</h3>
          <Price amount={product.priceVnd} unit={product.unit} />
          {product.ocopStars ? (
            <span>
              <OcopBadge stars={product.ocopStars} label={t.ocopBadge(product.ocopStars)} />
            </span>
          ) : null}
          <p className="mt-auto pt-1 text-xs text-stone-600">
            {product.provinceName} · {product.shopName}
          </p>
          {product.inStock ? null : <p className="text-xs font-semibold text-red-700">{t.outOfStock}</p>}
        </div>
      </Link>
    </li>
  );
}

export function ProductGrid({
  products,
  t,
  eagerCount = 0,
}: {
  products: TProductCard[];
  t: Messages;
  eagerCount?: number;
}) {
  if (!products.length) return <p className="py-6 text-stone-600">{t.emptyList}</p>;
  // Deliberately not wrapped in <Suspense>: a grid is well over React's 500-byte outlining limit, so inside a
  // boundary its finished HTML was sent after the footer and revealed ~300 ms after first paint, moving the
  // footer and pagination (CLS 0.31 on /search at 100k products). In the shell it paints in place.
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <ProductCard
          key={p.id}
          product={p}
          t={t}
          eager={i < eagerCount}
          priority={i === 0 && eagerCount > 0}
        />
      ))}
    </ul>
  );
}
