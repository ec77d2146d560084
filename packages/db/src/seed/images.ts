import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CategorySlug } from "./categories";

/**
 * Demo product and category pictures as tiny SVGs (≈1–2 KB): a category-coloured gradient and a flat vector
 * illustration. No text, so nothing depends on web fonts, and pages stay light on slow village connections.
 * Deterministic: the same slug always gives the same bytes, so regenerating leaves git clean.
 */

export type Art = "chili" | "leaf" | "fruit" | "rice" | "tea" | "honey" | "chicken" | "package" | "basket";

interface Theme {
  from: string;
  to: string;
  art: Art;
  /** Main colours the illustration picks from, by slug, so neighbouring cards differ. */
  palette: readonly string[];
}

const THEMES: Record<CategorySlug, Theme> = {
  "rau-gia-vi": { from: "#f1f8e9", to: "#aed581", art: "chili", palette: ["#d32f2f", "#e53935", "#c62828"] },
  "trai-cay": {
    from: "#fff3e0",
    to: "#ffb74d",
    art: "fruit",
    palette: ["#e53935", "#7b1fa2", "#fbc02d", "#7cb342", "#f57c00"],
  },
  "gao-ngu-coc": { from: "#fffde7", to: "#e6cf8b", art: "rice", palette: ["#8d6e63", "#5d4037", "#6d4c41"] },
  che: { from: "#e0f2f1", to: "#80cbc4", art: "tea", palette: ["#f9a825", "#689f38", "#8d6e63"] },
  "mat-ong": { from: "#fff8e1", to: "#ffca28", art: "honey", palette: ["#ff8f00", "#f9a825", "#e65100"] },
  "thit-gia-cam": {
    from: "#fce4ec",
    to: "#f48fb1",
    art: "chicken",
    palette: ["#8d6e63", "#ffb300", "#5d4037"],
  },
  "dac-san-kho": {
    from: "#efebe9",
    to: "#bcaaa4",
    art: "package",
    palette: ["#a1887f", "#c0a080", "#8d6e63"],
  },
  "thu-cong": { from: "#ede7f6", to: "#b39ddb", art: "basket", palette: ["#a1662f", "#8d5a2b", "#b07a45"] },
};

