import { OcopBadge } from "@cho-phien/ui/ocop-badge";
import { formatDateTimeVn } from "@cho-phien/validators/dates";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate, truncate } from "~/i18n/format";
import { getI18n } from "~/i18n/get-i18n";
import { PRODUCT_PHOTO_SIZES, productPhoto } from "~/modules/catalog/product-image";
import { notFoundMetadata } from "~/modules/layout/not-found-metadata";
import type { OcopVerification } from "~/server/api-types";
import { SITE_URL } from "~/server/site-url";
import { findCertificate, verificationPath } from "./load-certificate";
import { ocopMessages } from "./messages";
import { VerificationQr } from "./verification-qr";

type Props = { params: Promise<{ code: string }> };

const STANDING_STYLE: Record<OcopVerification["standing"], { box: string; icon: string }> = {
  valid: { box: "border-green-400 bg-green-50 text-green-900", icon: "✓" },
  expired: { box: "border-stone-400 bg-stone-100 text-stone-900", icon: "!" },
  revoked: { box: "border-red-400 bg-red-50 text-red-900", icon: "✕" },
};

/** Printed codes are easier to read back in groups: "ABCDE F2345". */
function groupCode(code: string): string {
  return code.replace(/(.{5})(?=.)/g, "$1 ");
}

export async function generateOcopMetadata({ params }: Props): Promise<Metadata> {
  const [{ code }, { locale }] = await Promise.all([params, getI18n()]);
  const c = await findCertificate(code);
  if (!c) return notFoundMetadata();
  const m = ocopMessages(locale);
  return {
    title: m.metaTitle(c.product.title),
    description: truncate(m.metaDescription(c.stars, c.decisionNumber, c.issuingAuthority), 160),
    alternates: { canonical: verificationPath(c.code) },
  };
}

/**
 * /ocop/[code]: what a buyer (or an inspector) sees after scanning the QR code on a package. The standing is
 * the API's, computed when the page is requested ("còn hiệu lực" only while verified and unexpired), so the
 * page is rendered per request and never cached: a revocation or an expiry shows at once.
 */
export async function OcopVerificationPage({ params }: Props) {
  const [{ code }, { locale }] = await Promise.all([params, getI18n()]);
  const c = await findCertificate(code);
  if (!c) notFound();
  const m = ocopMessages(locale);
  const url = `${SITE_URL}${verificationPath(c.code)}`;
  const style = STANDING_STYLE[c.standing];
  const standingNote =
    c.standing === "valid"
      ? m.standingNote.valid(formatDate(c.expiresAt, locale))
      : c.standing === "expired"
        ? m.standingNote.expired(formatDate(c.expiresAt, locale))
        : m.standingNote.revoked;
  const details: [string, string | null][] = [
    [m.decisionNumber, c.decisionNumber],
    [m.authority, c.issuingAuthority],
    [m.level, m.levels[c.issuingLevel]],
    [m.signedAt, formatDate(c.signedAt, locale)],
    [m.expiresAt, formatDate(c.expiresAt, locale)],
    [m.producer, c.producer],
    [m.productGroup, c.productGroup],
    [m.traceabilityCode, c.traceabilityCode],
  ];

  return (
    <article className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-xl font-bold">{m.pageTitle}</h1>

      <section
        aria-labelledby="ocop-standing"
        className={`rounded-2xl border-2 p-4 ${style.box}`}
        data-standing={c.standing}
      >
        <p id="ocop-standing" className="flex items-center gap-3 text-2xl font-bold">
          <span
            aria-hidden="true"
            className="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-full border-2 border-current text-xl"
          >
            {style.icon}
          </span>
          {m.standing[c.standing]}
        </p>
        <p className="mt-2 text-base">{standingNote}</p>
        <p className="mt-1 text-sm opacity-80">{m.checkedAt(formatDateTimeVn(c.checkedAt))}</p>
      </section>

      <section aria-labelledby="ocop-product" className="rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="ocop-product" className="text-sm font-semibold text-stone-600">
          {m.product}
        </h2>
        <div className="mt-2 flex gap-3">
          {c.product.slug && c.product.cover ? (
            <img
              {...productPhoto(c.product.slug, c.product.cover, PRODUCT_PHOTO_SIZES)}
              alt={c.product.title}
              className="h-24 w-32 shrink-0 rounded-lg border border-stone-200 bg-stone-100 object-cover"
            />
          ) : null}
          <div className="min-w-0 space-y-1">
            <p className="text-lg font-bold break-words">{c.product.title}</p>
            <OcopBadge stars={c.stars} label={m.ocopBadge(c.stars)} size="md" />
          </div>
        </div>
        {c.product.slug ? (
          <Link
            prefetch={false}
            href={`/p/${c.product.slug}`}
            className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {m.viewProduct}
          </Link>
        ) : (
          <p className="mt-3 text-sm text-stone-700">{m.productNotOnSale}</p>
        )}
        <h2 className="mt-4 text-sm font-semibold text-stone-600">{m.seller}</h2>
        <p className="text-base font-semibold">{c.shop.name}</p>
        <p className="text-sm text-stone-700">
          {c.shop.communeName}, {c.shop.provinceName}
        </p>
        {c.shop.slug ? (
          <Link
            prefetch={false}
            href={`/shop/${c.shop.slug}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {m.viewShop}
          </Link>
        ) : null}
      </section>

      <section
        aria-labelledby="ocop-details"
        className="rounded-2xl border border-amber-300 bg-amber-50/60 p-4"
      >
        <h2 id="ocop-details" className="text-base font-bold">
          {m.certificate}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-base">
          <dt className="text-stone-600">{m.stars}</dt>
          <dd className="font-medium">{m.starsValue(c.stars)}</dd>
          {details
            .filter((d): d is [string, string] => Boolean(d[1]))
            .map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-stone-600">{k}</dt>
                <dd className="font-medium break-words">{v}</dd>
              </div>
            ))}
        </dl>
      </section>

      <section
        aria-labelledby="ocop-qr"
        className="flex flex-col items-center gap-2 rounded-2xl border border-stone-200 bg-white p-4 text-center"
      >
        <h2 id="ocop-qr" className="text-base font-bold">
          {m.qrTitle}
        </h2>
        <VerificationQr url={url} label={m.qrAlt(url)} />
        <p className="text-sm text-stone-700">
          {m.code}:{" "}
          <span className="font-mono text-base font-semibold tracking-wider">{groupCode(c.code)}</span>
        </p>
        <p className="text-sm break-all text-stone-600">{url}</p>
        <p className="text-sm text-stone-700">{m.qrHelp}</p>
      </section>

      <p className="text-sm text-stone-600">{m.howWeCheck}</p>
    </article>
  );
}
