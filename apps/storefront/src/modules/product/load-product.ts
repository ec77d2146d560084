import { isTrpcError } from "@cho-phien/ui/trpc-errors";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCaller } from "~/server/caller";

/**
 * The product for a slug, or null when buyers may not see it (unknown, unapproved, closed shop, or a slug
 * that is not even well-formed). Cached per request so metadata and page read the database once.
 */
export const findProduct = cache(async (slug: string) => {
  const caller = await getCaller();
  try {
    return await caller.catalog.productBySlug({ slug });
  } catch (e) {
    if (isTrpcError(e, "NOT_FOUND") || isTrpcError(e, "BAD_REQUEST")) return null;
    throw e;
  }
});

/**
 * The product, or Next's 404. Only call this while rendering the page: a notFound() thrown from
 * generateMetadata makes Next send an empty error shell that needs JavaScript to show the 404 page.
 */
export async function loadProduct(slug: string) {
  return (await findProduct(slug)) ?? notFound();
}
