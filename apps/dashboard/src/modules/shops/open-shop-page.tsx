import type { SessionUser } from "@cho-phien/auth";
import { can } from "@cho-phien/auth/roles";
import { BANKS } from "@cho-phien/validators/banks";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { PROVINCES, provinceByCode } from "@cho-phien/validators/provinces";
import { InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { SellerNav } from "~/modules/seller/seller-nav";
import { getCaller } from "~/server/caller";
import { param, type SearchParams } from "~/server/search-params";
import { OpenShopForm } from "./open-shop-form";

/** The query parameter of step 1: the chosen province's code (`?tinh=22`). */
export const PROVINCE_PARAM = "tinh";

/**
 * /mo-gian-hang — any signed-in user opens a farm's shop, in two steps that work without JavaScript:
 * 1. choose the province (a GET form: the page reloads with ?tinh=22);
 * 2. choose the ward/commune from that province's official list, then the rest (a server action).
 */
export async function OpenShopPage({
  user,
  searchParams,
}: {
  user: SessionUser;
  searchParams: SearchParams;
}) {
  const chosen = param(searchParams, PROVINCE_PARAM);
  const province = chosen ? provinceByCode(chosen) : undefined;
  const wards = province ? await (await getCaller()).shops.wards({ provinceCode: province.code }) : [];

  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="Mở gian hàng" subtitle="Bán nông sản của nhà vườn, hợp tác xã trên Chợ Phiên." />
      {can(user.role, "shop:manage") && <SellerNav current="/mo-gian-hang" />}
      <InputErrors
        messages={chosen && !province ? ["Tỉnh/thành phố không hợp lệ, vui lòng chọn lại."] : null}
      />

      <section aria-labelledby="buoc-1" className="mb-6 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="buoc-1" className="mb-3 text-lg font-bold">
          Bước 1: Tỉnh/thành phố
        </h2>
        <form method="get" action="/mo-gian-hang" className="space-y-3">
          <label htmlFor="tinh" className="block text-base font-medium">
            Gian hàng ở tỉnh/thành phố
          </label>
          <select
            id="tinh"
            name={PROVINCE_PARAM}
            required
            defaultValue={province?.code ?? ""}
            className="block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg"
          >
            <option value="">— Chọn tỉnh/thành phố —</option>
            {PROVINCES.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="flex min-h-12 w-full items-center justify-center rounded-lg border border-green-700 bg-white px-4 text-lg font-semibold text-green-800 hover:bg-green-50"
          >
            {province ? "Đổi tỉnh/thành phố" : "Tiếp tục"}
          </button>
        </form>
      </section>

      {province && (
        <section aria-labelledby="buoc-2" className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="buoc-2" className="mb-3 text-lg font-bold">
            Bước 2: Thông tin gian hàng
          </h2>
          <OpenShopForm
            provinceCode={province.code}
            provinceName={province.name}
            wards={wards}
            banks={BANKS.map((b) => ({ bin: b.bin, shortName: b.shortName }))}
            defaultPhone={user.phoneNumber ? formatVnPhone(user.phoneNumber) : ""}
          />
          <p className="mt-4 text-sm text-stone-600">
            Người mua thấy gian hàng khi có sản phẩm đã được duyệt. Sau khi mở, hãy thêm sản phẩm đầu tiên.
          </p>
        </section>
      )}
    </div>
  );
}
