import type { ReactNode } from "react";

/** A step that opens on tap (a <details>, no JavaScript), so a list of rows stays short on a phone. */
export function Disclosure({
  summary,
  danger = false,
  children,
}: {
  summary: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="mt-3">
      <summary
        className={`flex min-h-12 cursor-pointer list-none items-center justify-center rounded-lg border bg-white px-4 text-base font-semibold [&::-webkit-details-marker]:hidden ${
          danger
            ? "border-red-300 text-red-800 hover:bg-red-50"
            : "border-stone-300 text-stone-800 hover:bg-stone-100"
        }`}
      >
        {summary}
      </summary>
      <div className="mt-2 space-y-3">{children}</div>
    </details>
  );
}
