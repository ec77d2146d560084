import Link from "next/link";

/** The farm's screens, in the order a farmer needs them. Each page marks itself current. */
export const SELLER_SCREENS = [
  { href: "/seller", label: "Sản phẩm" },
  { href: "/seller/orders", label: "Đơn hàng" },
  { href: "/seller/listings/new", label: "＋ Thêm sản phẩm" },
  { href: "/seller/helpers", label: "Người giúp" },
  { href: "/mo-gian-hang", label: "Mở gian hàng" },
] as const;

export type SellerScreen = (typeof SELLER_SCREENS)[number]["href"];

/** One row of large links under the page title; scrolls sideways on a 360 px screen instead of wrapping. */
export function SellerNav({ current }: { current: SellerScreen }) {
  return (
    <nav aria-label="Quản lý gian hàng" className="mb-4 flex gap-2 overflow-x-auto pb-1">
      {SELLER_SCREENS.map((s) => (
        <Link
          key={s.href}
          href={s.href}
          aria-current={s.href === current ? "page" : undefined}
          className={`flex min-h-12 items-center rounded-lg border px-4 text-base whitespace-nowrap ${
            s.href === current
              ? "border-green-700 bg-green-700 font-semibold text-white"
              : "border-stone-300 bg-white hover:bg-stone-100"
          }`}
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
