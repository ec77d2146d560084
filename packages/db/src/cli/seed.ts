/**
 * `pnpm db:seed [--demo] [--products N] [--no-migrate]`: applies migrations, upserts the categories, with
 * --demo the demo data (accounts with a published password: never on a production database), and with
 * --products N approved bulk listings for benchmarks. All idempotent.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { createDb } from "../client";
import { databaseUrl } from "../env";
import { migrate } from "../migrate";
import { MAIN_DEMO_ACCOUNTS, seedBulk, seedDemo } from "../seed";
import { seedReferenceData } from "../seed/reference-data";

const USAGE =
  "Usage: pnpm db:seed [--demo] [--products N] [--no-migrate]\n" +
  "  --demo         also add the demo shops, listings and accounts (password chophien123)\n" +
  "  --products N   also add N bulk products (benchmarks)";

function parseCli() {
  try {
    return parseArgs({
      // pnpm forwards the "--" separator of `pnpm db:seed -- --products N` as an argument of its own.
      args: process.argv.slice(2).filter((a) => a !== "--"),
      options: {
        products: { type: "string" },
        demo: { type: "boolean", default: false },
        "no-migrate": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = parseCli();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const bulk = values.products === undefined ? 0 : Number(values.products);
if (!Number.isInteger(bulk) || bulk < 0 || bulk > 5_000_000) {
  console.error(`--products must be a whole number between 0 and 5000000 (got "${values.products}")`);
  process.exit(2);
}

const url = databaseUrl();
const embedded = !process.env.DATABASE_URL;
const where = redact(url);

// Fail early with advice rather than a driver stack trace: the embedded default only exists while `pnpm dev` runs.
try {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await c.connect();
  await c.end();
} catch (e) {
  console.error(`Không kết nối được cơ sở dữ liệu ${where}: ${(e as Error).message}`);
  if (embedded) {
    console.error(
      "DATABASE_URL chưa đặt, nên lệnh này dùng Postgres nhúng (PGlite) mà chỉ chạy khi `pnpm dev` đang chạy.\n" +
        "→ Mở `pnpm dev` ở một cửa sổ khác rồi chạy lại, hoặc đặt DATABASE_URL, ví dụ:\n" +
        "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres pnpm db:seed\n" +
        "(Cannot reach the embedded database: start `pnpm dev` first, or set DATABASE_URL.)",
    );
  } else {
    console.error(
      "Kiểm tra DATABASE_URL và máy chủ Postgres. (Check DATABASE_URL and that the server is running.)",
    );
  }
  process.exit(1);
}

console.log(`Database: ${where}${embedded ? " (embedded, via pnpm dev)" : ""}`);
const t0 = Date.now();
if (!values["no-migrate"]) {
  const applied = await migrate(url, (m) => console.log(`  ${m}`));
  console.log(applied.length ? `Migrations: ${applied.length} applied` : "Migrations: up to date");
}

const db = createDb(url, 2);
try {
  const t1 = Date.now();
  console.log(`  ${await seedReferenceData(db)} categories`);
  if (values.demo) {
    await seedDemo(db, { log: (m) => console.log(`  ${m}`) });
    console.log(
      `Demo data upserted in ${((Date.now() - t1) / 1000).toFixed(1)} s. Sign in with phone + password:`,
    );
    for (const a of MAIN_DEMO_ACCOUNTS)
      console.log(`  ${a.phone}  ${a.password}  ${a.role.padEnd(8)} ${a.name}`);
  }

  if (bulk > 0) {
    const r = await seedBulk(db, { products: bulk, log: (m) => console.log(`  ${m}`) });
    console.log(
      `Bulk: ${r.products} products (${r.certificates} OCOP certificates) across ${r.shops} shops in ${(r.ms / 1000).toFixed(1)} s`,
    );
  }
  const [products, shops] = await Promise.all([db.product.count(), db.shop.count()]);
  console.log(
    `Done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${products} products, ${shops} shops in the database.`,
  );
} finally {
  await db.$disconnect();
}

function redact(u: string): string {
  const x = new URL(u);
  if (x.password) x.password = "***";
  return x.toString();
}
