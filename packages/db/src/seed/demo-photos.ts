import type { PrismaClient } from "../generated/prisma/client";
import { DEMO_IMAGE_HEIGHT, DEMO_IMAGE_WIDTH, productImageUrl } from "./images";

type Tx = Pick<PrismaClient, "$executeRawUnsafe">;

/**
 * Gives each demo product exactly one photo, its generated SVG (400×300, described by the title), in one
 * statement for all of them. Idempotent: the row id is the one the images migration gave a product's first
 * photo ('img_' || md5(id || ':1')), so re-seeding a migrated database updates that row in place, and any
 * other photo of a demo product goes (the demo is reset like its titles and prices).
 */
export async function upsertDemoPhotos(
  tx: Tx,
  products: readonly { id: string; slug: string; title: string }[],
): Promise<void> {
  if (products.length === 0) return;
  await tx.$executeRawUnsafe(
    `WITH wanted AS (SELECT pid, path, alt, 'img_' || md5(pid || ':1') AS id
                       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(pid, path, alt)),
          others AS (DELETE FROM "ProductImage" i USING wanted w
                      WHERE i."productId" = w.pid AND i.id <> w.id)
     INSERT INTO "ProductImage" ("id", "productId", "position", "path", "alt", "width", "height", "variants")
     SELECT id, pid, 0, path, alt, $4::int, $5::int, '[]'::jsonb FROM wanted
     ON CONFLICT ("id") DO UPDATE
       SET "position" = 0, "path" = EXCLUDED."path", "alt" = EXCLUDED."alt", "width" = EXCLUDED."width",
           "height" = EXCLUDED."height", "variants" = EXCLUDED."variants"`,
    products.map((p) => p.id),
    products.map((p) => productImageUrl(p.slug)),
    products.map((p) => p.title),
    DEMO_IMAGE_WIDTH,
    DEMO_IMAGE_HEIGHT,
  );
}
