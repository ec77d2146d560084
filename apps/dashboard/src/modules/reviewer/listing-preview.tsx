import type { Locale } from "@cho-phien/ui/locale";
import { OcopBadge } from "@cho-phien/ui/ocop-badge";
import { photoAttrs } from "@cho-phien/ui/photo-attrs";
import { formatVnd } from "@cho-phien/validators/money";
import type { ReviewItem } from "~/server/api-types";
import { storefrontImage } from "~/server/storefront";
import type { ReviewerMessages } from "./messages";

/**
 * The listing as a buyer sees it on the product page: photos, name, price, the selling details and the
 * description as typed (plain text, line breaks kept). For a revision, this is the version on sale now.
 */
export function ListingPreview({
  item,
  t,
  locale,
}: {
  item: ReviewItem;
  t: ReviewerMessages;
  locale: Locale;
}) {
  const l = item.listing;
  const n = (v: number) => v.toLocaleString("vi-VN");
  return (
    <section aria-labelledby="preview" className="rounded-xl border border-stone-200 bg-white p-3 sm:p-4">
      <h2 id="preview" className="mb-2 text-sm font-semibold tracking-wide text-stone-600 uppercase">
        {item.kind === "revision" ? t.previewRevisionTitle : t.previewTitle}
      </h2>
      {l.images.length > 0 ? (
        <ul className="-mx-1 flex snap-x gap-2 overflow-x-auto px-1 pb-2">
          {l.images.map((photo, idx) => (
            <li key={photo.path} className="shrink-0 snap-start">
              <img
                {...photoAttrs(photo, {
                  sizes: "240px",
                  fallback: { width: 240, height: 240 },
                  url: storefrontImage,
                })}
                alt={photo.alt || t.photoAlt(l.title, idx + 1)}
                loading={idx === 0 ? "eager" : "lazy"}
                decoding="async"
                className="size-60 max-w-[80vw] rounded-lg bg-stone-200 object-cover"
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-2 rounded-lg bg-stone-100 p-4 text-center text-base text-stone-600">
          {t.photoCount(0)}
        </p>
      )}
      <p className="text-sm text-stone-600">{locale === "en" ? l.category.nameEn : l.category.name}</p>
      <h3 className="text-xl leading-snug font-bold break-words">{l.title}</h3>
      {l.ocopBadgeStars !== null && (
        <p className="mt-1">
          <OcopBadge stars={l.ocopBadgeStars} label={t.ocopBadge(l.ocopBadgeStars)} size="md" />
        </p>
      )}
      <p className="mt-2 text-lg">
        <span className="text-2xl font-bold text-green-900">{formatVnd(l.priceVnd)}</span>
        <span className="text-stone-600"> {t.perUnit(l.unit)}</span>
        {l.compareAtPriceVnd !== null && (
          <span className="ml-2 text-base text-stone-500">
            <span className="sr-only">{t.compareAt}: </span>
            <s>{formatVnd(l.compareAtPriceVnd)}</s>
          </span>
        )}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-base text-stone-700">
        <li>{t.stock(n(l.stock))}</li>
        <li>{t.maxPerOrder(l.maxPerOrder)}</li>
        <li>{t.weight(n(l.weightGrams))}</li>
      </ul>
      {(l.origin || l.harvestSeason) && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
          {l.origin && (
            <>
              <dt className="text-stone-600">{t.origin}</dt>
              <dd className="break-words">{l.origin}</dd>
            </>
          )}
          {l.harvestSeason && (
            <>
              <dt className="text-stone-600">{t.harvestSeason}</dt>
              <dd className="break-words">{l.harvestSeason}</dd>
            </>
          )}
        </dl>
      )}
      <p className="mt-3 text-base break-words whitespace-pre-line">{l.description || t.noDescription}</p>
    </section>
  );
}
