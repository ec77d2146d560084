/**
 * Where photo bytes live: local disk by default, an S3-compatible bucket in production (storage-from-env.ts).
 * Keys are ids the server generates (never a name the user chose), checked by isStorageKey before any use.
 */
export interface ImageStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored object, or null when there is none under that key. */
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null>;
}

/**
 * A generated key: lowercase letters, digits and dashes, one extension ("ab12-640.webp"). No slashes, no dots.
 * PDFs exist only as certificate scans, under their own prefix ("cert-<24 hex>.pdf", see store-certificate-scan.ts).
 */
const STORAGE_KEY = /^(?:[a-z0-9][a-z0-9-]{0,99}\.(?:webp|jpg|png)|cert-[a-f0-9]{24}\.pdf)$/;

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

/** The content type of a key's extension (local disk stores bytes only). */
export function contentTypeOfKey(key: string): string {
  if (key.endsWith(".webp")) return "image/webp";
  if (key.endsWith(".png")) return "image/png";
  if (key.endsWith(".pdf")) return "application/pdf";
  return "image/jpeg";
}
