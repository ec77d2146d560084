import { getLocale } from "~/i18n/get-locale";
import { EmptyState } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { SellerNav } from "~/modules/seller/seller-nav";
import { getCaller } from "~/server/caller";
import { scriptNonce } from "~/server/script-nonce";
import { listingDraftKey, listingDraftScript } from "./draft-script";
import { ListingForm } from "./listing-form";
import { listingsMessages } from "./messages";

const FORM_ID = "listing-form";

/** /seller/listings/new: a new listing, saved as a draft first. */
export async function NewListingPage({ shopId }: { shopId?: string }) {
  const [api, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = listingsMessages(locale);
  const [shops, categories] = await Promise.all([api.shops.mine(), api.catalog.categories()]);
  return (
    <div>
      <PageHeader title={t.newTitle} subtitle={t.newSubtitle} />
      <SellerNav current="/seller/listings/new" />
      {shops.length === 0 ? (
        <EmptyState>{t.noShop}</EmptyState>
      ) : (
        <>
          <ListingForm
            formId={FORM_ID}
            mode="create"
            initial={{
              shopId: shops.some((s) => s.id === shopId) ? (shopId as string) : shops[0].id,
              unit: "kg",
              maxPerOrder: "50",
              "ocop.issuingLevel": "province",
            }}
            shops={shops.map((s) => ({ id: s.id, name: s.name }))}
            categories={categories.map((c) => ({ slug: c.slug, name: c.name }))}
            approved={false}
            canSubmit
            locale={locale}
          />
          <script
            nonce={await scriptNonce()}
            dangerouslySetInnerHTML={{
              __html: listingDraftScript({
                formId: FORM_ID,
                key: listingDraftKey(null),
                version: "new",
                clearKeys: [],
              }),
            }}
          />
        </>
      )}
    </div>
  );
}
