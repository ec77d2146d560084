/** The listing's first photo, or the generated picture named after its slug. */
export function productImage(slug: string, image: string | null | undefined): string {
  return image || `/img/products/${slug}.svg`;
}

export function categoryImage(slug: string): string {
  return `/img/categories/${slug}.svg`;
}

/** Pictures are 4:3 (the generated SVGs are 400×300); width/height let the browser reserve space (no layout shift). */
export const IMAGE_WIDTH = 400;
export const IMAGE_HEIGHT = 300;
