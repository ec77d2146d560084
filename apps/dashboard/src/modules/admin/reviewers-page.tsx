import { ZReviewersInput } from "@cho-phien/validators/admin";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { PROVINCES, provinceByCode, type Region } from "@cho-phien/validators/provinces";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { OutcomeNotice } from "~/modules/helpers/outcome-notice";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { setReviewerProvincesAction } from "./actions";
import { AdminNav } from "./admin-nav";
import { Disclosure } from "./disclosure";
import { adminMessages } from "./messages";
import { adminOutcomeMessage } from "./outcome";
import { ReasonForm } from "./reason-form";

const REGIONS: Region[] = ["north", "central", "south"];

/**
 * /admin/reviewers: each OCOP reviewer with the provinces they review, and a form of 34 large checkboxes
 * (grouped by region) that saves the whole set with a reason.
 */
export async function ReviewersPage({ searchParams }: { searchParams: SearchParams }) {
  const [caller, locale] = await Promise.all([getCaller(), getLocale()]);
  const t = adminMessages(locale);
  const parsed = ZReviewersInput.safeParse({ page: param(searchParams, "page") });
  const input = parsed.success ? parsed.data : ZReviewersInput.parse({});
  const reviewers = await caller.admin.reviewers(input);
  const here = withParams("/admin/reviewers", { page: input.page > 1 ? String(input.page) : undefined });

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.reviewersTitle} subtitle={t.reviewersSubtitle} />
      <AdminNav current="/admin/reviewers" />
      <OutcomeNotice notice={adminOutcomeMessage(param(searchParams, "ket-qua"), locale)} />
      {reviewers.items.length === 0 ? (
        <EmptyState>{t.noReviewers}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {reviewers.items.map((r) => {
            const assigned = new Set(r.provinceCodes);
            return (
              <li key={r.id} className="rounded-xl border border-stone-200 bg-white p-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-lg font-semibold break-words">{r.name}</p>
                    <p className="text-base text-stone-700">
                      {r.phoneNumber ? formatVnPhone(r.phoneNumber) : t.noPhone}
                    </p>
                  </div>
                  {r.banned && (
                    <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-sm font-semibold text-red-900">
                      {t.banned}
                    </span>
                  )}
                </div>
                <p className="mt-2 text-base">
                  <span className="font-medium">{t.provincesOf(r.provinceCodes.length)}</span>
                  {r.provinceCodes.length > 0 && (
                    <span className="text-stone-700">
                      : {r.provinceCodes.map((c) => provinceByCode(c)?.name ?? c).join(", ")}
                    </span>
                  )}
                </p>
                <Disclosure summary={t.provincesLegend}>
                  <ReasonForm
                    action={setReviewerProvincesAction}
                    id={`provinces-${r.id}`}
                    hidden={{ userId: r.id }}
                    back={here}
                    submit={t.saveProvinces}
                    t={t}
                  >
                    <fieldset>
                      <legend className="text-base font-medium">{t.provincesLegend}</legend>
                      {REGIONS.map((region) => (
                        <div key={region} className="mt-2">
                          <p className="text-sm font-semibold text-stone-600">{t.regions[region]}</p>
                          <div className="grid grid-cols-1 gap-1 min-[360px]:grid-cols-2">
                            {PROVINCES.filter((p) => p.region === region).map((p) => (
                              <label
                                key={p.code}
                                className="flex min-h-11 items-center gap-2 rounded-lg px-2 text-base hover:bg-white"
                              >
                                <input
                                  type="checkbox"
                                  name="provinceCodes"
                                  value={p.code}
                                  defaultChecked={assigned.has(p.code)}
                                  className="size-6 shrink-0 accent-green-700"
                                />
                                {p.name}
                              </label>
                            ))}
                          </div>
                        </div>
                      ))}
                    </fieldset>
                  </ReasonForm>
                </Disclosure>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination
        page={reviewers.page}
        pageSize={reviewers.pageSize}
        total={reviewers.total}
        href={(page) => withParams("/admin/reviewers", { page: page > 1 ? String(page) : undefined })}
      />
    </div>
  );
}
