"use client";

/** Anything unexpected: a calm message and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="mx-auto max-w-md rounded-xl border border-red-200 bg-white p-5 text-center">
      <h1 className="text-xl font-bold">Hệ thống đang bận</h1>
      <p className="mt-2 text-base text-stone-700">Vui lòng thử lại sau ít phút.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-5 min-h-12 w-full rounded-lg bg-green-700 px-4 text-lg font-semibold text-white"
      >
        Thử lại
      </button>
    </section>
  );
}
