import { storefrontImage } from "~/server/storefront";

/** A small square photo from the storefront, or a neutral box when the listing has none yet. */
export function ProductThumb({ image, size = 72 }: { image: string | null; size?: number }) {
  if (!image) {
    return (
      <div
        className="flex shrink-0 items-center justify-center rounded-lg bg-stone-200 text-xs text-stone-500"
        style={{ width: size, height: size }}
      >
        Chưa có ảnh
      </div>
    );
  }
  return (
    // Plain <img>: the picture lives on the storefront's origin and is already sized there; lazy so a long
    // list does not pull every photo over a slow connection.
    <img
      src={storefrontImage(image)}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      className="shrink-0 rounded-lg bg-stone-200 object-cover"
      style={{ width: size, height: size }}
    />
  );
}
