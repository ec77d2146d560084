import { PROVINCES } from "@cho-phien/validators/provinces";
import type { PrismaClient } from "../generated/prisma/client";
import type { CategorySlug } from "./categories";
import { categoryImageUrl, DEMO_IMAGE_HEIGHT, DEMO_IMAGE_WIDTH } from "./images";

/**
 * Many extra approved listings for benchmarks (search, catalogue paging) — `pnpm db:seed --demo --products 100000`.
 * Rows go in with one `INSERT … SELECT FROM unnest(<one array per column>)` per chunk, products and their cover
 * photos together: 2,000 rows cost one round trip and 17 bind parameters, instead of 4,000 Prisma creates. Needs the demo categories and shops
 * (seedDemo) first. Every bulk row has a slug starting with `bulk-` so benchmarks and clean-ups can tell them
 * apart from the demo.
 */
export const BULK_SLUG_PREFIX = "bulk-";

export interface BulkOptions {
  products: number;
  log?: (message: string) => void;
  /** Rows per INSERT statement. */
  chunkSize?: number;
}

export interface BulkResult {
  products: number;
  certificates: number;
  shops: number;
  ms: number;
}

interface Noun {
  name: string;
  unit: string;
  grams: number;
  /** Price range in thousands of đồng. */
  price: [number, number];
}

const n = (name: string, unit: string, grams: number, lo: number, hi: number): Noun => ({
  name,
  unit,
  grams,
  price: [lo, hi],
});

const NOUNS: Record<CategorySlug, Noun[]> = {
  "rau-gia-vi": [
    n("Ớt chỉ thiên", "kg", 1000, 60, 140),
    n("Ớt chào mào", "kg", 1000, 90, 160),
    n("Rau cải mèo", "bó", 500, 15, 30),
    n("Măng tre", "kg", 1000, 25, 60),
    n("Gừng", "kg", 1000, 30, 70),
    n("Sả", "bó", 500, 10, 25),
    n("Tỏi cô đơn", "kg", 1000, 150, 350),
    n("Hành tím", "kg", 1000, 40, 90),
    n("Su su", "kg", 1000, 12, 30),
    n("Bí đỏ", "kg", 1000, 15, 35),
    n("Rau dớn", "bó", 400, 15, 30),
    n("Mắc khén", "gói", 250, 60, 150),
    n("Hạt dổi", "gói", 150, 120, 300),
  ],
  "trai-cay": [
    n("Cam sành", "kg", 1000, 25, 55),
    n("Bưởi", "kg", 1000, 30, 70),
    n("Mận hậu", "kg", 1000, 35, 70),
    n("Xoài cát", "kg", 1000, 45, 90),
    n("Bơ sáp", "kg", 1000, 40, 80),
    n("Chuối ngự", "kg", 1000, 20, 45),
    n("Na dai", "kg", 1000, 50, 110),
    n("Vải thiều", "kg", 1000, 40, 90),
    n("Nhãn lồng", "kg", 1000, 35, 75),
    n("Dứa", "kg", 1000, 15, 35),
    n("Hồng giòn", "kg", 1000, 40, 80),
    n("Thanh long ruột đỏ", "kg", 1000, 25, 55),
  ],
  "gao-ngu-coc": [
    n("Gạo tám thơm", "túi", 5000, 100, 180),
    n("Gạo nếp cái hoa vàng", "kg", 1000, 35, 60),
    n("Gạo lứt", "kg", 1000, 40, 70),
    n("Gạo ST25", "túi", 5000, 140, 220),
    n("Miến dong", "gói", 550, 55, 95),
    n("Ngô nếp", "kg", 1000, 20, 40),
    n("Đậu xanh", "kg", 1000, 45, 80),
    n("Vừng đen", "gói", 550, 60, 110),
    n("Bột sắn dây", "gói", 550, 80, 160),
  ],
  che: [
    n("Chè Shan tuyết", "gói", 250, 120, 450),
    n("Chè búp", "gói", 250, 70, 200),
    n("Trà hoa vàng", "hộp", 250, 300, 700),
    n("Chè móc câu", "gói", 250, 150, 400),
    n("Trà atiso", "hộp", 250, 70, 150),
    n("Trà tim sen", "gói", 150, 50, 110),
    n("Trà gừng", "hộp", 250, 40, 90),
    n("Chè dây", "gói", 250, 60, 140),
  ],
  "mat-ong": [
    n("Mật ong rừng", "chai", 900, 220, 450),
    n("Mật ong bạc hà", "chai", 900, 300, 500),
    n("Mật ong hoa nhãn", "chai", 900, 150, 260),
    n("Mật ong hoa cà phê", "chai", 900, 140, 250),
    n("Mật ong tràm", "chai", 900, 180, 320),
    n("Phấn hoa", "hộp", 300, 120, 220),
  ],
  "thit-gia-cam": [
    n("Gà đồi", "con", 1800, 250, 380),
    n("Gà ri", "con", 1500, 200, 320),
    n("Vịt bầu", "con", 2000, 180, 280),
    n("Trứng gà ta", "hộp", 600, 35, 60),
    n("Thịt trâu gác bếp", "gói", 550, 250, 400),
    n("Lạp xưởng hun khói", "gói", 550, 150, 260),
    n("Thịt lợn bản", "kg", 1000, 140, 220),
    n("Ngan", "con", 2500, 220, 350),
  ],
  "dac-san-kho": [
    n("Măng khô", "gói", 550, 80, 180),
    n("Nấm hương rừng", "gói", 550, 150, 300),
    n("Mộc nhĩ", "gói", 550, 70, 140),
    n("Hạt mắc ca", "túi", 1050, 200, 320),
    n("Cà phê rang mộc", "gói", 550, 110, 220),
    n("Tôm khô", "túi", 550, 300, 550),
    n("Khô cá sặc", "gói", 550, 150, 260),
    n("Hạt sen khô", "gói", 550, 100, 180),
    n("Thảo quả", "gói", 550, 70, 150),
    n("Chuối sấy", "túi", 550, 40, 90),
  ],
  "thu-cong": [
    n("Giỏ mây", "cái", 500, 90, 250),
    n("Khăn thổ cẩm", "cái", 200, 150, 400),
    n("Túi thổ cẩm", "cái", 250, 120, 350),
    n("Nón lá", "cái", 300, 40, 120),
    n("Chổi đót", "cái", 400, 30, 70),
    n("Hương trầm", "gói", 350, 50, 150),
    n("Rổ tre", "cái", 400, 40, 110),
    n("Chiếu cói", "cái", 1500, 150, 350),
  ],
};

