import { STOREFRONT_URL } from "~/server/storefront";

/** What a signed-in buyer sees here: this site is the farms' back office; shopping is on the storefront. */
export function BuyerNotice() {
  return (
    <section className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-5 text-center">
      <h1 className="text-xl font-bold">Khu vực này dành cho nhà vườn</h1>
      <p className="mt-3 text-base text-stone-700">
        Trang quản lý dùng cho nhà vườn, tổ công nghệ số cộng đồng, cán bộ duyệt OCOP và quản trị viên. Tài
        khoản của bạn là tài khoản người mua.
      </p>
      <p className="mt-2 text-sm text-stone-500">This area is for farms. Your account is a buyer account.</p>
      <a
        href={STOREFRONT_URL}
        className="mt-5 flex min-h-12 items-center justify-center rounded-lg bg-green-700 px-4 text-lg font-semibold text-white hover:bg-green-800"
      >
        Đi đến Chợ Phiên để mua hàng
      </a>
      <p className="mt-4 text-sm text-stone-600">
        Muốn bán hàng? Mở gian hàng của bạn ngay tại đây (tổ công nghệ số ở thôn, xã có thể giúp). Được nhà
        vườn mời giúp bán hàng? Xem lời mời.
      </p>
      <div className="mt-3 grid gap-2">
        <a
          href="/mo-gian-hang"
          className="flex min-h-12 items-center justify-center rounded-lg border border-green-700 px-4 text-lg font-semibold text-green-800 hover:bg-green-50"
        >
          Mở gian hàng
        </a>
        <a
          href="/loi-moi"
          className="flex min-h-12 items-center justify-center rounded-lg border border-stone-300 px-4 text-base hover:bg-stone-100"
        >
          Lời mời giúp nhà vườn
        </a>
      </div>
    </section>
  );
}
