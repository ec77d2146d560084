/** The result of the last helper form, from a fixed word in the URL (see ./outcome). */
export function OutcomeNotice({ notice }: { notice: { ok: boolean; text: string } | null }) {
  if (!notice) return null;
  return (
    <p
      role={notice.ok ? "status" : "alert"}
      className={`mb-4 rounded-lg border p-3 text-base ${
        notice.ok
          ? "border-green-300 bg-green-50 text-green-900"
          : "border-amber-300 bg-amber-50 text-amber-900"
      }`}
    >
      {notice.text}
    </p>
  );
}
