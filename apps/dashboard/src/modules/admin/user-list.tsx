import { formatDateVn } from "@cho-phien/validators/dates";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { USER_SEARCH_MAX, ZListUsersInput } from "@cho-phien/validators/users";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { ROLE_LABELS } from "~/server/areas";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";

const ROLE_CLASS = {
  buyer: "bg-stone-100 text-stone-800",
  seller: "bg-green-100 text-green-900",
  reviewer: "bg-sky-100 text-sky-900",
  admin: "bg-violet-100 text-violet-900",
} as const;

/** Admin's list of accounts: one search box (name with or without tones, or part of a phone number). */
export async function UserList({ searchParams }: { searchParams: SearchParams }) {
  const caller = await getCaller();
  const parsed = ZListUsersInput.safeParse({
    q: param(searchParams, "q") || undefined,
    page: param(searchParams, "page"),
  });
  const input = parsed.success ? parsed.data : ZListUsersInput.parse({});
  const users = await caller.users.list(input);

  return (
    <div>
      <PageHeader title="Người dùng" subtitle={`${users.total.toLocaleString("vi-VN")} tài khoản`} />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />
      <form method="get" action="/admin" role="search" className="mb-4 flex gap-2">
        <label className="sr-only" htmlFor="user-search">
          Tìm theo tên hoặc số điện thoại
        </label>
        <input
          id="user-search"
          name="q"
          type="search"
          defaultValue={input.q ?? ""}
          maxLength={USER_SEARCH_MAX}
          placeholder="Tên hoặc số điện thoại"
          className="block min-h-12 w-full min-w-0 flex-1 rounded-lg border border-stone-400 bg-white px-3 text-lg"
        />
        <button
          type="submit"
          className="min-h-12 shrink-0 rounded-lg bg-green-700 px-5 text-lg font-semibold text-white"
        >
          Tìm
        </button>
      </form>
      {users.items.length === 0 ? (
        <EmptyState>Không tìm thấy tài khoản nào.</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {users.items.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <p className="text-lg font-semibold break-words">{u.name}</p>
                <p className="text-base text-stone-700">
                  {u.phoneNumber ? formatVnPhone(u.phoneNumber) : "Chưa có số điện thoại"}
                  <span className="text-stone-500"> · từ {formatDateVn(u.createdAt)}</span>
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                {u.banned && (
                  <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-sm font-semibold text-red-900">
                    Đã khoá
                  </span>
                )}
                <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${ROLE_CLASS[u.role]}`}>
                  {ROLE_LABELS[u.role]}
                </span>
              </div>
              {/* Later issues add role changes and bans here. */}
            </li>
          ))}
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
