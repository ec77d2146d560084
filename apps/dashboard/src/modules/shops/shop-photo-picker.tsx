"use client";

import type { Locale } from "@cho-phien/ui/locale";
import { useRef, useState } from "react";
import { photosMessages } from "~/modules/photos/messages";
import { downscale, sendPhoto } from "~/modules/photos/send-photo";
import { shopsMessages } from "./messages";

/** The shop photo chosen so far: its upload's id (what the open-shop form sends) and, once known, its copy. */
export interface ShopPhoto {
  id: string;
  url?: string;
  width?: number;
  height?: number;
}

/** /api/uploads for a shop photo: open to any signed-in user, since a buyer opening a shop may upload it. */
const SHOP_PHOTO_UPLOAD = "/api/uploads?anh-gian-hang=1";

/**
 * "Ảnh gian hàng": take or choose the shop's photo on the phone. Its own form, beside the open-shop form (forms
 * cannot nest). Without JavaScript it is a plain multipart post to /api/uploads, which comes back to `back` with
 * the new upload's id (`?anh=`); with JavaScript the photo is shrunk in the browser first, sent with a progress
 * bar and shown at once, and nothing reloads, so what was typed below stays.
 */
export function ShopPhotoPicker({
  locale,
  photo,
  onPhoto,
  back,
  notice,
  storefrontUrl,
}: {
  locale: Locale;
  photo: ShopPhoto | null;
  onPhoto: (photo: ShopPhoto | null) => void;
  /** This page (province chosen, no photo): where the plain form comes back to. */
  back: string;
  /** What the last plain-form upload did (from `?ket-qua=`). */
  notice: { ok: boolean; text: string } | null;
  /** Photos are served by the storefront. */
  storefrontUrl: string;
}) {
  const t = shopsMessages(locale);
  const p = photosMessages(locale);
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState(notice);

  async function upload() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setMessage(null);
    setProgress(0);
    const res = await sendPhoto(await downscale(file), {
      url: SHOP_PHOTO_UPLOAD,
      offlineMessage: p.offline,
      onProgress: setProgress,
    });
    if (res.status === 201 && res.body.id) {
      const { id, url, width, height } = res.body;
      onPhoto({ id, url, width, height });
      setMessage({ ok: true, text: p.outcomes.uploaded });
    } else {
      setMessage({ ok: false, text: res.body.message ?? p.outcomes.error });
    }
    setProgress(null);
    if (input.current) input.current.value = "";
  }

  return (
    <form
      method="post"
      action={`${SHOP_PHOTO_UPLOAD}&back=${encodeURIComponent(back)}`}
      encType="multipart/form-data"
      onSubmit={(e) => {
        e.preventDefault();
        void upload();
      }}
      className="mb-5"
    >
      {/* min-w-0: a fieldset otherwise refuses to shrink below its file input and widens a 360 px page. */}
      <fieldset className="min-w-0 space-y-3">
        <legend className="mb-2 text-lg font-bold">{t.photoLegend}</legend>
        <p id="anh-gian-hang-goi-y" className="text-sm text-stone-600">
          {t.photoHint}
        </p>
        {photo?.url ? (
          <img
            src={`${storefrontUrl}${photo.url}`}
            alt={t.photoAlt}
            width={photo.width}
            height={photo.height}
            className="aspect-[4/3] w-full rounded-lg bg-stone-200 object-cover"
          />
        ) : null}
        {photo ? (
          <p className="text-base text-green-900">
            {t.photoReady}{" "}
            <a
              href={back}
              onClick={(e) => {
                e.preventDefault();
                onPhoto(null);
                setMessage(null);
              }}
              className="inline-flex min-h-12 items-center text-red-800 underline"
            >
              {t.photoRemove}
            </a>
          </p>
        ) : null}
        <label className="flex flex-col gap-2 text-base font-medium">
          {t.photoTake}
          <input
            ref={input}
            type="file"
            name="photo"
            accept="image/*"
            capture="environment"
            required
            onChange={() => void upload()}
            disabled={progress !== null}
            aria-describedby="anh-gian-hang-goi-y"
            className="min-h-12 w-full min-w-0 text-base font-normal"
          />
        </label>
        {progress !== null ? (
          <div>
            <progress max={100} value={progress} className="h-3 w-full" aria-label={p.uploading} />
            <p className="text-sm text-stone-600">{p.uploadProgress(progress)}</p>
          </div>
        ) : null}
        {message ? (
          <p
            role={message.ok ? "status" : "alert"}
            className={`rounded-lg border p-3 text-base ${
              message.ok
                ? "border-green-300 bg-green-50 text-green-900"
                : "border-amber-300 bg-amber-50 text-amber-900"
            }`}
          >
            {message.text}
          </p>
        ) : null}
        <noscript>
          <p className="mb-2 text-sm text-stone-600">{t.photoUploadFirst}</p>
          <button
            type="submit"
            className="min-h-12 w-full rounded-lg border border-green-700 bg-white px-4 text-base font-semibold text-green-800"
          >
            {t.photoUpload}
          </button>
        </noscript>
      </fieldset>
    </form>
  );
}
