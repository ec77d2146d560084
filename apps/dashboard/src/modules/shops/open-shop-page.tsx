import type { SessionUser } from "@cho-phien/auth";
import { can } from "@cho-phien/auth/roles";
import { BANKS } from "@cho-phien/validators/banks";
import { formatVnPhone } from "@cho-phien/validators/phone";
import { PROVINCES, provinceByCode } from "@cho-phien/validators/provinces";
import { ZShopPhotoUploadId } from "@cho-phien/validators/shops";
import { getLocale } from "~/i18n/get-locale";
import { InputErrors } from "~/modules/common/notices";
import { PageHeader } from "~/modules/common/page-header";
import { isPhotoOutcome, photoOutcomeMessage } from "~/modules/photos/outcome";
import { SellerNav } from "~/modules/seller/seller-nav";
import { getCaller } from "~/server/caller";
import { param, type SearchParams, withParams } from "~/server/search-params";
import { STOREFRONT_URL } from "~/server/storefront";
import { shopsMessages } from "./messages";
import { OpenShopForm } from "./open-shop-form";

/** The query parameter of step 1: the chosen province's code (`?tinh=22`). */
export const PROVINCE_PARAM = "tinh";

/** Where the shop photo's plain form comes back with the new upload's id (see /api/uploads?anh-gian-hang). */
const PHOTO_PARAM = "anh";

/**
 * /mo-gian-hang — any signed-in user opens a farm's shop, in two steps that work without JavaScript:
 * 1. choose the province (a GET form: the page reloads with ?tinh=22);
 * 2. choose the ward/commune from that province's official list, then the rest (a server action); the shop
 *    photo first, by its own form (without JavaScript the page reloads with `?anh=<upload id>`).
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
  const locale = await getLocale();
  const t = shopsMessages(locale);
  // Only its shape here; whose upload it is, shops.open checks (a refusal comes back as the form's message).
  const photo = ZShopPhotoUploadId.safeParse(param(searchParams, PHOTO_PARAM));
  const outcome = param(searchParams, "ket-qua");

  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t.pageTitle} subtitle={t.pageSubtitle} />
      {can(user.role, "shop:manage") && <SellerNav current="/mo-gian-hang" />}
      <InputErrors messages={chosen && !province ? [t.badProvince] : null} />

      <section aria-labelledby="buoc-1" className="mb-6 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="buoc-1" className="mb-3 text-lg font-bold">
          {t.step1}
        </h2>
        <form method="get" action="/mo-gian-hang" className="space-y-3">
          <label htmlFor="tinh" className="block text-base font-medium">
            {t.provinceLabel}
          </label>
          <select
            id="tinh"
            name={PROVINCE_PARAM}
            required
            defaultValue={province?.code ?? ""}
            className="block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg"
          >
            <option value="">{t.chooseProvince}</option>
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
            {province ? t.changeProvince : t.continue}
          </button>
        </form>
      </section>

      {province && (
        <section aria-labelledby="buoc-2" className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="buoc-2" className="mb-3 text-lg font-bold">
            {t.step2}
          </h2>
          <OpenShopForm
            provinceCode={province.code}
            provinceName={province.name}
            wards={wards}
            banks={BANKS.map((b) => ({ bin: b.bin, shortName: b.shortName }))}
            defaultPhone={user.phoneNumber ? formatVnPhone(user.phoneNumber) : ""}
            locale={locale}
            photoUploadId={photo.success ? photo.data : undefined}
            photoNotice={isPhotoOutcome(outcome) ? photoOutcomeMessage(outcome, locale) : null}
            photoBack={withParams("/mo-gian-hang", { [PROVINCE_PARAM]: province.code })}
            storefrontUrl={STOREFRONT_URL}
          />
          <p className="mt-4 text-sm text-stone-600">{t.afterOpening}</p>
        </section>
      )}
    </div>
  );
}
