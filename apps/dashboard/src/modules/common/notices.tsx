import type { ReactNode } from "react";

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-stone-300 bg-white p-5 text-center text-base text-stone-600">
      {children}
    </div>
  );
}

/** Bad query parameters (a hand-edited URL): say what was wrong, show the default list below. */
export function InputErrors({ messages }: { messages: string[] | null }) {
  if (!messages?.length) return null;
  return (
    <div
      role="alert"
      className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-base text-amber-900"
    >
      {messages.join(" ")}
    </div>
  );
}
