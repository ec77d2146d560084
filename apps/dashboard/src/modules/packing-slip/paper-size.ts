/**
 * The paper a packing slip is printed on, chosen with `?kho=` (khổ giấy): an 80 mm thermal roll (the
 * default: the cheap printers farms and village post offices have) or an A6 sheet. Anything else is the
 * default, so a hand-edited URL still prints.
 */
export const PAPER_SIZES = ["80mm", "a6"] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const PAPER_PARAM = "kho";

export function parsePaperSize(v: string | undefined): PaperSize {
  return (PAPER_SIZES as readonly string[]).includes(v ?? "") ? (v as PaperSize) : "80mm";
}

/**
 * Print CSS per paper: the page box, the slip's width on it, and the QR's size. On a roll the height follows
 * the content (`auto`); a browser that ignores that falls back to the printer driver's roll length, and the
 * slip keeps its width either way.
 */
export const PAPER: Record<PaperSize, { page: string; width: string; qr: string }> = {
  "80mm": { page: "80mm auto", width: "74mm", qr: "26mm" },
  a6: { page: "A6", width: "97mm", qr: "30mm" },
};
