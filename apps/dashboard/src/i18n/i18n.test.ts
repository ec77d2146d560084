import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Every dashboard module keeps its strings in a `messages.ts` (or `<name>-messages.ts`) with a Vietnamese and an
 * English object of the same shape, picked by an exported `<module>Messages(locale)`. This walks them all, new
 * ones included as they are written, so no English screen shows a missing or empty string.
 */
const MODULES = fileURLToPath(new URL("../modules", import.meta.url));

const messageFiles = readdirSync(MODULES, { recursive: true, encoding: "utf8" })
  .filter((f) => /^(.+-)?messages\.ts$/.test(path.basename(f)))
  .sort();

type Pick = (locale: "vi" | "en") => unknown;

async function pickersOf(file: string): Promise<[string, Pick][]> {
  const mod = (await import(path.join(MODULES, file))) as Record<string, unknown>;
  return Object.entries(mod).filter(
    (e): e is [string, Pick] => /Messages$/.test(e[0]) && typeof e[1] === "function" && e[1].length === 1,
  );
}

/** Differences between the Vietnamese and English trees: missing or extra keys, other kinds, empty strings. */
function differences(vi: unknown, en: unknown, at: string): string[] {
  if (typeof vi === "string") {
    if (typeof en !== "string") return [`${at}: not a string in English`];
    return en.trim() === ""
      ? [`${at}: empty in English`]
      : vi.trim() === ""
        ? [`${at}: empty in Vietnamese`]
        : [];
  }
  if (typeof vi === "function") {
    if (typeof en !== "function") return [`${at}: not a function in English`];
    if (en.length !== vi.length)
      return [`${at}: takes ${en.length} arguments in English, ${vi.length} in Vietnamese`];
    const sample = Array.from({ length: vi.length }, (_, i) => i + 2);
    return differences(vi(...sample), en(...sample), `${at}(…)`);
  }
  if (vi && typeof vi === "object") {
    if (!en || typeof en !== "object") return [`${at}: not an object in English`];
    const keys = new Set([...Object.keys(vi), ...Object.keys(en)]);
    return [...keys].flatMap((k) =>
      k in en
        ? k in vi
          ? differences((vi as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], `${at}.${k}`)
          : [`${at}.${k}: only in English`]
        : [`${at}.${k}: missing in English`],
    );
  }
  return typeof vi === typeof en ? [] : [`${at}: a different kind of value in English`];
}

describe("the dashboard's messages", () => {
  it("finds the messages of every translated module", () => {
    expect(messageFiles.map((f) => f.split(path.sep).join("/"))).toEqual(
      expect.arrayContaining([
        "common/messages.ts",
        "helpers/messages.ts",
        "layout/messages.ts",
        "listings/messages.ts",
        "payments/messages.ts",
        "photos/messages.ts",
        "seller-orders/cash-messages.ts",
        "seller-orders/messages.ts",
        "seller/nav-messages.ts",
        "shops/messages.ts",
      ]),
    );
  });

  it.each(messageFiles)("%s has every Vietnamese string in English too, none empty", async (file) => {
    const pickers = await pickersOf(file);
    expect(pickers.length, `${file} exports no <module>Messages(locale)`).toBeGreaterThan(0);
    for (const [name, pick] of pickers) {
      const vi = pick("vi");
      const en = pick("en");
      expect(en, `${name}("en") is the Vietnamese object`).not.toBe(vi);
      expect(differences(vi, en, name)).toEqual([]);
    }
  });

  it("falls back to Vietnamese for a locale it does not know", async () => {
    for (const file of messageFiles) {
      for (const [name, pick] of await pickersOf(file)) {
        expect(pick("fr" as "vi"), name).toBe(pick("vi"));
      }
    }
  });
});
