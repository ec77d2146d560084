"use client";

import type { Locale } from "@cho-phien/ui/locale";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { appendListingPhotoAction } from "./actions";
import { photosMessages } from "./messages";
import { downscale, sendPhoto } from "./send-photo";

/**
 * "Chụp / chọn ảnh". Without JavaScript it is a plain multipart form to /api/uploads (form mode: the photo
 * is added to the listing and the page reloads). With JavaScript the photo is shrunk in the browser first,
 * sent with a progress bar, then added to the listing.
 */
export function PhotoUploadForm({
  productId,
  back,
  full,
  locale,
}: {
  productId: string;
  back: string;
  full: boolean;
  /** The page's language (a client component cannot read the cookie). */
  locale: Locale;
}) {
  const t = photosMessages(locale);
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
    const res = await sendPhoto(await downscale(file), {
      url: "/api/uploads",
      offlineMessage: t.offline,
      onProgress: setProgress,
    });
    if (res.status === 201 && res.body.id) {
      const added = await appendListingPhotoAction(productId, res.body.id);
      setMessage(t.outcomes[added.ok ? "uploaded" : added.outcome]);
      router.refresh();
    } else {
      setMessage(res.body.message ?? t.outcomes.error);
    }
    setProgress(null);
    if (input.current) input.current.value = "";
  }

  if (full) return <p className="text-base text-stone-600">{t.full}</p>;
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
        {t.takeOrChoose}
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
          <progress max={100} value={progress} className="h-3 w-full" aria-label={t.uploading} />
          <p className="text-sm text-stone-600">{t.uploadProgress(progress)}</p>
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
          {t.upload}
        </button>
      </noscript>
    </form>
  );
}
