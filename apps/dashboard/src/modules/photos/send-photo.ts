/**
 * The browser side of a photo upload, shared by a listing's photos and the shop photo: shrink the phone's
 * photo, then send it to /api/uploads (JSON mode) with a progress bar. Browser only (canvas, XMLHttpRequest).
 */

/** Longest side sent from the phone: plenty for a 1280 px product photo, ~300 KB instead of 3–6 MB. */
const MAX_SIDE = 1600;

/** The photo drawn upright into a canvas at most 1600 px and re-encoded as JPEG q 0.8; the original if that fails. */
export async function downscale(file: File): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/jpeg", 0.8));
    return blob && (blob.size < file.size || file.type !== "image/jpeg") ? blob : file;
  } catch {
    return file; // A format this browser cannot draw: the server decides.
  }
}

export interface SentPhoto {
  status: number;
  body: { id?: string; url?: string; width?: number; height?: number; message?: string };
}

/**
 * Sends the photo to `url` with XMLHttpRequest, which (unlike fetch) reports upload progress on every browser.
 * A lost connection answers status 0 with `offlineMessage`.
 */
export function sendPhoto(
  blob: Blob,
  opts: { url: string; offlineMessage: string; onProgress: (pct: number) => void },
): Promise<SentPhoto> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", opts.url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) =>
      e.lengthComputable && opts.onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: (xhr.response ?? {}) as SentPhoto["body"] });
    xhr.onerror = () => resolve({ status: 0, body: { message: opts.offlineMessage } });
    const form = new FormData();
    form.set("photo", blob, "anh.jpg");
    xhr.send(form);
  });
}
