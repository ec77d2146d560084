import { ROLES } from "@cho-phien/auth/roles";
import { formatDateVn } from "@cho-phien/validators/dates";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { USER_SEARCH_MAX, ZListUsersInput } from "@cho-phien/validators/users";
import { getLocale } from "~/i18n/get-locale";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { OutcomeNotice } from "~/modules/helpers/outcome-notice";
import { getCaller, getCurrentUser } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { banUserAction, changeRoleAction, unbanUserAction } from "./actions";
import { AdminNav } from "./admin-nav";
import { Disclosure } from "./disclosure";
import { adminMessages } from "./messages";
import { adminOutcomeMessage } from "./outcome";
import { ReasonForm } from "./reason-form";

const ROLE_CLASS = {
  buyer: "bg-stone-100 text-stone-800",
  seller: "bg-green-100 text-green-900",
  reviewer: "bg-sky-100 text-sky-900",
  admin: "bg-violet-100 text-violet-900",
} as const;

/**
 * Admin's list of accounts: one search box (name with or without tones, or part of a phone number), and per
 * account, behind one tap, a role change and a ban (or unban), each with its reason.
 */
export async function UserList({ searchParams }: { searchParams: SearchParams }) {
  const [caller, me, locale] = await Promise.all([getCaller(), getCurrentUser(), getLocale()]);
  const t = adminMessages(locale);
  const parsed = ZListUsersInput.safeParse({
    q: param(searchParams, "q") || undefined,
    page: param(searchParams, "page"),
  });
  const input = parsed.success ? parsed.data : ZListUsersInput.parse({});
  const users = await caller.users.list(input);
  const here = withParams("/admin", { q: input.q, page: input.page > 1 ? String(input.page) : undefined });

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t.usersTitle} subtitle={t.usersCount(users.total)} />
      <AdminNav current="/admin" />
      <OutcomeNotice notice={adminOutcomeMessage(param(searchParams, "ket-qua"), locale)} />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />
      <form method="get" action="/admin" role="search" className="mb-4 flex gap-2">
        <label className="sr-only" htmlFor="user-search">
          {t.userSearchLabel}
        </label>
        <input
          id="user-search"
          name="q"
          type="search"
          defaultValue={input.q ?? ""}
          maxLength={USER_SEARCH_MAX}
          placeholder={t.userSearchPlaceholder}
          className="block min-h-12 w-full min-w-0 flex-1 rounded-lg border border-stone-400 bg-white px-3 text-lg"
        />
        <button
          type="submit"
          className="min-h-12 shrink-0 rounded-lg bg-green-700 px-5 text-lg font-semibold text-white"
        >
          {t.search}
        </button>
      </form>
      {users.items.length === 0 ? (
        <EmptyState>{t.noUsers}</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {users.items.map((u) => {
            const self = u.id === me?.id;
            return (
              <li key={u.id} className="p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-lg font-semibold break-words">
                      {u.name}
                      {self && <span className="font-normal text-stone-600"> ({t.you})</span>}
                    </p>
                    <p className="text-base text-stone-700">
                      {u.phoneNumber ? formatVnPhone(u.phoneNumber) : t.noPhone}
                      <span className="text-stone-500"> · {t.since(formatDateVn(u.createdAt))}</span>
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {u.banned && (
                      <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-sm font-semibold text-red-900">
                        {t.banned}
                      </span>
                    )}
                    <span
                      className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${ROLE_CLASS[u.role]}`}
                    >
                      {t.roles[u.role]}
                    </span>
                  </div>
                </div>
                {self ? (
                  <p className="mt-2 text-sm text-stone-600">{t.selfRoleNote}</p>
                ) : (
                  <Disclosure summary={t.manageUser}>
                    <ReasonForm
                      action={changeRoleAction}
                      id={`role-${u.id}`}
                      hidden={{ userId: u.id }}
                      back={here}
                      submit={t.changeRole}
                      t={t}
                    >
                      <label htmlFor={`role-${u.id}-select`} className="block text-base font-medium">
                        {t.roleLabel}
                      </label>
                      <select
                        id={`role-${u.id}-select`}
                        name="role"
                        defaultValue={u.role}
                        className="block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base"
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t.roles[r]}
                          </option>
                        ))}
                      </select>
                    </ReasonForm>
                    {u.banned ? (
                      <ReasonForm
                        action={unbanUserAction}
                        id={`unban-${u.id}`}
                        hidden={{ userId: u.id }}
                        back={here}
                        warning={t.unbanHeading}
                        submit={t.unban}
                        t={t}
                      />
                    ) : (
                      <ReasonForm
                        action={banUserAction}
                        id={`ban-${u.id}`}
                        hidden={{ userId: u.id }}
                        back={here}
                        warning={t.banWarning}
                        submit={t.ban}
                        danger
                        t={t}
                      />
                    )}
                  </Disclosure>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination
        page={users.page}
        pageSize={users.pageSize}
        total={users.total}
        href={(page) => withParams("/admin", { q: input.q, page: page > 1 ? String(page) : undefined })}
      />
    </div>
  );
}
