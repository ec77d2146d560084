import { badRequest, DomainError } from "../../errors";

/** A photo larger than this is refused: a phone's own camera JPEG is 2–6 MB, the browser sends ~300 KB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The stored widths; a smaller photo is stored at its own width instead of being enlarged. */
export const VARIANT_WIDTHS = [320, 640, 1280] as const;

/** Decoding a 10 MB PNG of a huge blank canvas would take gigabytes: more pixels than this are refused. */
export const MAX_INPUT_PIXELS = 64_000_000;

export type ImageKind = "jpeg" | "png" | "webp";

/** The photo's type from its first bytes (never from its name or the header the browser sent). */
export function detectImageType(bytes: Uint8Array): ImageKind | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return "png";
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  return null;
}

export interface ProcessedVariant {
  width: number;
  height: number;
  bytes: Buffer;
}

export const UNSUPPORTED_IMAGE_MESSAGE = "Chỉ nhận ảnh JPEG, PNG hoặc WebP";
export const TOO_LARGE_MESSAGE = "Ảnh quá lớn (tối đa 10 MB)";
export const BROKEN_IMAGE_MESSAGE = "Ảnh bị hỏng hoặc chưa tải lên hết, vui lòng chụp hoặc chọn lại";

/**
 * Checks an uploaded photo and makes the copies the shop shows: type by magic bytes (JPEG, PNG, WebP only: an
 * SVG, HTML or HEIC file is refused), at most 10 MB, decodable to the end. Each copy is turned upright from
 * the EXIF orientation and re-encoded as WebP with no metadata at all (no EXIF, no GPS position of the farm).
 * Smallest first.
 */
export async function processImage(
  bytes: Uint8Array,
): Promise<{ source: ImageKind; variants: ProcessedVariant[] }> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw badRequest(TOO_LARGE_MESSAGE, "TOO_LARGE");
  const source = detectImageType(bytes);
  if (!source) throw badRequest(UNSUPPORTED_IMAGE_MESSAGE, "UNSUPPORTED_TYPE");
  // Loaded on first use: pages that only serve photos never load the native image library.
  const { default: sharp } = await import("sharp");
  const input = () =>
    // "error" refuses truncated and corrupt data but tolerates the harmless warnings many phone JPEGs carry.
    sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS, pages: 1 });
  try {
    const meta = await input().metadata();
    if (meta.format !== source || !meta.width || !meta.height) {
      throw badRequest(BROKEN_IMAGE_MESSAGE, "BROKEN_IMAGE");
    }
    // Orientations 5–8 are stored sideways: width and height swap once the photo is turned upright.
    const uprightWidth = (meta.orientation ?? 1) >= 5 ? meta.height : meta.width;
    const widths: number[] = VARIANT_WIDTHS.filter((w) => w < uprightWidth);
    if (uprightWidth <= VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]) widths.push(uprightWidth);
    const variants: ProcessedVariant[] = [];
    for (const width of widths) {
      const { data, info } = await input()
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 78, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: info.height, bytes: data });
    }
    return { source, variants };
  } catch (e) {
    if (e instanceof DomainError) throw e;
    // libvips says why ("premature end of JPEG file", "pixel limit exceeded"); the farmer needs only this.
    throw badRequest(BROKEN_IMAGE_MESSAGE, "BROKEN_IMAGE");
  }
}
