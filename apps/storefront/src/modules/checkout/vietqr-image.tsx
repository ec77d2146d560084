import { qrSvg } from "@cho-phien/ui/qr-svg";

/** The VietQR payload drawn as an inline SVG on the server: no image request, works on the slowest phone. */
export function VietQrImage({ payload, label }: { payload: string; label: string }) {
  const { size, path } = qrSvg(payload);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width="264"
      height="264"
      shapeRendering="crispEdges"
      className="mx-auto h-auto w-full max-w-[264px] bg-white"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