/** FNV-1a: a stable small hash so each slug gets its own colour and decoration layout. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const DARK_GREEN = "#2e7d32";
const LEAF = "#43a047";

function art(kind: Art, c: string): string {
  switch (kind) {
    case "chili": {
      const pod =
        `<path d="M132 128c40-22 104-8 132 48 14 28 4 52-14 40-14-10-20-40-48-56-22-12-46-10-70-14-12-2-10-12 0-18z" fill="${c}"/>` +
        `<path d="M160 120c20-6 44 0 60 14" stroke="#fff" stroke-opacity=".45" stroke-width="6" fill="none" stroke-linecap="round"/>` +
        `<path d="M136 130c-10-8-14-22-8-34" stroke="${DARK_GREEN}" stroke-width="8" fill="none" stroke-linecap="round"/>` +
        `<path d="M126 134c-6-10 4-20 16-14s10 18 0 18z" fill="${LEAF}"/>`;
      // A second, smaller pod in front: a handful reads better than one.
      return `${pod}<g transform="translate(40 140) rotate(-18) scale(.6)">${pod.replace(c, "#ff7043")}</g>`;
    }
    case "leaf":
      return (
        `<path d="M200 240c-70-20-90-110-10-170 40 50 90 130 10 170z" fill="${LEAF}"/>` +
        `<path d="M200 240c-70-20-90-110-10-170 40 50 90 130 10 170z" fill="${DARK_GREEN}" transform="rotate(-38 200 240)" opacity=".8"/>` +
        `<path d="M200 240c0-60-4-110-10-170" stroke="#fff" stroke-opacity=".6" stroke-width="4" fill="none"/>`
      );
    case "fruit":
      return (
        `<circle cx="200" cy="170" r="70" fill="${c}"/>` +
        `<circle cx="178" cy="146" r="18" fill="#fff" opacity=".35"/>` +
        `<path d="M200 102c0-14 4-24 12-32" stroke="#5d4037" stroke-width="7" fill="none" stroke-linecap="round"/>` +
        `<path d="M210 92c20-20 50-14 56-4-18 14-40 16-56 4z" fill="${LEAF}"/>`
      );
    case "rice": {
      let grains = "";
      for (let i = 0; i < 7; i++) {
        const x = 150 + i * 16;
        const y = 150 - Math.abs(3 - i) * 5;
        grains += `<ellipse cx="${x}" cy="${y}" rx="7" ry="12" transform="rotate(${(i - 3) * 12} ${x} ${y})" fill="#fffef5"/>`;
      }
      return (
        `<path d="M246 88c-8 30-30 46-30 70" stroke="#c8a13a" stroke-width="4" fill="none"/>` +
        `<path d="M246 88l-12 8M242 104l-14 6M236 120l-14 4" stroke="#c8a13a" stroke-width="6" stroke-linecap="round"/>` +
        grains +
        `<path d="M120 160h160c0 50-36 80-80 80s-80-30-80-80z" fill="${c}"/>` +
        `<path d="M132 176h136" stroke="#fff" stroke-opacity=".35" stroke-width="6"/>`
      );
    }
    case "tea":
      return (
        `<ellipse cx="200" cy="236" rx="96" ry="14" fill="#fff" opacity=".8"/>` +
        `<path d="M136 150h128v22c0 38-28 64-64 64s-64-26-64-64z" fill="#fff"/>` +
        `<path d="M264 164c30-6 34 36 0 40" stroke="#fff" stroke-width="10" fill="none"/>` +
        `<ellipse cx="200" cy="152" rx="60" ry="10" fill="${c}"/>` +
        `<path d="M180 132c-12-16 12-24 0-42M214 132c-12-16 12-24 0-42" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round" opacity=".8"/>` +
        `<path d="M232 108c16-26 46-26 52-18-16 22-36 26-52 18z" fill="${LEAF}"/>`
      );
    case "honey":
      return (
        `<rect x="146" y="106" width="108" height="134" rx="26" fill="${c}"/>` +
        `<rect x="140" y="88" width="120" height="24" rx="8" fill="#6d4c41"/>` +
        `<path d="M146 122c20 10 30-2 44 8s24 2 34-6 22 4 30 0v24h-108z" fill="#ffe082" opacity=".6"/>` +
        `<path d="M184 162l16-9 16 9v18l-16 9-16-9z" fill="#fff8e1" opacity=".85"/>` +
        `<rect x="160" y="124" width="12" height="90" rx="6" fill="#fff" opacity=".3"/>`
      );
    case "chicken":
      return (
        `<path d="M128 170c0-40 40-62 84-52l28-30 16 40c18 14 20 52-6 70-30 22-122 22-122-28z" fill="${c}"/>` +
        `<circle cx="250" cy="104" r="24" fill="${c}"/>` +
        `<path d="M238 82c2-14 14-14 16-4 4-10 16-6 14 6z" fill="#e53935"/>` +
        `<path d="M272 100l18 6-18 6z" fill="#ffa000"/>` +
        `<circle cx="256" cy="100" r="4" fill="#212121"/>` +
        `<path d="M132 150c-26-10-34-40-20-52 6 20 18 28 30 32z" fill="#5d4037"/>` +
        `<path d="M180 160c20 22 50 22 62 4" stroke="#fff" stroke-opacity=".4" stroke-width="8" fill="none" stroke-linecap="round"/>` +
        `<path d="M180 220v26m30-26v26m-38 0h16m14 0h16" stroke="#ffa000" stroke-width="6" stroke-linecap="round"/>`
      );
    case "package":
      return (
        `<path d="M140 110h120l14 130h-148z" fill="${c}"/>` +
        `<path d="M140 110l18-22h84l18 22z" fill="#d7ccc8"/>` +
        `<path d="M200 88v152M133 176h134" stroke="#6d4c41" stroke-width="5"/>` +
        `<path d="M200 176c-30-18-30-34-8-30M200 176c30-18 30-34 8-30" stroke="#6d4c41" stroke-width="5" fill="none"/>` +
        `<circle cx="236" cy="210" r="12" fill="${LEAF}"/>`
      );
    case "basket":
      return (
        `<path d="M150 140c0-70 100-70 100 0" stroke="${c}" stroke-width="10" fill="none"/>` +
        `<path d="M120 140h160l-22 96h-116z" fill="${c}"/>` +
        `<path d="M126 164h148M132 188h136M138 212h124" stroke="#fff" stroke-opacity=".35" stroke-width="5"/>` +
        `<path d="M160 140l6 96M200 140v96M240 140l-6 96" stroke="#000" stroke-opacity=".15" stroke-width="5"/>` +
        `<rect x="112" y="132" width="176" height="14" rx="7" fill="#6d4c41"/>`
      );
  }
}

/** A few soft circles placed by the slug hash: each card looks a little different. */
function decoration(seed: number): string {
  let out = "";
  for (let i = 0; i < 3; i++) {
    const x = ((seed >>> (i * 5)) % 360) + 20;
    const y = ((seed >>> (i * 7 + 3)) % 100) + (i % 2 ? 200 : 20);
    const r = 14 + ((seed >>> (i * 3)) % 26);
    out += `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" opacity=".25"/>`;
  }
  return out;
}

