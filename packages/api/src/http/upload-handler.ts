import { can } from "@cho-phien/auth";
import { getLogger } from "@cho-phien/config/logger";
import { safeLocalPath } from "@cho-phien/validators/safe-path";
import { MAX_LISTING_PHOTOS } from "@cho-phien/validators/uploads";
import { DomainError } from "../errors";
import { createCaller } from "../root";
import type { ImageStorage } from "../services/uploads/image-storage";
import { MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE } from "../services/uploads/process-image";
import { getImageStorage } from "../services/uploads/storage-from-env";
import { storeCertificateScan } from "../services/uploads/store-certificate-scan";
import { storeUpload } from "../services/uploads/store-upload";
import { type Context, createContext } from "../trpc";

/** The photo plus the multipart envelope (boundaries, headers, a small form field or two). */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 256 * 1024;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });

const error = (status: number, message: string) => json(status, { message });

class TooLarge extends Error {}

/** The request body, refusing (without reading on) once it passes `limit` bytes, whatever Content-Length said. */
async function readCapped(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new TooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A browser form posted from another site carries its Origin: only this site's own pages may upload. */
function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === "null";
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** `?anh-gian-hang`: the photo of a shop being opened on /mo-gian-hang (see uploadImageResponse). */
export const SHOP_PHOTO_PARAM = "anh-gian-hang";

/** `?chung-nhan=<productId>`: the scan (photo or PDF, file field `scan`) of that listing's OCOP certificate. */
export const CERTIFICATE_SCAN_PARAM = "chung-nhan";

/**
 * POST multipart/form-data with one file field `photo`, from a signed-in farm (permission shop:manage), or with
 * `?anh-gian-hang` from any signed-in user: opening a shop is open to everyone (shops.open), and a buyer opening
 * their first one has no shop:manage yet. Its id then goes to shops.open, which accepts only the caller's own.
 * Answers 201 {id, url, width, height, variants}; 401 anonymous, 403 other roles or another site's form,
 * 413 past 10 MB, 400 for anything that is not a readable JPEG/PNG/WebP. Errors are JSON {message} in
 * Vietnamese; nothing unexpected leaks. Form mode (formModeOf) answers every outcome with a 303 instead.
 * `?chung-nhan=<productId>` (form mode) takes an OCOP certificate scan in field `scan`: a photo, or a PDF kept
 * as it is (storeCertificateScan), set on that listing's claim by listings.setCertificateScan.
 */
export async function uploadImageResponse(
  request: Request,
  opts: { storage?: ImageStorage; context?: (headers: Headers) => Promise<Context> } = {},
): Promise<Response> {
  if (request.method !== "POST") return error(405, "Chỉ nhận ảnh gửi lên (POST)");
  const ctx = await (opts.context ?? ((headers: Headers) => createContext({ headers })))(request.headers);
  if (!ctx.user) return error(401, "Vui lòng đăng nhập để tiếp tục.");
  const shopPhoto = new URL(request.url).searchParams.has(SHOP_PHOTO_PARAM);
  if (!(shopPhoto || can(ctx.user.role, "shop:manage")) || crossSite(request)) {
    return error(403, "Bạn không có quyền thực hiện thao tác này.");
  }
  const back = formModeOf(request);
  try {
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
      return error(400, "Vui lòng chọn một ảnh để tải lên");
    }
    const body = await readCapped(request, MAX_UPLOAD_REQUEST_BYTES);
    let photo: FormDataEntryValue | null;
    try {
      photo = (
        await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData()
      ).get(back?.kind === "scan" ? "scan" : "photo");
    } catch {
      return error(400, "Dữ liệu gửi lên không hợp lệ");
    }
    if (!photo || typeof photo === "string" || photo.size === 0) {
      return back ? redirectBack(back.to, "no_photo") : error(400, "Vui lòng chọn một ảnh để tải lên");
    }
    if (photo.size > MAX_UPLOAD_BYTES) throw new TooLarge();
    if (back?.kind === "scan") {
      // A certificate scan may also be a PDF (storeCertificateScan); it goes straight onto the listing's claim.
      const bytes = new Uint8Array(await photo.arrayBuffer());
      const scan = await storeCertificateScan(ctx.db, opts.storage ?? getImageStorage(), ctx.user, bytes);
      await createCaller({ ...ctx, user: ctx.user }).listings.setCertificateScan({
        productId: back.productId,
        uploadId: scan.id,
      });
      return redirectBack(back.to, "uploaded");
    }
    const stored = await storeUpload(
      ctx.db,
      opts.storage ?? getImageStorage(),
      ctx.user,
      new Uint8Array(await photo.arrayBuffer()),
    );
    if (back?.kind === "shop") return redirectBack(back.to, "uploaded", { anh: stored.id });
    if (back) {
      const user = ctx.user;
      const api = createCaller({ ...ctx, user });
      const current = await api.uploads.forListing({ productId: back.productId });
      const ids = current.photos.flatMap((p) => (p.uploadId ? [p.uploadId] : []));
      if (ids.length >= MAX_LISTING_PHOTOS) return redirectBack(back.to, "full");
      await api.uploads.setListingPhotos({ productId: back.productId, uploadIds: [...ids, stored.id] });
      return redirectBack(back.to, "uploaded");
    }
    return json(201, stored);
  } catch (e) {
    const reason = e instanceof TooLarge ? "TOO_LARGE" : e instanceof DomainError ? e.reason : undefined;
    const code = (e as { code?: string }).code;
    if (back) {
      if (!(e instanceof DomainError) && !(e instanceof TooLarge) && !code)
        getLogger().error({ err: e }, "upload failed");
      const outcome =
        reason === "TOO_LARGE"
          ? "too_large"
          : reason === "UNSUPPORTED_TYPE"
            ? "unsupported"
            : reason === "BROKEN_IMAGE"
              ? "broken"
              : code === "NOT_FOUND"
                ? "not_found"
                : code === "CONFLICT"
                  ? "conflict"
                  : "error";
      return redirectBack(back.to, outcome);
    }
    if (e instanceof TooLarge) return error(413, TOO_LARGE_MESSAGE);
    if (e instanceof DomainError) {
      return error(e.reason === "TOO_LARGE" ? 413 : e.kind === "NOT_FOUND" ? 404 : 400, e.message);
    }
    getLogger().error({ err: e }, "upload failed");
    return error(500, "Hệ thống đang bận, vui lòng thử lại.");
  }
}

