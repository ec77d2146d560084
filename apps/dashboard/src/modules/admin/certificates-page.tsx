import { ZVerifiedCertificatesInput } from "@cho-phien/validators/admin";
import { formatDateVn } from "@cho-phien/validators/dates";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { OutcomeNotice } from "~/modules/helpers/outcome-notice";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { revokeCertificateAction } from "./actions";
import { AdminNav } from "./admin-nav";
import { Disclosure } from "./disclosure";
import { adminMessages } from "./messages";
import { adminOutcomeMessage } from "./outcome";
import { ReasonForm } from "./reason-form";

/**
 * /admin/certificates: the OCOP certificates in force (verified), searchable; revoking one takes the badge off
 * the product at once and tells the farm why.
 */
export async function CertificatesPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = adminMessages(locale);
  const parsed = ZVerifiedCertificatesInput.safeParse({
    q: param(searchParams, "q") || undefined,
    page: param(searchParams, "page"),
  });
  const input = parsed.success ? parsed.data : ZVerifiedCertificatesInput.parse({});
  const certificates = await caller.admin.verifiedCertificates(input);
  const query = (page: number) => ({ q: input.q, page: page > 1 ? String(page) : undefined });
  const here = withParams("/admin/certificates", query(input.page));

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.certificatesTitle} subtitle={t.certificatesSubtitle} />
      <AdminNav current="/admin/certificates" />
      <OutcomeNotice notice={adminOutcomeMessage(param(searchParams, "ket-qua"), locale)} />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />
      <form method="get" action="/admin/certificates" role="search" className="mb-4 flex gap-2">
        <label className="sr-only" htmlFor="certificate-search">
          {t.certificateSearchLabel}
        </label>
        <input
          id="certificate-search"
          name="q"
          type="search"
          defaultValue={input.q ?? ""}
          maxLength={100}
          placeholder={t.certificateSearchPlaceholder}
          className="block min-h-12 w-full min-w-0 flex-1 rounded-lg border border-stone-400 bg-white px-3 text-lg"
        />
        <button
          type="submit"
          className="min-h-12 shrink-0 rounded-lg bg-green-700 px-5 text-lg font-semibold text-white"
        >
          {t.search}
        </button>
      </form>
      {certificates.items.length === 0 ? (
        <EmptyState>{t.noCertificates}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {certificates.items.map((c) => (
            <li key={c.id} className="rounded-xl border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 text-lg font-semibold break-words">{c.productTitle}</p>
                <span className="rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-sm font-semibold text-amber-900">
                  <span aria-hidden="true">{"★".repeat(c.stars)} </span>
                  {t.stars(c.stars)}
                </span>
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
                <dt className="text-stone-600">{t.shop}</dt>
                <dd className="break-words">{c.shopName}</dd>
                <dt className="text-stone-600">{t.decision}</dt>
                <dd className="break-words">{c.decisionNumber}</dd>
                <dt className="text-stone-600">{t.authority}</dt>
                <dd className="break-words">{c.issuingAuthority}</dd>
                <dt className="text-stone-600">{t.expires}</dt>
                <dd>{formatDateVn(c.expiresAt)}</dd>
                {c.reviewedAt && (
                  <>
                    <dt className="text-stone-600">{t.verifiedBy}</dt>
                    <dd className="break-words">
                      {formatDateVn(c.reviewedAt)}
                      {c.reviewerName && ` · ${c.reviewerName}`}
                    </dd>
                  </>
                )}
              </dl>
              <Disclosure summary={t.revoke} danger>
                <ReasonForm
                  action={revokeCertificateAction}
                  id={`revoke-${c.id}`}
                  hidden={{ certificateId: c.id }}
                  back={here}
                  warning={t.revokeWarning}
                  submit={t.revoke}
                  danger
                  t={t}
                />
              </Disclosure>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={certificates.page}
        pageSize={certificates.pageSize}
        total={certificates.total}
        href={(page) => withParams("/admin/certificates", query(page))}
      />
    </div>
  );
}
