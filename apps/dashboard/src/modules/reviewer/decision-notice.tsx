import type { DecisionFormState } from "./form-state";

/** A decision form's refusal, right under it; when the item moved, a link to read it again. */
export function DecisionNotice({
  state,
  reloadHref,
  reloadLabel,
}: {
  state: DecisionFormState;
  reloadHref: string;
  reloadLabel: string;
}) {
  if (!state.message) return null;
  return (
    <div role="alert" className="mt-3 rounded-lg border border-red-300 bg-red-50 p-3 text-base text-red-900">
      <p>{state.message}</p>
      {state.reload && (
        <a
          href={reloadHref}
          className="mt-2 inline-flex min-h-12 items-center rounded-lg border border-red-300 bg-white px-4 font-semibold"
        >
          {reloadLabel}
        </a>
      )}
    </div>
  );
}
