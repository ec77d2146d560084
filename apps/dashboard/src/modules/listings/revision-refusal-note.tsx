import { getLocale } from "~/i18n/get-locale";
import type { MyProduct } from "~/server/api-types";
import { listingsMessages } from "./messages";

/**
 * Why a reviewer sent back or rejected the farm's edits to a listing on sale ("Bản chỉnh sửa bị trả lại: …").
 * The listing itself stays approved, so its status badge cannot say it: without this the farm never learns
 * why its change did not show. `detailed` (the edit page) adds what to do next. Reads the language itself, so
 * the product list can place it without passing the locale down.
 */
export async function RevisionRefusalNote({
  refusal,
  detailed = false,
  className = "p-2",
}: {
  refusal: NonNullable<MyProduct["revisionRefusal"]>;
  detailed?: boolean;
  /** Spacing where it is placed (margin and padding). */
  className?: string;
}) {
  const t = listingsMessages(await getLocale());
  return (
    <div className={`rounded-lg bg-amber-50 text-base text-amber-900 ${className}`}>
      <p className="break-words whitespace-pre-line">
        <span className="font-semibold">
          {t.revisionRefused[refusal.decision]}
          {refusal.note ? ":" : "."}
        </span>
        {refusal.note && ` ${refusal.note}`}
      </p>
      {detailed && <p className="mt-1 text-sm">{t.revisionRefusedHint[refusal.decision]}</p>}
    </div>
  );
}
