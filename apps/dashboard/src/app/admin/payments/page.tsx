import { formatDateTimeVn } from "@cho-phien/validators/dates";
import { formatVnd } from "@cho-phien/validators/money";
import { ZOrderCode } from "@cho-phien/validators/orders";
import { formatVnPhone } from "@cho-phien/validators/phone";
import type { Metadata } from "next";
import { EmptyState } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { getCaller } from "~/server/caller";
import { requirePermission } from "~/server/guard";
import { markTransferReceivedAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chuyển khoản chờ xác nhận" };

const OUTCOME: Record<string, { ok: boolean; text: (code: string) => string }> = {
  paid: { ok: true, text: (c) => `Đã ghi nhận chuyển khoản cho ${c}. Các đơn đã chuyển đến nhà vườn.` },
  already_paid: { ok: true, text: (c) => `${c} đã được ghi nhận trước đó, không có gì thay đổi.` },
  paid_after_cancel: {
    ok: false,
    text: (c) => `${c} đã hết hạn hoặc bị hủy: tiền đã được ghi nhận và cần hoàn lại cho người mua.`,
  },
  amount_mismatch: { ok: false, text: (c) => `${c}: số tiền không khớp, chưa ghi nhận.` },
  not_found: { ok: false, text: (c) => `Không tìm thấy ${c}.` },
  forbidden: { ok: false, text: () => "Bạn không có quyền xác nhận thanh toán." },
  invalid: { ok: false, text: () => "Mã đơn không hợp lệ." },
  error: { ok: false, text: () => "Có lỗi xảy ra, vui lòng thử lại." },
};

/**
 * /admin/payments: VietQR transfers still awaited, oldest first. The admin compares each transfer note and
 * amount with the platform's bank statement and presses "Đã nhận tiền"; the orders then go to the farms.
 * (A bank webhook — payOS, SePay — would do the same call automatically.)
 */
export default async function PendingTransfersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("payment:confirm", "/admin/payments");
  const [params, api] = await Promise.all([searchParams, getCaller()]);
  const transfers = await api.orders.pendingTransfers();
  const outcome = typeof params["ket-qua"] === "string" ? OUTCOME[params["ket-qua"]] : undefined;
  const code = ZOrderCode.safeParse(params.ma);
  const notice = outcome ? outcome.text(code.success ? code.data : "") : null;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Chuyển khoản chờ xác nhận"
        subtitle="Đối chiếu nội dung chuyển khoản (mã đơn) và số tiền với sao kê ngân hàng trước khi xác nhận."
      />
      {notice ? (
        <p
          role={outcome?.ok ? "status" : "alert"}
          className={`mb-4 rounded-lg border p-3 ${
            outcome?.ok
              ? "border-green-300 bg-green-50 text-green-900"
              : "border-amber-300 bg-amber-50 text-amber-900"
          }`}
        >
          {notice}
        </p>
      ) : null}
      <form
        action={markTransferReceivedAction}
        className="mb-4 flex flex-wrap items-end gap-2 rounded-xl border border-stone-200 bg-white p-3"
      >
        <label className="grow space-y-1 text-sm font-medium">
          <span>Chuyển khoản không có trong danh sách (đến muộn, sau khi đơn hết hạn)? Nhập mã đơn:</span>
          <input
            name="checkoutCode"
            required
            maxLength={40}
            placeholder="CP251129K7M2QX"
            autoCapitalize="characters"
            spellCheck={false}
            className="h-11 w-full rounded-lg border border-stone-300 px-2 font-mono text-base uppercase"
          />
        </label>
        <button
          type="submit"
          className="h-11 rounded-lg border-2 border-green-700 px-4 font-semibold text-green-800"
        >
          Đã nhận tiền
        </button>
      </form>
      {transfers.length === 0 ? (
        <EmptyState>Không có chuyển khoản nào đang chờ.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {transfers.map((t) => (
            <li key={t.checkoutCode} className="rounded-xl border border-stone-200 bg-white p-3">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-stone-600">Nội dung CK</dt>
                  <dd className="font-mono text-base font-bold">{t.transferNote ?? t.checkoutCode}</dd>
                  <dt className="text-stone-600">Số tiền</dt>
                  <dd className="text-base font-bold">{formatVnd(t.amountVnd)}</dd>
                  <dt className="text-stone-600">Người mua</dt>
                  <dd>{formatVnPhone(t.buyerPhone)}</dd>
                  <dt className="text-stone-600">Nhà vườn</dt>
                  <dd>{t.shops.join(", ")}</dd>
                  <dt className="text-stone-600">Đặt lúc</dt>
                  <dd>
                    {formatDateTimeVn(t.createdAt)}
                    {t.expiresAt ? ` · hết hạn ${formatDateTimeVn(t.expiresAt)}` : ""}
                  </dd>
                </dl>
                <form action={markTransferReceivedAction}>
                  <input type="hidden" name="checkoutCode" value={t.checkoutCode} />
                  <button
                    type="submit"
                    className="h-11 rounded-lg bg-green-700 px-4 font-semibold text-white hover:bg-green-800"
                  >
                    Đã nhận tiền
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
