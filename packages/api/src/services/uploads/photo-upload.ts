import type { Prisma } from "@cho-phien/db";

/**
 * Uploads that are photos: every upload except a certificate's PDF scan (store-certificate-scan.ts). Only
 * these may become a listing's or a shop's photo, or appear in the photo picker.
 */
export const PHOTO_UPLOAD_WHERE = {
  mime: { startsWith: "image/" },
} as const satisfies Prisma.UploadWhereInput;
