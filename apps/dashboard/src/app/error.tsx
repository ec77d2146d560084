"use client";

import { parseLocale } from "@cho-phien/ui/locale";
import { useSyncExternalStore } from "react";
import { layoutMessages } from "~/modules/layout/messages";

const noChanges = () => () => {};

/**
 * Anything unexpected: a calm message and a retry, never a stack trace. A client component cannot read the
 * cookie on the server, so it takes the language from `<html lang>`, which the root layout set from it; the
 * server's copy is Vietnamese and switches once the page is live (the retry button needs JavaScript anyway).
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const locale = useSyncExternalStore(
    noChanges,
    () => parseLocale(document.documentElement.lang),
    () => "vi" as const,
  );
  const t = layoutMessages(locale);
  return (
    <section className="mx-auto max-w-md rounded-xl border border-red-200 bg-white p-5 text-center">
      <h1 className="text-xl font-bold">{t.errorTitle}</h1>
      <p className="mt-2 text-base text-stone-700">{t.errorBody}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-5 min-h-12 w-full rounded-lg bg-green-700 px-4 text-lg font-semibold text-white"
      >
        {t.retry}
      </button>
    </section>
  );
}