const VARIETIES = [
  "hữu cơ",
  "bản địa",
  "loại đặc biệt",
  "vùng cao",
  "nhà làm",
  "truyền thống",
  "thượng hạng",
  "sạch",
  "mùa mới",
  "của bà con người Dao",
  "của bà con người Tày",
  "của bà con người H'Mông",
  "của bà con người Thái",
  "hợp tác xã",
  "VietGAP",
];

/** Communes for the extra bulk shops: at least one in each of the 34 provinces (post-2025 names). */
const BULK_COMMUNES: [string, string][] = [
  ["01", "Ba Vì"],
  ["01", "Sóc Sơn"],
  ["04", "Trùng Khánh"],
  ["04", "Bảo Lạc"],
  ["08", "Na Hang"],
  ["08", "Hàm Yên"],
  ["08", "Mèo Vạc"],
  ["11", "Mường Nhé"],
  ["11", "Tủa Chùa"],
  ["12", "Sìn Hồ"],
  ["12", "Tam Đường"],
  ["14", "Bắc Yên"],
  ["14", "Thuận Châu"],
  ["15", "Bắc Hà"],
  ["15", "Mù Cang Chải"],
  ["15", "Sa Pa"],
  ["19", "Tân Cương"],
  ["19", "Ba Bể"],
  ["20", "Chi Lăng"],
  ["20", "Bắc Sơn"],
  ["22", "Điền Xá"],
  ["22", "Đầm Hà"],
  ["22", "Vân Đồn"],
  ["24", "Lục Ngạn"],
  ["25", "Thanh Sơn"],
  ["25", "Mai Châu"],
  ["31", "Thanh Hà"],
  ["33", "Khoái Châu"],
  ["37", "Nho Quan"],
  ["38", "Bá Thước"],
  ["38", "Thường Xuân"],
  ["40", "Con Cuông"],
  ["40", "Quế Phong"],
  ["42", "Hương Khê"],
  ["44", "Hướng Hóa"],
  ["44", "Minh Hóa"],
  ["46", "A Lưới"],
  ["48", "Trà My"],
  ["51", "Ba Tơ"],
  ["51", "Măng Đen"],
  ["52", "Chư Sê"],
  ["52", "Kbang"],
  ["56", "Khánh Sơn"],
  ["56", "Ninh Sơn"],
  ["66", "Krông Pắc"],
  ["66", "Ea Kar"],
  ["68", "Bảo Lộc"],
  ["68", "Di Linh"],
  ["75", "Bù Đăng"],
  ["79", "Cần Giờ"],
  ["80", "Đức Hòa"],
  ["82", "Cái Bè"],
  ["86", "Chợ Lách"],
  ["86", "Cầu Kè"],
  ["91", "Tri Tôn"],
  ["91", "Phú Quốc"],
  ["92", "Phong Điền"],
  ["92", "Mỹ Xuyên"],
  ["96", "Năm Căn"],
  ["96", "Phước Long"],
];

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Hoàng",
  "Triệu",
  "Bàn",
  "Lý",
  "Vi",
  "Nông",
  "Lò",
  "Giàng",
  "Sùng",
  "Y",
  "Hà",
];
const GIVEN = [
  "Văn Minh",
  "Thị Hoa",
  "Văn Tú",
  "Thị Mỷ",
  "Seo Pao",
  "A Páo",
  "Thị Lan",
  "Văn Hùng",
  "Thị Xuân",
  "Đức Anh",
];
const SHOP_KIND = ["HTX nông sản", "Tổ hợp tác", "Vườn nhà", "Nông trại", "Hộ kinh doanh"];

