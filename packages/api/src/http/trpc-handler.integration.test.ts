import { describe, expect, it } from "vitest";
import { createContext } from "../trpc";
import { MAX_TRPC_BATCH, PUBLIC_CATALOG_CACHE_CONTROL, trpcHttpHandler } from "./trpc-handler";

/**
 * The tRPC HTTP handler against the run's real database (getDb() reads DATABASE_URL): anonymous catalog reads
 * may be kept by a CDN, nothing else may, and a request without a session cookie is answered without a
 * session lookup while a forged cookie still yields no user.
 */
function get(procedure: string, input?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`http://127.0.0.1/api/trpc/${procedure}`);
  if (input !== undefined) url.searchParams.set("input", JSON.stringify({ json: input }));
  return trpcHttpHandler(new Request(url, { headers }));
}

describe("trpcHttpHandler", () => {
  it("lets a CDN keep an anonymous catalog listing", async () => {
    const res = await get("catalog.search", { page: 1 });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(PUBLIC_CATALOG_CACHE_CONTROL);
    const body = (await res.json()) as { result: { data: { json: { page: number } } } };
    expect(body.result.data.json.page).toBe(1);
  });

  it("does not mark errors, other routers or unknown procedures as public", async () => {
    const bad = await get("catalog.search", { page: -1 });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).not.toBe(PUBLIC_CATALOG_CACHE_CONTROL);

    const methods = await get("checkout.paymentMethods");
    expect(methods.status).toBe(200);
    expect(methods.headers.get("cache-control")).not.toBe(PUBLIC_CATALOG_CACHE_CONTROL);

    const missing = await get("catalog.noSuchProcedure");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).not.toBe(PUBLIC_CATALOG_CACHE_CONTROL);
  });

  it("answers a batch up to the cap and refuses a larger one with a 400 before running anything", async () => {
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => "catalog.categories").join(",");
      const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]));
      const url = `http://127.0.0.1/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
      return trpcHttpHandler(new Request(url));
    };
    const ok = await batch(MAX_TRPC_BATCH);
    expect(ok.status).toBe(200);
    expect((await ok.json()) as unknown[]).toHaveLength(MAX_TRPC_BATCH);
    const tooMany = await batch(40);
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toContain("Batch call exceeds maximum size");
  });

  it("finds no user without a session cookie, or with a forged one", async () => {
    expect((await createContext({ headers: new Headers() })).user).toBeNull();
    const forged = new Headers({ cookie: "chophien.session_token=not-a-real-token.sig" });
    expect((await createContext({ headers: forged })).user).toBeNull();
  });
});
