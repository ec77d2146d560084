import { PROVINCES } from "@cho-phien/validators/provinces";
import { ZSubmittedListingsInput } from "@cho-phien/validators/reviews";
import { EmptyState, InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { Pagination } from "~/modules/common/pagination";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { ListingCard } from "./listing-card";

/** The OCOP reviewer's queue: submitted listings, oldest first, with the certificate each one claims. */
export async function ReviewQueue({ searchParams }: { searchParams: SearchParams }) {
  const caller = await getCaller();
  const parsed = ZSubmittedListingsInput.safeParse({
    province: param(searchParams, "province") || undefined,
    page: param(searchParams, "page"),
  });
  const input = parsed.success ? parsed.data : ZSubmittedListingsInput.parse({});
  const queue = await caller.reviews.submittedListings(input);

  return (
    <div>
      <PageHeader
        title="Tin chờ duyệt"
        subtitle={`${queue.total} tin đăng đang chờ, tin gửi sớm nhất ở trên`}
      />
      <InputErrors
        messages={parsed.success ? null : [...new Set(parsed.error.issues.map((i) => i.message))]}
      />
      <form method="get" action="/reviewer" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="flex-1">
          <span className="mb-1 block text-base font-semibold">Tỉnh/thành</span>
          <select
            name="province"
            defaultValue={input.province ?? ""}
            className="block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-lg"
          >
            <option value="">Tất cả tỉnh/thành</option>
            {PROVINCES.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="min-h-12 rounded-lg bg-green-700 px-5 text-lg font-semibold text-white"
        >
          Lọc
        </button>
      </form>
      {queue.items.length === 0 ? (
        <EmptyState>Không có tin nào đang chờ duyệt.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {queue.items.map((l) => (
            <li key={l.id}>
              <ListingCard listing={l} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={queue.page}
        pageSize={queue.pageSize}
        total={queue.total}
        href={(page) =>
          withParams("/reviewer", { province: input.province, page: page > 1 ? String(page) : undefined })
        }
      />
    </div>
  );
}
