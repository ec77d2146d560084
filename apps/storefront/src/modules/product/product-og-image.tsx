import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatVnd } from "@cho-phien/validators/money";
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { productImage } from "~/modules/catalog/product-image";
import { findProduct } from "./load-product";

export const OG_SIZE = { width: 1200, height: 630 };

/**
 * The picture Zalo and Facebook show for a shared product link. Their crawlers do not read SVG, so the
 * listing's SVG is drawn onto a 1200×630 PNG with the price and OCOP stars beside it.
 *
 * Text is limited to what the font bundled with next/og covers (Latin with Vietnamese letters): for any other
 * glyph (₫, ★) satori would try to download a font from Google, which a server here must never do. Hence
 * "120.000đ" and stars drawn as SVG.
 */
export async function productOgImage({ params }: { params: Promise<{ slug: string }> }) {
  const p = await findProduct((await params).slug);
  if (!p) notFound();
  const src = await imageDataUrl(productImage(p.slug, p.images[0]?.path));
  return new ImageResponse(
    <div
      style={{ display: "flex", width: "100%", height: "100%", background: "#f0fdf4", alignItems: "center" }}
    >
      {src ? (
        <img src={src} width={760} height={570} alt="" style={{ marginLeft: 30, borderRadius: 32 }} />
      ) : null}
      <div style={{ display: "flex", flexDirection: "column", marginLeft: 40, gap: 24, color: "#14532d" }}>
        <div style={{ fontSize: 64, fontWeight: 700 }}>{priceText(p.priceVnd)}</div>
        <div style={{ fontSize: 40, color: "#44403c" }}>{`/ ${p.unit}`}</div>
        {p.ocop ? (
          <div
            style={{
              display: "flex",
              fontSize: 40,
              color: "#78350f",
              background: "#fffbeb",
              border: "3px solid #fcd34d",
              borderRadius: 999,
              padding: "8px 24px",
              alignItems: "center",
              gap: 6,
            }}
          >
            <span>OCOP</span>
            {Array.from({ length: p.ocop.stars }, (_, i) => (
              <Star key={i} />
            ))}
          </div>
        ) : null}
        <div style={{ fontSize: 44, fontWeight: 700, color: "#166534" }}>Chợ Phiên</div>
      </div>
    </div>,
    { ...OG_SIZE, headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" } },
  );
}

/** "120.000đ": the common written form, in glyphs the bundled font has. */
function priceText(vnd: number): string {
  return `${formatVnd(vnd).replace(/[^\d.]/g, "")}đ`;
}

function Star() {
  return (
    <svg width="36" height="36" viewBox="0 0 24 24" aria-hidden="true">
      <path fill="#d97706" d="M12 2l2.9 6.9 7.1.6-5.4 4.7 1.6 7L12 17.5 5.8 21.2l1.6-7L2 9.5l7.1-.6z" />
    </svg>
  );
}

/** The listing's picture from /public as a data URL; only paths under /img/, never anything a URL could escape to. */
async function imageDataUrl(src: string): Promise<string | null> {
  if (!/^\/img\/[a-z0-9/_-]+\.(svg|png|jpe?g|webp)$/.test(src)) return null;
  const mime = src.endsWith(".svg")
    ? "image/svg+xml"
    : src.endsWith(".png")
      ? "image/png"
      : src.endsWith(".webp")
        ? "image/webp"
        : "image/jpeg";
  try {
    const data = await readFile(path.join(process.cwd(), "public", src));
    return `data:${mime};base64,${data.toString("base64")}`;
  } catch {
    return null;
  }
}
