"use client";

import { useEffect } from "react";

/**
 * Anything unexpected (database down, a bug) lands here instead of a bare 500 page. Client components cannot
 * read the locale cookie on the server, so the message is Vietnamese with English underneath. The link home
 * works even with JavaScript off; the retry button needs it.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-md py-10 text-center" role="alert">
      <h1 className="text-xl font-bold">Ôi, đã có lỗi xảy ra</h1>
      <p className="mt-2 text-stone-700">
        Chợ Phiên đang gặp trục trặc tạm thời. Bạn vui lòng thử lại sau ít phút, đơn hàng và giỏ hàng của bạn
        vẫn được giữ nguyên.
      </p>
      <p className="mt-2 text-sm text-stone-600" lang="en">
        Something went wrong on our side. Please try again in a moment.
      </p>
      <div className="mt-5 flex justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white"
        >
          Thử lại
        </button>
        <a
          href="/"
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-5 font-semibold"
        >
          Về trang chủ
        </a>
      </div>
    </div>
  );
}
