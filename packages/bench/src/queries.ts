import type { TSearchInput } from "@cho-phien/validators/search";
import pg from "pg";
import { prng } from "./stats";

export type QueryKind = "accented" | "unaccented" | "typo" | "one-word" | "listing";

export interface BenchQuery {
  kind: QueryKind;
  /** True when category/province/OCOP/price filters were added. */
  filtered: boolean;
  input: TSearchInput;
}

/** "Ớt chào mào" → "ot chao mao": how most buyers type on a phone keyboard without a Vietnamese IME. */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** One plausible slip of the thumb: a dropped, doubled, swapped or neighbouring letter. */
function typo(word: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const neighbours: Record<string, string> = {
    a: "s",
    o: "i",
    e: "r",
    i: "u",
    u: "y",
    n: "m",
    m: "n",
    c: "v",
    t: "r",
    h: "g",
    g: "h",
    d: "s",
    s: "a",
  };
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
    default:
      return word.slice(0, i) + (neighbours[word[i]!] ?? "a") + word.slice(i + 1);
  }
}

/**
 * `count` search inputs built from the catalogue's own vocabulary (a sample of real titles, categories and
 * provinces in the bench database), in a fixed order for a given seed: phrases as typed with and without
 * diacritics, typo'd words, single broad words and plain category listings, a share of them with filters
 * and each of the four sorts.
 */
export async function buildQueries(url: string, count: number, seed = 20261129): Promise<BenchQuery[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let titles: string[];
  let categories: string[];
  let provinces: string[];
  try {
    // setseed makes the sample repeatable, so two runs on the same seed ask the same queries.
    await c.query("SELECT setseed(0.42)");
    titles = (
      await c.query(
        `SELECT title FROM "Product" WHERE "listingStatus" = 'approved' ORDER BY random() LIMIT 2000`,
      )
    ).rows.map((r) => r.title as string);
    categories = (await c.query(`SELECT slug FROM "Category" ORDER BY slug`)).rows.map(
      (r) => r.slug as string,
    );
    provinces = (
      await c.query(`SELECT DISTINCT "provinceCode" AS p FROM "Shop" WHERE active ORDER BY 1`)
    ).rows.map((r) => r.p as string);
  } finally {
    await c.end();
  }
  if (titles.length === 0) throw new Error("the bench database has no approved products");

  const rand = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const SORTS = ["relevance", "relevance", "relevance", "price_asc", "price_desc", "newest"] as const;
  const phrase = () => {
    const words = pick(titles).split(/\s+/);
    const len = 1 + Math.floor(rand() * Math.min(3, words.length));
    // Mostly from the start of the title (the product noun), sometimes the commune or variety at the end.
    const start = rand() < 0.7 ? 0 : Math.floor(rand() * (words.length - len + 1));
    return words.slice(start, start + len).join(" ");
  };

  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    const kind: QueryKind =
      r < 0.3 ? "accented" : r < 0.6 ? "unaccented" : r < 0.8 ? "typo" : r < 0.9 ? "one-word" : "listing";
    const input: TSearchInput = {};
    if (kind === "accented") input.q = phrase();
    else if (kind === "unaccented") input.q = stripDiacritics(phrase());
    else if (kind === "typo") {
      const words = stripDiacritics(phrase()).split(" ");
      const long = words.map((w, k) => [w, k] as const).filter(([w]) => w.length >= 4);
      if (long.length) {
        const [w, k] = pick(long);
        words[k] = typo(w, rand);
      }
      input.q = words.join(" ");
    } else if (kind === "one-word") {
      const w = pick(
        pick(titles)
          .split(/\s+/)
          .filter((x) => x.length >= 2),
      );
      input.q = rand() < 0.5 ? w : stripDiacritics(w);
    }
    let filtered = kind === "listing";
    if (kind === "listing" || rand() < 0.25) input.category = pick(categories);
    if (rand() < 0.15) input.province = pick(provinces) as TSearchInput["province"];
    if (rand() < 0.1) input.ocopStars = 3 + Math.floor(rand() * 2);
    if (rand() < 0.15) {
      const min = (1 + Math.floor(rand() * 10)) * 10_000;
      input.minPrice = min;
      input.maxPrice = min + (1 + Math.floor(rand() * 30)) * 10_000;
    }
    filtered ||= Boolean(input.category || input.province || input.ocopStars || input.minPrice);
    input.sort = kind === "listing" ? pick(["newest", "price_asc", "price_desc"] as const) : pick([...SORTS]);
    const p = rand();
    input.page = p < 0.8 ? 1 : p < 0.95 ? 2 : 3;
    queries.push({ kind, filtered, input });
  }
  return queries;
}
