import { randomBytes } from "node:crypto";
import type { DbTx } from "@cho-phien/db";
import type { UserActor } from "../../actor";
import type { ImageStorage } from "./image-storage";
import { processImage } from "./process-image";

/** The public path a stored key is served at (the storefront's /media route). */
export function mediaPath(key: string): string {
  return `/media/${key}`;
}

export interface StoredVariant {
  width: number;
  height: number;
  path: string;
  bytes: number;
}

export interface StoredUpload {
  id: string;
  /** The largest copy's path, e.g. "/media/3f…-1280.webp". */
  url: string;
  width: number;
  height: number;
  variants: StoredVariant[];
}

/**
 * Checks and re-encodes one photo (processImage), puts every copy in storage under a fresh random key, then
 * records the Upload row owned by the uploader. Bytes go in first: a row never points at a missing file (a
 * failed insert only leaves unreferenced files behind).
 */
export async function storeUpload(
  db: DbTx,
  storage: ImageStorage,
  owner: UserActor,
  bytes: Uint8Array,
): Promise<StoredUpload> {
  const { variants } = await processImage(bytes);
  const base = randomBytes(12).toString("hex");
  const stored: StoredVariant[] = [];
  for (const v of variants) {
    const key = `${base}-${v.width}.webp`;
    await storage.put(key, v.bytes, "image/webp");
    stored.push({ width: v.width, height: v.height, path: mediaPath(key), bytes: v.bytes.byteLength });
  }
  const largest = stored[stored.length - 1]!;
  const row = await db.upload.create({
    data: {
      ownerId: owner.id,
      path: largest.path,
      mime: "image/webp",
      width: largest.width,
      height: largest.height,
      bytes: largest.bytes,
      variants: stored as unknown as object,
    },
    select: { id: true },
  });
  return { id: row.id, url: largest.path, width: largest.width, height: largest.height, variants: stored };
}
