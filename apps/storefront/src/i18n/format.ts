import { formatDateVn } from "@cho-phien/validators/dates";
import type { Locale } from "./locale";

const enDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
});

/** A calendar date, in Vietnam's time zone whatever the server's: 29/11/2026, or "29 Nov 2026" in English. */
export function formatDate(date: Date, locale: Locale): string {
  return locale === "vi" ? formatDateVn(date) : enDate.format(date);
}

/** 1500 g → "1,5 kg"; 300 g → "300 g". */
export function formatWeight(grams: number, locale: Locale): string {
  const tag = locale === "vi" ? "vi-VN" : "en-GB";
  if (grams >= 1000) return `${(grams / 1000).toLocaleString(tag, { maximumFractionDigits: 2 })} kg`;
  return `${grams.toLocaleString(tag)} g`;
}

/** Cuts text at a word boundary for meta descriptions and card snippets. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atSpace = cut.lastIndexOf(" ");
  return `${(atSpace > max * 0.6 ? cut.slice(0, atSpace) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
