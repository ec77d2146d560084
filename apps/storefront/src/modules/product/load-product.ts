import { notFound } from "next/navigation";
import { cache } from "react";
import { getCaller } from "~/server/caller";
import { isTrpcError } from "~/server/trpc-errors";

/**
 * The product for a slug, or Next's 404 (unknown, unapproved, closed shop, or a slug that is not even
 * well-formed). Cached per request so metadata and page read the database once.
 */
export const loadProduct = cache(async (slug: string) => {
  const caller = await getCaller();
  try {
    return await caller.catalog.productBySlug({ slug });
  } catch (e) {
    if (isTrpcError(e, "NOT_FOUND") || isTrpcError(e, "BAD_REQUEST")) notFound();
    throw e;
  }
});
