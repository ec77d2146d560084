/**
 * The OCOP star badge. Only render it for a certificate that is verified and unexpired (the API returns
 * stars only in that case); `label` comes from the caller's dictionary ("OCOP 3 sao" / "OCOP 3 stars").
 */
export function OcopBadge({
  stars,
  label,
  size = "sm",
}: {
  stars: number;
  label: string;
  size?: "sm" | "md";
}) {
  const big = size === "md";
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border border-amber-300 bg-amber-50 font-semibold text-amber-900 ${
        big ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs"
      }`}
      title={label}
    >
      <span aria-hidden="true" className="text-amber-600">
        {"★".repeat(stars)}
      </span>
      <span>{label}</span>
    </span>
  );
}