/** A small seeded PRNG (mulberry32): bulk data is varied but the same for the same start index. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "Ớt chào mào Đại Dực" → "ot-chao-mao-dai-duc". */
export function slugify(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

interface ShopRow {
  id: string;
  communeName: string;
  provinceCode: string;
}

export async function seedBulk(db: PrismaClient, opts: BulkOptions): Promise<BulkResult> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const total = Math.max(0, Math.floor(opts.products));
  const chunkSize = opts.chunkSize ?? 2000;

  const categories = await db.category.findMany({ select: { id: true, slug: true } });
  const known = categories.filter((c): c is { id: string; slug: CategorySlug } => c.slug in NOUNS);
  if (known.length === 0) throw new Error("seedBulk needs the demo categories: run seedDemo first");

  const shops = await ensureBulkShops(db);
  const provinceName = new Map(PROVINCES.map((p) => [p.code, p.name]));
  log(`${shops.length} shops take bulk products`);

  let certificates = 0;
  await db.$transaction(
    async (tx) => {
      // Continue numbering after earlier runs so each call adds exactly `total` new rows.
      const [{ count }] = await tx.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "Product" WHERE slug LIKE '${BULK_SLUG_PREFIX}%'`,
      );
      const rand = prng(count + 1);
      const now = Date.now();
      for (let from = 0; from < total; from += chunkSize) {
        const size = Math.min(chunkSize, total - from);
        const cols = {
          id: [] as string[],
          shopId: [] as string[],
          categoryId: [] as string[],
          slug: [] as string[],
          title: [] as string[],
          description: [] as string[],
          unit: [] as string[],
          price: [] as number[],
          grams: [] as number[],
          stock: [] as number[],
          maxPer: [] as number[],
          image: [] as string[],
          origin: [] as string[],
          createdAt: [] as string[],
          approvedAt: [] as string[],
          ratingCount: [] as number[],
          ratingSum: [] as number[],
        };
        const cert = {
          productId: [] as string[],
          stars: [] as number[],
          decision: [] as string[],
          authority: [] as string[],
          level: [] as string[],
          signedAt: [] as string[],
          expiresAt: [] as string[],
          producer: [] as string[],
          trace: [] as string[],
        };
        for (let k = 0; k < size; k++) {
          const index = count + from + k;
          const shop = shops[Math.floor(rand() * shops.length)]!;
          const cat = known[Math.floor(rand() * known.length)]!;
          const noun = NOUNS[cat.slug][Math.floor(rand() * NOUNS[cat.slug].length)]!;
          const variety = VARIETIES[Math.floor(rand() * VARIETIES.length)]!;
          const province = provinceName.get(shop.provinceCode) ?? "";
          // "… của bà con người Dao" reads naturally only after the place name.
          const title = variety.startsWith("của ")
            ? `${noun.name} ${shop.communeName} ${variety}`
            : `${noun.name} ${variety} ${shop.communeName}`;
          const id = `bulk_${index.toString(36)}`;
          const created = now - Math.floor(rand() * 365 * 86_400_000);
          const ratings = rand() < 0.4 ? Math.floor(rand() * 40) : 0;
          cols.id.push(id);
          cols.shopId.push(shop.id);
          cols.categoryId.push(cat.id);
          cols.slug.push(`${BULK_SLUG_PREFIX}${slugify(title)}-${index}`);
          cols.title.push(title);
          cols.description.push(
            `${noun.name} ${variety} từ ${shop.communeName}, ${province}. Thu hoạch và đóng gói tại vườn, giao tận nhà.`,
          );
          cols.unit.push(noun.unit);
          const [lo, hi] = noun.price;
          cols.price.push((lo + Math.floor(rand() * (hi - lo + 1))) * 1000);
          cols.grams.push(noun.grams);
          cols.stock.push(rand() < 0.05 ? 0 : Math.floor(rand() * 500) + 1);
          cols.maxPer.push([5, 10, 20, 50][Math.floor(rand() * 4)]!);
          cols.image.push(categoryImageUrl(cat.slug));
          cols.origin.push(`${shop.communeName}, ${province}`);
          cols.createdAt.push(new Date(created).toISOString());
          cols.approvedAt.push(new Date(Math.min(created + 86_400_000, now)).toISOString());
          cols.ratingCount.push(ratings);
          cols.ratingSum.push(ratings * (3 + Math.floor(rand() * 3)));
          // About 5% carry an OCOP decision, in the national mix (~74% 3★, ~25% 4★, a few 5★); signed over the
          // past four years, so some have expired and must show no badge.
          if (rand() < 0.05) {
            const r = rand();
            const stars = r < 0.74 ? 3 : r < 0.99 ? 4 : 5;
            const signed = new Date(now - Math.floor(rand() * 48 * 30 * 86_400_000));
            const expires = new Date(signed);
            expires.setUTCMonth(expires.getUTCMonth() + 36);
            cert.productId.push(id);
            cert.stars.push(stars);
            cert.decision.push(`${100 + Math.floor(rand() * 4900)}/QĐ-${stars === 5 ? "BNNMT" : "UBND"}`);
            cert.authority.push(stars === 5 ? "Bộ Nông nghiệp và Môi trường" : `UBND tỉnh ${province}`);
            cert.level.push(stars === 5 ? "central" : "province");
            cert.signedAt.push(signed.toISOString());
            cert.expiresAt.push(expires.toISOString());
            cert.producer.push(shop.communeName);
            cert.trace.push(`OCOP-${shop.provinceCode}-${index}`);
          }
        }
        // Products and their cover photo (the category's picture, described by the title) in one statement:
        // both INSERTs read the same unnest rows, and the photo's foreign key is checked at its end.
        await tx.$executeRawUnsafe(
          `WITH t AS (
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
               $7::text[], $8::int[], $9::int[], $10::int[], $11::int[], $12::text[], $13::text[],
               $14::timestamp(3)[], $15::timestamp(3)[], $16::int[], $17::int[])
               AS t(id, shop, cat, slug, title, descr, unit, price, grams, stock, maxper, image, origin, created,
                 approved, rc, rs)),
           products AS (
             INSERT INTO "Product" ("id","shopId","categoryId","slug","title","description","unit","priceVnd",
               "weightGrams","stock","maxPerOrder","origin","listingStatus","submittedAt","approvedAt",
               "createdAt","updatedAt","ratingCount","ratingSum")
             SELECT id, shop, cat, slug, title, descr, unit, price, grams, stock, maxper, origin,
               'approved'::"ListingStatus", created, approved, created, approved, rc, rs
             FROM t)
           INSERT INTO "ProductImage" ("id","productId","position","path","alt","width","height","createdAt")
           SELECT 'img_' || id, id, 0, image, title, ${DEMO_IMAGE_WIDTH}, ${DEMO_IMAGE_HEIGHT}, created FROM t`,
          cols.id,
          cols.shopId,
          cols.categoryId,
          cols.slug,
          cols.title,
          cols.description,
          cols.unit,
          cols.price,
          cols.grams,
          cols.stock,
          cols.maxPer,
          cols.image,
          cols.origin,
          cols.createdAt,
          cols.approvedAt,
          cols.ratingCount,
          cols.ratingSum,
        );
        if (cert.productId.length) {
          await tx.$executeRawUnsafe(
            `INSERT INTO "OcopCertificate" ("id","productId","stars","decisionNumber","issuingAuthority",
               "issuingLevel","signedAt","expiresAt","productGroup","producer","traceabilityCode","status",
               "reviewedAt","createdAt","updatedAt")
             SELECT 'ocop_' || pid, pid, stars, decision, authority, level::"OcopLevel", signed, expires,
               'Thực phẩm', producer, trace, 'verified'::"CertificateStatus", signed, signed, signed
             FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::timestamp(3)[],
               $7::timestamp(3)[], $8::text[], $9::text[])
               AS t(pid, stars, decision, authority, level, signed, expires, producer, trace)`,
            cert.productId,
            cert.stars,
            cert.decision,
            cert.authority,
            cert.level,
            cert.signedAt,
            cert.expiresAt,
            cert.producer,
            cert.trace,
          );
          certificates += cert.productId.length;
        }
        if ((from / chunkSize) % 10 === 9 || from + size >= total)
          log(`${from + size}/${total} bulk products`);
      }
    },
    { maxWait: 30_000, timeout: 30 * 60_000 },
  );
  return { products: total, certificates, shops: shops.length, ms: Date.now() - started };
}

/**
 * The demo shops plus one extra shop per entry of BULK_COMMUNES (owners are seller users without a
 * password: they exist for realism, not for signing in). Idempotent by slug and phone.
 */
async function ensureBulkShops(db: PrismaClient): Promise<ShopRow[]> {
  const rand = prng(7);
  for (const [i, [provinceCode, commune]] of BULK_COMMUNES.entries()) {
    const seq = String(i + 1).padStart(4, "0");
    const name = `${FAMILY[Math.floor(rand() * FAMILY.length)]} ${GIVEN[Math.floor(rand() * GIVEN.length)]}`;
    const kind = SHOP_KIND[Math.floor(rand() * SHOP_KIND.length)]!;
    const phone = `+8490300${seq}`;
    const user = await db.user.upsert({
      where: { phoneNumber: phone },
      create: {
        id: `bulk-owner-${seq}`,
        name,
        email: `${phone.slice(1)}@phone.chophien.vn`,
        phoneNumber: phone,
        phoneNumberVerified: true,
        role: "seller",
      },
      update: {},
    });
    const slug = `${BULK_SLUG_PREFIX}shop-${slugify(commune)}-${seq}`;
    await db.shop.upsert({
      where: { slug },
      create: {
        slug,
        name: `${kind} ${commune}`,
        story: `Nông sản của bà con ${commune} do ${name} gom về, đóng gói và gửi đi mỗi tuần.`,
        provinceCode,
        communeName: commune,
        phone,
        ownerId: user.id,
        freeShippingThresholdVnd: rand() < 0.5 ? 500_000 : null,
      },
      update: {},
    });
  }
  return db.shop.findMany({
    where: { active: true },
    select: { id: true, communeName: true, provinceCode: true },
    orderBy: { slug: "asc" },
  });
}

export const BULK_COMMUNE_COUNT = BULK_COMMUNES.length;
