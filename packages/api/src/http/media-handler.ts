import { getLogger } from "@cho-phien/config/logger";
import type { ImageStorage } from "../services/uploads/image-storage";
import { contentTypeOfKey, isStorageKey } from "../services/uploads/image-storage";
import { getImageStorage } from "../services/uploads/storage-from-env";

/** A stored photo never changes under its key (a new photo gets a new key), so browsers keep it for a year. */
export const MEDIA_CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * A certificate scan (a PDF, stored only under "cert-…" keys after a magic-byte check): shown in the browser's
 * own PDF viewer under a fixed, harmless file name. The type is fixed and never sniffed, so the bytes are never
 * read as a page of this site. No sandboxing CSP here: Chrome's built-in PDF viewer will not open in a
 * document sandboxed that way, and the viewer runs apart from the site's pages anyway.
 */
const PDF_HEADERS = { "content-disposition": 'inline; filename="chung-nhan-ocop.pdf"' };

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * GET /media/<key>: a stored photo from storage (local disk or the bucket). Only generated keys are looked up
 * (anything else, a path with slashes or "..", is a 404 without touching storage). The type is the key's, never
 * sniffed, and a sandboxing CSP keeps even a mislabelled file inert.
 */
export async function mediaResponse(
  request: Request,
  key: string | string[],
  opts: { storage?: ImageStorage } = {},
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response(null, { status: 405, headers: { allow: "GET, HEAD" } });
  }
  const name = Array.isArray(key) ? (key.length === 1 ? key[0]! : "") : key;
  if (!isStorageKey(name)) return notFound();
  let found: Awaited<ReturnType<ImageStorage["get"]>>;
  try {
    found = await (opts.storage ?? getImageStorage()).get(name);
  } catch (err) {
    getLogger().error({ err, key: name }, "media storage failed");
    return new Response("Unavailable", { status: 503, headers: { "retry-after": "5" } });
  }
  if (!found) return notFound();
  const type = contentTypeOfKey(name);
  return new Response(request.method === "HEAD" ? null : (found.bytes as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: {
      "content-type": type,
      "content-length": String(found.bytes.byteLength),
      "cache-control": MEDIA_CACHE_CONTROL,
      "x-content-type-options": "nosniff",
      ...(type === "application/pdf"
        ? PDF_HEADERS
        : { "content-security-policy": "default-src 'none'; sandbox" }),
    },
  });
}
