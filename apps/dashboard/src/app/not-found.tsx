import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-5 text-center">
      <h1 className="text-xl font-bold">Không tìm thấy trang này</h1>
      <p className="mt-2 text-sm text-stone-500">Page not found.</p>
      <Link
        href="/"
        className="mt-5 flex min-h-12 items-center justify-center rounded-lg bg-green-700 px-4 text-lg font-semibold text-white"
      >
        Về trang của tôi
      </Link>
    </section>
  );
}
