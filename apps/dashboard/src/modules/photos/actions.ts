"use server";

import { safeLocalPath } from "@cho-phien/validators/safe-path";
import { ZSetListingPhotosInput } from "@cho-phien/validators/uploads";
import { redirect } from "next/navigation";
import { getCaller } from "~/server/caller";
import { type PhotoOutcome, photoOutcomeOf } from "./outcome";

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.trim() : "");

/**
 * Move up, move down, remove: each button posts the whole new order (`uploadIds`, comma-separated), so it
 * works without JavaScript. uploads.setListingPhotos checks the shop, the photos and the version.
 */
export async function setListingPhotosAction(formData: FormData): Promise<void> {
  const back = safeLocalPath(str(formData.get("back")), "/seller");
  const ids = str(formData.get("uploadIds"));
  const parsed = ZSetListingPhotosInput.safeParse({
    productId: str(formData.get("productId")),
    uploadIds: ids ? ids.split(",") : [],
    version: str(formData.get("version")) || undefined,
  });
  let outcome: PhotoOutcome = "invalid";
  if (parsed.success) {
    try {
      await (await getCaller()).uploads.setListingPhotos(parsed.data);
      outcome = "saved";
    } catch (e) {
      outcome = photoOutcomeOf(e);
    }
  }
  redirect(`${back}${back.includes("?") ? "&" : "?"}ket-qua=${outcome}`);
}

/** After a photo uploaded in the browser (JSON mode of /api/uploads): add it at the end of the listing. */
export async function appendListingPhotoAction(
  productId: string,
  uploadId: string,
): Promise<{ ok: true } | { ok: false; outcome: PhotoOutcome }> {
  try {
    const api = await getCaller();
    const current = await api.uploads.forListing({ productId });
    const ids = current.photos.flatMap((p) => (p.uploadId ? [p.uploadId] : []));
    const parsed = ZSetListingPhotosInput.safeParse({ productId, uploadIds: [...ids, uploadId] });
    if (!parsed.success) return { ok: false, outcome: "full" };
    await api.uploads.setListingPhotos(parsed.data);
    return { ok: true };
  } catch (e) {
    return { ok: false, outcome: photoOutcomeOf(e) };
  }
}
