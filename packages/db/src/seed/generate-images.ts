/** `pnpm --filter @cho-phien/db images`: regenerates the committed demo SVGs in apps/storefront/public/img. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_CATEGORIES } from "./categories";
import { writeDemoImages } from "./images";
import { DEMO_PRODUCTS } from "./products";

const publicDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../apps/storefront/public",
);
const n = await writeDemoImages(
  publicDir,
  DEMO_PRODUCTS,
  DEMO_CATEGORIES.map((c) => c.slug),
);
console.log(`wrote ${n} SVG files under ${path.relative(process.cwd(), publicDir)}/img`);
