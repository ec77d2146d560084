import type { ImageStorage } from "./image-storage";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";

/**
 * S3_BUCKET set → that bucket (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY); otherwise files
 * under UPLOAD_DIR (default `<repo>/.data/uploads`), which the storefront serves at /media/<key>.
 */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): ImageStorage {
  if (env.S3_BUCKET) {
    return new S3Storage({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || undefined,
      accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    });
  }
  return new LocalDiskStorage();
}

let shared: ImageStorage | undefined;

/** The process's storage, built once from the environment. */
export function getImageStorage(): ImageStorage {
  shared ??= storageFromEnv();
  return shared;
}
