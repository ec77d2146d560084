import { badRequestMessages } from "@cho-phien/ui/trpc-errors";
import type { TSearchInput } from "@cho-phien/validators/search";
import type { SearchResult } from "~/server/api-types";
import type { getCaller } from "~/server/caller";
import type { SearchParams } from "./search-params";

export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; errors: string[] };

/**
 * Runs `catalog.search` with the URL's parameters. Bad input (a 10,000-character query, a province code that
 * does not exist, min > max) comes back as messages for the page to show; anything else is a real failure
 * and goes to the error boundary.
 */
export async function runSearch(
  caller: Awaited<ReturnType<typeof getCaller>>,
  params: SearchParams & { category?: string },
): Promise<SearchOutcome> {
  try {
    // The strings are validated and coerced by ZSearchInput inside the procedure.
    return { ok: true, result: await caller.catalog.search(params as TSearchInput) };
  } catch (e) {
    const errors = badRequestMessages(e);
    if (errors) return { ok: false, errors };
    throw e;
  }
}