/**
 * A form without JavaScript comes back to its page with `?ket-qua=<outcome>` (303: the browser GETs it), after
 * any `extra` parameters (the new upload's id, for a shop photo).
 */
function redirectBack(to: string, outcome: string, extra: Record<string, string> = {}): Response {
  const sep = to.includes("?") ? "&" : "?";
  const params = new URLSearchParams({ ...extra, "ket-qua": outcome });
  return new Response(null, {
    status: 303,
    headers: { location: `${to}${sep}${params}`, "cache-control": "no-store" },
  });
}

/**
 * Form mode: a plain HTML form (no JavaScript) sends `productId` and `back` beside the photo; the photo is then
 * added at the end of that listing's photos and the browser sent back. Read from the query string so it is
 * known before the body (the form's action is `/api/uploads?san-pham=<id>&back=<path>`). A shop photo's form
 * (`?anh-gian-hang=1&back=<path>`) goes back with the new upload's id as `anh`, for the open-shop form to send.
 */
function formModeOf(
  request: Request,
): { kind: "listing" | "scan"; productId: string; to: string } | { kind: "shop"; to: string } | null {
  const url = new URL(request.url);
  if (url.searchParams.has(SHOP_PHOTO_PARAM)) {
    const back = url.searchParams.get("back");
    return back ? { kind: "shop", to: safeLocalPath(back, "/mo-gian-hang") } : null;
  }
  // The certificate scan form (`?chung-nhan=<productId>&back=<path>`) always comes back to its page.
  const scanOf = url.searchParams.get(CERTIFICATE_SCAN_PARAM);
  if (scanOf !== null) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(scanOf)) return null;
    const page = `/seller/listings/${scanOf}/chung-nhan`;
    return { kind: "scan", productId: scanOf, to: safeLocalPath(url.searchParams.get("back"), page) };
  }
  const productId = url.searchParams.get("san-pham");
  if (!productId || !/^[A-Za-z0-9_-]{1,64}$/.test(productId)) return null;
  return { kind: "listing", productId, to: safeLocalPath(url.searchParams.get("back"), "/seller") };
}
