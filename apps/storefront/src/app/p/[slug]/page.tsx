import { getI18n } from "~/i18n/get-i18n";
import { AddToCartForm } from "~/modules/cart/add-to-cart-form";
import { ProductRatings } from "~/modules/orders/product-ratings";
import { loadProduct } from "~/modules/product/load-product";
import { generateProductMetadata, ProductPage } from "~/modules/product/product-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateProductMetadata;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The product page, with "Thêm vào giỏ" pinned to the bottom of the screen where a thumb reaches it on a
 * phone. loadProduct is cached per request, so this reads the product once.
 */
export default async function Page(props: Props) {
  const [{ slug }, { locale }, query] = await Promise.all([props.params, getI18n(), props.searchParams]);
  const product = await loadProduct(slug);
  // ?danh-gia=N pages through buyers' ratings; anything that is not a small positive integer means page 1.
  const ratingsPage = Math.min(Math.max(Number.parseInt(String(query["danh-gia"] ?? "1"), 10) || 1, 1), 100);
  return (
    <>
      <ProductPage params={props.params} />
      <div className="mt-6">
        <ProductRatings
          productId={product.id}
          locale={locale}
          page={ratingsPage}
          moreHref={(n) => `?danh-gia=${n}#danh-gia`}
        />
      </div>
      <div className="sticky bottom-0 -mx-3 mt-4 border-t border-stone-200 bg-white px-3 py-2 shadow-[0_-2px_8px_rgba(0,0,0,0.08)]">
        <AddToCartForm product={product} locale={locale} />
      </div>
    </>
  );
}
