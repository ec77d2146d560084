"use client";

import { type ReactNode, useActionState } from "react";
import { EMPTY_QUICK_STATE, type QuickActionState } from "./form-state";

/**
 * A small form for one quick action on the product list. It posts to a server action, so it works without
 * JavaScript; a refusal (bad number, listing changed) is shown right under the form.
 */
export function QuickActionForm({
  action,
  children,
  className,
  label,
}: {
  action: (prev: QuickActionState, fd: FormData) => Promise<QuickActionState>;
  children: ReactNode;
  className?: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_QUICK_STATE);
  return (
    <form action={formAction} className={className} aria-label={label} aria-busy={pending}>
      {children}
      {state.message && (
        <p role="alert" className="mt-1 basis-full text-base font-medium text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
