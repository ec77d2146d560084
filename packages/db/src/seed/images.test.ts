import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEMO_CATEGORIES } from "./categories";
import { categorySvg, DEMO_IMAGE_HEIGHT, DEMO_IMAGE_WIDTH, productSvg } from "./images";
import { DEMO_PRODUCTS } from "./products";

const publicImg = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../apps/storefront/public/img",
);

/**
 * A strict little XML check (no parser dependency): every tag closes in order, attributes are quoted,
 * no stray `&` or `<`, one root <svg> with the SVG namespace.
 */
function assertWellFormedSvg(xml: string): void {
  expect(xml.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const stack: string[] = [];
  const token = /<\/?([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*")*)\s*(\/?)>/y;
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    expect(text.trim(), `unexpected text at ${i}`).toBe("");
    if (lt === -1) break;
    token.lastIndex = lt;
    const m = token.exec(xml);
    expect(m, `malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`).not.toBeNull();
    const [whole, name, , selfClose] = m!;
    if (whole.startsWith("</")) {
      expect(stack.pop(), `</${name}> closes the wrong element`).toBe(name);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) {
      roots++;
    }
    i = lt + whole.length;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe("demo images", () => {
  it("draws every product and category as a small, well-formed 4:3 SVG without text", () => {
    const all = [
      ...DEMO_PRODUCTS.map((p) => productSvg(p)),
      ...DEMO_CATEGORIES.map((c) => categorySvg(c.slug)),
    ];
    for (const svg of all) {
      expect(Buffer.byteLength(svg)).toBeLessThan(3 * 1024);
      expect(svg).toContain('viewBox="0 0 400 300"');
      // The size the seed stores on every ProductImage row is the drawing's own.
      expect(svg).toContain(`width="${DEMO_IMAGE_WIDTH}" height="${DEMO_IMAGE_HEIGHT}"`);
      expect(svg).not.toMatch(/<text|font-family|@import|https?:\/\/(?!www\.w3\.org)/);
      assertWellFormedSvg(svg);
    }
  });

  it("is deterministic, and neighbouring products do not all look the same", () => {
    const p = DEMO_PRODUCTS[0]!;
    expect(productSvg(p)).toBe(productSvg({ ...p }));
    expect(new Set(DEMO_PRODUCTS.map((x) => productSvg(x))).size).toBe(DEMO_PRODUCTS.length);
  });

  it("has the committed files in apps/storefront/public up to date with the generator", async () => {
    const files = new Set(await readdir(path.join(publicImg, "products")));
    for (const p of DEMO_PRODUCTS) {
      expect(
        files.has(`${p.slug}.svg`),
        `missing ${p.slug}.svg (run pnpm --filter @cho-phien/db images)`,
      ).toBe(true);
      const onDisk = await readFile(path.join(publicImg, "products", `${p.slug}.svg`), "utf8");
      expect(onDisk).toBe(productSvg(p));
      expect(Buffer.byteLength(onDisk)).toBeLessThan(3 * 1024);
    }
    for (const c of DEMO_CATEGORIES) {
      const onDisk = await readFile(path.join(publicImg, "categories", `${c.slug}.svg`), "utf8");
      expect(onDisk).toBe(categorySvg(c.slug));
    }
  });

  it("the well-formedness check itself rejects broken markup", () => {
    expect(() => assertWellFormedSvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow();
    expect(() => assertWellFormedSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect x=1/></svg>')).toThrow();
    expect(() => assertWellFormedSvg('<svg xmlns="http://www.w3.org/2000/svg">a & b</svg>')).toThrow();
  });
});
