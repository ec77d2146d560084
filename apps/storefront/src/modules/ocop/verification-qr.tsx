import { qrSvg } from "@cho-phien/ui/qr-svg";

/**
 * The QR code of a verification page, drawn on the server as one SVG path (no image request, no JavaScript).
 * It holds the page's absolute URL, so any phone camera opens it; printed on packaging, it leads here.
 */
export function VerificationQr({ url, label }: { url: string; label: string }) {
  const { size, path } = qrSvg(url);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={192}
      height={192}
      shapeRendering="crispEdges"
      className="h-48 w-48 rounded-lg border border-stone-200 bg-white"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
