import Link from "next/link";
import type { MyShop } from "~/server/api-types";

/** One shop the user manages, with what needs attention (waiting for review, sent back for changes). */
export function ShopCard({ shop, href }: { shop: MyShop; href: string }) {
  return (
    <Link
      href={href}
      className="block rounded-xl border border-stone-200 bg-white p-4 hover:border-green-700"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-bold leading-snug">{shop.name}</h3>
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${
            shop.relation === "owner" ? "bg-green-100 text-green-900" : "bg-violet-100 text-violet-900"
          }`}
        >
          {shop.relation === "owner" ? "Chủ gian hàng" : "Hỗ trợ gian hàng"}
        </span>
      </div>
      <p className="mt-1 text-base text-stone-600">
        {shop.communeName}, {shop.provinceName}
      </p>
      {shop.relation === "helper" && (
        <p className="mt-1 text-sm text-stone-600">Của {shop.ownerName} (đã đồng ý cho bạn hỗ trợ)</p>
      )}
      {!shop.active && <p className="mt-1 text-sm font-semibold text-red-800">Gian hàng đang tạm ẩn</p>}
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-base">
        <div className="flex gap-1">
          <dt className="text-stone-600">Sản phẩm:</dt>
          <dd className="font-semibold">{shop.productCount}</dd>
        </div>
        {shop.submittedCount > 0 && (
          <div className="flex gap-1">
            <dt className="text-stone-600">Chờ duyệt:</dt>
            <dd className="font-semibold">{shop.submittedCount}</dd>
          </div>
        )}
        {shop.changesRequestedCount > 0 && (
          <div className="flex gap-1 text-amber-900">
            <dt>Cần sửa:</dt>
            <dd className="font-semibold">{shop.changesRequestedCount}</dd>
          </div>
        )}
      </dl>
    </Link>
  );
}
