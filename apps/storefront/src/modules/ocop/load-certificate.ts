import { isTrpcError } from "@cho-phien/ui/trpc-errors";
import { cache } from "react";
import { getCaller } from "~/server/caller";

/**
 * The certificate behind a verification code, or null for an unknown or malformed code (or one no reviewer
 * confirmed). Cached per request so metadata and page read it once; never cached longer, because its
 * standing changes with the date and with a revocation.
 */
export const findCertificate = cache(async (code: string) => {
  const caller = await getCaller();
  try {
    return await caller.ocop.byCode({ code });
  } catch (e) {
    if (isTrpcError(e, "NOT_FOUND") || isTrpcError(e, "BAD_REQUEST")) return null;
    throw e;
  }
});

/** The path of a verification page (its QR code holds it prefixed with the site's public URL). */
export function verificationPath(code: string): string {
  return `/ocop/${encodeURIComponent(code)}`;
}
