import { getI18n } from "~/i18n/get-i18n";
import { AddToCartForm } from "~/modules/cart/add-to-cart-form";
import { loadProduct } from "~/modules/product/load-product";
import { generateProductMetadata, ProductPage } from "~/modules/product/product-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateProductMetadata;

type Props = { params: Promise<{ slug: string }> };

/**
 * The product page, with "Thêm vào giỏ" pinned to the bottom of the screen where a thumb reaches it on a
 * phone. loadProduct is cached per request, so this reads the product once.
 */
export default async function Page(props: Props) {
  const [{ slug }, { locale }] = await Promise.all([props.params, getI18n()]);
  const product = await loadProduct(slug);
  return (
    <>
      <ProductPage {...props} />
      <div className="sticky bottom-0 -mx-3 mt-4 border-t border-stone-200 bg-white px-3 py-2 shadow-[0_-2px_8px_rgba(0,0,0,0.08)]">
        <AddToCartForm product={product} locale={locale} />
      </div>
    </>
  );
}
