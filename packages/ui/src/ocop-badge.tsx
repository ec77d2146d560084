/**
 * The OCOP star badge. Only render it for a certificate that is verified and unexpired (the API returns
 * stars only in that case). `label` comes from the caller's dictionary ("OCOP 3 sao" / "OCOP 3 stars"):
 * the small badge (product cards, ~140 px wide on a 360 px phone) shows stars and "OCOP" and keeps the full
 * label for screen readers; the medium one spells it out.
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
  const md = size === "md";
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border border-amber-300 bg-amber-50 font-semibold whitespace-nowrap text-amber-900 ${
        md ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs"
      }`}
      title={label}
    >
      <span aria-hidden="true" className="tracking-tight text-amber-700">
        {"★".repeat(stars)}
      </span>
      {md ? <span>{label}</span> : <span aria-hidden="true">OCOP</span>}
      {md ? null : <span className="sr-only">{label}</span>}
    </span>
  );
}
