import { randomBytes } from "node:crypto";
import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import { badRequest, DomainError } from "../../errors";
import type { ImageStorage } from "./image-storage";
import { MAX_UPLOAD_BYTES } from "./process-image";
import { mediaPath, storeUpload } from "./store-upload";

export const PDF_MIME = "application/pdf";

export const SCAN_TOO_LARGE_MESSAGE = "Tệp quá lớn (tối đa 10 MB)";
export const SCAN_UNSUPPORTED_MESSAGE = "Chỉ nhận ảnh chụp (JPEG, PNG, WebP) hoặc tệp PDF";
export const BROKEN_PDF_MESSAGE = "Tệp PDF bị hỏng hoặc chưa tải lên hết, vui lòng chọn lại";

/** "%PDF-": every PDF starts with it. Judged from the bytes, never from the file name or the browser's type. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";
}

/** A whole PDF ends with "%%EOF" (readers look for it in the last 1024 bytes); a cut-off upload does not. */
function endsLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes("%%EOF");
}

export interface StoredScan {
  id: string;
  /** The served path, e.g. "/media/cert-3f….pdf" or a photo's largest copy "/media/3f…-1280.webp". */
  url: string;
  mime: string;
}

/**
 * Stores the scan of an OCOP certificate a farm uploads, owned by the uploader. A photo of it goes through
 * the product photo pipeline (storeUpload: checked, turned upright, re-encoded, no EXIF). A PDF is kept as it
 * is, since re-rendering it would need a PDF engine on the server: it is accepted only when its first bytes
 * say PDF and it is at most 10 MB, and it is stored under its own key prefix ("cert-<hex>.pdf") that only this
 * function writes, so a PDF can never take the place of a photo. The media route serves it as
 * application/pdf, never sniffed (http/media-handler.ts). Anything else, an HTML page renamed .pdf included,
 * is refused.
 */
export async function storeCertificateScan(
  db: DbTx,
  storage: ImageStorage,
  owner: UserActor,
  bytes: Uint8Array,
): Promise<StoredScan> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw badRequest(SCAN_TOO_LARGE_MESSAGE, "TOO_LARGE");
  if (!isPdf(bytes)) {
    try {
      const photo = await storeUpload(db, storage, owner, bytes);
      return { id: photo.id, url: photo.url, mime: "image/webp" };
    } catch (e) {
      // The photo pipeline's own words name only image types; a scan may also be a PDF.
      if (e instanceof DomainError && e.reason === "UNSUPPORTED_TYPE") {
        throw badRequest(SCAN_UNSUPPORTED_MESSAGE, "UNSUPPORTED_TYPE");
      }
      throw e;
    }
  }
  if (!endsLikePdf(bytes)) throw badRequest(BROKEN_PDF_MESSAGE, "BROKEN_IMAGE");
  const key = `cert-${randomBytes(12).toString("hex")}.pdf`;
  await storage.put(key, bytes, PDF_MIME);
  const row = await db.upload.create({
    // A document has no pixel size: 0 × 0, and no resized copies.
    data: {
      ownerId: owner.id,
      path: mediaPath(key),
      mime: PDF_MIME,
      width: 0,
      height: 0,
      bytes: bytes.byteLength,
    },
    select: { id: true, path: true },
  });
  return { id: row.id, url: row.path, mime: PDF_MIME };
}