/**
 * Every generated picture's size (4:3). The seed stores it on each ProductImage row so pages can reserve the
 * space before the picture arrives; the drawing below is laid out on this 400×300 canvas.
 */
export const DEMO_IMAGE_WIDTH = 400;
export const DEMO_IMAGE_HEIGHT = 300;

function svg(id: string, theme: Theme, kind: Art, colour: string, seed: number): string {
  const [w, h] = [DEMO_IMAGE_WIDTH, DEMO_IMAGE_HEIGHT];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img">` +
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${theme.from}"/><stop offset="1" stop-color="${theme.to}"/></linearGradient></defs>` +
    `<rect width="${w}" height="${h}" fill="url(#${id})"/>` +
    decoration(seed) +
    `<ellipse cx="200" cy="250" rx="110" ry="14" fill="#000" opacity=".08"/>` +
    art(kind, colour) +
    `</svg>\n`
  );
}

/** Leafy greens get a leaf; peppers and spice pastes keep the chili. */
export function artForProduct(category: CategorySlug, title: string): Art {
  if (category === "rau-gia-vi" && !/ớt|gừng/i.test(title)) return "leaf";
  return THEMES[category].art;
}

export function productSvg(p: { slug: string; title: string; category: CategorySlug }): string {
  const theme = THEMES[p.category];
  const seed = hash(p.slug);
  return svg(
    "g",
    theme,
    artForProduct(p.category, p.title),
    theme.palette[seed % theme.palette.length]!,
    seed,
  );
}

export function categorySvg(slug: CategorySlug): string {
  const theme = THEMES[slug];
  return svg("g", theme, theme.art, theme.palette[0]!, hash(slug));
}

/** The public URL the storefront serves a product picture from (apps/storefront/public). */
export function productImageUrl(slug: string): string {
  return `/img/products/${slug}.svg`;
}

export function categoryImageUrl(slug: string): string {
  return `/img/categories/${slug}.svg`;
}

/** Writes every product and category picture under `publicDir` (apps/storefront/public). */
export async function writeDemoImages(
  publicDir: string,
  products: readonly { slug: string; title: string; category: CategorySlug }[],
  categories: readonly CategorySlug[],
): Promise<number> {
  await mkdir(path.join(publicDir, "img", "products"), { recursive: true });
  await mkdir(path.join(publicDir, "img", "categories"), { recursive: true });
  for (const p of products) await writeFile(path.join(publicDir, productImageUrl(p.slug)), productSvg(p));
  for (const c of categories) await writeFile(path.join(publicDir, categoryImageUrl(c)), categorySvg(c));
  return products.length + categories.length;
}
