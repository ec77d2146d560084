import Link from "next/link";

/** A signed-in user opened an area their role does not grant (HTTP 403, via `forbidden()`). */
export default function Forbidden() {
  return (
    <section className="mx-auto max-w-md rounded-xl border border-amber-300 bg-amber-50 p-5 text-center">
      <p className="text-sm font-semibold text-amber-800">Lỗi 403</p>
      <h1 className="mt-1 text-xl font-bold">Bạn không có quyền vào khu vực này</h1>
      <p className="mt-3 text-base text-stone-700">
        Tài khoản của bạn không được cấp quyền cho trang này. Nếu bạn nghĩ đây là nhầm lẫn, hãy liên hệ quản
        trị viên.
      </p>
      <p className="mt-2 text-sm text-stone-500">You do not have access to this area.</p>
      <Link
        href="/"
        className="mt-5 flex min-h-12 items-center justify-center rounded-lg bg-green-700 px-4 text-lg font-semibold text-white"
      >
        Về trang của tôi
      </Link>
    </section>
  );
}
