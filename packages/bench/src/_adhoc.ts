import { freePort, startApp } from "@cho-phien/e2e/harness";
import autocannon from "autocannon";
import { trpcQueryUrl } from "./http";
const db = process.argv[2]!;
const port = await freePort();
const app = await startApp("storefront", port, {
  DATABASE_URL: db,
  STOREFRONT_URL: `http://127.0.0.1:${port}`,
});
try {
  const urls = {
    search: trpcQueryUrl(app.url, "catalog.search", { page: 1 }),
    searchQ: trpcQueryUrl(app.url, "catalog.search", { q: "ot chao mao" }),
    product: trpcQueryUrl(app.url, "catalog.productBySlug", { slug: "ot-chao-mao-dai-duc" }),
    categories: new URL("/api/trpc/catalog.categories", app.url).toString(),
    notFound: new URL("/api/trpc/catalog.nope", app.url).toString(),
  };
  for (const [name, url] of Object.entries(urls)) {
    for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
    const ms: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      const r = await fetch(url);
      await r.arrayBuffer();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const r = await autocannon({ url, connections: 10, duration: 4 });
    console.log(
      name.padEnd(12),
      "sequential p50",
      ms[50]!.toFixed(1),
      "ms  p95",
      ms[95]!.toFixed(1),
      "ms | 10 conn:",
      r.requests.average,
      "req/s",
    );
  }
} finally {
  await app.stop();
}
