"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { appendListingPhotoAction } from "./actions";
import { PHOTO_OUTCOME_MESSAGES } from "./outcome";

/** Longest side sent from the phone: plenty for a 1280 px product photo, ~300 KB instead of 3–6 MB. */
const MAX_SIDE = 1600;

/** The photo drawn upright into a canvas at most 1600 px and re-encoded as JPEG q 0.8; the original if that fails. */
async function downscale(file: File): Promise<Blob> {
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

/** Sends the photo with XMLHttpRequest, which (unlike fetch) reports upload progress on every browser. */
function send(
  blob: Blob,
  onProgress: (pct: number) => void,
): Promise<{ status: number; body: { id?: string; message?: string } }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: (xhr.response ?? {}) as { id?: string } });
    xhr.onerror = () => resolve({ status: 0, body: { message: "Mất kết nối, vui lòng thử lại." } });
    const form = new FormData();
    form.set("photo", blob, "anh.jpg");
    xhr.send(form);
  });
}

/**
 * "Chụp / chọn ảnh". Without JavaScript it is a plain multipart form to /api/uploads (form mode: the photo
 * is added to the listing and the page reloads). With JavaScript the photo is shrunk in the browser first,
 * sent with a progress bar, then added to the listing.
 */
export function PhotoUploadForm({
  productId,
  back,
  full,
}: {
  productId: string;
  back: string;
  full: boolean;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const action = `/api/uploads?san-pham=${encodeURIComponent(productId)}&back=${encodeURIComponent(back)}`;

  async function onChange() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setMessage(null);
    setProgress(0);
    const res = await send(await downscale(file), setProgress);
    if (res.status === 201 && res.body.id) {
      const added = await appendListingPhotoAction(productId, res.body.id);
      setMessage(
        added.ok ? PHOTO_OUTCOME_MESSAGES.uploaded.text : PHOTO_OUTCOME_MESSAGES[added.outcome].text,
      );
      router.refresh();
    } else {
      setMessage(res.body.message ?? PHOTO_OUTCOME_MESSAGES.error.text);
    }
    setProgress(null);
    if (input.current) input.current.value = "";
  }

  if (full) return <p className="text-base text-stone-600">Đã đủ 8 ảnh. Bỏ bớt một ảnh để thêm ảnh mới.</p>;
  return (
    <form
      method="post"
      action={action}
      encType="multipart/form-data"
      onSubmit={(e) => {
        e.preventDefault();
        void onChange();
      }}
      className="flex flex-col gap-3 rounded-xl border border-stone-300 bg-white p-4"
    >
      <label className="flex flex-col gap-2 text-base font-semibold">
        Chụp hoặc chọn ảnh
        <input
          ref={input}
          type="file"
          name="photo"
          accept="image/*"
          capture="environment"
          required
          onChange={() => void onChange()}
          disabled={progress !== null}
          className="min-h-12 text-base font-normal"
        />
      </label>
      {progress !== null ? (
        <div>
          <progress max={100} value={progress} className="h-3 w-full" aria-label="Đang tải ảnh lên" />
          <p className="text-sm text-stone-600">Đang tải lên… {progress}%</p>
        </div>
      ) : null}
      {message ? (
        <p role="status" className="text-base">
          {message}
        </p>
      ) : null}
      <noscript>
        <button
          type="submit"
          className="min-h-12 w-full rounded-lg bg-green-700 px-4 text-base font-semibold text-white"
        >
          Tải ảnh lên
        </button>
      </noscript>
    </form>
  );
}
